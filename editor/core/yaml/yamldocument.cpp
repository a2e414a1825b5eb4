#include "yaml/yamldocument.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <optional>
#include <yaml-cpp/yaml.h>

namespace trendweb {

namespace {

// A shared repository is hostile input: a few lines of anchors and aliases can stand for
// billions of values, and deep nesting exhausts the stack. Every file is read within these
// bounds, or refused with a message.
constexpr qsizetype maxYamlBytes = 1024 * 1024;
constexpr int maxYamlDepth = 64;
constexpr int maxYamlNodes = 10000; // a lemma has about a hundred
constexpr int maxYamlAliases = 100;

struct LimitExceeded
{
    QString message; // Dutch, for the user
    const char *detail;
    YAML::Mark mark;
};

// yaml-cpp counts columns in bytes; the editor counts UTF-16 code units.
int characterColumn(const QList<QByteArray> &lines, int line0, int byteColumn0)
{
    if (line0 < 0 || line0 >= lines.size())
        return byteColumn0 + 1;
    return int(QString::fromUtf8(lines[line0].left(byteColumn0)).size()) + 1;
}

class Converter
{
public:
    Converter(const QList<QByteArray> &lines, int firstLine)
        : m_lines(lines)
        , m_firstLine(firstLine)
    {}

    QHash<QString, SourcePosition> positions;

    SourcePosition position(const YAML::Mark &mark) const
    {
        if (mark.line < 0)
            return {m_firstLine, 1};
        return {m_firstLine + mark.line, characterColumn(m_lines, mark.line, mark.column)};
    }

    QJsonValue convert(const YAML::Node &node, const QString &pointer, int depth = 0)
    {
        if (++m_nodes > maxYamlNodes) {
            throw LimitExceeded{QCoreApplication::translate(
                                    "trendweb", "De YAML-kop bevat meer dan %1 waarden (mogelijk "
                                                "door ankers en aliassen die naar elkaar "
                                                "verwijzen); zo groot hoort hij niet te zijn.")
                                    .arg(maxYamlNodes),
                                "too many values (aliases expand beyond the limit)",
                                YAML::Mark::null_mark()}; // the header as a whole
        }
        if (depth > maxYamlDepth) {
            throw LimitExceeded{QCoreApplication::translate(
                                    "trendweb", "De YAML-kop is dieper dan %1 niveaus genest.")
                                    .arg(maxYamlDepth),
                                "nested too deeply", node.Mark()};
        }
        positions.insert(pointer, position(node.Mark()));
        switch (node.Type()) {
        case YAML::NodeType::Undefined:
        case YAML::NodeType::Null:
            return QJsonValue(QJsonValue::Null);
        case YAML::NodeType::Scalar:
            return scalar(node);
        case YAML::NodeType::Sequence: {
            QJsonArray array;
            int index = 0;
            for (const auto &item : node)
                array.append(convert(item, pointer + QLatin1Char('/') + QString::number(index++),
                                     depth + 1));
            return array;
        }
        case YAML::NodeType::Map: {
            QJsonObject object;
            for (const auto &pair : node) {
                const QString key = QString::fromStdString(pair.first.Scalar());
                const QString child = pointer + QLatin1Char('/') + escape(key);
                positions.insert(child + QLatin1String("#key"), position(pair.first.Mark()));
                object.insert(key, convert(pair.second, child, depth + 1));
            }
            return object;
        }
        }
        return {};
    }

private:
    static QString escape(QString key)
    {
        return key.replace(QLatin1Char('~'), QLatin1String("~0"))
            .replace(QLatin1Char('/'), QLatin1String("~1"));
    }

    static bool isNumber(QStringView text)
    {
        qsizetype i = 0;
        if (i < text.size() && (text[i] == u'-' || text[i] == u'+'))
            ++i;
        bool digits = false;
        bool dot = false;
        for (; i < text.size(); ++i) {
            const QChar c = text[i];
            if (c.isDigit() && c.unicode() < 128) {
                digits = true;
            } else if (c == u'.' && !dot) {
                dot = true;
            } else if ((c == u'e' || c == u'E') && digits) {
                // an exponent: sign and digits only
                ++i;
                if (i < text.size() && (text[i] == u'-' || text[i] == u'+'))
                    ++i;
                if (i == text.size())
                    return false;
                for (; i < text.size(); ++i) {
                    if (!text[i].isDigit() || text[i].unicode() >= 128)
                        return false;
                }
                return true;
            } else {
                return false;
            }
        }
        return digits;
    }

    static QJsonValue scalar(const YAML::Node &node)
    {
        const QString text = QString::fromStdString(node.Scalar());
        if (node.Tag() != "?") // quoted or explicitly tagged: a string as written
            return text;
        // YAML's core schema for plain scalars.
        if (text.isEmpty() || text == u"~" || text == u"null" || text == u"Null" || text == u"NULL")
            return QJsonValue(QJsonValue::Null);
        if (text == u"true" || text == u"True" || text == u"TRUE")
            return true;
        if (text == u"false" || text == u"False" || text == u"FALSE")
            return false;
        if (isNumber(text))
            return text.toDouble();
        return text;
    }

    const QList<QByteArray> &m_lines;
    int m_firstLine;
    int m_nodes = 0;
};

// Checks the raw text before yaml-cpp sees it: its size, how deeply flow collections
// ([…], {…}) nest, and how many aliases (*name) it uses. Quoted text and comments are skipped.
std::optional<LimitExceeded> checkRawLimits(const QByteArray &bytes)
{
    if (bytes.size() > maxYamlBytes) {
        return LimitExceeded{
            QCoreApplication::translate("trendweb", "De YAML-kop is groter dan %1 kB.")
                .arg(maxYamlBytes / 1024),
            "larger than the limit", YAML::Mark()};
    }
    int depth = 0;
    int aliases = 0;
    YAML::Mark mark;
    mark.line = 0;
    mark.column = 0;
    char quote = 0;
    bool comment = false;
    char previous = '\n';
    for (const char c : bytes) {
        if (c == '\n') {
            ++mark.line;
            mark.column = 0;
            comment = false;
            quote = 0; // counted conservatively: a quote never hides the next line
            previous = c;
            continue;
        }
        ++mark.column;
        const bool separated = previous == ' ' || previous == '\t' || previous == '\n' ||
                               previous == '[' || previous == '{' || previous == ',' ||
                               previous == ':' || previous == '-';
        if (comment) {
        } else if (quote) {
            if (c == quote)
                quote = 0;
        } else if ((c == '"' || c == '\'') && separated) {
            quote = c;
        } else if (c == '#' && (previous == ' ' || previous == '\t' || previous == '\n')) {
            comment = true;
        } else if (c == '[' || c == '{') {
            if (++depth > maxYamlDepth) {
                return LimitExceeded{QCoreApplication::translate(
                                         "trendweb", "De YAML-kop is dieper dan %1 niveaus genest.")
                                         .arg(maxYamlDepth),
                                     "nested too deeply", mark};
            }
        } else if (c == ']' || c == '}') {
            depth = std::max(0, depth - 1);
        } else if (c == '*' && separated) {
            if (++aliases > maxYamlAliases) {
                return LimitExceeded{
                    QCoreApplication::translate(
                        "trendweb", "De YAML-kop gebruikt meer dan %1 aliassen (*naam); schrijf "
                                    "de waarden uit.")
                        .arg(maxYamlAliases),
                    "too many aliases", mark};
            }
        }
        previous = c;
    }
    return std::nullopt;
}

} // namespace

SourcePosition YamlDocument::positionOf(const QString &pointer) const
{
    QString p = pointer;
    while (true) {
        const auto it = positions.constFind(p);
        if (it != positions.constEnd())
            return *it;
        const qsizetype slash = p.lastIndexOf(QLatin1Char('/'));
        if (slash < 0)
            return {};
        p.truncate(slash);
    }
}

Result<YamlDocument> parseYaml(const QString &text, const QString &fileName, int firstLine)
{
    const QByteArray bytes = text.toUtf8();
    const QList<QByteArray> lines = bytes.split('\n');
    Converter converter(lines, firstLine);
    const auto refused = [&](const LimitExceeded &limit) -> Result<YamlDocument> {
        const SourcePosition at = converter.position(limit.mark);
        Error error{limit.message, fileName, at.line, at.column};
        error.detail = QString::fromLatin1(limit.detail);
        return error;
    };
    if (const auto limit = checkRawLimits(bytes))
        return refused(*limit);
    try {
        const YAML::Node node = YAML::Load(bytes.toStdString());
        YamlDocument document;
        document.root = converter.convert(node, QString());
        document.positions = std::move(converter.positions);
        return document;
    } catch (const LimitExceeded &limit) {
        return refused(limit);
    } catch (const YAML::Exception &e) {
        const SourcePosition at = converter.position(e.mark);
        return Error{QCoreApplication::translate("trendweb",
                                                 "De YAML-kop is niet leesbaar: %1. Controleer "
                                                 "inspringing, dubbele punten en aanhalingstekens.")
                         .arg(QString::fromStdString(e.msg)),
                     fileName, at.line, at.column, QString::fromStdString(e.msg)};
    }
}

} // namespace trendweb

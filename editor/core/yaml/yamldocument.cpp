#include "yaml/yamldocument.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <yaml-cpp/yaml.h>

namespace trendweb {

namespace {

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

    QJsonValue convert(const YAML::Node &node, const QString &pointer)
    {
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
                array.append(convert(item, pointer + QLatin1Char('/') + QString::number(index++)));
            return array;
        }
        case YAML::NodeType::Map: {
            QJsonObject object;
            for (const auto &pair : node) {
                const QString key = QString::fromStdString(pair.first.Scalar());
                const QString child = pointer + QLatin1Char('/') + escape(key);
                positions.insert(child + QLatin1String("#key"), position(pair.first.Mark()));
                object.insert(key, convert(pair.second, child));
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
};

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
    try {
        const YAML::Node node = YAML::Load(bytes.toStdString());
        YamlDocument document;
        document.root = converter.convert(node, QString());
        document.positions = std::move(converter.positions);
        return document;
    } catch (const YAML::Exception &e) {
        const SourcePosition at = converter.position(e.mark);
        return Error{QCoreApplication::translate("trendweb",
                                                 "De YAML-kop is niet leesbaar: %1. Controleer "
                                                 "inspringing, dubbele punten en aanhalingstekens.")
                         .arg(QString::fromStdString(e.msg)),
                     fileName, at.line, at.column};
    }
}

} // namespace trendweb

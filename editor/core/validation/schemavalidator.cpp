#include "validation/schemavalidator.h"

#include "messages.h"
#include "validation/diagnosticcodes.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <map>
#include <memory>
#include <mutex>
#include <valijson/adapters/qtjson_adapter.hpp>
#include <valijson/schema.hpp>
#include <valijson/schema_parser.hpp>
#include <valijson/validation_results.hpp>
#include <valijson/validator.hpp>

static void initSchemaResources()
{
    Q_INIT_RESOURCE(schemas);
}

namespace trendweb {

namespace {

QString schemaFileName(SchemaKind kind)
{
    switch (kind) {
    case SchemaKind::Edition:
        return QStringLiteral("edition.schema.json");
    case SchemaKind::Lemma:
        return QStringLiteral("lemma.schema.json");
    case SchemaKind::Thread:
        return QStringLiteral("thread.schema.json");
    case SchemaKind::Comment:
        return QStringLiteral("comment.schema.json");
    }
    return {};
}

QJsonValue readSchema(const QString &fileName)
{
    QFile file(QStringLiteral(":/trendweb/schema/") + fileName);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("schema %s is missing from the program", qPrintable(fileName));
    return QJsonDocument::fromJson(file.readAll()).object();
}

// The parsed schemas, built once and shared read-only by every thread.
class SchemaSet
{
public:
    SchemaSet()
    {
        initSchemaResources();
        for (SchemaKind kind :
             {SchemaKind::Edition, SchemaKind::Lemma, SchemaKind::Thread, SchemaKind::Comment}) {
            const QString name = schemaFileName(kind);
            m_documents[kind] = readSchema(name);
            auto schema = std::make_unique<valijson::Schema>();
            valijson::SchemaParser parser(valijson::SchemaParser::kDraft7);
            valijson::adapters::QtJsonAdapter adapter(m_documents[kind]);
            parser.populateSchema(
                adapter, *schema,
                [](const std::string &uri) -> const QJsonValue * {
                    // "figure.schema.json", possibly with the base of the $id before it
                    const QString name = QString::fromStdString(uri).section(QLatin1Char('/'), -1);
                    return new QJsonValue(readSchema(name));
                },
                [](const QJsonValue *document) { delete document; });
            m_schemas[kind] = std::move(schema);
        }
    }

    const valijson::Schema &schema(SchemaKind kind) const { return *m_schemas.at(kind); }
    const QJsonValue &document(SchemaKind kind) const { return m_documents.at(kind); }

private:
    std::map<SchemaKind, QJsonValue> m_documents;
    std::map<SchemaKind, std::unique_ptr<valijson::Schema>> m_schemas;
};

const SchemaSet &schemas()
{
    static const SchemaSet set;
    return set;
}

QString pointerFromContext(const std::vector<std::string> &context)
{
    QString pointer;
    for (const std::string &part : context) {
        const QString text = QString::fromStdString(part);
        if (text == QLatin1String("<root>"))
            continue;
        pointer += QLatin1Char('/') + text.mid(1, text.size() - 2); // "[figures]" → "figures"
    }
    return pointer;
}

struct Explained
{
    QString dutch;
    QString pointer; // where to point; may be a key ("…#key")
};

// valijson speaks English; authors read Dutch.
Explained explain(const QString &description, const QString &pointer, SchemaKind kind)
{
    static const QRegularExpression required(QStringLiteral("Missing required property '(.*)'"));
    static const QRegularExpression unknown(
        QStringLiteral("could not be validated using 'properties' or 'additionalProperties' "
                       "constraints: '(.*)'"));
    static const QRegularExpression dependency(QStringLiteral("Missing dependency '(.*)'"));
    const QString field = pointer.section(QLatin1Char('/'), -1);
    if (const auto m = required.match(description); m.hasMatch())
        return {DiagnosticText::tr("Het verplichte veld '%1' ontbreekt.").arg(m.captured(1)),
                pointer};
    if (const auto m = unknown.match(description); m.hasMatch()) {
        QString message = DiagnosticText::tr("Onbekend veld '%1'.").arg(m.captured(1));
        if (pointer.isEmpty()) {
            message +=
                QLatin1Char(' ') + DiagnosticText::tr("Toegestaan zijn: %1.")
                                       .arg(schemaPropertyNames(kind).join(QStringLiteral(", ")));
        }
        return {message, pointer + QLatin1Char('/') + m.captured(1) + QStringLiteral("#key")};
    }
    if (const auto m = dependency.match(description); m.hasMatch()) {
        return {DiagnosticText::tr(
                    "Bij een afbeelding hoort een beschrijving voor schermlezers ('%1').")
                    .arg(m.captured(1)),
                pointer};
    }
    if (field == QLatin1String("lengte") &&
        (description.contains(QLatin1String("'type' constraint")) ||
         description.contains(QLatin1String("less than")) ||
         description.contains(QLatin1String("greater than"))))
        return {DiagnosticText::tr("De lengte is een aantal woorden, zoals 1500."), pointer};
    if (description.contains(QLatin1String("'type' constraint")))
        return {DiagnosticText::tr("Het veld '%1' heeft de verkeerde soort waarde.").arg(field),
                pointer};
    if (description.contains(QLatin1String("enum")))
        return {DiagnosticText::tr("De waarde van '%1' is niet toegestaan.").arg(field), pointer};
    if (description.contains(QLatin1String("regex")))
        return {DiagnosticText::tr("De waarde van '%1' heeft niet de juiste vorm.").arg(field),
                pointer};
    if (description.contains(QLatin1String("no fewer than")))
        return {DiagnosticText::tr("Het veld '%1' mag niet leeg zijn.").arg(field), pointer};
    if (description.contains(QLatin1String("greater than")) ||
        description.contains(QLatin1String("less than")))
        return {
            DiagnosticText::tr("De waarde van '%1' valt buiten het toegestane bereik.").arg(field),
            pointer};
    return {DiagnosticText::tr("Voldoet niet aan het schema: %1").arg(description), pointer};
}

// valijson also reports each enclosing value that failed because of a deeper one.
bool isConsequence(const QString &description)
{
    return description.startsWith(QLatin1String("Failed to validate item")) ||
           description.startsWith(QLatin1String("Failed to validate against schema associated")) ||
           description.startsWith(QLatin1String("Failed to validate against child schema")) ||
           description.startsWith(QLatin1String("Failed to validate against dependent schema")) ||
           description.contains(QLatin1String("'then'")) ||
           description.contains(QLatin1String("'else'"));
}

} // namespace

QStringList schemaPropertyNames(SchemaKind kind)
{
    return schemas().document(kind).toObject().value(QLatin1String("properties")).toObject().keys();
}

Diagnostics validateAgainstSchema(SchemaKind kind, const YamlDocument &document,
                                  const QString &file)
{
    const QJsonValue root =
        document.root.isNull() ? QJsonValue(QJsonObject()) : document.root; // an empty header
    // One validator per thread: it caches the compiled patterns of the schemas, which
    // would otherwise be compiled again for every file.
    thread_local valijson::Validator validator;
    valijson::ValidationResults results;
    valijson::adapters::QtJsonAdapter target(root);
    if (validator.validate(schemas().schema(kind), target, &results))
        return {};

    Diagnostics diagnostics;
    valijson::ValidationResults::Error error;
    while (results.popError(error)) {
        const QString description = QString::fromStdString(error.description);
        if (isConsequence(description))
            continue;
        const Explained explained = explain(description, pointerFromContext(error.context), kind);
        SourcePosition at = document.positions.value(explained.pointer);
        if (at.line == 0)
            at = document.positionOf(explained.pointer.section(QLatin1Char('#'), 0, 0));
        diagnostics.append(
            makeDiagnostic("schema", file, at.line, at.column, {explained.dutch, description}));
    }
    return diagnostics;
}

} // namespace trendweb

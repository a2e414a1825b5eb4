// JSON Schema (draft-07) validation of edition.yaml, front matter and review
// files with valijson, against the schemas in schema/ (built into the program).
#pragma once

#include "diagnostic.h"
#include "yaml/yamldocument.h"

namespace trendweb {

enum class SchemaKind { Edition, Lemma, Thread, Comment };

// Every violation as a "schema" diagnostic at the line and column of the offending value.
Diagnostics validateAgainstSchema(SchemaKind kind, const YamlDocument &document,
                                  const QString &file);

// The field names a schema allows at its top level, for messages and documentation.
QStringList schemaPropertyNames(SchemaKind kind);

} // namespace trendweb

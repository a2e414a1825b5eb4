// YAML parsed into Qt's JSON values, keeping where every node stood in the
// source, so that schema checks can point at a line and column. yaml-cpp
// stays behind this wrapper.
#pragma once

#include "result.h"

#include <QHash>
#include <QJsonValue>
#include <QString>

namespace trendweb {

struct SourcePosition
{
    int line = 0;   // 1-based
    int column = 0; // 1-based
};

struct YamlDocument
{
    QJsonValue root;
    // JSON pointer ("/figures/0/caption") to where that value starts; "" is the root.
    // Keys of mappings are recorded too, under the pointer followed by "#key".
    QHash<QString, SourcePosition> positions;

    SourcePosition positionOf(const QString &pointer) const;
};

// Parses YAML text. Plain scalars follow YAML's core schema (null, booleans, numbers);
// quoted scalars stay strings. `firstLine` is the line of the text in its file, so that
// positions and errors point into the file (front matter starts on line 2).
Result<YamlDocument> parseYaml(const QString &text, const QString &fileName, int firstLine = 1);

} // namespace trendweb

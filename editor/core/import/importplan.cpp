#include "import/importplan.h"

#include "messages.h"
#include "textfile.h"
#include "yaml/yamldocument.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace trendweb::import {

namespace {

LineRange range(const QJsonValue &value)
{
    if (value.isDouble())
        return {value.toInt(), value.toInt()};
    const QString text = value.toString();
    const QStringList parts = text.split(QLatin1Char('-'));
    if (parts.size() == 2)
        return {parts[0].trimmed().toInt(), parts[1].trimmed().toInt()};
    return {text.toInt(), text.toInt()};
}

QList<LineRange> ranges(const QJsonValue &value)
{
    QList<LineRange> list;
    for (const QJsonValue &item : value.toArray())
        list.append(range(item));
    return list;
}

QSet<int> lines(const QJsonValue &value)
{
    QSet<int> set;
    for (const LineRange &r : ranges(value)) {
        for (int line = r.first; line <= r.last; ++line)
            set.insert(line);
    }
    return set;
}

QStringList strings(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &item : value.toArray())
        list.append(item.toString());
    return list;
}

PlannedText text(const QJsonObject &object)
{
    PlannedText planned;
    planned.slug = object.value(QLatin1String("slug")).toString();
    planned.title = object.value(QLatin1String("title")).toString();
    planned.aliases = strings(object.value(QLatin1String("aliases")));
    planned.printedTitle = object.value(QLatin1String("printed")).toString();
    planned.start = object.value(QLatin1String("start")).toString();
    planned.startLine = object.value(QLatin1String("line")).toInt();
    planned.ranges = ranges(object.value(QLatin1String("lines")));
    if (object.contains(QLatin1String("notes")))
        planned.notes = range(object.value(QLatin1String("notes")));
    return planned;
}

} // namespace

Result<ImportPlan> readImportPlan(const QString &path)
{
    auto source = readTextFile(path);
    if (!source)
        return source.error();
    auto yaml = parseYaml(source.value(), path);
    if (!yaml)
        return yaml.error();
    const QJsonObject root = yaml->root.toObject();
    ImportPlan plan;
    const QJsonObject edition = root.value(QLatin1String("edition")).toObject();
    plan.title = edition.value(QLatin1String("title")).toString();
    plan.year = edition.value(QLatin1String("year")).toInt();
    plan.edition = edition.value(QLatin1String("edition")).toInt();
    plan.publisher = edition.value(QLatin1String("publisher")).toString();
    plan.councilPeriod = edition.value(QLatin1String("council_period")).toString();
    plan.intro = text(root.value(QLatin1String("intro")).toObject());
    for (const QJsonValue &thread : root.value(QLatin1String("threads")).toArray())
        plan.threads.append(text(thread.toObject()));
    for (const QJsonValue &lemma : root.value(QLatin1String("lemmas")).toArray())
        plan.lemmas.append(text(lemma.toObject()));
    plan.debris = ranges(root.value(QLatin1String("debris")));
    plan.headings = lines(root.value(QLatin1String("headings")));
    plan.notHeadings = lines(root.value(QLatin1String("not_headings")));
    plan.joinedHeadings = ranges(root.value(QLatin1String("joined_headings")));
    plan.paragraphEnds = lines(root.value(QLatin1String("paragraph_ends")));
    plan.captions = lines(root.value(QLatin1String("captions")));
    plan.captionContinuations = lines(root.value(QLatin1String("caption_continuations")));
    plan.runsOn = lines(root.value(QLatin1String("runs_on")));
    const auto lost = [&](const char *key) {
        QHash<int, int> places;
        for (const QJsonValue &value : root.value(QLatin1String(key)).toArray()) {
            if (value.isObject())
                places.insert(value.toObject().value(QLatin1String("line")).toInt(),
                              value.toObject().value(QLatin1String("note")).toInt());
            else
                places.insert(value.toInt(), 0);
        }
        return places;
    };
    plan.lostLists = lost("lost_lists");
    plan.lostTables = lost("lost_tables");
    for (const QJsonValue &value : root.value(QLatin1String("figure_notes")).toArray()) {
        const QJsonObject object = value.toObject();
        plan.figureNotes.append({object.value(QLatin1String("line")).toInt(),
                                 object.value(QLatin1String("number")).toInt(),
                                 {},
                                 {},
                                 object.value(QLatin1String("note")).toInt()});
    }
    for (const QJsonValue &value : root.value(QLatin1String("lost_figures")).toArray()) {
        const QJsonObject object = value.toObject();
        plan.lostFigures.append({object.value(QLatin1String("line")).toInt(),
                                 object.value(QLatin1String("number")).toInt(),
                                 object.value(QLatin1String("caption")).toString(),
                                 object.value(QLatin1String("source")).toString(),
                                 object.value(QLatin1String("note")).toInt()});
    }
    for (const QJsonValue &value : root.value(QLatin1String("rewordings")).toArray()) {
        const QJsonObject object = value.toObject();
        plan.rewordings.append({object.value(QLatin1String("line")).toInt(),
                                object.value(QLatin1String("text")).toString(),
                                object.value(QLatin1String("with")).toString()});
    }
    for (const QJsonValue &value : root.value(QLatin1String("paragraph_splits")).toArray()) {
        const QJsonObject object = value.toObject();
        plan.paragraphSplits.append({object.value(QLatin1String("line")).toInt(),
                                     object.value(QLatin1String("after")).toString(),
                                     {}});
    }
    plan.keepHyphen = strings(root.value(QLatin1String("keep_hyphen")));
    plan.notFootnotes = strings(root.value(QLatin1String("not_footnotes")));
    if (const QString wordList = root.value(QLatin1String("word_list")).toString();
        !wordList.isEmpty())
        plan.wordList = QFileInfo(path).dir().filePath(wordList);
    if (plan.lemmas.isEmpty())
        return Error{ImportText::tr("Het importplan noemt geen lemma's."), path};
    return plan;
}

Result<void> resolveStarts(ImportPlan &plan, const QStringList &seedLines)
{
    int from = 0;
    for (PlannedText &lemma : plan.lemmas) {
        if (lemma.startLine > 0) {
            from = lemma.startLine;
            continue;
        }
        int found = 0;
        for (int i = from; i < seedLines.size(); ++i) {
            if (seedLines[i].trimmed().startsWith(lemma.start)) {
                found = i + 1;
                break;
            }
        }
        if (found == 0) {
            return Error{ImportText::tr(
                             "Het begin van lemma '%1' ('%2') staat niet in de tekst na regel %3.")
                             .arg(lemma.slug, lemma.start)
                             .arg(from)};
        }
        lemma.startLine = found;
        from = found;
    }
    return {};
}

} // namespace trendweb::import

// The version panels' reading side: what a version changed, the text of a
// version, and marking a released edition before starting the next one.
#include "textfile.h"
#include "versioncontroller.h"
#include "versions/textdiff.h"

#include <QDir>
#include <QRegularExpression>

namespace trendweb {

QString VersionController::diffHtml(const QString &commitId, const QString &path) const
{
    if (!m_repository)
        return {};
    // A renamed lemma is read under the name it had in each version.
    const auto after = m_repository->fileAt(commitId, m_history.pathIn(commitId, path));
    const auto before =
        m_repository->fileAt(commitId + QStringLiteral("^"), m_history.pathBefore(commitId, path));
    return wordDiffHtml(
        wordDiff(before ? before.value() : QString(), after ? after.value() : QString()));
}

QString VersionController::textAt(const QString &revision, const QString &path) const
{
    if (!m_repository)
        return {};
    const auto text = m_repository->fileAt(revision, m_history.pathIn(revision, path));
    return text ? text.value() : text.error().message;
}

bool VersionController::startNextEdition()
{
    if (!m_repository || refuseWithoutAuthor())
        return false;
    const QString editionFile = QDir(m_root).filePath(QStringLiteral("edition.yaml"));
    auto text = readTextFile(editionFile);
    if (!text) {
        setErrorMessage(text.error().message);
        return false;
    }
    static const QRegularExpression yearLine(QStringLiteral("^year:\\s*(\\d{4})\\s*$"),
                                             QRegularExpression::MultilineOption);
    static const QRegularExpression editionLine(QStringLiteral("^edition:\\s*(\\d+)\\s*$"),
                                                QRegularExpression::MultilineOption);
    const auto year = yearLine.match(text.value());
    const auto number = editionLine.match(text.value());
    if (!year.hasMatch() || !number.hasMatch()) {
        setErrorMessage(tr("edition.yaml noemt geen jaar of editienummer."));
        return false;
    }
    if (!m_changes.checkedPaths().isEmpty() || m_repository->isMerging()) {
        setErrorMessage(tr("Leg eerst alle wijzigingen vast; dan wordt deze editie gemarkeerd."));
        return false;
    }
    const int thisYear = year.captured(1).toInt();
    if (auto tagged = m_repository->createTag(QStringLiteral("trendweb-%1").arg(thisYear),
                                              tr("Trendweb %1").arg(thisYear), signature());
        !tagged) {
        setErrorMessage(tagged.error().message);
        return false;
    }
    QString next = text.value();
    next.replace(number.capturedStart(1), number.capturedLength(1),
                 QString::number(number.captured(1).toInt() + 1));
    next.replace(year.capturedStart(1), year.capturedLength(1), QString::number(thisYear + 1));
    next.replace(QStringLiteral("Trendweb %1").arg(thisYear),
                 QStringLiteral("Trendweb %1").arg(thisYear + 1));
    if (auto written = writeEditionFile(m_root, QStringLiteral("edition.yaml"), next); !written) {
        setErrorMessage(written.error().message);
        return false;
    }
    if (auto committed =
            m_repository->commit({QStringLiteral("edition.yaml")},
                                 tr("Volgende editie gestart: %1").arg(thisYear + 1), signature());
        !committed) {
        setErrorMessage(committed.error().message);
        return false;
    }
    setMessage(tr("Trendweb %1 is gemarkeerd; de editie van %2 is begonnen.")
                   .arg(thisYear)
                   .arg(thisYear + 1));
    refresh();
    Q_EMIT pulled();
    return true;
}

} // namespace trendweb

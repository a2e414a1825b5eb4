// Watches the files of an open edition for changes made by other programs (a text
// editor, command-line Git, the trendweb command) and says so once they settle.
#pragma once

#include <QFileSystemWatcher>
#include <QObject>
#include <QTimer>

namespace trendweb {

struct Edition;

class EditionWatcher : public QObject
{
    Q_OBJECT

public:
    explicit EditionWatcher(QObject *parent = nullptr);

    // Watches edition.yaml, intro.md, the lemma and thread files and their folders, review/
    // and its thread folders, and the Git index and HEAD.
    void watch(const Edition &edition);
    // Milliseconds of quiet before `settled` (300).
    void setDelay(int milliseconds) { m_quiet.setInterval(milliseconds); }
    // A change was seen and the quiet moment has not passed yet.
    bool waiting() const { return m_quiet.isActive(); }

Q_SIGNALS:
    // Something changed on disk, and nothing more for a moment.
    void settled();

private:
    void touched(const QString &path);

    QFileSystemWatcher m_watcher;
    QTimer m_quiet;
    QString m_review; // the edition's review/ folder
};

} // namespace trendweb

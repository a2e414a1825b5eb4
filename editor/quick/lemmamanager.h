// New, renamed and deleted lemmas from the editor's Editie menu, over the core's
// operations; the edition is reopened afterwards by whoever asked.
#pragma once

#include "editing/editionsnapshot.h"

#include <QList>
#include <QObject>
#include <QStringList>
#include <QtQml/qqmlregistration.h>
#include <functional>

namespace trendweb {

class LemmaManager : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString editionRoot READ editionRoot WRITE setEditionRoot NOTIFY editionRootChanged)
    // Why the last operation changed nothing, in Dutch; empty after a success.
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorMessageChanged)
    // What Ongedaan maken and Opnieuw would do ("Lemma hernoemen"); empty when nothing.
    Q_PROPERTY(QString undoText READ undoText NOTIFY historyChanged)
    Q_PROPERTY(QString redoText READ redoText NOTIFY historyChanged)
    // The file the last operation leaves to open, relative to the edition ("lemmas/x.md"):
    // the new or renamed lemma's; empty after a delete or a failure.
    Q_PROPERTY(QString lastFile READ lastFile NOTIFY lastFileChanged)

public:
    using QObject::QObject;

    QString editionRoot() const { return m_root; }
    void setEditionRoot(const QString &root);
    QString errorMessage() const { return m_errorMessage; }
    QString undoText() const { return m_undo.isEmpty() ? QString() : m_undo.last().label; }
    QString redoText() const { return m_redo.isEmpty() ? QString() : m_redo.last().label; }
    QString lastFile() const { return m_lastFile; }

    Q_INVOKABLE QString slugFromTitle(const QString &title) const;
    // The file a lemma with this slug has, relative to the edition.
    Q_INVOKABLE QString fileOf(const QString &slug) const;
    // The new lemma's slug, or empty.
    Q_INVOKABLE QString createLemma(const QString &title);
    Q_INVOKABLE bool renameLemma(const QString &oldSlug, const QString &newSlug,
                                 const QString &newTitle);
    // One place up (-1) or down (+1) in the edition; the letters follow.
    Q_INVOKABLE bool moveLemma(const QString &slug, int step);
    Q_INVOKABLE QStringList referencesTo(const QString &slug) const;
    Q_INVOKABLE bool deleteLemma(const QString &slug, bool removeLinks);
    // Takes the last operation back, or does it again: refused (with the reason) when the
    // edition has changed since, so that no later work is lost.
    Q_INVOKABLE bool undo();
    Q_INVOKABLE bool redo();

Q_SIGNALS:
    void editionRootChanged();
    void errorMessageChanged();
    void historyChanged();
    void lastFileChanged();

private:
    void setErrorMessage(const QString &message);
    void setLastFile(const QString &file);
    // Runs an operation between two snapshots of the edition, for undo and redo.
    bool record(const QString &label, const std::function<QString()> &operation);

    struct Step
    {
        QString label;
        EditionSnapshot before;
        EditionSnapshot after;
    };
    // Moves the last step of `from` to `to`, putting the edition back (or forward).
    bool travel(QList<Step> &from, QList<Step> &to, bool back);
    QString m_root;
    QString m_errorMessage;
    QString m_lastFile;
    QList<Step> m_undo;
    QList<Step> m_redo;
};

} // namespace trendweb

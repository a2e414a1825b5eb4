// New, renamed and deleted lemmas from the editor's Editie menu, over the core's
// operations; the edition is reopened afterwards by whoever asked.
#pragma once

#include <QObject>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

namespace trendweb {

class LemmaManager : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString editionRoot READ editionRoot WRITE setEditionRoot NOTIFY editionRootChanged)
    // Why the last operation changed nothing, in Dutch; empty after a success.
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorMessageChanged)

public:
    using QObject::QObject;

    QString editionRoot() const { return m_root; }
    void setEditionRoot(const QString &root);
    QString errorMessage() const { return m_errorMessage; }

    Q_INVOKABLE QString slugFromTitle(const QString &title) const;
    // The new lemma's slug, or empty.
    Q_INVOKABLE QString createLemma(const QString &title);
    Q_INVOKABLE bool renameLemma(const QString &oldSlug, const QString &newSlug,
                                 const QString &newTitle);
    // One place up (-1) or down (+1) in the edition; the letters follow.
    Q_INVOKABLE bool moveLemma(const QString &slug, int step);
    Q_INVOKABLE QStringList referencesTo(const QString &slug) const;
    Q_INVOKABLE bool deleteLemma(const QString &slug, bool removeLinks);

Q_SIGNALS:
    void editionRootChanged();
    void errorMessageChanged();

private:
    void setErrorMessage(const QString &message);

    QString m_root;
    QString m_errorMessage;
};

} // namespace trendweb

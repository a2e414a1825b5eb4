#include "lemmamanager.h"

#include "editing/lemmaops.h"
#include "editing/renamelemma.h"

namespace trendweb {

void LemmaManager::setEditionRoot(const QString &root)
{
    if (root == m_root)
        return;
    m_root = root;
    Q_EMIT editionRootChanged();
}

void LemmaManager::setErrorMessage(const QString &message)
{
    if (message == m_errorMessage)
        return;
    m_errorMessage = message;
    Q_EMIT errorMessageChanged();
}

QString LemmaManager::slugFromTitle(const QString &title) const
{
    return trendweb::slugFromTitle(title);
}

QString LemmaManager::createLemma(const QString &title)
{
    const auto slug = trendweb::createLemma(m_root, title);
    setErrorMessage(slug ? QString() : slug.error().message);
    return slug ? slug.value() : QString();
}

bool LemmaManager::renameLemma(const QString &oldSlug, const QString &newSlug,
                               const QString &newTitle)
{
    const auto renamed = trendweb::renameLemma(m_root, oldSlug, newSlug, newTitle);
    setErrorMessage(renamed ? QString() : renamed.error().message);
    return bool(renamed);
}

bool LemmaManager::moveLemma(const QString &slug, int step)
{
    const auto moved = trendweb::moveLemma(m_root, slug, step);
    setErrorMessage(moved ? QString() : moved.error().message);
    return bool(moved);
}

QStringList LemmaManager::referencesTo(const QString &slug) const
{
    return trendweb::referencesTo(m_root, slug);
}

bool LemmaManager::deleteLemma(const QString &slug, bool removeLinks)
{
    const auto deleted = trendweb::deleteLemma(m_root, slug, removeLinks);
    setErrorMessage(deleted ? QString() : deleted.error().message);
    return bool(deleted);
}

} // namespace trendweb

#include "lemmamanager.h"

#include "editing/lemmaops.h"
#include "editing/renamelemma.h"
#include "editionloader.h"

namespace trendweb {

void LemmaManager::setEditionRoot(const QString &root)
{
    if (root == m_root)
        return;
    m_root = root;
    m_undo.clear(); // another edition: its history is not this one's
    m_redo.clear();
    Q_EMIT editionRootChanged();
    Q_EMIT historyChanged();
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

bool LemmaManager::record(const QString &label, const std::function<QString()> &operation)
{
    auto before = EditionSnapshot::take(m_root);
    if (!before) {
        setErrorMessage(before.error().message);
        return false;
    }
    const QString failure = operation();
    setErrorMessage(failure);
    if (!failure.isEmpty())
        return false;
    auto after = EditionSnapshot::take(m_root);
    if (after) {
        m_undo.append({label, std::move(before).value(), std::move(after).value()});
        if (m_undo.size() > 20)
            m_undo.removeFirst();
    } else {
        m_undo.clear(); // done, but it cannot be taken back
    }
    m_redo.clear();
    Q_EMIT historyChanged();
    return true;
}

bool LemmaManager::undo()
{
    return travel(m_undo, m_redo, true);
}

bool LemmaManager::redo()
{
    return travel(m_redo, m_undo, false);
}

bool LemmaManager::travel(QList<Step> &from, QList<Step> &to, bool back)
{
    if (from.isEmpty())
        return false;
    const Step &step = from.last();
    // The edition must be as the step left it (or found it): else later work would go.
    const EditionSnapshot &expected = back ? step.after : step.before;
    if (!expected.matches(m_root)) {
        setErrorMessage(back ? tr("Na \"%1\" is de editie verder veranderd; ongedaan maken zou "
                                  "dat werk weggooien. Draai de latere wijzigingen eerst zelf "
                                  "terug.")
                                   .arg(step.label)
                             : tr("Na het ongedaan maken is de editie veranderd; \"%1\" kan niet "
                                  "opnieuw zonder dat werk weg te gooien.")
                                   .arg(step.label));
        return false;
    }
    if (auto restored = (back ? step.before : step.after).restore(m_root); !restored) {
        setErrorMessage(restored.error().message);
        return false;
    }
    setErrorMessage({});
    to.append(from.takeLast());
    Q_EMIT historyChanged();
    return true;
}

QString LemmaManager::createLemma(const QString &title)
{
    QString slug;
    record(tr("Nieuw lemma"), [&] {
        const auto created = trendweb::createLemma(m_root, title);
        slug = created ? created.value() : QString();
        return created ? QString() : created.error().message;
    });
    setLastFile(slug.isEmpty() ? QString() : lemmaPath(slug));
    return slug;
}

bool LemmaManager::renameLemma(const QString &oldSlug, const QString &newSlug,
                               const QString &newTitle)
{
    const bool renamed = record(tr("Lemma hernoemen"), [&] {
        const auto renamed = trendweb::renameLemma(m_root, oldSlug, newSlug, newTitle);
        return renamed ? QString() : renamed.error().message;
    });
    setLastFile(renamed ? lemmaPath(newSlug) : QString());
    return renamed;
}

bool LemmaManager::moveLemma(const QString &slug, int step)
{
    return record(tr("Lemma verplaatsen"), [&] {
        const auto moved = trendweb::moveLemma(m_root, slug, step);
        return moved ? QString() : moved.error().message;
    });
}

QStringList LemmaManager::referencesTo(const QString &slug) const
{
    return trendweb::referencesTo(m_root, slug);
}

bool LemmaManager::deleteLemma(const QString &slug, bool removeLinks)
{
    setLastFile({});
    return record(tr("Lemma verwijderen"), [&] {
        const auto deleted = trendweb::deleteLemma(m_root, slug, removeLinks);
        return deleted ? QString() : deleted.error().message;
    });
}

QString LemmaManager::fileOf(const QString &slug) const
{
    return lemmaPath(slug);
}

void LemmaManager::setLastFile(const QString &file)
{
    if (m_lastFile == file)
        return;
    m_lastFile = file;
    Q_EMIT lastFileChanged();
}

} // namespace trendweb

#include "accessibility.h"

#include <QAccessible>
#include <QQuickItem>
#include <QtQuick/private/qaccessiblequickitem_p.h>
#include <QtQuick/private/qquickitem_p.h>

namespace trendweb {

namespace {

// Qt Quick's own accessible item, plus the state Qt 6.4 leaves out. Remove once the
// project requires Qt 6.5, whose QAccessibleQuickItem::state() does the same.
class QuickItemWithEnabledState : public QAccessibleQuickItem
{
public:
    explicit QuickItemWithEnabledState(QQuickItem *item)
        : QAccessibleQuickItem(item)
    {
        // A control that becomes (un)available says so, as Qt does for its other states.
        QObject::connect(item, &QQuickItem::enabledChanged, item, [item] {
            QAccessible::State changed;
            changed.disabled = true;
            changed.focusable = true;
            QAccessibleStateChangeEvent event(item, changed);
            QAccessible::updateAccessibility(&event);
        });
    }

    // A button's text carries its Alt+letter mark ("&Vastleggen…"); a screen reader says
    // the word, as Qt does for widgets: "&&" is a plain "&", a single "&" before a letter
    // or digit is dropped.
    QString text(QAccessible::Text kind) const override
    {
        QString text = QAccessibleQuickItem::text(kind);
        if (kind != QAccessible::Name || !object()->inherits("QQuickAbstractButton"))
            return text;
        QString spoken;
        spoken.reserve(text.size());
        for (qsizetype i = 0; i < text.size(); ++i) {
            if (text.at(i) == QLatin1Char('&') && i + 1 < text.size()) {
                const QChar next = text.at(i + 1);
                if (next == QLatin1Char('&')) {
                    spoken += next;
                    ++i;
                    continue;
                }
                if (next.isLetterOrNumber())
                    continue;
            }
            spoken += text.at(i);
        }
        return spoken;
    }

    QAccessible::State state() const override
    {
        QAccessible::State state = QAccessibleQuickItem::state();
        if (!item()->isEnabled()) {
            state.disabled = true;
            state.focusable = false;
        }
        return state;
    }
};

// Asked with the most derived class name first, so this answers before Qt Quick's own
// factory (which answers for "QQuickItem" only). The web view keeps QtWebEngine's own.
QAccessibleInterface *controlFactory(const QString &, QObject *object)
{
    auto *item = qobject_cast<QQuickItem *>(object);
    if (!item || !QQuickItemPrivate::get(item)->isAccessible)
        return nullptr;
    if (!object->inherits("QQuickControl") && !object->inherits("QQuickTextInput") &&
        !object->inherits("QQuickTextEdit"))
        return nullptr;
    return new QuickItemWithEnabledState(item);
}

} // namespace

void reportDisabledControls()
{
    QAccessible::installFactory(controlFactory);
}

void exposePreviewToScreenReaders()
{
    QByteArray flags = qgetenv("QTWEBENGINE_CHROMIUM_FLAGS");
    if (flags.contains("--force-renderer-accessibility"))
        return;
    if (!flags.isEmpty())
        flags += ' ';
    flags += "--force-renderer-accessibility";
    qputenv("QTWEBENGINE_CHROMIUM_FLAGS", flags);
}

} // namespace trendweb

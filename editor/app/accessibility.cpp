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

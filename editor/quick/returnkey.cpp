#include "returnkey.h"

#include <QCoreApplication>
#include <QKeyEvent>
#include <QPointer>
#include <QQuickItem>
#include <QQuickWindow>

namespace trendweb {

namespace {

class EnterPressesButtons : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() != QEvent::KeyPress && event->type() != QEvent::KeyRelease)
            return false;
        auto *window = qobject_cast<QQuickWindow *>(watched);
        if (!window)
            return false;
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() != Qt::Key_Return && key->key() != Qt::Key_Enter) ||
            (key->modifiers() & ~Qt::KeypadModifier) != Qt::NoModifier)
            return false;
        QQuickItem *focus = window->activeFocusItem();
        if (event->type() == QEvent::KeyRelease) {
            if (!m_pressed || m_pressed != focus)
                return false;
            m_pressed = nullptr;
            QKeyEvent release(QEvent::KeyRelease, Qt::Key_Space, Qt::NoModifier,
                              QStringLiteral(" "));
            QCoreApplication::sendEvent(focus, &release);
            return true;
        }
        // Push buttons and tool buttons, not check boxes or menu items (which have their own
        // Enter), and not the text fields whose Enter means "done".
        if (!focus || !focus->isEnabled() ||
            !(focus->inherits("QQuickButton") || focus->inherits("QQuickTabButton")))
            return false;
        if (key->isAutoRepeat())
            return true;
        m_pressed = focus;
        QKeyEvent press(QEvent::KeyPress, Qt::Key_Space, Qt::NoModifier, QStringLiteral(" "));
        QCoreApplication::sendEvent(focus, &press);
        return true;
    }

private:
    QPointer<QQuickItem> m_pressed;
};

} // namespace

void letEnterPressButtons(QCoreApplication *application)
{
    application->installEventFilter(new EnterPressesButtons(application));
}

} // namespace trendweb

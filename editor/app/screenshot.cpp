#include "screenshot.h"

#include <QCoreApplication>
#include <QImage>
#include <QQuickWindow>
#include <QTimer>
#include <cstdio>

namespace trendweb {

ScreenshotTaker::ScreenshotTaker(QQuickWindow *window, const QString &fileName, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_fileName(fileName)
{
    // The window says it is ready (edition loaded, first lemma shown) through its
    // "ready" property; a few frames later the picture is complete. Each frame asks
    // for the next until then, so that the count also moves in a still window.
    connect(window, &QQuickWindow::frameSwapped, this, [this] {
        checkReady();
        if (m_ready && --m_framesToWait == 0)
            QTimer::singleShot(0, this, &ScreenshotTaker::grab);
        m_window->update();
    });
    // Never hang a test run: give up after a generous time.
    QTimer::singleShot(60000, this, [] {
        std::fprintf(stderr, "trendweb-studio: het venster werd niet op tijd klaar\n");
        QCoreApplication::exit(3);
    });
    checkReady();
    window->update();
}

void ScreenshotTaker::checkReady()
{
    if (!m_ready && m_window->property("ready").toBool())
        m_ready = true;
}

void ScreenshotTaker::grab()
{
    const QImage image = m_window->grabWindow();
    if (image.isNull() || !image.save(m_fileName)) {
        std::fprintf(stderr, "trendweb-studio: kan de schermafbeelding niet opslaan in %s\n",
                     qPrintable(m_fileName));
        QCoreApplication::exit(1);
        return;
    }
    QCoreApplication::exit(0);
}

} // namespace trendweb

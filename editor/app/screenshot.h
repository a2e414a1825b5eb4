// Writes a picture of the main window once it is ready, then quits: used by
// the tests and to make the README's screenshot.
#pragma once

#include <QObject>
#include <QString>

class QQuickWindow;

namespace trendweb {

class ScreenshotTaker : public QObject
{
    Q_OBJECT

public:
    ScreenshotTaker(QQuickWindow *window, const QString &fileName, QObject *parent = nullptr);

private:
    void checkReady();
    void grab();

    QQuickWindow *m_window;
    QString m_fileName;
    int m_framesToWait = 3;
    bool m_ready = false;
};

} // namespace trendweb

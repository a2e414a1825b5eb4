#include "graphics.h"

#include <QOffscreenSurface>
#include <QOpenGLContext>
#include <QOpenGLFunctions>
#include <QQuickWindow>

namespace trendweb {

bool openGlIsSoftware()
{
    QOpenGLContext context;
    if (!context.create())
        return true; // no OpenGL at all: only the CPU can draw
    QOffscreenSurface surface;
    surface.setFormat(context.format());
    surface.create();
    if (!context.makeCurrent(&surface))
        return true;
    const auto *renderer =
        reinterpret_cast<const char *>(context.functions()->glGetString(GL_RENDERER));
    const QByteArray name = QByteArray(renderer ? renderer : "").toLower();
    context.doneCurrent();
    return name.isEmpty() || name.contains("llvmpipe") || name.contains("softpipe") ||
           name.contains("swrast") || name.contains("software");
}

void chooseSceneGraph()
{
    if (qEnvironmentVariableIsSet("QT_QUICK_BACKEND"))
        return;
    if (openGlIsSoftware())
        QQuickWindow::setGraphicsApi(QSGRendererInterface::Software);
}

} // namespace trendweb

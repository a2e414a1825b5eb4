// Which scene graph the editor draws with. On a machine whose OpenGL is a software
// rasteriser (no GPU: llvmpipe, softpipe, a virtual screen) Qt Quick's own software
// renderer costs a tenth of the CPU per keystroke, so the editor uses that there.
#pragma once

namespace trendweb {

// True when the OpenGL the window would get is drawn by the CPU.
bool openGlIsSoftware();

// Chooses the software scene graph when there is no hardware OpenGL, unless the user
// chose a backend with QT_QUICK_BACKEND. Call after the application, before any window.
void chooseSceneGraph();

} // namespace trendweb

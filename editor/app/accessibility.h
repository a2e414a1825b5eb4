// What a screen reader hears of the window, where Qt 6.4 leaves a gap: a disabled control
// is announced as enabled (Qt Quick's accessible items never report `disabled` before
// Qt 6.5), so Orca reads a greyed-out *Opslaan* as a button one can press.
#pragma once

namespace trendweb {

// Lets every Qt Quick control and text field report `disabled` (not enabled, not
// sensitive, not focusable) while it is disabled. Call before the first window exists.
void reportDisabledControls();

// Chromium's accessibility tree for the preview (its WebEngineView is otherwise one
// silent `document`). Call before QtWebEngineQuick::initialize().
void exposePreviewToScreenReaders();

} // namespace trendweb

// Enter presses the button that has the keyboard focus, as on the rest of the desktop.
// Qt Quick Controls 6.4 let only the space bar press a focused button, so a writer who
// tabs to *Beginnen* or *Annuleren* and presses Enter saw nothing happen.
#pragma once

class QCoreApplication;

namespace trendweb {

// Installs the translation of Enter into a press of the focused button for every window.
void letEnterPressButtons(QCoreApplication *application);

} // namespace trendweb

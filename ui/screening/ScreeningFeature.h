#pragma once

namespace st {

class MainWindow;

// Name screening in the main window: View ▸ Screen Names… (Ctrl+Shift+S) opens the Screening dock,
// hidden at start; a candidate opens in the Designations view.
void installScreeningFeature(MainWindow &window);

} // namespace st

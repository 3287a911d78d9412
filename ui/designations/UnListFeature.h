#pragma once

namespace st {

class MainWindow;

// The UN Consolidated List in the main window: File ▸ Import UN Consolidated List…, File ▸ Export
// CSV…, and the Designations dock (View ▸ Designations), refreshed whenever the data changes.
void installUnListFeature(MainWindow &window);

} // namespace st

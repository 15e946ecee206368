// The mouse wheel scrolls the page, never edits a field the planner is not in: an application-wide
// event filter that keeps wheel events from spin boxes (number, money, date fields), combo boxes
// and sliders unless they have keyboard focus, and gives them StrongFocus so that the wheel never
// focuses them either. The event goes on to the parent, so the page scrolls as usual. Covers every
// such editor, also those made later (table cell editors, dialogs).
#pragma once

class QApplication;

namespace effekt::views {

// Installs the guard on the application once; later calls do nothing.
void installWheelGuard(QApplication *app);

} // namespace effekt::views

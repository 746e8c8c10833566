#pragma once
// Logging off or shutting down Windows while the desktop runs. Windows asks (WM_QUERYENDSESSION), then
// says the session ends (WM_ENDSESSION) and may end the process as soon as that message has been
// handled, before main() gets to its teardown. onEndSession runs in the GUI thread while WM_ENDSESSION
// is handled, so the batches stop at a chunk boundary and the services stop before the process goes.
// Elsewhere (X11/Wayland session managers) nothing is installed: the application quits normally.
#include <functional>

void installEndSessionHandler(std::function<void()> onEndSession);

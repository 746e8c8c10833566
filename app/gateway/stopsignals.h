#pragma once
// Calls onStop (in the Qt event loop's thread) on SIGTERM/SIGINT (POSIX) or Ctrl+C, Ctrl+Break, console
// close, log-off and shutdown (Windows). main() calls stopFinished() once the stop is complete (services
// stopped, database closed). On Windows the process ends as soon as the handler of a console close or
// shutdown returns, so that handler waits for stopFinished() (Windows gives it about 5 s in all).
#include <functional>

namespace od::gateway {
bool installStopHandlers(std::function<void()> onStop);
void stopFinished();
#ifdef _WIN32
// The console control handler Windows calls on a thread of its own (here for the tests).
int consoleControlEvent(unsigned long type);
#endif
} // namespace od::gateway

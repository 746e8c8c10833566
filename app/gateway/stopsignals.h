#pragma once
// Calls onStop (in the Qt event loop's thread) on SIGTERM/SIGINT (POSIX) or Ctrl+C / console close /
// shutdown (Windows).
#include <functional>

namespace od::gateway {
bool installStopHandlers(std::function<void()> onStop);
}

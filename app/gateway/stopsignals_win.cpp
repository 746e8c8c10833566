// Ctrl+C, Ctrl+Break, console close and shutdown through SetConsoleCtrlHandler. The handler runs on
// a thread of its own: it queues the stop into the event loop and waits briefly for it to finish.
#include "stopsignals.h"

#include <QCoreApplication>
#include <QMetaObject>
#include <windows.h>

namespace od::gateway {

namespace {
std::function<void()> g_onStop;

BOOL WINAPI onConsoleEvent(DWORD type)
{
    switch (type) {
    case CTRL_C_EVENT:
    case CTRL_BREAK_EVENT:
    case CTRL_CLOSE_EVENT:
    case CTRL_SHUTDOWN_EVENT:
        if (QCoreApplication *app = QCoreApplication::instance())
            QMetaObject::invokeMethod(app, [] { if (g_onStop) g_onStop(); }, Qt::QueuedConnection);
        if (type == CTRL_CLOSE_EVENT || type == CTRL_SHUTDOWN_EVENT)
            Sleep(5000);  // returning ends the process: give the event loop time to stop cleanly
        return TRUE;
    default:
        return FALSE;
    }
}
} // namespace

bool installStopHandlers(std::function<void()> onStop)
{
    g_onStop = std::move(onStop);
    return SetConsoleCtrlHandler(onConsoleEvent, TRUE) != 0;
}

} // namespace od::gateway

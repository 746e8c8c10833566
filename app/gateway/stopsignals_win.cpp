// Ctrl+C, Ctrl+Break, console close, log-off and shutdown through SetConsoleCtrlHandler. Windows runs the
// handler on a thread of its own: it queues the stop into the event loop. For Ctrl+C / Ctrl+Break the
// process goes on until main() has stopped; for a console close, log-off or shutdown, Windows ends the
// process as soon as the handler returns (after about 5 s at the latest), so the handler waits until
// main() says the stop has finished (stopFinished()). A WM_CLOSE posted to the main thread (what
// QProcess::terminate() and service wrappers send to a console program) stops it too.
#include "stopsignals.h"

#include <QAbstractNativeEventFilter>
#include <QCoreApplication>
#include <QMetaObject>
#include <windows.h>

namespace od::gateway {

namespace {
std::function<void()> g_onStop;
HANDLE g_finished = CreateEventW(nullptr, TRUE, FALSE, nullptr); // manual reset: stays set
constexpr DWORD kCloseWaitMs = 4500; // under the ~5 s Windows allows before it ends the process

BOOL WINAPI onConsoleEvent(DWORD type) { return consoleControlEvent(type) ? TRUE : FALSE; }

class ThreadCloseFilter final : public QAbstractNativeEventFilter {
public:
    bool nativeEventFilter(const QByteArray &eventType, void *message, qintptr *) override
    {
        const MSG *msg = static_cast<const MSG *>(message);
        if (eventType == "windows_generic_MSG" && msg->hwnd == nullptr && msg->message == WM_CLOSE && g_onStop) {
            g_onStop(); // already in the event loop's thread
            return true;
        }
        return false;
    }
};
} // namespace

int consoleControlEvent(unsigned long type)
{
    switch (type) {
    case CTRL_C_EVENT:
    case CTRL_BREAK_EVENT:
    case CTRL_CLOSE_EVENT:
    case CTRL_LOGOFF_EVENT:
    case CTRL_SHUTDOWN_EVENT:
        if (QCoreApplication *app = QCoreApplication::instance())
            QMetaObject::invokeMethod(
                app,
                [] {
                    if (g_onStop)
                        g_onStop();
                },
                Qt::QueuedConnection);
        if (type != CTRL_C_EVENT && type != CTRL_BREAK_EVENT)
            WaitForSingleObject(g_finished, kCloseWaitMs); // returning ends the process
        return 1;
    default:
        return 0;
    }
}

bool installStopHandlers(std::function<void()> onStop)
{
    g_onStop = std::move(onStop);
    if (QCoreApplication *app = QCoreApplication::instance())
        app->installNativeEventFilter(new ThreadCloseFilter); // lives as long as the process
    return SetConsoleCtrlHandler(onConsoleEvent, TRUE) != 0;
}

void stopFinished() { SetEvent(g_finished); }

} // namespace od::gateway

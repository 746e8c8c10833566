// WM_ENDSESSION (see endsession.h): a native event filter sees it before Qt's window procedure, which
// then quits the application; the handler must have finished by the time the message returns.
#include "endsession.h"

#include <QAbstractNativeEventFilter>
#include <QCoreApplication>
#include <windows.h>

namespace {

class EndSessionFilter final : public QAbstractNativeEventFilter {
public:
    explicit EndSessionFilter(std::function<void()> fn) : m_fn(std::move(fn)) { }
    bool nativeEventFilter(const QByteArray &eventType, void *message, qintptr *) override
    {
        if (eventType != "windows_generic_MSG" || m_done)
            return false;
        const MSG *msg = static_cast<const MSG *>(message);
        // wParam TRUE: the session really ends (FALSE: someone refused, it goes on).
        if (msg->message == WM_ENDSESSION && msg->wParam) {
            m_done = true; // the message goes to every top-level window: stop once
            m_fn();
        }
        return false; // Qt handles it too (it quits the event loop)
    }

private:
    std::function<void()> m_fn;
    bool m_done = false;
};

} // namespace

void installEndSessionHandler(std::function<void()> onEndSession)
{
    if (QCoreApplication *app = QCoreApplication::instance())
        app->installNativeEventFilter(new EndSessionFilter(std::move(onEndSession))); // lives as long as the process
}

// SIGTERM / SIGINT through a self-pipe: the handler only writes a byte; a QSocketNotifier reads it in
// the event loop and runs the stop function there.
#include "stopsignals.h"

#include <QSocketNotifier>
#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <unistd.h>

namespace od::gateway {

namespace {
int g_pipe[2] = {-1, -1};

void onSignal(int sig)
{
    const int saved = errno;
    const char c = char(sig);
    [[maybe_unused]] ssize_t n = ::write(g_pipe[1], &c, 1);
    errno = saved;
}
} // namespace

bool installStopHandlers(std::function<void()> onStop)
{
    if (::pipe(g_pipe) != 0)
        return false;
    ::fcntl(g_pipe[1], F_SETFL, ::fcntl(g_pipe[1], F_GETFL) | O_NONBLOCK);
    ::fcntl(g_pipe[0], F_SETFD, FD_CLOEXEC);
    ::fcntl(g_pipe[1], F_SETFD, FD_CLOEXEC);
    auto *notifier = new QSocketNotifier(g_pipe[0], QSocketNotifier::Read);
    QObject::connect(notifier, &QSocketNotifier::activated, [notifier, onStop = std::move(onStop)] {
        char c = 0;
        [[maybe_unused]] ssize_t n = ::read(g_pipe[0], &c, 1);
        notifier->setEnabled(false); // one stop is enough
        onStop();
    });
    struct sigaction sa = {};
    sa.sa_handler = onSignal;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = SA_RESTART;
    return ::sigaction(SIGTERM, &sa, nullptr) == 0 && ::sigaction(SIGINT, &sa, nullptr) == 0;
}

void stopFinished() { } // nothing waits: the process ends when main() returns

} // namespace od::gateway

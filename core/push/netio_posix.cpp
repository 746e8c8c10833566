// POSIX sockets for the guarded push server (see netio.h).
#include "push/netio.h"

#include <cerrno>
#include <cstdlib>
#include <netdb.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include "push/netio_address.h"

namespace od::push::netio {

namespace {
int waitFor(Socket s, short events, int timeoutMs)
{
    pollfd p{int(s), events, 0};
    for (;;) {
        const int r = ::poll(&p, 1, timeoutMs);
        if (r < 0 && errno == EINTR)
            continue;
        if (r < 0)
            return -1;
        return r > 0 ? 1 : 0;
    }
}
} // namespace

int waitReadable(Socket s, int timeoutMs) { return waitFor(s, POLLIN, timeoutMs); }
int waitWritable(Socket s, int timeoutMs) { return waitFor(s, POLLOUT, timeoutMs); }

long long receive(Socket s, char *buf, std::size_t size)
{
    for (;;) {
        const ssize_t n = ::recv(int(s), buf, size, 0);
        if (n < 0 && errno == EINTR)
            continue;
        return n;
    }
}

long long sendSome(Socket s, const char *buf, std::size_t size)
{
#ifdef MSG_NOSIGNAL
    const int flags = MSG_NOSIGNAL;
#else
    const int flags = 0;
#endif
    for (;;) {
        const ssize_t n = ::send(int(s), buf, size, flags);
        if (n < 0 && errno == EINTR)
            continue;
        return n;
    }
}

void peerAddress(Socket s, std::string &ip, int &port) { detail::queryAddress<socklen_t>(::getpeername, int(s), ip, port); }

void localAddress(Socket s, std::string &ip, int &port) { detail::queryAddress<socklen_t>(::getsockname, int(s), ip, port); }

void shutdownAndClose(Socket s)
{
    ::shutdown(int(s), SHUT_RDWR);
    ::close(int(s));
}

void setListenBacklog(Socket s, int backlog) { ::listen(int(s), backlog); }

} // namespace od::push::netio

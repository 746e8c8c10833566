// POSIX sockets for the guarded push server (see netio.h).
#include "push/netio.h"

#include <cerrno>
#include <cstdlib>
#include <netdb.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

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

void address(const sockaddr_storage &addr, socklen_t len, std::string &ip, int &port)
{
    char host[NI_MAXHOST] = {0}, serv[NI_MAXSERV] = {0};
    if (::getnameinfo(reinterpret_cast<const sockaddr *>(&addr), len, host, sizeof host, serv, sizeof serv, NI_NUMERICHOST | NI_NUMERICSERV) == 0) {
        ip = host;
        port = std::atoi(serv);
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

void peerAddress(Socket s, std::string &ip, int &port)
{
    sockaddr_storage addr{};
    socklen_t len = sizeof addr;
    if (::getpeername(int(s), reinterpret_cast<sockaddr *>(&addr), &len) == 0)
        address(addr, len, ip, port);
}

void localAddress(Socket s, std::string &ip, int &port)
{
    sockaddr_storage addr{};
    socklen_t len = sizeof addr;
    if (::getsockname(int(s), reinterpret_cast<sockaddr *>(&addr), &len) == 0)
        address(addr, len, ip, port);
}

void shutdownAndClose(Socket s)
{
    ::shutdown(int(s), SHUT_RDWR);
    ::close(int(s));
}

void setListenBacklog(Socket s, int backlog) { ::listen(int(s), backlog); }

} // namespace od::push::netio

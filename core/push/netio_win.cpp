// Winsock for the guarded push server (see netio.h).
#include "push/netio.h"

#include <winsock2.h>
#include <ws2tcpip.h>
#include <climits>
#include <cstdlib>

#include "push/netio_address.h"

namespace od::push::netio {

namespace {
int waitFor(Socket s, short events, int timeoutMs)
{
    WSAPOLLFD p{};
    p.fd = SOCKET(s);
    p.events = events;
    const int r = ::WSAPoll(&p, 1, timeoutMs);
    if (r == SOCKET_ERROR)
        return -1;
    return r > 0 ? 1 : 0;
}
} // namespace

int waitReadable(Socket s, int timeoutMs) { return waitFor(s, POLLRDNORM, timeoutMs); }
int waitWritable(Socket s, int timeoutMs) { return waitFor(s, POLLWRNORM, timeoutMs); }

long long receive(Socket s, char *buf, std::size_t size)
{
    const int n = ::recv(SOCKET(s), buf, int(size > std::size_t(INT_MAX) ? INT_MAX : size), 0);
    return n == SOCKET_ERROR ? -1 : n;
}

long long sendSome(Socket s, const char *buf, std::size_t size)
{
    const int n = ::send(SOCKET(s), buf, int(size > std::size_t(INT_MAX) ? INT_MAX : size), 0);
    return n == SOCKET_ERROR ? -1 : n;
}

void peerAddress(Socket s, std::string &ip, int &port) { detail::queryAddress<int>(::getpeername, SOCKET(s), ip, port); }

void localAddress(Socket s, std::string &ip, int &port) { detail::queryAddress<int>(::getsockname, SOCKET(s), ip, port); }

void shutdownAndClose(Socket s)
{
    ::shutdown(SOCKET(s), SD_BOTH);
    ::closesocket(SOCKET(s));
}

void setListenBacklog(Socket s, int backlog) { ::listen(SOCKET(s), backlog); }

} // namespace od::push::netio

#pragma once
// The address part both socket back ends share: numeric host and port through getnameinfo, and
// getpeername / getsockname. Included by netio_posix.cpp and netio_win.cpp after their own socket
// headers (sockaddr_storage, getnameinfo and the NI_ constants come from there).
#include <cstdlib>
#include <string>

namespace od::push::netio::detail {

template <typename Len> void numericAddress(const sockaddr_storage &addr, Len len, std::string &ip, int &port)
{
    char host[NI_MAXHOST] = {0}, serv[NI_MAXSERV] = {0};
    if (::getnameinfo(reinterpret_cast<const sockaddr *>(&addr), len, host, sizeof host, serv, sizeof serv, NI_NUMERICHOST | NI_NUMERICSERV) == 0) {
        ip = host;
        port = std::atoi(serv);
    }
}

// `query` is getpeername or getsockname, `native` the platform's socket handle, Len its length type.
template <typename Len, typename Native, typename Query> void queryAddress(Query query, Native native, std::string &ip, int &port)
{
    sockaddr_storage addr{};
    Len len = sizeof addr;
    if (query(native, reinterpret_cast<sockaddr *>(&addr), &len) == 0)
        numericAddress(addr, len, ip, port);
}

} // namespace od::push::netio::detail

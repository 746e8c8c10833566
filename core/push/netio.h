#pragma once
// The few socket calls the push receiver's guarded server makes itself (netio_posix.cpp /
// netio_win.cpp). Sockets are the platform's handle type as an integer (httplib's socket_t).
#include <cstddef>
#include <cstdint>
#include <string>

namespace od::push::netio {

using Socket = std::intptr_t;

// 1: readable (or closed by the peer), 0: timed out, -1: error.
int waitReadable(Socket s, int timeoutMs);
int waitWritable(Socket s, int timeoutMs);
// recv/send that retry on EINTR; send never raises SIGPIPE. -1 on error, 0 = peer closed (recv).
long long receive(Socket s, char *buf, std::size_t size);
long long sendSome(Socket s, const char *buf, std::size_t size);
// Numeric address and port of the peer / of our end.
void peerAddress(Socket s, std::string &ip, int &port);
void localAddress(Socket s, std::string &ip, int &port);
void shutdownAndClose(Socket s);
// Raises the backlog of a listening socket (httplib listens with 5: bursts of new connections would
// see their SYN dropped and wait a second for the retry).
void setListenBacklog(Socket s, int backlog);

} // namespace od::push::netio

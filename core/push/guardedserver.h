#pragma once
// cpp-httplib's server with the guards the push receiver needs under load and against slow clients:
//  - a limit on the request line and headers together (httplib limits each line only);
//  - a whole-request deadline: the request line, headers and body must arrive within
//    requestTimeoutMs (httplib's own read timeout restarts with every byte, so a client trickling a
//    byte now and then would hold a handler thread for ever);
//  - fair use of the handler threads: a keep-alive connection gives its thread back as soon as other
//    connections wait for one ("Connection: close" on the answer, idle connections closed), so a
//    few busy or idle connections cannot starve the others;
//  - a hook run on each handler thread before it ends (per-thread caches are released there, before
//    the thread's database connection closes).
#include <httplib.h>

#include <atomic>
#include <functional>
#include <string>

namespace od::push {

struct GuardOptions {
    int threads = 16;
    int readTimeoutMs = 15000; // longest wait for the next bytes (and for a first request)
    int writeTimeoutMs = 15000; // longest wait for room to write
    int requestTimeoutMs = 30000; // the whole request must arrive within this
    int keepAliveTimeoutMs = 5000; // an idle keep-alive connection is closed after this
    int keepAliveMaxCount = 100; // requests per connection
    int maxHeaderBytes = 64 * 1024; // request line + headers (httplib limits each line, not their number)
};

class GuardedServer : public httplib::Server {
public:
    explicit GuardedServer(GuardOptions options, std::function<void()> onThreadExit = {});

    // On a handler thread: whether the request being handled ran out of time: nothing came for the
    // read timeout, or it was not complete within the request timeout (its body reader then stops
    // early). False elsewhere.
    static bool requestTimedOut();
    // Milliseconds since the current request's first byte, on a handler thread; 0 elsewhere.
    static long long requestElapsedMs();
    // "ip:port" of the client of the request being handled on this thread (also before its headers
    // were read); empty elsewhere.
    static std::string currentPeer();
    // On a handler thread: whether the current request got as far as routing (its request line and
    // headers were read). An error answer for an unrouted request is httplib's own (bad request,
    // limits, too slow).
    static bool requestRouted();
    // On a handler thread: whether the current request's line and headers went over maxHeaderBytes.
    static bool headersTooLarge();

    struct Stats {
        std::atomic<long long> connections{0}; // accepted
        std::atomic<long long> requests{0}; // started (first byte seen)
        std::atomic<long long> cut{0}; // requests cut: stalled, or over the whole-request deadline
        std::atomic<long long> yielded{0}; // keep-alive connections closed because others waited
        std::atomic<long long> idleClosed{0}; // connections closed with no request (silent) in time
    };
    const Stats &stats() const { return m_stats; }
    // After binding: a listen backlog fit for bursts of connections.
    void widenBacklog(int backlog = 512);
    int waiting() const { return m_waiting.load(); }

private:
    bool process_and_close_socket(socket_t sock) override;
    // Waits for the first byte of the next request; false: close the connection.
    bool waitForRequest(socket_t sock, bool first);

    GuardOptions m_options;
    std::function<void()> m_onThreadExit;
    std::atomic<int> m_waiting{0}; // connections queued for a handler thread
    Stats m_stats;
};

} // namespace od::push

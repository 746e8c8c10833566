#include "push/guardedserver.h"

#include "push/netio.h"

#include <array>
#include <chrono>
#include <condition_variable>
#include <cstring>
#include <list>
#include <mutex>
#include <thread>
#include <vector>

namespace od::push {

namespace {
using Clock = std::chrono::steady_clock;

int msUntil(Clock::time_point t)
{
    const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(t - Clock::now()).count();
    return ms <= 0 ? 0 : int(std::min<long long>(ms, 1 << 30));
}

// One request's view of the connection: buffered reads that give up at the request's deadline.
class DeadlineStream final : public httplib::Stream {
public:
    DeadlineStream(socket_t sock, const GuardOptions &o)
        : m_sock(sock), m_readTimeoutMs(o.readTimeoutMs), m_writeTimeoutMs(o.writeTimeoutMs), m_maxHeaderBytes(o.maxHeaderBytes), m_start(Clock::now()),
          m_deadline(m_start + std::chrono::milliseconds(o.requestTimeoutMs))
    { }

    bool timedOut() const { return m_timedOut; }
    // A read failed (timed out, peer closed, error): the connection is no longer at a request boundary.
    bool broken() const { return m_broken; }
    bool headersTooLarge() const { return m_headersTooLarge; }
    mutable bool routed = false;
    long long elapsedMs() const { return std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() - m_start).count(); }

    bool is_readable() const override
    {
        if (m_off < m_len)
            return true;
        return waitReadable();
    }
    bool is_writable() const override { return netio::waitWritable(netio::Socket(m_sock), m_writeTimeoutMs) > 0; }

    ssize_t read(char *ptr, size_t size) override
    {
        const ssize_t n = readSome(ptr, size);
        // Until routing starts, what httplib reads is the request line and the headers.
        if (n > 0 && !routed) {
            m_headerBytes += n;
            if (m_headerBytes > m_maxHeaderBytes) {
                m_headersTooLarge = true;
                m_broken = true;
                return -1;
            }
        }
        return n;
    }

    ssize_t readSome(char *ptr, size_t size)
    {
        if (m_off < m_len) {
            const size_t n = std::min(size, m_len - m_off);
            std::memcpy(ptr, m_buf.data() + m_off, n);
            m_off += n;
            return ssize_t(n);
        }
        if (!waitReadable()) {
            m_broken = true;
            return -1;
        }
        if (size >= m_buf.size()) {
            const long long n = netio::receive(netio::Socket(m_sock), ptr, size);
            m_broken = m_broken || n <= 0;
            return ssize_t(n);
        }
        const long long n = netio::receive(netio::Socket(m_sock), m_buf.data(), m_buf.size());
        if (n <= 0) {
            m_broken = true;
            return ssize_t(n);
        }
        m_off = 0;
        m_len = size_t(n);
        return readSome(ptr, size);
    }

    ssize_t write(const char *ptr, size_t size) override
    {
        if (!is_writable())
            return -1;
        return ssize_t(netio::sendSome(netio::Socket(m_sock), ptr, size));
    }

    void get_remote_ip_and_port(std::string &ip, int &port) const override { netio::peerAddress(netio::Socket(m_sock), ip, port); }
    void get_local_ip_and_port(std::string &ip, int &port) const override { netio::localAddress(netio::Socket(m_sock), ip, port); }
    socket_t socket() const override { return m_sock; }

private:
    bool waitReadable() const
    {
        const int left = msUntil(m_deadline);
        if (left <= 0) {
            m_timedOut = true;
            return false;
        }
        const int r = netio::waitReadable(netio::Socket(m_sock), std::min(m_readTimeoutMs, left));
        if (r == 0)
            m_timedOut = true; // stalled for the read timeout, or out of the request's time
        return r > 0;
    }

    socket_t m_sock;
    int m_readTimeoutMs, m_writeTimeoutMs;
    long long m_maxHeaderBytes;
    long long m_headerBytes = 0;
    bool m_headersTooLarge = false;
    Clock::time_point m_start, m_deadline;
    mutable bool m_timedOut = false;
    bool m_broken = false;
    std::array<char, 4096> m_buf{};
    size_t m_off = 0, m_len = 0;
};

thread_local DeadlineStream *t_stream = nullptr;

// httplib's ThreadPool plus a count of the connections waiting for a thread (so busy keep-alive
// connections can make room) and a hook each worker runs before it ends.
class Pool final : public httplib::TaskQueue {
public:
    Pool(size_t n, std::atomic<int> &waiting, std::function<void()> onExit) : m_waiting(waiting), m_onExit(std::move(onExit))
    {
        for (size_t i = 0; i < n; ++i)
            m_threads.emplace_back([this] { work(); });
    }
    void enqueue(std::function<void()> fn) override
    {
        {
            std::lock_guard<std::mutex> lock(m_mutex);
            m_jobs.push_back(std::move(fn));
            ++m_waiting;
        }
        m_cond.notify_one();
    }
    void shutdown() override
    {
        {
            std::lock_guard<std::mutex> lock(m_mutex);
            m_shutdown = true;
        }
        m_cond.notify_all();
        for (auto &t : m_threads)
            t.join();
    }

private:
    void work()
    {
        for (;;) {
            std::function<void()> fn;
            {
                std::unique_lock<std::mutex> lock(m_mutex);
                m_cond.wait(lock, [&] { return !m_jobs.empty() || m_shutdown; });
                if (m_shutdown && m_jobs.empty())
                    break;
                fn = std::move(m_jobs.front());
                m_jobs.pop_front();
                --m_waiting;
            }
            fn();
        }
        if (m_onExit)
            m_onExit();
    }

    std::atomic<int> &m_waiting;
    std::function<void()> m_onExit;
    std::vector<std::thread> m_threads;
    std::list<std::function<void()>> m_jobs;
    bool m_shutdown = false;
    std::condition_variable m_cond;
    std::mutex m_mutex;
};
} // namespace

GuardedServer::GuardedServer(GuardOptions options, std::function<void()> onThreadExit) : m_options(options), m_onThreadExit(std::move(onThreadExit))
{
    const size_t threads = size_t(std::max(1, m_options.threads));
    new_task_queue = [this, threads] { return new Pool(threads, m_waiting, m_onThreadExit); };
    // Used by httplib's own fallback paths; our streams apply the guarded values.
    set_read_timeout(std::max(1, m_options.readTimeoutMs / 1000), 0);
    set_write_timeout(std::max(1, m_options.writeTimeoutMs / 1000), 0);
    set_keep_alive_max_count(size_t(std::max(1, m_options.keepAliveMaxCount)));
    set_keep_alive_timeout(std::max(1, m_options.keepAliveTimeoutMs / 1000));
    set_pre_routing_handler([](const httplib::Request &, httplib::Response &) {
        if (t_stream)
            t_stream->routed = true;
        return HandlerResponse::Unhandled;
    });
}

void GuardedServer::widenBacklog(int backlog)
{
    const socket_t s = svr_sock_;
    if (s != INVALID_SOCKET)
        netio::setListenBacklog(netio::Socket(s), backlog);
}

bool GuardedServer::requestRouted() { return t_stream && t_stream->routed; }

bool GuardedServer::headersTooLarge() { return t_stream && t_stream->headersTooLarge(); }

bool GuardedServer::requestTimedOut() { return t_stream && t_stream->timedOut(); }

long long GuardedServer::requestElapsedMs() { return t_stream ? t_stream->elapsedMs() : 0; }

std::string GuardedServer::currentPeer()
{
    if (!t_stream)
        return {};
    std::string ip;
    int port = 0;
    t_stream->get_remote_ip_and_port(ip, port);
    return ip + ':' + std::to_string(port);
}

bool GuardedServer::waitForRequest(socket_t sock, bool first)
{
    // A new connection gets the read timeout to send its request; an idle keep-alive connection the
    // keep-alive timeout, but only while nobody else waits for a thread.
    const auto until = Clock::now() + std::chrono::milliseconds(first ? m_options.readTimeoutMs : m_options.keepAliveTimeoutMs);
    for (;;) {
        if (svr_sock_ == INVALID_SOCKET)
            return false; // stopping
        const int r = netio::waitReadable(netio::Socket(sock), std::min(50, msUntil(until)));
        if (r != 0)
            return r > 0;
        if (!first && m_waiting.load() > 0) {
            ++m_stats.yielded;
            return false;
        }
        if (msUntil(until) <= 0) {
            if (first)
                ++m_stats.idleClosed;
            return false;
        }
    }
}

bool GuardedServer::process_and_close_socket(socket_t sock)
{
    ++m_stats.connections;
    bool ret = false;
    int left = std::max(1, m_options.keepAliveMaxCount);
    for (bool first = true; left > 0; first = false, --left) {
        if (!waitForRequest(sock, first))
            break;
        ++m_stats.requests;
        DeadlineStream stream(sock, m_options);
        // Others waiting for a thread: answer this one and give the thread back.
        const bool others = m_waiting.load() > 0;
        const bool closeConnection = left == 1 || others || svr_sock_ == INVALID_SOCKET;
        bool connectionClosed = false;
        t_stream = &stream;
        ret = process_request(stream, closeConnection, connectionClosed, nullptr);
        t_stream = nullptr;
        if (stream.timedOut())
            ++m_stats.cut;
        // A request cut short (timed out, or its body not all read) leaves the connection in the
        // middle of a request: never read on from there.
        if (stream.broken())
            break;
        if (!ret || connectionClosed || closeConnection) {
            if (ret && !connectionClosed && others && left > 1)
                ++m_stats.yielded;
            break;
        }
    }
    netio::shutdownAndClose(netio::Socket(sock));
    return ret;
}

} // namespace od::push

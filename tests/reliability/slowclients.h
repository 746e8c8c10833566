#pragma once
// Hostile HTTP clients for the receiver tests, on raw TCP (QTcpSocket in their own threads):
// a trickler sends a request line, then its headers or body a few bytes every 100–500 ms and never
// finishes; a silent client connects and sends nothing. Both go on (reconnecting) until told to
// stop, then wait for the server to cut their last connection.
#include <QByteArray>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTcpSocket>
#include <atomic>
#include <string>
#include <thread>

namespace rel {

struct SlowFigures {
    std::atomic<int> attempts{0}; // connections that sent at least one byte (tricklers) / connected (silent)
    std::atomic<int> cut{0}; // ... ended by the server before the client was done
    std::atomic<int> answered{0}; // ... with an HTTP answer
    std::atomic<int> answered408{0};
    std::atomic<int> bytesSent{0};
};

// One trickling connection; returns when the server closed it (or `giveUpMs` passed: not cut).
inline void trickleOnce(int port, bool trickleHeaders, quint32 seed, SlowFigures &f, int giveUpMs = 60000)
{
    QRandomGenerator rng(seed);
    QTcpSocket s;
    s.connectToHost(QStringLiteral("127.0.0.1"), quint16(port));
    if (!s.waitForConnected(10000))
        return;
    const QByteArray body(4000, 'x'); // at ~10 bytes/s this would take minutes
    QByteArray head = "POST /push/load HTTP/1.1\r\nHost: 127.0.0.1\r\n";
    QByteArray rest =
        "Content-Type: application/json\r\nX-Slow: " + QByteArray(200, 'h') + "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n";
    QByteArray pending;
    if (trickleHeaders) {
        pending = rest + body;
    } else {
        head += rest;
        pending = body;
    }
    s.write(head); // the request line arrives at once: the server has started on a request
    s.waitForBytesWritten(2000);
    ++f.attempts;
    QElapsedTimer t;
    t.start();
    QByteArray reply;
    bool closed = false;
    while (!pending.isEmpty() && t.elapsed() < giveUpMs) {
        const int n = 1 + int(rng.bounded(4));
        s.write(pending.left(n));
        pending.remove(0, n);
        f.bytesSent += n;
        s.waitForBytesWritten(1000);
        // Sleep 100–500 ms while watching for the server's answer or close.
        if (s.waitForReadyRead(100 + int(rng.bounded(400))))
            reply += s.readAll();
        if (!reply.isEmpty() || s.state() != QAbstractSocket::ConnectedState) {
            closed = true;
            break;
        }
    }
    if (closed) {
        // Read what is left of the answer until the server closes.
        while (s.state() == QAbstractSocket::ConnectedState && s.waitForReadyRead(2000))
            reply += s.readAll();
        reply += s.readAll();
        ++f.cut;
        if (reply.startsWith("HTTP/1.1 ")) {
            ++f.answered;
            if (reply.startsWith("HTTP/1.1 408"))
                ++f.answered408;
        }
    }
    s.abort();
}

// One silent connection; returns when the server closed it (true) or after `giveUpMs` (false).
inline bool silentOnce(int port, SlowFigures &f, int giveUpMs = 60000)
{
    QTcpSocket s;
    s.connectToHost(QStringLiteral("127.0.0.1"), quint16(port));
    if (!s.waitForConnected(10000))
        return false;
    ++f.attempts;
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < giveUpMs) {
        s.waitForReadyRead(200);
        s.readAll();
        if (s.state() != QAbstractSocket::ConnectedState) {
            ++f.cut;
            return true;
        }
    }
    s.abort();
    return false;
}

// Runs `once` again and again on its own thread until `stop` is set (the last run finishes).
template <typename Fn> std::thread repeatUntil(std::atomic<bool> &stop, Fn once)
{
    return std::thread([&stop, once]() mutable {
        for (int i = 0; !stop.load(); ++i)
            once(i);
    });
}

} // namespace rel

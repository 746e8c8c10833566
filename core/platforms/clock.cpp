#include "platforms/clock.h"

#include <QDateTime>
#include <QThread>
#include <algorithm>
#include <map>

namespace od::platforms {

namespace {
class SystemClock : public Clock {
public:
    qint64 nowMs() const override { return QDateTime::currentMSecsSinceEpoch(); }
    bool sleepUntil(qint64 deadlineMs, const std::function<bool()> &cancelled) override
    {
        for (qint64 now = nowMs(); now < deadlineMs; now = nowMs()) {
            if (cancelled && cancelled())
                return false;
            QThread::msleep(static_cast<unsigned long>(std::min<qint64>(100, deadlineMs - now) + 1));
        }
        return !(cancelled && cancelled());
    }
};

std::mutex g_banMutex;
std::map<QString, qint64> g_bans;
} // namespace

std::shared_ptr<Clock> Clock::system()
{
    static const std::shared_ptr<Clock> clock = std::make_shared<SystemClock>();
    return clock;
}

ManualClock::ManualClock(qint64 startMs) : m_now(startMs) { }

qint64 ManualClock::nowMs() const
{
    std::lock_guard lock(m_mu);
    return m_now;
}

bool ManualClock::sleepUntil(qint64 deadlineMs, const std::function<bool()> &cancelled)
{
    if (cancelled && cancelled())
        return false;
    std::lock_guard lock(m_mu);
    if (deadlineMs > m_now) {
        ++m_sleeps;
        m_slept += deadlineMs - m_now;
        m_now = deadlineMs;
    }
    return true;
}

void ManualClock::advanceMs(qint64 ms)
{
    std::lock_guard lock(m_mu);
    m_now += ms;
}

int ManualClock::sleeps() const
{
    std::lock_guard lock(m_mu);
    return m_sleeps;
}

qint64 ManualClock::sleptMs() const
{
    std::lock_guard lock(m_mu);
    return m_slept;
}

namespace BanBoard {
QString key(const QString &endpoint, const QString &appKey, const QString &session)
{
    return endpoint + QLatin1Char('\n') + appKey + QLatin1Char('\n') + session;
}

void ban(const QString &key, qint64 untilMs)
{
    std::lock_guard lock(g_banMutex);
    qint64 &until = g_bans[key];
    until = std::max(until, untilMs);
}

qint64 bannedUntil(const QString &key)
{
    std::lock_guard lock(g_banMutex);
    auto it = g_bans.find(key);
    return it == g_bans.end() ? 0 : it->second;
}
} // namespace BanBoard

} // namespace od::platforms

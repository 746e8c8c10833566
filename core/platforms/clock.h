#pragma once
// Time for the platform clients and simulators, injectable so that tests of call-limit bans do not sleep:
// the system clock for real use, a manual clock whose waits move its time forward at once.
// And the ban board: the call-limit bans a platform has announced, per shop, shared by every client of
// the process, so that no request of a banned shop — single or parallel, from any client — is sent
// before the ban ends (protocols.md §1: "This ban will last for N more seconds": wait N + 1 s).
#include <QString>
#include <QtGlobal>
#include <functional>
#include <memory>
#include <mutex>

namespace od::platforms {

class Clock {
public:
    virtual ~Clock() = default;
    virtual qint64 nowMs() const = 0;
    // Waits until `deadlineMs` on this clock, polling `cancelled` (may be empty); false if cancelled.
    virtual bool sleepUntil(qint64 deadlineMs, const std::function<bool()> &cancelled) = 0;
    static std::shared_ptr<Clock> system();
};

// A clock that only moves when told to, or when someone waits on it (the wait ends at once, with the
// clock at the deadline). Thread-safe.
class ManualClock : public Clock {
public:
    explicit ManualClock(qint64 startMs);
    qint64 nowMs() const override;
    bool sleepUntil(qint64 deadlineMs, const std::function<bool()> &cancelled) override;
    void advanceMs(qint64 ms);
    int sleeps() const; // waits that moved the clock
    qint64 sleptMs() const; // total time those waits moved it

private:
    mutable std::mutex m_mu;
    qint64 m_now;
    int m_sleeps = 0;
    qint64 m_slept = 0;
};

namespace BanBoard {
// The key of one shop on one gateway (e.g. endpoint, app key and session).
QString key(const QString &endpoint, const QString &appKey, const QString &session);
// Records a ban lasting until `untilMs` (the later of this and one already recorded wins).
void ban(const QString &key, qint64 untilMs);
// Until when the shop is banned (0 = not banned / never was).
qint64 bannedUntil(const QString &key);
} // namespace BanBoard

} // namespace od::platforms

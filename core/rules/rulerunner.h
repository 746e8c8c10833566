#pragma once
// Applies the conversion rules as trades arrive or change: a worker thread that, while 自动转单 is
// switched on, decides every pending trade not yet decided at its current version by the current rule
// set (RuleService::apply with onlyUnchecked), then sleeps until woken or `pollMs` passed. Run by the
// active gateway, or by a single desk's own services; stop() lets the trade in hand finish.
#include "rules/ruleservice.h"
#include <atomic>
#include <condition_variable>
#include <mutex>
#include <thread>

namespace od::rules {

class RuleRunner {
public:
    RuleRunner(Database &db, int pollMs = 3000);
    ~RuleRunner();
    RuleRunner(const RuleRunner &) = delete;
    RuleRunner &operator=(const RuleRunner &) = delete;
    void start();
    void stop();
    // Look now (after an intake batch, or when the rules changed).
    void wake();
    // Passes that decided something, and the last error (for the gateway's log and tests).
    int passes() const { return m_passes.load(); }
    // Times the runner has looked (switched on or not).
    int looks() const { return m_looks.load(); }
    QString lastError() const;

private:
    void loop();
    Database &m_db;
    int m_pollMs;
    std::thread m_thread;
    std::mutex m_mutex;
    std::condition_variable m_cv;
    bool m_woken = false;
    std::atomic_bool m_stop{false};
    std::atomic_bool m_cancel{false};
    std::atomic_int m_passes{0};
    std::atomic_int m_looks{0};
    mutable std::mutex m_errorMutex;
    QString m_lastError;
};

} // namespace od::rules

#include "rules/rulerunner.h"

#include "storage/threadconnections.h"

namespace od::rules {

RuleRunner::RuleRunner(Database &db, int pollMs) : m_db(db), m_pollMs(pollMs) { }

RuleRunner::~RuleRunner() { stop(); }

void RuleRunner::start()
{
    if (m_thread.joinable())
        return;
    m_stop = false;
    m_cancel = false;
    m_thread = std::thread([this] { loop(); });
}

void RuleRunner::stop()
{
    if (!m_thread.joinable())
        return;
    m_stop = true;
    m_cancel = true; // the pass in hand stops after its current trade
    wake();
    m_thread.join();
}

void RuleRunner::wake()
{
    {
        std::lock_guard lock(m_mutex);
        m_woken = true;
    }
    m_cv.notify_all();
}

QString RuleRunner::lastError() const
{
    std::lock_guard lock(m_errorMutex);
    return m_lastError;
}

void RuleRunner::loop()
{
    RuleService rules(m_db);
    while (!m_stop) {
        auto on = rules.autoEnabled();
        if (on.ok() && on.value()) {
            auto r = rules.apply(RuleService::automaticSession(), std::nullopt, true, &m_cancel);
            std::lock_guard lock(m_errorMutex);
            if (!r.ok())
                m_lastError = r.error().message;
            else if (r->converted + r->held + r->left + r->failed > 0)
                ++m_passes;
        } else if (!on.ok()) {
            std::lock_guard lock(m_errorMutex);
            m_lastError = on.error().message;
        }
        ++m_looks;
        std::unique_lock lock(m_mutex);
        m_cv.wait_for(lock, std::chrono::milliseconds(m_pollMs), [this] { return m_woken || m_stop.load(); });
        m_woken = false;
    }
    releaseThreadConnections();
}

} // namespace od::rules

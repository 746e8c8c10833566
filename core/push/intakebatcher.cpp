#include "intakebatcher.h"

#include <memory>

namespace od::push {

namespace {
// Each writer thread keeps its repository, whose prepared statements belong to its connection; the
// thread drops it with releaseThreadState() before it ends (the receiver's handler threads do, in their
// exit hook). Plain pointers only: a thread_local with a destructor (unique_ptr) is run after its
// storage was freed in the Windows build, corrupting the heap at thread exit (see database.cpp).
thread_local TradeRepository *t_repo = nullptr;
thread_local const Database *t_repoDb = nullptr;

TradeRepository &repositoryFor(Database &db)
{
    if (!t_repo || t_repoDb != &db) {
        delete t_repo;
        t_repo = new TradeRepository(db);
        t_repoDb = &db;
    }
    return *t_repo;
}
} // namespace

Result<IntakeResult> IntakeBatcher::submit(const MappedPush &push)
{
    Item mine;
    mine.push = &push;
    // Encoded here, on the sender's handler thread: the writer only binds the bytes.
    mine.encoded = payload::encode(push.trade.rawPayload);
    std::unique_lock<std::mutex> lock(m_mutex);
    m_queue.push_back(&mine);
    while (!mine.result) {
        if (m_writing) {
            m_done.wait(lock);
            continue;
        }
        // Nobody is writing: this thread writes what is waiting (its own order may be in a later batch
        // when more than m_maxBatch were ahead of it; then it loops and writes again or waits).
        m_writing = true;
        std::vector<Item *> batch;
        while (!m_queue.empty() && int(batch.size()) < m_maxBatch) {
            batch.push_back(m_queue.front());
            m_queue.pop_front();
        }
        lock.unlock();
        std::vector<const MappedPush *> pushes;
        std::vector<const payload::Stored *> encoded;
        pushes.reserve(batch.size());
        encoded.reserve(batch.size());
        for (Item *i : batch) {
            pushes.push_back(i->push);
            encoded.push_back(&i->encoded);
        }
        std::vector<Result<IntakeResult>> results = PushStore(m_db, &repositoryFor(m_db)).intakeBatch(pushes, encoded);
        lock.lock();
        for (size_t i = 0; i < batch.size(); ++i)
            batch[i]->result = std::move(results[i]);
        ++m_stats.batches;
        m_stats.orders += qint64(batch.size());
        m_stats.largest = std::max(m_stats.largest, int(batch.size()));
        m_writing = false;
        m_done.notify_all();
    }
    return std::move(*mine.result);
}

void IntakeBatcher::releaseThreadState()
{
    delete t_repo;
    t_repo = nullptr;
    t_repoDb = nullptr;
}

IntakeBatcher::Stats IntakeBatcher::stats() const
{
    std::lock_guard<std::mutex> lock(m_mutex);
    return m_stats;
}

} // namespace od::push

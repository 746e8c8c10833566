#pragma once
// Group commit for pushed orders. Handler threads parse, verify and map their push in parallel, then
// hand the mapped order here and wait. Whoever finds no write in progress becomes the writer: it takes
// every order waiting (up to a limit), writes them in one transaction (PushStore::intakeBatch, each
// order in its own savepoint), commits, and wakes their senders with their own result. Replies still
// go out only after the commit, so an order answered "accepted" is stored; but a burst of pushes costs
// one commit instead of one each (SQLite rewrites every touched index page per commit).
#include "push/pushstore.h"

#include <algorithm>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <optional>

namespace od::push {

class IntakeBatcher {
public:
    explicit IntakeBatcher(Database &db, int maxBatch = 256) : m_db(db), m_maxBatch(std::max(1, maxBatch)) { }
    IntakeBatcher(const IntakeBatcher &) = delete;
    IntakeBatcher &operator=(const IntakeBatcher &) = delete;

    // Blocks until `push` is committed (or failed); safe from any number of threads.
    Result<IntakeResult> submit(const MappedPush &push);

    struct Stats {
        qint64 batches = 0;
        qint64 orders = 0;
        int largest = 0;
    };
    Stats stats() const;
    // Drops this thread's repository (its prepared statements) before the thread's connection goes.
    static void releaseThreadState();

private:
    struct Item {
        const MappedPush *push = nullptr;
        payload::Stored encoded;
        std::optional<Result<IntakeResult>> result;
    };
    Database &m_db;
    const int m_maxBatch;
    mutable std::mutex m_mutex;
    std::condition_variable m_done;
    std::deque<Item *> m_queue;
    bool m_writing = false;
    Stats m_stats;
};

} // namespace od::push

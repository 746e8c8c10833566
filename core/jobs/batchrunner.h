#pragma once
// The one machinery behind every batch action: a list of ids, a per-item function, chunked
// transactions with a savepoint per item, progress, cancel between items, a per-item result list.
//
// A chunk is one transaction of up to `chunkSize` items; each item runs inside a SAVEPOINT, so a
// failing item is rolled back alone and the others of the chunk still commit. 10,000 items are ~50
// commits: no giant transaction, no fsync per item. A chunk that meets a busy / serialization /
// deadlock error is rolled back as a whole and retried.
#include "domain/result.h"
#include "storage/database.h"
#include <atomic>
#include <functional>
#include <vector>

namespace od {

struct BatchItemResult {
    int64_t id = 0;
    bool ok = false;
    QString code; // error code when failed
    QString reason; // translated message when failed
    int64_t resultId = 0; // what the item produced (e.g. the sales order id), when ok
};

struct BatchOptions {
    int chunkSize = 200;
    int chunkAttempts = 6; // tries per chunk on busy / serialization errors
};

struct BatchSummary {
    std::vector<BatchItemResult> results; // in processing order; items not reached are absent
    int total = 0;
    bool cancelled = false;
    int succeeded() const;
    int failed() const;
    std::vector<int64_t> failedIds() const;
};

// Runs inside the item's savepoint, on the calling thread's connection of the runner's database.
using BatchItemFn = std::function<Result<int64_t>(int64_t id)>;
// Runs after a failed item's savepoint was rolled back, still in the chunk's transaction (e.g. to
// store the reason on the record). Its own errors are ignored.
using BatchFailureFn = std::function<void(int64_t id, const Error &error)>;
// (done, total); called from the running thread after each committed chunk.
using BatchProgressFn = std::function<void(int done, int total)>;

class BatchRunner {
public:
    BatchRunner(Database &db, BatchItemFn item, BatchOptions options = {});
    void setFailureHandler(BatchFailureFn onFailure) { m_onFailure = std::move(onFailure); }
    // Processes `ids` in the calling thread. `cancel`, if given, is checked between items.
    BatchSummary run(const std::vector<int64_t> &ids, const BatchProgressFn &progress = {}, const std::atomic_bool *cancel = nullptr) const;

    static bool isRetryable(const Error &e);

private:
    Database &m_db;
    BatchItemFn m_item;
    BatchFailureFn m_onFailure;
    BatchOptions m_options;
};

} // namespace od

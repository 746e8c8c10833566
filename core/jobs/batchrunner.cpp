#include "jobs/batchrunner.h"

#include "storage/sql.h"

#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QThread>
#include <algorithm>

Q_LOGGING_CATEGORY(lcBatch, "orderdesk.batch")

namespace od {

int BatchSummary::succeeded() const
{
    return int(std::count_if(results.begin(), results.end(), [](const BatchItemResult &r) { return r.ok; }));
}
int BatchSummary::failed() const { return int(results.size()) - succeeded(); }
std::vector<int64_t> BatchSummary::failedIds() const
{
    std::vector<int64_t> out;
    for (const BatchItemResult &r : results)
        if (!r.ok)
            out.push_back(r.id);
    return out;
}

BatchRunner::BatchRunner(Database &db, BatchItemFn item, BatchOptions options) : m_db(db), m_item(std::move(item)), m_options(options)
{
    if (m_options.chunkSize < 1)
        m_options.chunkSize = 1;
    if (m_options.chunkAttempts < 1)
        m_options.chunkAttempts = 1;
}

bool BatchRunner::isRetryable(const Error &e) { return e.code == QLatin1String("db.busy") || e.code == QLatin1String("db.serialization"); }

namespace {
bool execPlain(QSqlDatabase db, const QString &statement)
{
    QSqlQuery q(db);
    return q.exec(statement);
}

void backoff(int attempt)
{
    // Full jitter: random(0, min(cap, base * 2^attempt)) milliseconds.
    const int cap = std::min(2000, 20 << std::min(attempt, 8));
    QThread::msleep(QRandomGenerator::global()->bounded(cap + 1));
}
} // namespace

BatchSummary BatchRunner::run(const std::vector<int64_t> &ids, const BatchProgressFn &progress, const std::atomic_bool *cancel) const
{
    BatchSummary summary;
    summary.total = int(ids.size());
    summary.results.reserve(ids.size());
    auto cancelled = [cancel] { return cancel && cancel->load(); };
    if (Status st = m_db.open(); !st.ok()) {
        for (int64_t id : ids)
            summary.results.push_back({id, false, st.error().code, st.error().message, 0});
        return summary;
    }
    QSqlDatabase db = m_db.connection();
    const QString sp = QStringLiteral("batch_item");
    size_t pos = 0;
    while (pos < ids.size() && !cancelled()) {
        const size_t end = std::min(ids.size(), pos + size_t(m_options.chunkSize));
        std::vector<BatchItemResult> chunk;
        Error lastRetryable;
        bool committed = false;
        size_t reached = pos;
        for (int attempt = 0; attempt < m_options.chunkAttempts && !committed; ++attempt) {
            if (attempt > 0)
                backoff(attempt);
            chunk.clear();
            reached = pos;
            sql::Transaction tx(db, m_db.dialect());
            if (Status st = tx.begin(); !st.ok()) {
                lastRetryable = st.error();
                if (!isRetryable(st.error()))
                    break;
                continue;
            }
            bool retry = false;
            for (size_t i = pos; i < end; ++i) {
                if (i > pos && cancelled())
                    break;
                const int64_t id = ids[i];
                if (!execPlain(db, QStringLiteral("SAVEPOINT ") + sp)) {
                    lastRetryable = Error(QStringLiteral("db.busy"), QStringLiteral("SAVEPOINT failed"));
                    retry = true;
                    break;
                }
                Result<int64_t> r = m_item(id);
                if (r.ok()) {
                    execPlain(db, QStringLiteral("RELEASE SAVEPOINT ") + sp);
                    chunk.push_back({id, true, {}, {}, r.value()});
                } else if (isRetryable(r.error())) {
                    lastRetryable = r.error();
                    retry = true;
                    break;
                } else {
                    execPlain(db, QStringLiteral("ROLLBACK TO SAVEPOINT ") + sp);
                    execPlain(db, QStringLiteral("RELEASE SAVEPOINT ") + sp);
                    if (m_onFailure)
                        m_onFailure(id, r.error());
                    chunk.push_back({id, false, r.error().code, r.error().message, 0});
                }
                reached = i + 1;
            }
            if (retry) {
                tx.rollback();
                qCDebug(lcBatch) << "chunk retry" << attempt + 1 << lastRetryable.message;
                continue;
            }
            if (Status st = tx.commit(); !st.ok()) {
                lastRetryable = st.error();
                if (!isRetryable(st.error()))
                    break;
                continue;
            }
            committed = true;
        }
        if (!committed) {
            // The chunk could not be written: none of its items changed.
            chunk.clear();
            for (size_t i = pos; i < end; ++i)
                chunk.push_back({ids[i], false, lastRetryable.code, lastRetryable.message, 0});
            reached = end;
        }
        for (BatchItemResult &r : chunk)
            summary.results.push_back(std::move(r));
        pos = reached;
        if (progress)
            progress(int(summary.results.size()), summary.total);
    }
    summary.cancelled = pos < ids.size();
    return summary;
}

} // namespace od

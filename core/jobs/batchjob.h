#pragma once
// A batch action for the UI: runs a BatchRunner in a worker thread (QtConcurrent), reports progress
// and the end by signals, can be cancelled between items, and can start a new job over the items
// that failed ("retry the failed ones").
#include "jobs/batchrunner.h"
#include <QFuture>
#include <QObject>
#include <QString>
#include <mutex>

namespace od {

class BatchJob : public QObject {
    Q_OBJECT
public:
    BatchJob(Database &db, QString title, std::vector<int64_t> ids, BatchItemFn item, BatchOptions options = {},
             QObject *parent = nullptr);
    ~BatchJob() override;

    void setFailureHandler(BatchFailureFn onFailure) { m_onFailure = std::move(onFailure); }
    QString title() const { return m_title; }
    const std::vector<int64_t> &ids() const { return m_ids; }

    void start();               // in a worker thread
    BatchSummary runHere();     // in the calling thread (headless tools, tests)
    void cancel() { m_cancel = true; }
    bool isRunning() const;
    void waitForFinished();
    int done() const { return m_done.load(); }
    int total() const { return int(m_ids.size()); }
    BatchSummary summary() const;  // complete once finished() was emitted

    // A new job over the ids that failed, with the same item function; nullptr if none failed.
    BatchJob *retryFailed(QObject *parent = nullptr) const;

signals:
    void progress(int done, int total);
    void finished();

private:
    BatchSummary execute();
    Database &m_db;
    QString m_title;
    std::vector<int64_t> m_ids;
    BatchItemFn m_item;
    BatchFailureFn m_onFailure;
    BatchOptions m_options;
    std::atomic_bool m_cancel{false};
    std::atomic_int m_done{0};
    mutable std::mutex m_mutex;
    BatchSummary m_summary;
    QFuture<void> m_future;
};

} // namespace od

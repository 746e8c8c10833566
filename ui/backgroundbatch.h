#pragma once
// Runs one operation over many records in a worker thread, in chunks, with cancel; reports progress
// and per-item results back to the GUI thread in batches (never one event per item). This is the
// small adapter the batch-progress dialog talks to; the chunk function is a Backend call (which may
// itself run a core od::BatchRunner: chunked transactions with a savepoint per item).
#include "domain/result.h"
#include <QList>
#include <QObject>
#include <QString>
#include <atomic>
#include <functional>
#include <memory>
#include <vector>

struct BatchItem {
    qint64 id = 0;
    QString label; // what staff recognise (trade id, order no.)
};

struct BatchOutcome {
    qint64 id = 0;
    QString label;
    bool ok = false;
    QString message; // why it failed
};
Q_DECLARE_METATYPE(BatchOutcome)

class BackgroundBatch : public QObject {
    Q_OBJECT
public:
    // Processes a chunk of ids, one Status per id, in order. Called in the worker.
    using ChunkFn = std::function<std::vector<od::Status>(const std::vector<int64_t> &)>;
    using ItemFn = std::function<od::Status(int64_t)>;

    explicit BackgroundBatch(QObject *parent = nullptr);
    ~BackgroundBatch() override;
    static ChunkFn perItem(ItemFn fn);

    void start(const QList<BatchItem> &items, ChunkFn fn, int chunkSize = 100);
    void cancel();
    bool isRunning() const { return m_running; }
    int total() const { return int(m_items.size()); }
    const QList<BatchOutcome> &results() const { return m_results; }
    QList<BatchItem> failedItems() const;

signals:
    void progress(int done, int total);
    void resultsArrived(const QList<BatchOutcome> &results);
    void finished(int ok, int failed, bool cancelled);

private:
    struct Shared {
        std::atomic<bool> cancel{false};
    };
    QList<BatchItem> m_items;
    QList<BatchOutcome> m_results;
    std::shared_ptr<Shared> m_shared;
    bool m_running = false;
};

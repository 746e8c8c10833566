#pragma once
// Runs one operation over many records in a worker thread, in chunks, with cancel; reports progress
// and per-item results back to the GUI thread in batches (never one event per item). This is the
// small adapter the batch-progress dialog talks to; a core BatchJob plugs in as the chunk function.
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
    QString label;     // what staff recognise (trade id, order no.)
};

struct BatchItemResult {
    qint64 id = 0;
    QString label;
    bool ok = false;
    QString message;   // why it failed
};
Q_DECLARE_METATYPE(BatchItemResult)

class BatchRunner : public QObject {
    Q_OBJECT
public:
    // Processes a chunk of ids, one Status per id, in order. Called in the worker.
    using ChunkFn = std::function<std::vector<od::Status>(const std::vector<int64_t> &)>;
    using ItemFn = std::function<od::Status(int64_t)>;

    explicit BatchRunner(QObject *parent = nullptr);
    ~BatchRunner() override;
    static ChunkFn perItem(ItemFn fn);

    void start(const QList<BatchItem> &items, ChunkFn fn, int chunkSize = 100);
    void cancel();
    bool isRunning() const { return m_running; }
    int total() const { return int(m_items.size()); }
    const QList<BatchItemResult> &results() const { return m_results; }
    QList<BatchItem> failedItems() const;

signals:
    void progress(int done, int total);
    void resultsArrived(const QList<BatchItemResult> &results);
    void finished(int ok, int failed, bool cancelled);

private:
    struct Shared {
        std::atomic<bool> cancel{false};
    };
    QList<BatchItem> m_items;
    QList<BatchItemResult> m_results;
    std::shared_ptr<Shared> m_shared;
    bool m_running = false;
};

#include "backgroundbatch.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QPointer>
#include <QtConcurrent>

BackgroundBatch::BackgroundBatch(QObject *parent) : QObject(parent) { qRegisterMetaType<QList<BatchOutcome>>(); }

BackgroundBatch::~BackgroundBatch() { cancel(); }

BackgroundBatch::ChunkFn BackgroundBatch::perItem(ItemFn fn)
{
    return [fn](const std::vector<int64_t> &ids) {
        std::vector<od::Status> out;
        out.reserve(ids.size());
        for (int64_t id : ids)
            out.push_back(fn(id));
        return out;
    };
}

void BackgroundBatch::cancel()
{
    if (m_shared)
        m_shared->cancel = true;
}

QList<BatchItem> BackgroundBatch::failedItems() const
{
    QList<BatchItem> out;
    for (const BatchOutcome &r : m_results)
        if (!r.ok)
            out.append({r.id, r.label});
    return out;
}

void BackgroundBatch::start(const QList<BatchItem> &items, ChunkFn fn, int chunkSize)
{
    cancel();
    m_items = items;
    m_results.clear();
    m_shared = std::make_shared<Shared>();
    m_running = true;
    auto shared = m_shared;
    QPointer<BackgroundBatch> self(this);
    // Results travel to the GUI thread in bundles at most every 100 ms.
    auto deliver = [self, shared](QList<BatchOutcome> bundle, int done, int total) {
        QMetaObject::invokeMethod(
            qApp,
            [self, shared, bundle, done, total] {
                if (!self || self->m_shared != shared)
                    return;
                self->m_results += bundle;
                emit self->resultsArrived(bundle);
                emit self->progress(done, total);
            },
            Qt::QueuedConnection);
    };
    auto done = [self, shared](bool cancelled) {
        QMetaObject::invokeMethod(
            qApp,
            [self, shared, cancelled] {
                if (!self || self->m_shared != shared)
                    return;
                self->m_running = false;
                int ok = 0;
                for (const auto &r : std::as_const(self->m_results))
                    ok += r.ok ? 1 : 0;
                emit self->finished(ok, int(self->m_results.size()) - ok, cancelled);
            },
            Qt::QueuedConnection);
    };
    const QList<BatchItem> work = items;
    (void)QtConcurrent::run([work, fn, chunkSize, shared, deliver, done] {
        QList<BatchOutcome> bundle;
        QElapsedTimer sinceSent;
        sinceSent.start();
        int processed = 0;
        const int total = int(work.size());
        for (int at = 0; at < total; at += chunkSize) {
            if (shared->cancel)
                break;
            std::vector<int64_t> ids;
            const int end = std::min(total, at + chunkSize);
            for (int i = at; i < end; ++i)
                ids.push_back(work[i].id);
            const std::vector<od::Status> st = fn(ids);
            for (int i = at; i < end; ++i) {
                const size_t k = size_t(i - at);
                BatchOutcome r{work[i].id, work[i].label, k < st.size() && st[k].ok(), {}};
                if (!r.ok)
                    r.message = k < st.size() ? st[k].error().message : QCoreApplication::translate("BackgroundBatch", "Not processed.");
                bundle.append(r);
            }
            processed = end;
            if (sinceSent.elapsed() >= 100 || processed == total) {
                deliver(bundle, processed, total);
                bundle.clear();
                sinceSent.restart();
            }
        }
        if (!bundle.isEmpty())
            deliver(bundle, processed, total);
        done(bool(shared->cancel));
    });
}

#pragma once
// Runs `work` on a worker thread (the GUI thread never waits on the database or the network) and
// hands its result to `done` on `context`'s thread; nothing is delivered once `context` is gone.
#include <QFutureWatcher>
#include <QObject>
#include <QtConcurrent>
#include <functional>

namespace ui {

template <typename T> void onWorker(QObject *context, std::function<T()> work, std::function<void(const T &)> done)
{
    auto *w = new QFutureWatcher<T>(context);
    QObject::connect(w, &QFutureWatcher<T>::finished, context, [w, done] {
        w->deleteLater();
        done(w->result());
    });
    w->setFuture(QtConcurrent::run(std::move(work)));
}

} // namespace ui

#include "jobs/batchjob.h"

#include <QtConcurrent/QtConcurrentRun>

namespace od {

BatchJob::BatchJob(Database &db, QString title, std::vector<int64_t> ids, BatchItemFn item, BatchOptions options, QObject *parent)
    : QObject(parent), m_db(db), m_title(std::move(title)), m_ids(std::move(ids)), m_item(std::move(item)), m_options(options)
{
}

BatchJob::~BatchJob()
{
    m_cancel = true;
    m_future.waitForFinished();
}

BatchSummary BatchJob::execute()
{
    BatchRunner runner(m_db, m_item, m_options);
    if (m_onFailure)
        runner.setFailureHandler(m_onFailure);
    BatchSummary s = runner.run(m_ids, [this](int done, int total) {
        m_done = done;
        emit progress(done, total);
    }, &m_cancel);
    {
        std::lock_guard lock(m_mutex);
        m_summary = s;
    }
    return s;
}

void BatchJob::start()
{
    m_future = QtConcurrent::run([this] {
        execute();
        emit finished();
    });
}

BatchSummary BatchJob::runHere()
{
    BatchSummary s = execute();
    emit finished();
    return s;
}

bool BatchJob::isRunning() const { return m_future.isRunning(); }

void BatchJob::waitForFinished() { m_future.waitForFinished(); }

BatchSummary BatchJob::summary() const
{
    std::lock_guard lock(m_mutex);
    return m_summary;
}

BatchJob *BatchJob::retryFailed(QObject *parent) const
{
    std::vector<int64_t> failed = summary().failedIds();
    if (failed.empty())
        return nullptr;
    auto *job = new BatchJob(m_db, m_title, std::move(failed), m_item, m_options, parent);
    job->setFailureHandler(m_onFailure);
    return job;
}

} // namespace od

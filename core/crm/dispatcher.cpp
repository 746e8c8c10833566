#include "crm/dispatcher.h"

#include "crm/crmstore.h"
#include "crm/dispatchworker.h"

#include <QThread>

namespace od::crm {

CrmDispatcher::CrmDispatcher(Database &db, CrmSettings settings, QString token, DispatcherOptions options, QObject *parent)
    : QObject(parent), m_db(db), m_settings(std::move(settings)), m_token(std::move(token)), m_options(options)
{ }

CrmDispatcher::~CrmDispatcher() { stop(); }

void CrmDispatcher::start()
{
    if (m_thread)
        return;
    m_thread = new QThread();
    m_thread->setObjectName(QStringLiteral("crm-dispatcher"));
    m_worker = new DispatchWorker(m_db, m_settings, m_token, m_options);
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::started, m_worker, &DispatchWorker::init);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &DispatchWorker::eventSent, this, &CrmDispatcher::eventSent);
    connect(m_worker, &DispatchWorker::eventDone, this, &CrmDispatcher::eventDone);
    connect(m_worker, &DispatchWorker::eventAwaitingCallback, this, &CrmDispatcher::eventAwaitingCallback);
    connect(m_worker, &DispatchWorker::eventRetrying, this, &CrmDispatcher::eventRetrying);
    connect(m_worker, &DispatchWorker::eventFailed, this, &CrmDispatcher::eventFailed);
    connect(m_worker, &DispatchWorker::orderStateChanged, this, &CrmDispatcher::orderStateChanged);
    connect(m_worker, &DispatchWorker::progress, this, &CrmDispatcher::progress);
    m_thread->start();
}

void CrmDispatcher::stop()
{
    if (!m_thread)
        return;
    QMetaObject::invokeMethod(m_worker, &DispatchWorker::shutdown, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_thread; // the worker was deleted when the thread finished
    m_thread = nullptr;
    m_worker = nullptr;
}

bool CrmDispatcher::isRunning() const { return m_thread != nullptr; }

DispatcherStats CrmDispatcher::stats() const { return m_worker ? m_worker->stats() : DispatcherStats{}; }

void CrmDispatcher::wake()
{
    if (m_worker)
        QMetaObject::invokeMethod(m_worker, &DispatchWorker::requestTick, Qt::QueuedConnection);
}

Result<int> CrmDispatcher::retryFailed(Role role, qint64 orderId)
{
    auto n = od::crm::retryFailed(m_db, role, orderId);
    if (n && n.value() > 0)
        wake();
    return n;
}

} // namespace od::crm

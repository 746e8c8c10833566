#include "gateway/requestrunner.h"

#include "gateway/localservices.h"
#include "intake/downloadservice.h"
#include "intake/runlog.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHostInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QTimer>
#include <QtConcurrent>

Q_LOGGING_CATEGORY(lcRequests, "orderdesk.requests")

namespace od::gateway {

QString describeRun(int seen, int created, int updated, int refused)
{
    return QCoreApplication::translate("DeskRequests", "%1 found: %2 new, %3 updated, %4 refused.").arg(seen).arg(created).arg(updated).arg(refused);
}

RequestRunner::RequestRunner(Database &db, LocalServices &services, int pollMs, QObject *parent)
    : QObject(parent), m_db(db), m_services(services), m_timer(new QTimer(this))
{
    m_name = QStringLiteral("%1:%2").arg(QHostInfo::localHostName()).arg(QCoreApplication::applicationPid());
    m_timer->setInterval(pollMs);
    connect(m_timer, &QTimer::timeout, this, &RequestRunner::wake);
}

RequestRunner::~RequestRunner() { stop(); }

void RequestRunner::start()
{
    m_stopping = false;
    auto requeued = DeskRequests(m_db).requeueStale(m_name);
    if (requeued.ok() && requeued.value() > 0)
        qCInfo(lcRequests) << requeued.value() << "request(s) left running by an earlier gateway queued again";
    if (m_db.isPostgres() && !m_subscribed) {
        // This thread's connection listens; a desk's INSERT fires NOTIFY orderdesk_changes 'desk_requests'.
        QSqlDatabase c = m_db.connection();
        if (c.driver()->subscribeToNotification(QStringLiteral("orderdesk_changes"))) {
            m_subscribed = true;
            connect(c.driver(), &QSqlDriver::notification, this, [this](const QString &, QSqlDriver::NotificationSource, const QVariant &payload) {
                if (payload.toString() == QLatin1String("desk_requests"))
                    wake();
            });
        } else {
            qCWarning(lcRequests) << "LISTEN failed; polling every" << m_timer->interval() << "ms";
        }
    }
    m_timer->start();
    wake();
}

void RequestRunner::stop()
{
    m_stopping = true;
    m_timer->stop();
    m_worker.waitForFinished();
}

void RequestRunner::wake()
{
    if (m_stopping)
        return;
    if (m_worker.isRunning()) {
        m_again = true; // the worker looks once more before it ends
        return;
    }
    m_worker = QtConcurrent::run([this] { drain(); });
}

void RequestRunner::drain()
{
    DeskRequests requests(m_db);
    do {
        m_again = false;
        while (!m_stopping) {
            auto next = requests.claimNext(m_name);
            if (!next.ok()) {
                qCWarning(lcRequests).noquote() << "claiming a request:" << next.error().message;
                return;
            }
            if (!next->has_value())
                break;
            const DeskRequest r = **next;
            qCInfo(lcRequests).noquote() << "request" << r.id << toKey(r.kind) << "by" << r.requestedBy;
            auto result = execute(r);
            const bool cancelled = !result.ok() && result.error().code == QLatin1String("intake.cancelled");
            (void)requests.finish(r.id, result.ok(), result.ok() ? result.value() : result.error().message, cancelled);
        }
    } while (m_again && !m_stopping);
}

Result<QString> RequestRunner::execute(const DeskRequest &r)
{
    DeskRequests requests(m_db);
    switch (r.kind) {
    case RequestKind::Download: {
        auto req = DownloadRequest::fromJson(r.params);
        if (!req.ok())
            return req.error();
        QElapsedTimer sinceCheck;
        sinceCheck.start();
        auto progress = [&requests, id = r.id](const intake::RunStats &s) {
            (void)requests.setProgress(id, describeRun(s.seen, s.created, s.updated, s.refused));
        };
        auto cancelled = [&requests, id = r.id, &sinceCheck, this]() {
            if (m_stopping)
                return true;
            if (sinceCheck.elapsed() < 500)
                return false;
            sinceCheck.restart();
            auto c = requests.cancelRequested(id);
            return c.ok() && c.value();
        };
        auto stats = m_services.download(req.value(), progress, cancelled);
        if (!stats.ok())
            return stats.error();
        return describeRun(stats->seen, stats->created, stats->updated, stats->refused);
    }
    case RequestKind::RunSchedule: {
        const int64_t shopId = QJsonDocument::fromJson(r.params.toUtf8()).object().value(QLatin1String("shop_id")).toInteger();
        auto schedules = intake::RunLog(m_db).schedules(true);
        if (!schedules.ok())
            return schedules.error();
        QStringList lines;
        int ran = 0;
        for (const intake::Schedule &s : schedules.value()) {
            if (s.shopId != shopId || m_stopping)
                continue;
            auto stats = m_services.runSchedule(s);
            ++ran;
            if (!stats.ok())
                return stats.error();
            lines << QStringLiteral("%1: %2").arg(s.kind, describeRun(stats->seen, stats->created, stats->updated, stats->refused));
        }
        if (ran == 0)
            return Error(QStringLiteral("request.no_schedule"), QCoreApplication::translate("DeskRequests", "This shop has no enabled schedule."));
        return lines.join(QLatin1Char('\n'));
    }
    case RequestKind::CrmWake:
        m_services.wakeCrm();
        return QCoreApplication::translate("DeskRequests", "The gateway's CRM link sends the events again now.");
    case RequestKind::WriteBack:
        return m_services.writeBack(r.params);
    }
    return Error(QStringLiteral("request.kind"), QCoreApplication::translate("DeskRequests", "Unknown request."));
}

} // namespace od::gateway

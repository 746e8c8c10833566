#include "crm/dispatchworker.h"

#include "crm/matrixcodes.h"
#include "storage/commitnotify.h"
#include "workflow/outboxwriter.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QTimeZone>
#include <QTimer>
#include <utility>

Q_LOGGING_CATEGORY(lcCrm, "orderdesk.crm")

namespace od::crm {

namespace {

// The matrix expects Beijing time.
QString beijingNow() { return QDateTime::currentDateTimeUtc().addSecs(8 * 3600).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")); }

QString jsonText(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(v.toInteger());
    if (v.isObject() || v.isArray())
        return QString::fromUtf8(v.isObject() ? QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact)
                                              : QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    return QString();
}

} // namespace

DispatchWorker::DispatchWorker(Database &db, CrmSettings settings, QString token, DispatcherOptions options)
    : m_db(db), m_settings(std::move(settings)), m_token(std::move(token)), m_options(options), m_rng(QRandomGenerator::global()->generate64())
{
    if (m_options.callbackTimeoutMs <= m_options.transferTimeoutMs)
        m_options.callbackTimeoutMs = m_options.transferTimeoutMs + 1000; // never re-claim our own request in flight
    m_options.maxInFlight = std::max(1, m_options.maxInFlight);
}

DispatcherStats DispatchWorker::stats() const { return {m_sent.load(), m_done.load(), m_running.load(), m_temporary.load(), m_permanent.load()}; }

void DispatchWorker::init()
{
    m_nam = new QNetworkAccessManager(this);
    m_nam->setTransferTimeout(m_options.transferTimeoutMs);
    m_timer = new QTimer(this);
    m_timer->setInterval(m_options.pollMs);
    connect(m_timer, &QTimer::timeout, this, &DispatchWorker::tick);
    m_timer->start();
    // Events this process writes wake the loop as soon as they commit; the timer (pollMs) stays the
    // fallback for other processes' writes and for retries falling due.
    m_commitSubscription = sql::subscribeCommits(QString::fromLatin1(OutboxWriter::kOutboxTopic),
                                                 [this] { QMetaObject::invokeMethod(this, &DispatchWorker::requestTick, Qt::QueuedConnection); });
    tick();
}

void DispatchWorker::scheduleTick()
{
    if (m_tickQueued || m_stopping)
        return;
    m_tickQueued = true;
    QTimer::singleShot(0, this, &DispatchWorker::tick);
}

qint64 DispatchWorker::backoffMs(int attempts)
{
    const int shift = std::clamp(attempts, 0, 30);
    const qint64 ceiling = std::min<qint64>(m_options.backoffCapMs, qint64(m_options.backoffBaseMs) << shift);
    return std::uniform_int_distribution<qint64>(0, std::max<qint64>(0, ceiling))(m_rng);
}

void DispatchWorker::requestTick() { scheduleTick(); }

void DispatchWorker::tick()
{
    m_tickQueued = false;
    if (m_stopping)
        return;
    // The answers that came in since the last tick, one commit for all of them; their orders' next
    // events become due for the claim below.
    flushDone();
    // Claim a batch when the local queue is empty: one cheap query feeds many requests.
    if (m_ready.isEmpty() && m_inFlight.size() < m_options.maxInFlight) {
        auto claimed = claimDue(m_db, std::max(m_options.claimBatch, m_options.maxInFlight), m_options.callbackTimeoutMs);
        if (!claimed) {
            qCWarning(lcCrm) << "claiming CRM events failed:" << claimed.error().message;
            return;
        }
        for (const ClaimedEvent &ev : claimed.value())
            m_ready.append({ev, QDateTime::currentMSecsSinceEpoch()});
    }
    const qint64 tooOld = QDateTime::currentMSecsSinceEpoch() - m_options.callbackTimeoutMs / 2;
    while (!m_ready.isEmpty() && m_inFlight.size() < m_options.maxInFlight) {
        const auto [ev, claimedAt] = m_ready.takeFirst();
        if (claimedAt < tooOld) {
            // Waited too long in our queue (a slow CRM): its lease could soon be taken over by
            // another dispatcher. Give it back instead of sending it.
            auto r = releaseClaim(m_db, ev.id, ev.lease);
            if (!r)
                qCWarning(lcCrm) << "releasing a CRM event failed:" << r.error().message;
            continue;
        }
        send(ev);
    }
}

void DispatchWorker::send(const ClaimedEvent &ev)
{
    if (m_inFlight.contains(ev.id))
        return; // cannot happen while callbackTimeout > transferTimeout; keep the one in flight
    auto params = buildRequest(m_settings, ev.method, ev.task, ev.payload, beijingNow());
    if (!params) {
        permanent(ev, params.error().message);
        return;
    }
    signRequest(params.value(), m_token);
    QNetworkRequest req{QUrl(m_settings.gatewayUrl)};
    req.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/x-www-form-urlencoded; charset=utf-8"));
    req.setTransferTimeout(m_options.transferTimeoutMs);
    // The matrix answers a few hundred bytes of JSON: compressing them costs the server (and us) more than
    // it saves. Qt otherwise offers gzip, deflate and br, and a profile of the dispatch bench showed the
    // simulator spending a fifth of the process's CPU in brotli.
    req.setRawHeader("Accept-Encoding", "identity");
    QNetworkReply *reply = m_nam->post(req, formEncode(params.value()));
    m_inFlight.insert(ev.id, reply);
    ++m_sent;
    emit eventSent(ev.orderId, ev.seq);
    connect(reply, &QNetworkReply::finished, this, [this, ev, reply] { onReply(ev, reply); });
}

void DispatchWorker::onReply(const ClaimedEvent &ev, QNetworkReply *reply)
{
    reply->deleteLater();
    m_inFlight.remove(ev.id);
    const QByteArray body = reply->isOpen() ? reply->readAll() : QByteArray();
    const int http = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->error() != QNetworkReply::NoError) {
        const QString why = reply->error() == QNetworkReply::OperationCanceledError && !m_stopping
            ? QStringLiteral("timeout after %1 ms").arg(m_options.transferTimeoutMs)
            : reply->errorString();
        temporary(ev, http ? QStringLiteral("HTTP %1: %2").arg(http).arg(why) : why);
    } else if (http != 200) {
        temporary(ev, QStringLiteral("HTTP %1").arg(http));
    } else {
        QJsonParseError perr;
        const QJsonDocument doc = QJsonDocument::fromJson(body, &perr);
        const QJsonObject o = doc.object();
        const QString rsp = o.value(QLatin1String("rsp")).toString();
        const QString msgId = jsonText(o.value(QLatin1String("msg_id")));
        if (!doc.isObject() || rsp.isEmpty()) {
            permanent(ev, QStringLiteral("malformed reply: %1").arg(QString::fromUtf8(body.left(200))));
        } else if (rsp == QLatin1String("succ")) {
            m_succeeded.append({ev, msgId}); // recorded by the next tick, with the others answered by then
        } else if (rsp == QLatin1String("running")) {
            auto r = markAwaitingCallback(m_db, ev.id, ev.lease, msgId);
            if (!r)
                qCWarning(lcCrm) << "recording a CRM 'running' answer failed:" << r.error().message;
            ++m_running;
            emit eventAwaitingCallback(ev.orderId, ev.seq);
        } else {
            const QString res = jsonText(o.value(QLatin1String("res")));
            QString msg = jsonText(o.value(QLatin1String("err_msg")));
            if (msg.isEmpty())
                msg = jsonText(o.value(QLatin1String("data")));
            const QString error = QStringLiteral("%1 %2").arg(res, msg).trimmed();
            if (classifyMatrixFailure(res) == MatrixFailure::Temporary)
                temporary(ev, error);
            else
                permanent(ev, error);
        }
    }
    emit progress(m_sent.load(), m_done.load(), int(m_inFlight.size()));
    scheduleTick();
}

void DispatchWorker::flushDone()
{
    if (m_succeeded.isEmpty())
        return;
    const auto answers = std::exchange(m_succeeded, {});
    std::vector<DoneAnswer> rows;
    rows.reserve(size_t(answers.size()));
    for (const auto &[ev, msgId] : answers)
        rows.push_back({ev.id, ev.lease, msgId});
    auto r = markDoneMany(m_db, rows);
    if (!r) {
        // Not recorded: the events stay 'running' and are sent again after the callback timeout with the
        // same task (the CRM dedups on it).
        qCWarning(lcCrm) << "recording CRM successes failed:" << r.error().message;
        return;
    }
    for (qsizetype i = 0; i < answers.size(); ++i) {
        if (!r.value()[size_t(i)])
            continue;
        ++m_done;
        emit eventDone(answers[i].first.orderId, answers[i].first.seq);
        emit orderStateChanged(answers[i].first.orderId);
    }
}

void DispatchWorker::temporary(const ClaimedEvent &ev, const QString &error)
{
    auto r = markTemporary(m_db, ev.id, ev.lease, error, backoffMs(ev.attempts + 1));
    if (!r)
        qCWarning(lcCrm) << "recording a CRM retry failed:" << r.error().message;
    ++m_temporary;
    emit eventRetrying(ev.orderId, ev.seq, error);
}

void DispatchWorker::permanent(const ClaimedEvent &ev, const QString &error)
{
    auto r = markPermanent(m_db, ev.id, ev.lease, error);
    if (!r)
        qCWarning(lcCrm) << "recording a CRM failure failed:" << r.error().message;
    if (r.valueOr(false)) {
        ++m_permanent;
        emit eventFailed(ev.orderId, ev.seq, error);
        emit orderStateChanged(ev.orderId);
    }
}

void DispatchWorker::shutdown()
{
    sql::unsubscribeCommits(m_commitSubscription); // no wake-up runs or comes after this
    m_commitSubscription = 0;
    flushDone();
    m_stopping = true;
    if (m_timer)
        m_timer->stop();
    // Aborting finishes each reply synchronously: it is recorded as a temporary failure and the
    // same task is sent again later.
    for (const auto &[ev, claimedAt] : std::as_const(m_ready))
        if (auto r = releaseClaim(m_db, ev.id, ev.lease); !r)
            qCWarning(lcCrm) << "releasing a CRM event failed:" << r.error().message;
    m_ready.clear();
    const auto replies = m_inFlight.values();
    for (QNetworkReply *r : replies)
        r->abort();
}

} // namespace od::crm

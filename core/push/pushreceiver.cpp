#include "push/pushreceiver.h"

#include "push/guardedserver.h"
#include "platforms/registry.h"
#include "storage/shoprepository.h"
#include "storage/sql.h"
#include "storage/threadconnections.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlQuery>
#include <httplib.h>
#include <nlohmann/json.hpp>

Q_LOGGING_CATEGORY(lcPush, "orderdesk.push")

namespace od::push {

namespace {
constexpr qint64 kSecretCacheMs = 30 * 1000;

// Each handler thread keeps one trade repository (its prepared statements) for the receiver's
// database; released by the thread's exit hook, before its database connection closes.

GuardOptions guardOptions(const ReceiverOptions &o)
{
    GuardOptions g;
    g.threads = qBound(1, o.threads, 256);
    g.readTimeoutMs = qMax(1, o.readTimeoutSec) * 1000;
    g.writeTimeoutMs = qMax(1, o.writeTimeoutSec) * 1000;
    g.requestTimeoutMs = qMax(1, o.requestTimeoutSec) * 1000;
    g.keepAliveTimeoutMs = qMax(1, o.keepAliveTimeoutSec) * 1000;
    g.keepAliveMaxCount = qMax(1, o.keepAliveMaxCount);
    return g;
}

QString shopCodeOfPath(const std::string &path)
{
    static const std::regex re(R"(^/push/([^/?]+))");
    std::smatch m;
    if (std::regex_search(path, m, re))
        return QString::fromStdString(m[1].str());
    return {};
}

Result<std::optional<Shop>> shopByAppKey(Database &db, const QString &appKey, const QString &platformCode)
{
    if (appKey.isEmpty())
        return std::optional<Shop>();
    QSqlQuery q(db.connection());
    if (Status st = sql::exec(q, QStringLiteral("SELECT id FROM shops WHERE app_key = ? AND platform = ? ORDER BY id LIMIT 1"), {appKey, platformCode});
        !st.ok())
        return st.error();
    if (!q.next())
        return std::optional<Shop>();
    return ShopRepository(db).get(q.value(0).toLongLong());
}
} // namespace

PushReceiver::PushReceiver(Database &db, SecretStore &secrets, ReceiverOptions options)
    : m_db(db), m_secrets(secrets), m_options(std::move(options)),
      // A handler thread ends: its repository first (prepared statements on its connection), then its
      // database connections, closed here in their own thread (threadconnections.h).
      m_server(std::make_unique<GuardedServer>(guardOptions(m_options),
                                               [] {
                                                   IntakeBatcher::releaseThreadState();
                                                   releaseThreadConnections();
                                               })),
      m_batcher(std::make_unique<IntakeBatcher>(db))
{
    m_server->Post(R"(/push/([^/?]+))", [this](const httplib::Request &req, httplib::Response &res, const httplib::ContentReader &reader) {
        QByteArray body;
        qint64 total = 0;
        bool tooLarge = false;
        const bool complete = reader([&](const char *data, size_t n) {
            total += qint64(n);
            if (!tooLarge) {
                if (body.size() + qint64(n) > m_options.maxBody) {
                    tooLarge = true;
                    const qint64 room = kTruncatedBodyKeep - body.size();
                    if (room > 0)
                        body.append(data, qsizetype(qMin<qint64>(room, qint64(n))));
                    body.truncate(qsizetype(kTruncatedBodyKeep));
                } else {
                    body.append(data, qsizetype(n));
                }
            }
            return true; // keep reading (and discarding) so the client gets an answer
        });
        const QString code = QString::fromStdString(req.matches[1].str());
        const QString remote = QStringLiteral("%1:%2").arg(QString::fromStdString(req.remote_addr)).arg(req.remote_port);
        const QString appKey = QString::fromStdString(req.get_param_value("app_key"));
        Outcome out;
        if (!complete && GuardedServer::requestTimedOut()) {
            out = refuse(code, remote,
                         Error(QStringLiteral("push.too_slow"),
                               QCoreApplication::translate("Push",
                                                           "The push did not arrive in time (nothing for %1 s, or not all of it within %2 s; "
                                                           "%3 bytes of the body came); the connection was cut.")
                                   .arg(m_options.readTimeoutSec)
                                   .arg(m_options.requestTimeoutSec)
                                   .arg(total)),
                         body, total, 408);
        } else if (!complete) {
            out = refuse(code, remote,
                         Error(QStringLiteral("push.incomplete"),
                               QCoreApplication::translate("Push", "The connection ended before the whole body arrived (%1 bytes).").arg(total)),
                         body, total, 400);
        } else if (tooLarge) {
            out = refuse(
                code, remote,
                Error(QStringLiteral("push.too_large"),
                      QCoreApplication::translate("Push", "The push body is too large: %1 bytes (at most %2 are accepted).").arg(total).arg(m_options.maxBody)),
                body, total, 413);
        } else {
            out = handlePush(code, appKey, body, total, remote);
        }
        res.status = out.httpStatus;
        reply(res, out.accepted, out.message);
    });
}

PushReceiver::~PushReceiver() { stop(); }

void PushReceiver::reply(httplib::Response &res, bool accepted, const QString &message) const
{
    const auto [body, type] = replyBody(m_options.replyFormat, accepted, message);
    res.set_content(body, type);
}

const QStringList &replyFormats()
{
    static const QStringList formats{QStringLiteral("code_msg"), QStringLiteral("rsp"), QStringLiteral("plain")};
    return formats;
}

std::pair<std::string, std::string> PushReceiver::replyBody(const QString &format, bool accepted, const QString &message)
{
    static const std::string json = "application/json; charset=utf-8";
    if (format == QLatin1String("plain"))
        return {accepted ? std::string("success") : "fail: " + message.toStdString(), "text/plain; charset=utf-8"};
    nlohmann::json j;
    if (format == QLatin1String("rsp")) {
        j["rsp"] = accepted ? "succ" : "fail";
        if (!accepted)
            j["res"] = message.toStdString();
    } else {
        j["code"] = accepted ? 0 : 1;
        j["msg"] = accepted ? std::string("success") : message.toStdString();
    }
    return {j.dump(), json};
}

Status PushReceiver::addPostRoute(const std::string &pattern, Handler handler)
{
    if (m_started)
        return Error(QStringLiteral("push.route_late"), QCoreApplication::translate("Push", "Routes must be added before the receiver starts."));
    m_server->Post(pattern, [h = std::move(handler)](const httplib::Request &req, httplib::Response &res) { h(req, res); });
    return {};
}

Result<int> PushReceiver::start()
{
    if (m_started)
        return m_port;
    httplib::Server &s = *m_server;
    s.set_payload_max_length(size_t(qMax(m_options.hardLimit, m_options.maxBody)));
    s.set_tcp_nodelay(true); // small JSON answers: no Nagle / delayed-ACK stalls
    s.set_error_handler(httplib::Server::HandlerWithResponse([this](const httplib::Request &req, httplib::Response &res) {
        return refuseUnreadable(req, res) ? httplib::Server::HandlerResponse::Handled : httplib::Server::HandlerResponse::Unhandled;
    }));
    const std::string host = m_options.bindAddress.toStdString();
    int port = m_options.port;
    if (port == 0)
        port = s.bind_to_any_port(host);
    else if (!s.bind_to_port(host, port))
        port = -1;
    if (port <= 0)
        return Error(QStringLiteral("push.bind"),
                     QCoreApplication::translate("Push", "Cannot listen on %1:%2 (in use or not allowed).").arg(m_options.bindAddress).arg(m_options.port));
    m_server->widenBacklog();
    m_port = port;
    m_started = true;
    m_thread = std::thread([this] { m_server->listen_after_bind(); });
    const qint64 deadline = QDateTime::currentMSecsSinceEpoch() + 5000;
    while (!s.is_running() && QDateTime::currentMSecsSinceEpoch() < deadline)
        std::this_thread::sleep_for(std::chrono::milliseconds(2));
    qCInfo(lcPush).noquote() << "push receiver listening on" << m_options.bindAddress + QLatin1Char(':') + QString::number(port);
    return port;
}

void PushReceiver::stop()
{
    if (!m_started)
        return;
    m_server->stop();
    if (m_thread.joinable())
        m_thread.join();
    m_started = false;
    qCInfo(lcPush) << "push receiver stopped; accepted" << m_counters.accepted.load() << "refused" << m_counters.refused.load();
}

bool PushReceiver::running() const { return m_started && m_server->is_running(); }

Result<QString> PushReceiver::secretFor(const QString &ref)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    {
        QMutexLocker lock(&m_secretMutex);
        auto it = m_secretCache.constFind(ref);
        if (it != m_secretCache.constEnd() && now - it->fetchedMs < kSecretCacheMs)
            return it->value;
    }
    auto value = m_secrets.get(ref);
    if (value.ok()) {
        QMutexLocker lock(&m_secretMutex);
        m_secretCache.insert(ref, {value.value(), now});
    }
    return value;
}

bool PushReceiver::refuseUnreadable(const httplib::Request &req, httplib::Response &res)
{
    if (!res.body.empty())
        return false; // answered by a route already
    const bool routed = GuardedServer::requestRouted();
    QString remote = QString::fromStdString(GuardedServer::currentPeer());
    if (remote.isEmpty())
        remote = QStringLiteral("%1:%2").arg(QString::fromStdString(req.remote_addr)).arg(req.remote_port);
    const QString code = shopCodeOfPath(req.path);
    Error error;
    if (res.status == 413) { // above the hard limit: httplib refused to read it at all
        const qint64 size = QString::fromStdString(req.get_header_value("Content-Length")).toLongLong();
        Outcome out = refuse(
            code, remote,
            Error(QStringLiteral("push.too_large"),
                  QCoreApplication::translate("Push", "The push body is too large: %1 bytes (at most %2 are accepted).").arg(size).arg(m_options.maxBody)),
            {}, size, 413);
        reply(res, false, out.message);
        return true;
    }
    if (routed)
        return false; // a route's own error answer
    if (GuardedServer::headersTooLarge()) {
        error = Error(QStringLiteral("push.bad_request"),
                      QCoreApplication::translate("Push", "The request line and headers are larger than %1 bytes; the connection was cut.")
                          .arg(GuardOptions().maxHeaderBytes));
        res.status = 431;
    } else if (GuardedServer::requestTimedOut()) {
        error = Error(QStringLiteral("push.too_slow"),
                      QCoreApplication::translate("Push",
                                                  "The request headers did not arrive in time (nothing for %1 s, or not all of them "
                                                  "within %2 s); the connection was cut.")
                          .arg(m_options.readTimeoutSec)
                          .arg(m_options.requestTimeoutSec));
        res.status = 408;
    } else if (res.status == 400 || res.status == 414 || res.status == 431) {
        error = Error(QStringLiteral("push.bad_request"),
                      QCoreApplication::translate("Push",
                                                  "The request could not be read as HTTP (status %1): a malformed request line, "
                                                  "or a request line or header beyond the limits.")
                          .arg(res.status));
    } else {
        return false; // 404 for other paths and the like: not a push
    }
    Outcome out = refuse(code, remote, error, {}, 0, res.status);
    reply(res, false, out.message);
    return true;
}

PushReceiver::Outcome PushReceiver::refuse(const QString &shopCode, const QString &remote, const Error &error, const QByteArray &body, qint64 fullSize,
                                           int httpStatus)
{
    ++m_counters.refused;
    PushException e;
    e.shopCode = shopCode;
    e.remote = remote;
    e.reason = error.message;
    e.errorCode = error.code;
    e.body = body;
    e.bodySize = fullSize;
    if (Status st = PushStore(m_db).recordException(e); !st.ok())
        qCWarning(lcPush).noquote() << "could not store a refused push:" << st.error().message;
    qCInfo(lcPush).noquote() << "refused push for" << (shopCode.isEmpty() ? QStringLiteral("?") : shopCode) << "from" << remote << ":" << error.code
                             << error.message;
    return {false, httpStatus, error.message};
}

PushReceiver::Outcome PushReceiver::handlePush(const QString &shopCode, const QString &appKeyParam, const QByteArray &body, qint64 fullSize,
                                               const QString &remote)
{
    if (Status st = m_db.open(); !st.ok())
        return refuse(shopCode, remote, st.error(), body, fullSize, 503);
    auto shop = ShopRepository(m_db).byCode(shopCode);
    if (!shop.ok())
        return refuse(shopCode, remote, shop.error(), body, fullSize, 503);
    if (!shop->has_value()) {
        // Unknown code: maybe the platform was configured with our app key in the URL or the body.
        for (const platforms::Platform *p : platforms::allPlatforms()) {
            if (!p->capabilities().pushOrders)
                continue;
            const QString appKey = appKeyParam.isEmpty() ? p->pushAppKey(body) : appKeyParam;
            auto byKey = shopByAppKey(m_db, appKey, p->code());
            if (!byKey.ok())
                return refuse(shopCode, remote, byKey.error(), body, fullSize, 503);
            if (byKey->has_value()) {
                shop = std::move(byKey);
                break;
            }
        }
    }
    if (!shop->has_value())
        return refuse(shopCode, remote,
                      Error(QStringLiteral("push.unknown_shop"),
                            QCoreApplication::translate("Push", "Unknown shop \"%1\": no pushing shop has this code or app key.").arg(shopCode)),
                      body, fullSize, 404);
    const Shop s = shop->value();
    const platforms::Platform &platform = platforms::platformFor(s);
    if (!platform.capabilities().pushOrders)
        return refuse(
            shopCode, remote,
            Error(QStringLiteral("push.not_push_shop"), QCoreApplication::translate("Push", "Shop \"%1\" does not receive pushed orders.").arg(s.code)), body,
            fullSize, 404);
    if (!s.enabled)
        return refuse(s.code, remote, Error(QStringLiteral("push.shop_disabled"), QCoreApplication::translate("Push", "Shop \"%1\" is disabled.").arg(s.code)),
                      body, fullSize, 403);
    int refusedStatus = 400;
    auto mapped = platform.acceptPush(
        s, body, [this, &s] { return secretFor(s.secretRef); }, &refusedStatus);
    if (!mapped.ok())
        return refuse(s.code, remote, mapped.error(), body, fullSize, refusedStatus);
    for (const QString &w : mapped->warnings)
        qCInfo(lcPush).noquote() << "order" << mapped->trade.tid << "of" << s.code << ":" << w;
    auto res = m_batcher->submit(mapped.value());
    if (!res.ok())
        return refuse(s.code, remote, res.error(), body, fullSize, 503);
    ++m_counters.accepted;
    qCDebug(lcPush).noquote() << "order" << mapped->trade.tid << "of" << s.code << "outcome" << int(res->outcome) << res->changeKind;
    return {true, 200, QString()};
}

} // namespace od::push

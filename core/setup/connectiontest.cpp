#include "setup/connectiontest.h"

#include "secrets/secretstore.h"
#include "storage/shoprepository.h"
#include "storage/sql.h"
#include "platforms/registry.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QEventLoop>
#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkInterface>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSqlQuery>
#include <QTimer>
#include <QUuid>

namespace od::setup {

Status testPullingShop(const Shop &shop, const QString &secret, const QString &session, TestOptions options)
{
    const platforms::Platform &platform = platforms::platformFor(shop);
    if (!platform.capabilities().pullOrders)
        return Error(QStringLiteral("setup.push"),
                     QCoreApplication::translate("ConnectionTest", "A pushing mall is not called: give it the push address and wait for its first order."));
    if ((platform.capabilities().needsEndpoint && shop.endpoint.isEmpty()) || shop.appKey.isEmpty())
        return Error(QStringLiteral("setup.incomplete"), QCoreApplication::translate("ConnectionTest", "Enter the TOP endpoint and the app key first."));
    if (secret.isEmpty() || session.isEmpty())
        return Error(QStringLiteral("setup.incomplete"),
                     QCoreApplication::translate("ConnectionTest", "Enter the app secret and the session key first: the test call is signed with them."));
    platforms::ClientOptions co;
    co.transferTimeoutMs = options.timeoutMs;
    co.maxAttempts = 1; // a test says what is wrong now, it does not wait for it to pass
    co.maxBans = 0;
    co.maxBanWaitSecs = 0;
    Shop named = shop;
    if (named.name.isEmpty())
        named.name = shop.code;
    auto client = platform.connect(named, platforms::Credentials{shop.appKey, secret.toUtf8(), session, QString()}, co);
    if (!client.ok())
        return client.error();
    const QDateTime now = QDateTime::currentDateTime();
    const QString fmt = QStringLiteral("yyyy-MM-dd HH:mm:ss");
    auto page = (*client)->listChanged(now.addSecs(-60).toString(fmt), now.toString(fmt), 1, 1);
    if (!page.ok())
        return page.error();
    return {};
}

Status testCrm(const crm::CrmSettings &s, const QString &token, TestOptions options)
{
    const QUrl url(s.gatewayUrl, QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")) || url.host().isEmpty())
        return Error(QStringLiteral("setup.incomplete"),
                     QCoreApplication::translate("ConnectionTest", "Enter the matrix gateway as an http:// or https:// address."));
    if (token.isEmpty())
        return Error(QStringLiteral("setup.incomplete"),
                     QCoreApplication::translate("ConnectionTest", "Enter the matrix token first: the test call is signed with it."));
    const QString task = QStringLiteral("check-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    crm::WireParams p; // no tid: nothing for the CRM to record
    crm::addSystemParams(p, s, QStringLiteral("store.trade.add"), task,
                         QDateTime::currentDateTimeUtc().addSecs(8 * 3600).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
    crm::signRequest(p, token);

    QNetworkAccessManager nam;
    QNetworkRequest req(url);
    req.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/x-www-form-urlencoded; charset=utf-8"));
    req.setTransferTimeout(options.timeoutMs);
    QNetworkReply *reply = nam.post(req, crm::formEncode(p));
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    reply->deleteLater();
    const int http = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->error() != QNetworkReply::NoError && http == 0)
        return Error(
            QStringLiteral("setup.network"),
            QCoreApplication::translate("ConnectionTest", "Could not reach the CRM's matrix gateway at %1: %2").arg(s.gatewayUrl, reply->errorString()));
    if (http != 200)
        return Error(
            QStringLiteral("setup.crm_http"),
            QCoreApplication::translate("ConnectionTest", "The matrix gateway answered HTTP %1: check the address (it usually ends in /api).").arg(http));
    const QJsonDocument doc = QJsonDocument::fromJson(reply->readAll());
    const QJsonObject o = doc.object();
    const QString rsp = o.value(QLatin1String("rsp")).toString();
    const QString res = o.value(QLatin1String("res")).toString();
    if (!doc.isObject() || rsp.isEmpty())
        return Error(QStringLiteral("setup.crm_answer"),
                     QCoreApplication::translate("ConnectionTest", "The address answers, but not like a ShopEx matrix gateway: check the address."));
    if (rsp == QLatin1String("fail") && res == QLatin1String("4003"))
        return Error(QStringLiteral("setup.crm_sign"),
                     QCoreApplication::translate(
                         "ConnectionTest", "The CRM refused the signature: the matrix token is wrong, or the certificate / node ids do not belong to it (%1).")
                         .arg(o.value(QLatin1String("msg")).toString()));
    if (rsp == QLatin1String("fail") && res == QLatin1String("4007"))
        return Error(QStringLiteral("setup.crm_busy"),
                     QCoreApplication::translate("ConnectionTest", "The CRM is busy right now (4007): try the test again in a minute."));
    return {}; // succ, running, or the missing tid refused after the sign was accepted
}

QString thisComputerAddress()
{
    for (const QHostAddress &a : QNetworkInterface::allAddresses())
        if (a.protocol() == QAbstractSocket::IPv4Protocol && !a.isLoopback() && !a.isLinkLocal())
            return a.toString();
    return QStringLiteral("127.0.0.1");
}

QString pushAddress(const QString &host, int port, const QString &shopCode)
{
    QString h = host;
    if (h.isEmpty() || h == QLatin1String("0.0.0.0"))
        h = thisComputerAddress();
    return QStringLiteral("http://%1:%2/push/%3").arg(h).arg(port).arg(shopCode);
}

Result<PushSeen> firstPushSeen(Database &db, int64_t shopId)
{
    if (Status st = db.open(); !st.ok())
        return st.error();
    auto shop = ShopRepository(db).get(shopId);
    if (!shop.ok())
        return shop.error();
    if (!shop->has_value())
        return Error(QStringLiteral("setup.no_shop"), QCoreApplication::translate("ConnectionTest", "The shop is not stored yet."));
    PushSeen seen;
    auto trades = sql::scalar(db.connection(), QStringLiteral("SELECT COUNT(*) FROM trades WHERE shop_id = ?"), {QVariant::fromValue<qint64>(shopId)});
    if (!trades.ok())
        return trades.error();
    seen.trades = trades.value();
    QSqlQuery q(db.connection());
    if (Status st = sql::exec(q, QStringLiteral("SELECT reason FROM push_exceptions WHERE shop_code = ? ORDER BY id DESC"), {(*shop)->code}); !st.ok())
        return st.error();
    while (q.next()) {
        if (seen.refused == 0)
            seen.lastRefusal = q.value(0).toString();
        ++seen.refused;
    }
    return seen;
}

Result<CheckReport> checkAll(Database &db, SecretStore &secrets, TestOptions options)
{
    auto shops = ShopRepository(db).all();
    if (!shops.ok())
        return shops.error();
    CheckReport report;
    auto line = [&report](const QString &what, const Status &st) {
        if (st.ok()) {
            report.lines << QStringLiteral("ok: ") + what; // the prefixes stay fixed for scripts
        } else {
            report.lines << QStringLiteral("FAIL: %1: %2").arg(what, st.error().message);
            ++report.failures;
        }
    };
    for (const Shop &s : shops.value()) {
        if (!s.enabled)
            continue;
        const QString what = QCoreApplication::translate("ConnectionTest", "shop %1 (%2)").arg(s.code, s.name);
        auto secret = secrets.get(s.secretRef);
        if (platforms::platformFor(s).capabilities().pullOrders) {
            auto session = secrets.get(s.secretRef + QStringLiteral(".session"));
            if (!secret.ok())
                line(what, secret.error());
            else if (!session.ok())
                line(what, session.error());
            else
                line(what, testPullingShop(s, secret.value(), session.value(), options));
        } else if (s.signScheme != QLatin1String("none") && !secret.ok()) {
            line(what, secret.error());
        } else {
            line(what, Status{}); // a pushing mall is checked by its pushes: the secret is there
        }
    }
    auto crm = crm::loadCrmSettings(db);
    if (!crm.ok())
        return crm.error();
    if (crm->isComplete()) {
        auto token = secrets.get(crm->tokenRef);
        line(QCoreApplication::translate("ConnectionTest", "CRM link %1").arg(crm->gatewayUrl),
             token.ok() ? testCrm(crm.value(), token.value(), options) : Status(token.error()));
    } else {
        report.lines << QCoreApplication::translate("ConnectionTest", "note: no CRM link configured; events stay in the outbox.");
    }
    return report;
}

} // namespace od::setup

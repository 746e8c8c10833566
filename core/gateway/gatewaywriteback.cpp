#include "gateway/gatewaywriteback.h"

#include "gateway/deskrequests.h"
#include "platforms/registry.h"
#include "storage/shoprepository.h"
#include "workflow/refundservice.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QThread>

namespace od::gateway {

namespace {

const QLatin1String kShipped("shipped"), kRefuse("refuse_refund");

QString json(const QJsonObject &o) { return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)); }

Error notSent(const QString &message) { return Error(QStringLiteral("writeback.no_gateway"), message); }

} // namespace

GatewayWriteBack::GatewayWriteBack(Database &db, std::function<Session()> session, PlatformWriteBack &noWriteBack, int answerTimeoutMs)
    : m_db(db), m_session(std::move(session)), m_none(noWriteBack), m_timeoutMs(answerTimeoutMs)
{ }

Result<QString> GatewayWriteBack::shipped(const Shop &shop, const QString &tid, const QString &companyCode, const QString &trackingNo)
{
    if (!platforms::platformFor(shop).capabilities().shipWriteBack)
        return m_none.shipped(shop, tid, companyCode, trackingNo);
    return viaGateway(json({{QStringLiteral("action"), kShipped},
                            {QStringLiteral("shop_id"), qint64(shop.id)},
                            {QStringLiteral("tid"), tid},
                            {QStringLiteral("company"), companyCode},
                            {QStringLiteral("tracking"), trackingNo}}),
                      QCoreApplication::translate("WriteBack", "the shipment of %1").arg(tid));
}

Result<QString> GatewayWriteBack::refuseRefund(const Shop &shop, const PendingRefund &refund, const QString &reason)
{
    if (!platforms::platformFor(shop).capabilities().refuseRefund)
        return m_none.refuseRefund(shop, refund, reason);
    return viaGateway(json({{QStringLiteral("action"), kRefuse},
                            {QStringLiteral("shop_id"), qint64(shop.id)},
                            {QStringLiteral("pending_refund_id"), qint64(refund.id)},
                            {QStringLiteral("reason"), reason}}),
                      QCoreApplication::translate("WriteBack", "the refusal of refund %1").arg(refund.refundId));
}

Result<QString> GatewayWriteBack::viaGateway(const QString &params, const QString &what)
{
    DeskRequests requests(m_db);
    auto active = requests.gatewayActive();
    if (!active.ok())
        return active.error();
    if (!active.value())
        return notSent(QCoreApplication::translate("WriteBack",
                                                   "In team mode only the gateway reaches the platform, and no gateway is running: %1 was not sent "
                                                   "and nothing was changed. Start the gateway and try again.")
                           .arg(what));
    auto id = requests.submit(m_session(), RequestKind::WriteBack, params);
    if (!id.ok())
        return id.error();
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < m_timeoutMs) { // a worker thread: waiting here never holds up the window
        auto r = requests.get(id.value());
        if (!r.ok())
            return r.error();
        if (r.value() && r.value()->finished()) {
            if (r.value()->state == QLatin1String("done"))
                return r.value()->result;
            return Error(QStringLiteral("writeback.refused"), r.value()->result);
        }
        QThread::msleep(200);
    }
    (void)requests.cancel(m_session(), id.value()); // still queued: withdrawn; already running: it finishes
    return notSent(QCoreApplication::translate("WriteBack",
                                               "The gateway did not answer within %1 seconds, so nothing was changed here. See request %2 under "
                                               "gateway requests: if it ends done, the platform has %3 and this desk should mark it the same.")
                       .arg(m_timeoutMs / 1000)
                       .arg(id.value())
                       .arg(what));
}

Result<QString> runWriteBackRequest(Database &db, const QString &params, PlatformWriteBack &writeBack)
{
    const QJsonObject o = QJsonDocument::fromJson(params.toUtf8()).object();
    auto shop = ShopRepository(db).get(o.value(QLatin1String("shop_id")).toInteger());
    if (!shop.ok())
        return shop.error();
    if (!shop.value())
        return Error(QStringLiteral("shop.not_found"), QCoreApplication::translate("WriteBack", "The shop no longer exists."));
    const QString action = o.value(QLatin1String("action")).toString();
    if (action == kShipped)
        return writeBack.shipped(**shop, o.value(QLatin1String("tid")).toString(), o.value(QLatin1String("company")).toString(),
                                 o.value(QLatin1String("tracking")).toString());
    if (action == kRefuse) {
        auto refund = RefundService(db, writeBack).pending(o.value(QLatin1String("pending_refund_id")).toInteger());
        if (!refund.ok())
            return refund.error();
        if (!refund.value())
            return Error(QStringLiteral("refund.not_found"), QCoreApplication::translate("WriteBack", "The refund request no longer exists."));
        return writeBack.refuseRefund(**shop, **refund, o.value(QLatin1String("reason")).toString());
    }
    return Error(QStringLiteral("request.params"), QCoreApplication::translate("DeskRequests", "The request's parameters are unreadable."));
}

} // namespace od::gateway

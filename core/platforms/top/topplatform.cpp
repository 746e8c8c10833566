#include "platforms/top/topplatform.h"

#include <QCoreApplication>

namespace od::top {

platforms::Capabilities TopPlatform::capabilities() const
{
    platforms::Capabilities c;
    c.pullOrders = true;
    c.gapFill = true;
    c.pullRefunds = true;
    c.shipWriteBack = true;
    c.refuseRefund = true;
    c.needsEndpoint = true;
    return c;
}

platforms::CallLimits TopPlatform::callLimits() const
{
    // taobao.trades.sold.increment.get: a window of at most one day, 100 a page, newest first;
    // TOP keeps three months of trades.
    return platforms::CallLimits{86400, 100, true, 4, 90};
}

Result<std::unique_ptr<platforms::PlatformClient>> TopPlatform::connect(const Shop &shop, const platforms::Credentials &c,
                                                                        const platforms::ClientOptions &options) const
{
    if (shop.endpoint.isEmpty())
        return Error(QStringLiteral("top.endpoint"), QCoreApplication::translate("TopPlatform", "Shop %1 has no TOP gateway address.").arg(shop.name));
    SignMethod method = SignMethod::Md5;
    if (!c.signMethod.isEmpty()) {
        auto m = signMethodFromKey(c.signMethod);
        if (!m)
            return Error(QStringLiteral("top.sign_method"),
                         QCoreApplication::translate("TopPlatform", "Unknown sign method \"%1\" for shop %2.").arg(c.signMethod, shop.name));
        method = *m;
    }
    Credentials cred{c.appKey.isEmpty() ? shop.appKey : c.appKey, c.secret, c.session, method};
    return std::unique_ptr<platforms::PlatformClient>(std::make_unique<TopPlatformClient>(shop, std::move(cred), options));
}

bool TopPlatform::errorIsPerTrade(const Error &e) const
{
    // Bad data in one trade, or isv.* (e.g. a trade the shop no longer has): skip that trade.
    return e.code == QLatin1String("top.bad_data") || e.code == QLatin1String("top.isv");
}

TopPlatformClient::TopPlatformClient(const Shop &shop, Credentials credentials, platforms::ClientOptions options)
    : m_client(shop.endpoint, shop.name.isEmpty() ? shop.code : shop.name, std::move(credentials), std::move(options))
{ }

Result<platforms::TradePage> TopPlatformClient::listChanged(const QString &start, const QString &end, int pageNo, int pageSize)
{
    return m_client.tradesIncrement(start, end, pageNo, pageSize);
}

Result<platforms::TradePage> TopPlatformClient::listCreated(const QString &start, const QString &end, int pageNo, int pageSize)
{
    return m_client.tradesSold(start, end, pageNo, pageSize);
}

Result<Trade> TopPlatformClient::fetchTrade(const QString &tid) { return m_client.fullinfo(tid); }

std::vector<Result<Trade>> TopPlatformClient::fetchTrades(const QStringList &tids) { return m_client.fullinfoMany(tids, 4); }

Result<platforms::RefundPage> TopPlatformClient::listRefunds(const QString &start, const QString &end, int pageNo, int pageSize)
{
    return m_client.refundsReceive(start, end, pageNo, pageSize);
}

Result<QString> TopPlatformClient::shipped(const QString &tid, const QString &companyCode, const QString &trackingNo)
{
    return m_client.logisticsOfflineSend(tid, companyCode, trackingNo);
}

Result<QString> TopPlatformClient::refuseRefund(const PendingRefund &r, const QString &reason)
{
    return m_client.refundRefuse(r.refundId, r.tid, r.oid, reason, r.refundPhase, r.refundVersion);
}

} // namespace od::top

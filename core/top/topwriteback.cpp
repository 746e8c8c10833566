#include "top/topwriteback.h"
#include <QCoreApplication>

namespace od::top {

CredentialsProvider secretStoreCredentials(SecretStore &secrets, SignMethod method)
{
    return [&secrets, method](const Shop &shop) -> Result<Credentials> {
        auto secret = secrets.get(shop.secretRef);
        if (!secret.ok())
            return secret.error();
        auto session = secrets.get(shop.secretRef + QStringLiteral(".session"));
        if (!session.ok())
            return session.error();
        return Credentials{shop.appKey, secret->toUtf8(), session.value(), method};
    };
}

TopWriteBack::TopWriteBack(CredentialsProvider credentials, ClientOptions options)
    : m_credentials(std::move(credentials)), m_options(std::move(options))
{
}

Result<std::unique_ptr<TopClient>> TopWriteBack::client(const Shop &shop)
{
    if (shop.endpoint.isEmpty())
        return Error{QStringLiteral("top.endpoint"),
                     QCoreApplication::translate("TopWriteBack", "Shop %1 has no TOP gateway address.").arg(shop.name)};
    auto cred = m_credentials(shop);
    if (!cred.ok())
        return cred.error();
    return std::make_unique<TopClient>(shop.endpoint, shop.name, cred.value(), m_options);
}

Result<QString> TopWriteBack::shipped(const Shop &shop, const QString &tid, const QString &companyCode, const QString &trackingNo)
{
    auto c = client(shop);
    if (!c.ok())
        return c.error();
    return (*c)->logisticsOfflineSend(tid, companyCode, trackingNo);
}

Result<QString> TopWriteBack::refuseRefund(const Shop &shop, const PendingRefund &refund, const QString &reason)
{
    auto c = client(shop);
    if (!c.ok())
        return c.error();
    return (*c)->refundRefuse(refund.refundId, refund.tid, refund.oid, reason, refund.refundPhase, refund.refundVersion);
}

PlatformWriteBack &PlatformWriteBackChooser::forShop(const Shop &shop)
{
    return shop.platform == PlatformKind::Top ? m_top : m_none;
}

Result<QString> PlatformWriteBackChooser::shipped(const Shop &shop, const QString &tid, const QString &companyCode,
                                                  const QString &trackingNo)
{
    return forShop(shop).shipped(shop, tid, companyCode, trackingNo);
}

Result<QString> PlatformWriteBackChooser::refuseRefund(const Shop &shop, const PendingRefund &refund, const QString &reason)
{
    return forShop(shop).refuseRefund(shop, refund, reason);
}

} // namespace od::top

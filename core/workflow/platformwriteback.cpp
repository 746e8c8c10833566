#include "workflow/platformwriteback.h"

#include "platforms/registry.h"

#include <QCoreApplication>

namespace od {

Result<QString> RecordingWriteBack::shipped(const Shop &shop, const QString &tid, const QString &companyCode, const QString &trackingNo)
{
    QMutexLocker lock(&m_mutex);
    if (m_fail) {
        Error e = *m_fail;
        m_fail.reset();
        return e;
    }
    m_calls.push_back({QStringLiteral("shipped"), shop.id, tid, companyCode, trackingNo});
    return QCoreApplication::translate("WriteBack", "Recorded locally (no write-back for this platform).");
}

Result<QString> RecordingWriteBack::refuseRefund(const Shop &shop, const PendingRefund &refund, const QString &reason)
{
    QMutexLocker lock(&m_mutex);
    if (m_fail) {
        Error e = *m_fail;
        m_fail.reset();
        return e;
    }
    m_calls.push_back({QStringLiteral("refuse_refund"), shop.id, refund.tid, refund.refundId, reason});
    return QCoreApplication::translate("WriteBack", "Recorded locally (no write-back for this platform).");
}

void RecordingWriteBack::failNextWith(const Error &error)
{
    QMutexLocker lock(&m_mutex);
    m_fail = error;
}

std::vector<RecordingWriteBack::Call> RecordingWriteBack::calls() const
{
    QMutexLocker lock(&m_mutex);
    return m_calls;
}

PlatformsWriteBack::PlatformsWriteBack(CredentialsProvider credentials, PlatformWriteBack &noWriteBack, platforms::ClientOptions options)
    : m_credentials(std::move(credentials)), m_none(noWriteBack), m_options(std::move(options))
{ }

PlatformsWriteBack::PlatformsWriteBack(SecretStore &secrets, PlatformWriteBack &noWriteBack, platforms::ClientOptions options)
    : PlatformsWriteBack([&secrets](const Shop &shop) { return platforms::platformFor(shop).credentials(shop, secrets); }, noWriteBack, std::move(options))
{ }

Result<std::unique_ptr<platforms::PlatformClient>> PlatformsWriteBack::client(const Shop &shop)
{
    auto cred = m_credentials(shop);
    if (!cred.ok())
        return cred.error();
    return platforms::platformFor(shop).connect(shop, cred.value(), m_options);
}

Result<QString> PlatformsWriteBack::shipped(const Shop &shop, const QString &tid, const QString &companyCode, const QString &trackingNo)
{
    if (!platforms::platformFor(shop).capabilities().shipWriteBack)
        return m_none.shipped(shop, tid, companyCode, trackingNo);
    auto c = client(shop);
    if (!c.ok())
        return c.error();
    return (*c)->shipped(tid, companyCode, trackingNo);
}

Result<QString> PlatformsWriteBack::refuseRefund(const Shop &shop, const PendingRefund &refund, const QString &reason)
{
    if (!platforms::platformFor(shop).capabilities().refuseRefund)
        return m_none.refuseRefund(shop, refund, reason);
    auto c = client(shop);
    if (!c.ok())
        return c.error();
    return (*c)->refuseRefund(refund, reason);
}

} // namespace od

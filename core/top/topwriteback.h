#pragma once
// The workflow's PlatformWriteBack for TOP shops (taobao.logistics.offline.send for a shipment,
// taobao.refund.refuse for a refused refund), plus a chooser by shop platform: TOP shops go to the
// TOP client, shops whose platform has no write-back (mall push) to a recorded no-op.
// A TopClient belongs to the thread that calls it, so each write-back uses a client of its own.
#include "secrets/secretstore.h"
#include "top/topclient.h"
#include "workflow/platformwriteback.h"
#include <functional>

namespace od::top {

using CredentialsProvider = std::function<Result<Credentials>(const Shop &)>;

// Credentials from a SecretStore: the app secret under the shop's secret_ref, the session under
// "<secret_ref>.session". Missing secrets are errors that name the ref (never the value).
CredentialsProvider secretStoreCredentials(SecretStore &secrets, SignMethod method = SignMethod::Md5);

class TopWriteBack : public PlatformWriteBack {
public:
    explicit TopWriteBack(CredentialsProvider credentials, ClientOptions options = {});
    Result<QString> shipped(const Shop &shop, const QString &tid, const QString &companyCode, const QString &trackingNo) override;
    Result<QString> refuseRefund(const Shop &shop, const PendingRefund &refund, const QString &reason) override;

private:
    Result<std::unique_ptr<TopClient>> client(const Shop &shop);
    CredentialsProvider m_credentials;
    ClientOptions m_options;
};

// Chooses the write-back by the shop's platform.
class PlatformWriteBackChooser : public PlatformWriteBack {
public:
    PlatformWriteBackChooser(PlatformWriteBack &top, PlatformWriteBack &noWriteBack) : m_top(top), m_none(noWriteBack) {}
    Result<QString> shipped(const Shop &shop, const QString &tid, const QString &companyCode, const QString &trackingNo) override;
    Result<QString> refuseRefund(const Shop &shop, const PendingRefund &refund, const QString &reason) override;
    PlatformWriteBack &forShop(const Shop &shop);

private:
    PlatformWriteBack &m_top;
    PlatformWriteBack &m_none;
};

} // namespace od::top

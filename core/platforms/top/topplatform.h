#pragma once
// Taobao Open Platform (TOP, protocols.md §1) behind the platform interface: pull (increment and
// sold lists, fullinfo details, refunds), write-back (offline shipment, refund refusal), call-limit
// bans through the shared BanBoard. The wire work is TopClient's (topclient.h, topparse.cpp).
#include "platforms/platform.h"
#include "platforms/top/topclient.h"

namespace od::top {

class TopPlatform : public platforms::Platform {
public:
    PlatformKind kind() const override { return PlatformKind::Top; }
    platforms::Capabilities capabilities() const override;
    platforms::CallLimits callLimits() const override;
    Result<std::unique_ptr<platforms::PlatformClient>> connect(const Shop &shop, const platforms::Credentials &credentials,
                                                               const platforms::ClientOptions &options) const override;
    bool errorIsPerTrade(const Error &error) const override;
};

// One TOP shop: a TopClient behind the PlatformClient calls.
class TopPlatformClient : public platforms::PlatformClient {
public:
    TopPlatformClient(const Shop &shop, Credentials credentials, platforms::ClientOptions options);
    Result<platforms::TradePage> listChanged(const QString &start, const QString &end, int pageNo, int pageSize) override;
    Result<platforms::TradePage> listCreated(const QString &start, const QString &end, int pageNo, int pageSize) override;
    Result<Trade> fetchTrade(const QString &tid) override;
    std::vector<Result<Trade>> fetchTrades(const QStringList &tids) override;
    Result<platforms::RefundPage> listRefunds(const QString &start, const QString &end, int pageNo, int pageSize) override;
    Result<PendingRefund> fetchRefund(const QString &refundId) override { return m_client.refund(refundId); }
    Result<QString> shipped(const QString &tid, const QString &companyCode, const QString &trackingNo) override;
    Result<QString> refuseRefund(const PendingRefund &refund, const QString &reason) override;
    Result<Trade> decryptReceiver(const Trade &trade) override { return trade; } // TOP sends receivers in plain text
    qint64 bannedUntilMs() const override { return m_client.bannedUntilMs(); }
    platforms::ClientStats stats() const override { return m_client.stats(); }
    TopClient &client() { return m_client; }

private:
    TopClient m_client;
};

} // namespace od::top

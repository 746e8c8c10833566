#pragma once
// What the workflow tells a platform: a shipment (express company + tracking number) and a refused
// refund. The TOP client implements it; platforms without write-back use RecordingWriteBack.
#include "domain/types.h"
#include <QMutex>
#include <vector>

namespace od {

class PlatformWriteBack {
public:
    virtual ~PlatformWriteBack() = default;
    // The platform's answer (recorded with the action), or an error if the platform refused.
    virtual Result<QString> shipped(const Shop &shop, const QString &tid, const QString &companyCode, const QString &trackingNo) = 0;
    virtual Result<QString> refuseRefund(const Shop &shop, const PendingRefund &refund, const QString &reason) = 0;
};

// Records every call and answers with a fixed no-op answer (or a configured failure, for tests).
class RecordingWriteBack : public PlatformWriteBack {
public:
    struct Call {
        QString kind;  // "shipped" / "refuse_refund"
        int64_t shopId = 0;
        QString tid, companyOrRefundId, trackingOrReason;
    };
    Result<QString> shipped(const Shop &shop, const QString &tid, const QString &companyCode, const QString &trackingNo) override;
    Result<QString> refuseRefund(const Shop &shop, const PendingRefund &refund, const QString &reason) override;
    void failNextWith(const Error &error);
    std::vector<Call> calls() const;

private:
    mutable QMutex m_mutex;
    std::vector<Call> m_calls;
    std::optional<Error> m_fail;
};

} // namespace od

#include "workflow/platformwriteback.h"

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

} // namespace od

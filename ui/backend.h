#pragma once
// The UI's single door to the core: the logged-in session, one core call behind every action, and
// the change signal the lists refresh on. Every operation is called from a worker thread (never the
// GUI thread) and returns a Status whose message is shown to the user. Rights, checks, SQL and audit
// live in the core services; this class only passes the session and reports what changed.
#include "domain/money.h"
#include "domain/types.h"
#include "settings/settingsservice.h"
#include "settings/shopservice.h"
#include "storage/database.h"
#include <QObject>
#include <QStringList>
#include <functional>
#include <memory>

#include <atomic>
#include <optional>
#include <vector>

namespace od {
class PlatformWriteBack;
class SecretStore;
} // namespace od
namespace od::intake {
struct Schedule;
struct RunStats;
} // namespace od::intake
namespace od::gateway {
struct DownloadRequest;
struct DeskRequest;
enum class RequestKind;
} // namespace od::gateway
namespace od {
struct SkuImportRow;
struct SkuImportResult;
} // namespace od
namespace od::gateway {
class LocalServices;
}

struct Session {
    QString login;
    QString displayName;
    od::Role role = od::Role::Operator;
    bool valid() const { return !login.isEmpty(); }
};

using ShopHealth = od::ShopHealth;
using ReceiverSettings = od::ReceiverSettings;

// 查看 on 待转入退单: the refund request, the original trade with its lines, the sales order if one
// exists, and what was done to the request so far (its audit entries, oldest first).
struct RefundDetail {
    od::PendingRefund refund;
    std::optional<od::Trade> trade; // not downloaded yet: none
    std::optional<od::SalesOrder> order; // not converted yet: none
    std::vector<od::AuditEntry> history;
};

class Backend : public QObject {
    Q_OBJECT
public:
    explicit Backend(od::Database &db, QObject *parent = nullptr);
    ~Backend() override;
    // Where shipments and refused refunds are written back (default: recorded only; tests set their own).
    void setWriteBack(od::PlatformWriteBack *wb) { m_writeBack = wb; }
    // The desk's real write-back, chosen by where the credentials are. With a secret store (single desk,
    // demo): straight to the shop's platform with the shop's credentials. Without (team mode): through
    // the gateway as a desk request, waited for on the worker; refused with a message saying so when
    // no gateway runs. Platforms without write-back are recorded locally. Call after setSecretStore().
    void writeBackToPlatforms(int gatewayAnswerTimeoutMs = 60000);
    // The background services this desk runs itself (single desk on SQLite): 下载 of pending rows,
    // 立即执行 of schedules and waking the CRM dispatcher go through them. Null (team mode on
    // PostgreSQL): the gateway runs schedules and the dispatcher; downloads and runs are refused with a
    // message saying so, CRM retries still work (the gateway's dispatcher polls the outbox).
    void setServices(od::gateway::LocalServices *services) { m_services.store(services); }
    od::gateway::LocalServices *services() const { return m_services.load(); }
    od::Database &db() { return m_db; }
    const Session &session() const { return m_session; }
    void setSession(const Session &s) { m_session = s; }

    // --- called from worker threads ---
    // Fetches the details of one 待下载 row now (blocks on the platform: workers only).
    od::Status downloadPending(int64_t pendingDownloadId);
    // Several rows at once (chunks of a batch): one fetch per shop, one Status per id, in order.
    std::vector<od::Status> downloadPending(const std::vector<int64_t> &pendingDownloadIds);
    od::Status removePendingDownload(int64_t pendingDownloadId);
    od::Status convertTrade(int64_t tradeId);
    // Several trades at once (chunks of a batch): one Status per id, in order.
    std::vector<od::Status> convertTrades(const std::vector<int64_t> &tradeIds);
    od::Status removeTrade(int64_t tradeId);
    od::Status markTradeProcessed(int64_t tradeId);
    od::Status convertRefund(int64_t pendingRefundId);
    od::Status refuseRefund(int64_t pendingRefundId, const QString &reason);
    od::Status markRefundProcessed(int64_t pendingRefundId);
    od::Status confirmOrder(int64_t orderId);
    od::Status holdOrder(int64_t orderId);
    od::Status releaseOrder(int64_t orderId);
    od::Status cancelOrder(int64_t orderId);
    od::Status shipOrder(int64_t orderId, const QString &company, const QString &trackingNo);
    od::Status partialRefund(int64_t orderId, od::Money amount, const QString &reason);
    od::Status receiveReturn(int64_t returnOrderId);
    // A failed CRM event (crm_outbox id, as the CRM page lists them) and the rest of its order's
    // failed events go back to pending; the dispatcher is woken when this desk runs it.
    od::Status retryCrm(int64_t outboxId);
    od::Status runScheduleNow(int64_t shopId);
    od::Status saveSkuMapping(const od::SkuMapping &m);
    // 商品对应 page: one mapping by its list row id, and removing it.
    od::Result<std::optional<od::SkuMapping>> skuMapping(int64_t mappingId);
    od::Status removeSkuMapping(int64_t mappingId);
    // 商品对应 import (backendmappings.cpp): writes the file's checked rows in one transaction; each row
    // gets its outcome (added / updated / unchanged / refused with the reason).
    od::Result<od::SkuImportResult> importSkuMappings(std::vector<od::SkuImportRow> &rows);

    od::Result<std::optional<od::Trade>> trade(int64_t tradeId);
    od::Result<std::optional<od::SalesOrder>> order(int64_t orderId);
    od::Result<std::optional<od::PendingRefund>> pendingRefund(int64_t id);
    od::Result<RefundDetail> refundDetail(int64_t pendingRefundId);
    od::Result<std::vector<od::AuditEntry>> orderTimeline(int64_t orderId);
    od::Result<QByteArray> exceptionBody(int64_t exceptionId);
    od::Result<std::vector<ShopHealth>> shopHealth();
    od::Result<std::vector<od::StaffUser>> users();
    od::Result<Session> login(const QString &login, const QString &password);

    // --- 下载 on demand and team-mode requests (backendrequests.cpp), from workers ---
    // Team mode: a shared database whose downloads and CRM link run on the gateway, not this desk.
    bool teamMode() const { return m_services.load() == nullptr; }
    od::Result<std::vector<od::Shop>> shops();
    // Single desk: runs the 下载 here (blocks on the platform). Team mode: refused (submit a request).
    od::Result<od::intake::RunStats> downloadNow(const od::gateway::DownloadRequest &request, std::function<void(const od::intake::RunStats &)> progress,
                                                 std::function<bool()> cancelled);
    od::Result<int64_t> submitRequest(od::gateway::RequestKind kind, const QString &params);
    od::Result<std::optional<od::gateway::DeskRequest>> deskRequest(int64_t id);
    od::Result<QList<od::gateway::DeskRequest>> deskRequests();
    od::Status cancelDeskRequest(int64_t id);
    od::Result<bool> gatewayActive();

    // Every action that changes data reports the tables it touched (also from workers).
    void notifyChanged(const QStringList &tables);

signals:
    void changed(const QStringList &tables);

    // ===== Settings (shops, schedules, push receiver, CRM link, users): backendsettings.cpp =====
public:
    // Where shop secrets and the CRM token go; null in team mode (PostgreSQL): they live on the gateway.
    void setSecretStore(od::SecretStore *store) { m_secrets = store; }
    od::SecretStore *secretStore() const { return m_secrets; }
    // Called after the CRM settings were saved (the desk wires its LocalServices::restartCrm()).
    void setCrmRestart(std::function<od::Status()> restart) { m_crmRestart = std::move(restart); }
    // Whether the logged-in user may use the editors for `right`, and a translated "why not" otherwise.
    bool may(od::Right right) const;
    QString whyNot(od::Right right) const;

    // --- settings, called from worker threads; secrets: empty optional = leave unchanged ---
    od::Result<int64_t> saveShop(const od::Shop &shop, const std::optional<QString> &appSecret, const std::optional<QString> &topSession);
    od::Status setShopEnabled(int64_t shopId, bool enabled);
    od::Result<bool> hasSecret(const QString &ref);
    od::Result<std::vector<od::intake::Schedule>> shopSchedules(int64_t shopId);
    od::Status saveSchedules(int64_t shopId, const std::vector<od::intake::Schedule> &schedules);
    od::Result<ReceiverSettings> receiverSettings();
    od::Status saveReceiverSettings(const ReceiverSettings &r);
    od::Result<od::crm::CrmSettings> crmSettings();
    od::Status saveCrmSettings(const od::crm::CrmSettings &s, const std::optional<QString> &token);
    od::Status createUser(const od::StaffUser &user, const QString &password);
    od::Status changeUserRole(const QString &login, od::Role role);
    od::Status resetUserPassword(const QString &login, const QString &password);
    od::Status setUserActive(const QString &login, bool active);

private:
    od::Session core() const { return od::Session{m_session.login, m_session.role}; }
    // The outcome of one core call as the Status shown to staff, after telling the lists what it may
    // have changed.
    template <typename R> od::Status reported(const R &result, const QStringList &tables)
    {
        notifyChanged(tables);
        if (!result.ok())
            return result.error();
        return {};
    }
    od::SecretStore *m_secrets = nullptr;
    std::function<od::Status()> m_crmRestart;

private:
    od::Database &m_db;
    Session m_session;
    std::unique_ptr<od::PlatformWriteBack> m_ownWriteBack;
    std::unique_ptr<od::PlatformWriteBack> m_platformWriteBack;
    od::PlatformWriteBack *m_writeBack = nullptr;
    std::atomic<od::gateway::LocalServices *> m_services{nullptr};
};

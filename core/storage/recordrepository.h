#pragma once
// Single records the desktop shows or acts on by id: a sales order with its lines (detail, printing),
// the raw body of a refused push, the staff list, and the few facts an action needs before it calls
// a service (which shop a 待下载 row belongs to, which order a CRM event belongs to).
#include "domain/types.h"
#include "storage/database.h"
#include <QByteArray>
#include <optional>
#include <vector>

namespace od {

struct PendingDownloadRef {
    int64_t id = 0;
    int64_t shopId = 0;
    QString tid;
    QString lastError;
};

struct CrmEventRef {
    int64_t id = 0;
    int64_t orderId = 0;
    OutboxState state = OutboxState::Pending;
    QString stateKey;
};

class RecordRepository {
public:
    explicit RecordRepository(Database &db) : m_db(db) { }

    // The sales order with its lines (line_no order); empty when it does not exist.
    Result<std::optional<SalesOrder>> salesOrder(int64_t id);
    // The stored body of a push_exceptions row (possibly cut, see push::kMaxStoredBody).
    Result<std::optional<QByteArray>> exceptionBody(int64_t id);
    // Every staff account, by login (no password hashes).
    Result<std::vector<StaffUser>> users();
    Result<std::optional<StaffUser>> user(const QString &login);
    Result<std::optional<PendingDownloadRef>> pendingDownload(int64_t id);
    Result<std::optional<CrmEventRef>> crmEvent(int64_t outboxId);

private:
    Database &m_db;
};

} // namespace od

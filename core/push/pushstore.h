#pragma once
// What the push receiver writes: accepted orders (through TradeRepository, serialised per order),
// platform changes against converted orders, pending refunds, and every refused body.
#include "platforms/platform.h"
#include "storage/database.h"
#include "storage/traderepository.h"
#include <QByteArray>
#include <vector>

namespace od::push {

inline constexpr qint64 kMaxStoredBody = 2 * 1024 * 1024; // bodies above this are cut ...
inline constexpr qint64 kTruncatedBodyKeep = 64 * 1024; // ... to their first 64 KiB

struct PushException {
    QString shopCode;
    QString remote;
    QString kind = QStringLiteral("push");
    QString reason; // translated, shown in the exceptions list
    QString errorCode; // stable code (push.sign_mismatch, ...), kept in search_text
    QByteArray body; // what arrived (possibly only its first part)
    qint64 bodySize = -1; // full size; -1 = body.size()
};

struct IntakeResult {
    UpsertOutcome outcome = UpsertOutcome::Unchanged;
    int64_t tradeId = 0;
    int64_t salesOrderId = 0;
    QString changeKind; // intake::toKey(ChangeKind) of the platform change recorded, if one was
    int refundsUpserted = 0;
};

class PushStore {
public:
    explicit PushStore(Database &db) : m_db(db) { }
    // With a repository kept by the caller for this thread (its prepared statements are reused).
    PushStore(Database &db, TradeRepository *trades) : m_db(db), m_trades(trades) { }

    // Group commit: several orders in one transaction, each in its own savepoint, so one that fails
    // does not take the others with it. Per order: its lock (PostgreSQL advisory lock; SQLite's write
    // lock for the whole batch), upsert, and for an already converted order a platform_changes row +
    // has_warning + pending refunds. Results in the order of `pushes`; if the transaction itself
    // cannot begin or commit, every result is that error (and nothing of the batch was written).
    // `encoded`: each push's payload already encoded off the writer (same order; may be empty).
    std::vector<Result<IntakeResult>> intakeBatch(const std::vector<const MappedPush *> &pushes, const std::vector<const payload::Stored *> &encoded = {});
    // The work for one order inside the caller's open transaction.
    Result<IntakeResult> intakeInTransaction(const MappedPush &push, const payload::Stored *encoded = nullptr);
    Status recordException(const PushException &e);
    // Inside a caller's transaction. Newer `modified` wins; a handled refund is left alone.
    Status upsertPendingRefund(const PendingRefund &r);

private:
    // A deleted order (MappedPush::deleted) inside the caller's transaction.
    Result<IntakeResult> intakeDeleted(const MappedPush &push);
    // A newer copy of a converted order: platform_changes row + has_warning + its pending refunds.
    Status recordChange(const MappedPush &push, IntakeResult &res);
    Database &m_db;
    TradeRepository *m_trades = nullptr;
};

} // namespace od::push

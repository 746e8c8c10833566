#pragma once
// The trade pools: 待下载订单 (pending_downloads), 待转入订单 / 历史订单 (trades by state), tombstones.
#include "domain/types.h"
#include "storage/database.h"
#include "storage/payloads.h"
#include <memory>
#include <optional>
#include <vector>

namespace od {

enum class UpsertOutcome {
    Created, // new in pending-import
    Updated, // pending, replaced by a newer platform copy
    Unchanged, // pending, the stored copy is as new or newer
    Tombstoned, // marked 已处理: never downloaded again
    AlreadyConverted, // converted before: the caller records a platform change against the order
    Deleted // deleted on the platform: not stored, or taken out of pending-import
};

struct UpsertResult {
    UpsertOutcome outcome = UpsertOutcome::Unchanged;
    int64_t tradeId = 0;
    int64_t salesOrderId = 0; // for AlreadyConverted
};

class TradeRepository {
public:
    explicit TradeRepository(Database &db);
    ~TradeRepository();

    // Inserts or updates each trade by (shop, tid), newest `modified` wins, in one transaction.
    // Also removes the matching 待下载订单 rows. Results are in the order of `trades`.
    Result<std::vector<UpsertResult>> upsert(const std::vector<Trade> &trades);
    // Same, inside a transaction the caller already opened on this thread's connection. `encoded`:
    // the trade's rawPayload already encoded (payload::encode) off the writer; null: encoded here.
    Result<UpsertResult> upsertInTransaction(const Trade &trade, const payload::Stored *encoded = nullptr);

    Result<std::optional<Trade>> get(int64_t id);
    Result<std::optional<Trade>> findByTid(int64_t shopId, const QString &tid);
    Result<TradeState> state(int64_t id);

    // 移除: deletes a pending trade (a later download brings it back).
    Status remove(int64_t id);
    // 已处理: takes a pending trade off the list and writes a tombstone that downloads respect.
    Status markProcessed(int64_t id, const QString &user);
    // The same inside the caller's open transaction (od::TradeActions adds its audit entry to it).
    Status markProcessedInTransaction(int64_t id, const QString &user);
    Status setLastError(int64_t id, const QString &error);

    // 待下载订单
    Result<bool> upsertPendingDownload(const PendingDownload &row); // true if new
    Status removePendingDownload(int64_t id);
    Result<std::vector<PendingDownload>> pendingDownloads(int64_t shopId, int limit);

    Result<bool> isTombstoned(int64_t shopId, const QString &kind, const QString &platformId);
    Status addTombstone(int64_t shopId, const QString &kind, const QString &platformId, const QString &user);

    static QString searchTextOf(const Trade &t);
    static QString skuSummaryOf(const Trade &t);
    // The trade row's written columns (after shop_id, tid) and their values, as the upsert writes them
    // (the import bench's raw sqlite3 loop writes the very same row).
    static QString rowColumns();
    static QVariantList rowValues(const Trade &t);

private:
    // Why an action that changed no row was refused (the trade's state), or ok when it now allows it.
    Status refusal(int64_t id, TradeAction action);
    struct Statements; // prepared once per repository (and thread), reused for every trade
    Statements &statements();
    Database &m_db;
    std::unique_ptr<Statements> m_stmts;
};

} // namespace od

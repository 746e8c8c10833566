#pragma once
// 转销售单 / 批量转订单: pending trades → sales orders, each trade exactly once.
#include "auth/session.h"
#include "jobs/batchrunner.h"
#include "storage/listrepository.h"
#include "workflow/skumapping.h"

namespace od {

class ConversionService {
public:
    explicit ConversionService(Database &db) : m_db(db), m_mapping(db) { }

    // One trade, its own transaction. Returns the new sales order's id.
    Result<int64_t> convertOne(const Session &session, int64_t tradeId);
    // Many trades, in chunked transactions (the calling thread), each chunk set-based: one statement per
    // table for the chunk (see convertChunk). A chunk that meets an error of the database other than
    // busy / serialization is rolled back and converted again trade by trade, each in its own savepoint,
    // so one bad trade fails alone with its own reason. Failed trades keep their reason in
    // trades.last_error; the others go on. `cancel` is checked between chunks.
    Result<BatchSummary> convert(const Session &session, const std::vector<int64_t> &tradeIds, BatchOptions options = {}, const BatchProgressFn &progress = {},
                                 const std::atomic_bool *cancel = nullptr);
    // Everything in 待转入订单 that `filter` matches.
    Result<BatchSummary> convertMatching(const Session &session, const ListFilter &filter, BatchOptions options = {});

    // The conversion of one trade inside the caller's transaction (a batch item).
    Result<int64_t> convertInTransaction(const Session &session, int64_t tradeId);
    // "SO" + yyyyMMdd + the trade id (at least 6 digits): unique because a trade converts once.
    static QString orderNumber(const QString &day, int64_t tradeId);

private:
    // The chunk `ids` (ascending) in the caller's open transaction: a result per trade (failed ones with
    // their reason, recorded on the trade), or an error for the chunk as a whole.
    Result<std::vector<BatchItemResult>> convertChunk(const Session &session, const std::vector<int64_t> &ids);
    void recordFailure(int64_t tradeId, const Error &error);
    Database &m_db;
    SkuMappingService m_mapping;
};

} // namespace od

#pragma once
// Staff actions on a trade in the pending-import pool: 移除 (delete; a later download brings it back)
// and 已处理 (handled outside the desk; never downloaded again). The right is checked here, and the
// change commits together with its audit entry, which keeps the trade's key facts, so a removed trade
// still leaves a trace of who removed what.
#include "auth/session.h"
#include "storage/database.h"

namespace od {

class TradeActions {
public:
    explicit TradeActions(Database &db) : m_db(db) { }
    Status remove(const Session &session, int64_t tradeId);
    Status markProcessed(const Session &session, int64_t tradeId);

private:
    Status act(const Session &session, int64_t tradeId, TradeAction action);
    Database &m_db;
};

} // namespace od

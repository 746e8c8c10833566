#include "tradeactions.h"

#include "audit.h"
#include "storage/sql.h"
#include "storage/traderepository.h"
#include "workflow/writetransaction.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSqlQuery>

namespace od {

Status TradeActions::remove(const Session &session, int64_t tradeId) { return act(session, tradeId, TradeAction::Remove); }
Status TradeActions::markProcessed(const Session &session, int64_t tradeId) { return act(session, tradeId, TradeAction::MarkProcessed); }

Status TradeActions::act(const Session &session, int64_t id, TradeAction action)
{
    const bool removing = action == TradeAction::Remove;
    return withWriteTransaction(m_db, session, removing ? Right::Remove : Right::MarkProcessed, [&](QSqlDatabase db) -> Status {
        TradeRepository repo(m_db);
        QSqlQuery q(db);
        if (Status st = sql::exec(q,
                                  QStringLiteral("SELECT t.tid, t.shop_id, s.name, t.platform_status, t.buyer_nick, t.paid_fen, t.modified, t.state "
                                                 "FROM trades t JOIN shops s ON s.id = t.shop_id WHERE t.id = ?"),
                                  {QVariant::fromValue<qlonglong>(id)});
            !st.ok())
            return st;
        if (!q.next())
            return repo.state(id).error(); // the repository's "no longer exists"
        const TradeState state = fromKey<TradeState>(q.value(7).toString()).value_or(TradeState::Pending);
        if (auto e = checkTradeAction(state, action))
            return *e;
        const QString tid = q.value(0).toString();
        const QString shopName = q.value(2).toString();
        const QJsonObject before{{QStringLiteral("tid"), tid},
                                 {QStringLiteral("shop_id"), QString::number(q.value(1).toLongLong())},
                                 {QStringLiteral("shop"), shopName},
                                 {QStringLiteral("platform_status"), q.value(3).toString()},
                                 {QStringLiteral("buyer_nick"), q.value(4).toString()},
                                 {QStringLiteral("paid_fen"), QString::number(q.value(5).toLongLong())},
                                 {QStringLiteral("modified"), q.value(6).toString()},
                                 {QStringLiteral("state"), toKey(state)}};
        q.finish();

        if (Status st = removing ? repo.remove(id) : repo.markProcessedInTransaction(id, session.login); !st.ok())
            return st;

        const QString detail = removing
            ? QCoreApplication::translate("Trades", "Trade %1 of %2 removed from the pending pool; the next download brings it back.").arg(tid, shopName)
            : QCoreApplication::translate("Trades", "Trade %1 of %2 marked processed; it will not be downloaded again.").arg(tid, shopName);
        const QJsonObject after = removing ? QJsonObject() : QJsonObject{{QStringLiteral("state"), toKey(TradeState::Processed)}};
        if (Status st = Audit::record(db, session, removing ? QStringLiteral("trade.remove") : QStringLiteral("trade.processed"), QStringLiteral("trade"), id,
                                      before, after, detail);
            !st.ok())
            return st;
        return Status();
    });
}

} // namespace od

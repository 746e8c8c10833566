#include "crm/crmstore.h"

#include "storage/sql.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlQuery>

namespace od::crm {

QString preciseNow(qint64 offsetMs) { return QDateTime::currentDateTime().addMSecs(offsetMs).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz")); }

namespace {

// "this claim" or, without a lease, "any claim, or waiting for a retry".
QString leaseCond(const QString &lease)
{
    return lease.isEmpty() ? QStringLiteral("state IN ('pending','running')") : QStringLiteral("state = 'running' AND sent_at = ?");
}

Result<bool> conditionalUpdate(Database &db, const QString &set, QVariantList values, qint64 id, const QString &lease, qint64 *orderIdOut = nullptr)
{
    QSqlQuery q(db.connection());
    values << id;
    if (!lease.isEmpty())
        values << lease;
    // RETURNING (SQLite 3.35+, PostgreSQL): the changed row's order in the same round trip.
    if (auto st = sql::exec(q, QStringLiteral("UPDATE crm_outbox SET %1 WHERE id = ? AND %2 RETURNING order_id").arg(set, leaseCond(lease)), values); !st)
        return st.error();
    const bool changed = q.next();
    if (changed && orderIdOut)
        *orderIdOut = q.value(0).toLongLong();
    q.finish();
    return changed;
}

Status setOrderState(Database &db, qint64 orderId, const QString &state)
{
    QSqlQuery q(db.connection());
    return sql::exec(q, QStringLiteral("UPDATE sales_orders SET crm_state = ? WHERE id = ?"), {state, orderId});
}

} // namespace

Result<QList<ClaimedEvent>> claimDue(Database &db, int limit, qint64 staleMs)
{
    QList<ClaimedEvent> out;
    if (limit <= 0)
        return out;
    return sql::inTransaction(db, [&](QSqlDatabase c) -> Result<QList<ClaimedEvent>> {
        const QString now = preciseNow();
        QString select = QStringLiteral("SELECT o.id, o.order_id, o.seq, o.event, o.task, o.method, o.payload, o.attempts FROM crm_outbox o "
                                        "WHERE ((o.state = 'pending' AND o.next_attempt_at <= ?) OR (o.state = 'running' AND o.sent_at <= ?)) "
                                        "AND NOT EXISTS (SELECT 1 FROM crm_outbox p WHERE p.order_id = o.order_id AND p.seq < o.seq AND p.state <> 'done') "
                                        "LIMIT ?");
        // No ORDER BY: the order across orders does not matter, and without it the scan of the
        // outbox_state index (earliest next_attempt_at first) stops at the limit instead of sorting
        // every pending row (0.2 ms instead of 30 ms with 10,000 pending events on SQLite).
        select += sql::forUpdate(db, QStringLiteral("OF o SKIP LOCKED"));
        QSqlQuery q(c);
        if (auto st = sql::exec(q, select, {now, preciseNow(-staleMs), limit}); !st)
            return st.error();
        while (q.next()) {
            ClaimedEvent e;
            e.id = q.value(0).toLongLong();
            e.orderId = q.value(1).toLongLong();
            e.seq = q.value(2).toInt();
            e.event = q.value(3).toString();
            e.task = q.value(4).toString();
            e.method = q.value(5).toString();
            e.payload = q.value(6).toString();
            e.attempts = q.value(7).toInt();
            e.lease = now;
            out << e;
        }
        q.finish();
        if (out.isEmpty())
            return out;
        // One statement for the whole claim.
        QVariantList vals{now};
        for (const ClaimedEvent &e : out)
            vals << e.id;
        QSqlQuery u(c);
        if (auto st = sql::exec(u,
                                QStringLiteral("UPDATE crm_outbox SET state = 'running', sent_at = ? WHERE id IN (%1)")
                                    .arg(QStringLiteral("?,").repeated(int(out.size())).chopped(1)),
                                vals);
            !st)
            return st.error();
        return out;
    });
}

Result<bool> markDone(Database &db, qint64 id, const QString &lease, const QString &msgId)
{
    return sql::inTransaction(db, [&](QSqlDatabase c) -> Result<bool> {
        qint64 orderId = 0;
        auto changed =
            conditionalUpdate(db, QStringLiteral("state = 'done', msg_id = ?, done_at = ?, last_error = ''"), {msgId, preciseNow()}, id, lease, &orderId);
        if (!changed)
            return changed;
        if (changed.value()) {
            QSqlQuery q(c);
            if (auto st = sql::exec(q,
                                    QStringLiteral("UPDATE sales_orders SET crm_state = 'synced' WHERE id = ? AND NOT EXISTS "
                                                   "(SELECT 1 FROM crm_outbox WHERE order_id = ? AND state <> 'done')"),
                                    {orderId, orderId});
                !st)
                return st.error();
        }
        return changed;
    });
}

Result<std::vector<bool>> markDoneMany(Database &db, const std::vector<DoneAnswer> &answers)
{
    return sql::inTransaction(db, [&](QSqlDatabase c) -> Result<std::vector<bool>> {
        std::vector<bool> out;
        out.reserve(answers.size());
        QVariantList orders;
        const QString now = preciseNow();
        for (const DoneAnswer &a : answers) {
            qint64 orderId = 0;
            auto changed =
                conditionalUpdate(db, QStringLiteral("state = 'done', msg_id = ?, done_at = ?, last_error = ''"), {a.msgId, now}, a.id, a.lease, &orderId);
            if (!changed)
                return changed.error();
            out.push_back(changed.value());
            if (changed.value())
                orders << orderId;
        }
        if (!orders.isEmpty()) {
            // The orders whose last event this was are in sync.
            QSqlQuery q(c);
            if (auto st = sql::exec(q,
                                    QStringLiteral("UPDATE sales_orders SET crm_state = 'synced' WHERE id IN (%1) AND NOT EXISTS "
                                                   "(SELECT 1 FROM crm_outbox WHERE order_id = sales_orders.id AND state <> 'done')")
                                        .arg(QStringLiteral("?,").repeated(int(orders.size())).chopped(1)),
                                    orders);
                !st)
                return st.error();
        }
        return out;
    });
}

Result<bool> markAwaitingCallback(Database &db, qint64 id, const QString &lease, const QString &msgId)
{
    // The lease restarts now: the callback timeout counts from the CRM's answer.
    return conditionalUpdate(db, QStringLiteral("sent_at = ?, msg_id = ?"), {preciseNow(), msgId}, id, lease);
}

Result<bool> markTemporary(Database &db, qint64 id, const QString &lease, const QString &error, qint64 delayMs)
{
    return conditionalUpdate(db, QStringLiteral("state = 'pending', attempts = attempts + 1, next_attempt_at = ?, last_error = ?"),
                             {preciseNow(delayMs), error}, id, lease);
}

Result<bool> releaseClaim(Database &db, qint64 id, const QString &lease) { return conditionalUpdate(db, QStringLiteral("state = 'pending'"), {}, id, lease); }

Result<bool> markPermanent(Database &db, qint64 id, const QString &lease, const QString &error)
{
    return sql::inTransaction(db, [&](QSqlDatabase c) -> Result<bool> {
        qint64 orderId = 0;
        auto changed = conditionalUpdate(db, QStringLiteral("state = 'failed', attempts = attempts + 1, last_error = ?"), {error}, id, lease, &orderId);
        if (!changed)
            return changed;
        if (changed.value())
            if (auto st = setOrderState(db, orderId, QStringLiteral("failed")); !st)
                return st.error();
        return changed;
    });
}

Result<int> retryFailed(Database &db, Role role, qint64 orderId)
{
    if (!roleHas(role, Right::RetryCrm))
        return Error(QStringLiteral("crm.forbidden"), QCoreApplication::translate("Crm", "You are not allowed to retry CRM synchronisation."));
    return sql::inTransaction(db, [&](QSqlDatabase c) -> Result<int> {
        const QString only = orderId ? QStringLiteral(" AND order_id = ?") : QString();
        QVariantList args;
        if (orderId)
            args << orderId;
        QSqlQuery q(c);
        if (auto st = sql::exec(q,
                                QStringLiteral("UPDATE sales_orders SET crm_state = 'pending' WHERE id IN "
                                               "(SELECT order_id FROM crm_outbox WHERE state = 'failed'%1)")
                                    .arg(only),
                                args);
            !st)
            return st.error();
        if (auto st = sql::exec(q,
                                QStringLiteral("UPDATE crm_outbox SET state = 'pending', attempts = 0, next_attempt_at = '' "
                                               "WHERE state = 'failed'%1")
                                    .arg(only),
                                args);
            !st)
            return st.error();
        const int n = q.numRowsAffected();
        return n;
    });
}

Result<CrmOrderState> crmState(Database &db, qint64 orderId)
{
    QSqlDatabase c = db.connection();
    CrmOrderState s;
    QSqlQuery q(c);
    if (auto st = sql::exec(q, QStringLiteral("SELECT crm_state FROM sales_orders WHERE id = ?"), {orderId}); !st)
        return st.error();
    if (!q.next())
        return Error(QStringLiteral("crm.no_order"), QCoreApplication::translate("Crm", "Sales order %1 does not exist.").arg(orderId));
    s.stateKey = q.value(0).toString();
    if (auto st = sql::exec(q, QStringLiteral("SELECT state, last_error FROM crm_outbox WHERE order_id = ? ORDER BY seq"), {orderId}); !st)
        return st.error();
    QString firstOpenError;
    bool seenOpen = false;
    while (q.next()) {
        const QString state = q.value(0).toString();
        ++s.total;
        if (state == QLatin1String("done")) {
            ++s.done;
            continue;
        }
        if (state == QLatin1String("failed")) {
            ++s.failed;
            if (s.reason.isEmpty())
                s.reason = q.value(1).toString();
        }
        if (!seenOpen) {
            seenOpen = true;
            firstOpenError = q.value(1).toString();
        }
    }
    if (s.failed > 0 || s.stateKey == QLatin1String("failed"))
        s.kind = CrmOrderState::Kind::Failed;
    else if (s.done == s.total)
        s.kind = CrmOrderState::Kind::InSync;
    else
        s.kind = CrmOrderState::Kind::Pending;
    if (s.kind == CrmOrderState::Kind::Pending)
        s.reason = firstOpenError;
    return s;
}

Result<QList<CrmEventRow>> eventHistory(Database &db, qint64 orderId)
{
    QSqlQuery q(db.connection());
    if (auto st = sql::exec(q,
                            QStringLiteral("SELECT id, seq, event, task, method, state, attempts, last_error, msg_id, created_at, "
                                           "sent_at, done_at, next_attempt_at, callback_data FROM crm_outbox WHERE order_id = ? ORDER BY seq"),
                            {orderId});
        !st)
        return st.error();
    QList<CrmEventRow> out;
    while (q.next()) {
        CrmEventRow r;
        r.id = q.value(0).toLongLong();
        r.seq = q.value(1).toInt();
        r.event = q.value(2).toString();
        r.task = q.value(3).toString();
        r.method = q.value(4).toString();
        r.state = q.value(5).toString();
        r.attempts = q.value(6).toInt();
        r.lastError = q.value(7).toString();
        r.msgId = q.value(8).toString();
        r.createdAt = q.value(9).toString();
        r.sentAt = q.value(10).toString();
        r.doneAt = q.value(11).toString();
        r.nextAttemptAt = q.value(12).toString();
        r.callbackData = q.value(13).toString();
        out << r;
    }
    return out;
}

Result<std::optional<TaskRef>> findTask(Database &db, const QString &task)
{
    QSqlQuery q(db.connection());
    if (auto st = sql::exec(q, QStringLiteral("SELECT id, order_id, state FROM crm_outbox WHERE task = ?"), {task}); !st)
        return st.error();
    if (!q.next())
        return std::optional<TaskRef>();
    return std::optional<TaskRef>(TaskRef{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString()});
}

} // namespace od::crm

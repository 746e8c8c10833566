#pragma once
#include <vector>
// SQL over crm_outbox / sales_orders.crm_state for the CRM link: claiming due events, recording
// outcomes (every change is one conditional UPDATE, so a late or duplicate answer changes nothing),
// and the per-order views for the UI.
//
// Timestamps written here (sent_at, next_attempt_at, done_at) carry milliseconds
// ("yyyy-MM-dd HH:mm:ss.zzz"): back-off in tests is a few ms, and sent_at doubles as the claim's
// lease token. Such text still sorts with the second-precision times other code writes.
#include "domain/result.h"
#include "domain/states.h"
#include "storage/database.h"
#include <QList>
#include <QSet>
#include <QString>

namespace od::crm {

QString preciseNow(qint64 offsetMs = 0);

struct ClaimedEvent {
    qint64 id = 0;
    qint64 orderId = 0;
    int seq = 0;
    QString event, task, method, payload;
    int attempts = 0;
    QString lease; // sent_at written by the claim; later updates require it unchanged
};

// Claims up to `limit` due events: state 'pending' with next_attempt_at <= now, or 'running' with
// sent_at older than `staleMs` (the callback never came, or a dispatcher died mid-send). Only the
// first not-done event of each order is eligible, so an order's events go out strictly in seq order
// and a 'failed' event blocks the rest of its order. Claimed rows become 'running' with a fresh
// sent_at. PostgreSQL: FOR UPDATE SKIP LOCKED, so concurrent dispatchers never claim the same row.
// SQLite: the claim runs under BEGIN IMMEDIATE; one dispatcher per database file is assumed.
Result<QList<ClaimedEvent>> claimDue(Database &db, int limit, qint64 staleMs);

// Outcomes. `lease` empty = "whatever the current claim" (used by callbacks): the row must be
// pending or running. Return true if the row changed (false: already done/failed or re-claimed).
Result<bool> markDone(Database &db, qint64 id, const QString &lease, const QString &msgId);
// Several successes in one transaction (the dispatcher's group commit): for each (id, lease, msg_id),
// whether its row changed, in the same order.
struct DoneAnswer {
    qint64 id = 0;
    QString lease, msgId;
};
Result<std::vector<bool>> markDoneMany(Database &db, const std::vector<DoneAnswer> &answers);
Result<bool> markAwaitingCallback(Database &db, qint64 id, const QString &lease, const QString &msgId);
Result<bool> markTemporary(Database &db, qint64 id, const QString &lease, const QString &error, qint64 delayMs);
// A claimed event that was not sent after all goes back to pending, unchanged otherwise.
Result<bool> releaseClaim(Database &db, qint64 id, const QString &lease);
Result<bool> markPermanent(Database &db, qint64 id, const QString &lease, const QString &error);

// Failed events back to pending (after an admin fixed the settings); orderId 0 = all orders.
// Needs Right::RetryCrm. Returns the number of events set back.
Result<int> retryFailed(Database &db, Role role, qint64 orderId = 0);

// Per sales order, for the UI.
struct CrmOrderState {
    enum class Kind { InSync, Pending, Failed } kind = Kind::Pending;
    QString stateKey; // sales_orders.crm_state: synced | pending | failed
    QString reason; // failed: the CRM's message; pending: the last temporary error, if any
    int total = 0, done = 0, failed = 0;
};
Result<CrmOrderState> crmState(Database &db, qint64 orderId);

struct CrmEventRow {
    qint64 id = 0;
    int seq = 0;
    QString event, task, method, state, lastError, msgId, createdAt, sentAt, doneAt, nextAttemptAt;
    QString callbackData; // the `data` of the CRM's callback, as it sent it
    int attempts = 0;
};
Result<QList<CrmEventRow>> eventHistory(Database &db, qint64 orderId);

// Looks an event up by its task (callbacks).
struct TaskRef {
    qint64 id = 0;
    qint64 orderId = 0;
    QString state;
};
Result<std::optional<TaskRef>> findTask(Database &db, const QString &task);

} // namespace od::crm

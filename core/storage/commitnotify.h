#pragma once
// Commit notifications inside one process: a writer marks the transaction open on its connection with a
// topic (e.g. "crm_outbox" when it wrote outbox events); when that transaction commits, every subscriber
// of the topic is called, on the committing thread. A rollback drops the marks. Outside a transaction
// (sql::Transaction) the subscribers are called at once. Other processes are not told: whoever needs
// their writes keeps polling as well.
#include <QSqlDatabase>
#include <QString>
#include <functional>

namespace od::sql {

void notifyOnCommit(QSqlDatabase db, const QString &topic);
// Returns a handle for unsubscribeCommits. `fn` must be cheap and thread-safe (e.g. queue a wake-up).
int subscribeCommits(const QString &topic, std::function<void()> fn);
// After this returns the subscriber is not running and is never called again.
void unsubscribeCommits(int handle);

// For sql::Transaction: the outermost transaction of `db` committed / rolled back.
void committed(QSqlDatabase db);
void rolledBack(QSqlDatabase db);

} // namespace od::sql

#pragma once
// Small helpers so that every statement is prepared with bound values and every failure becomes an
// od::Error that says which statement failed.
#include "domain/result.h"
#include "storage/database.h"
#include <QSqlQuery>
#include <QVariant>
#include <initializer_list>
#include <type_traits>

namespace od::sql {

Error dbError(const QSqlQuery &q, const char *what);
// A value ready to bind: null strings become '' (text columns are NOT NULL), and text is made
// storable (cleanText), the same on both databases.
QVariant bindable(const QVariant &v);
// Text both databases store as given: NUL characters (PostgreSQL text cannot hold them, and Qt's
// PostgreSQL driver cuts the statement at one) and unpaired surrogates (not Unicode; each database
// would turn them into something else) become U+FFFD. Services refuse such text with a clear error
// before it gets here (domain/text.h); data arriving from platforms is stored this way.
QString cleanText(const QString &s);
bool needsCleaning(const QString &s);

// Prepares and executes `sql` with positional `?` values. The query is left positioned before
// the first row.
Status exec(QSqlQuery &q, const QString &sql, std::initializer_list<QVariant> values = {});
Status exec(QSqlQuery &q, const QString &sql, const QVariantList &values);
// Runs a query returning one integer (COUNT, MAX, ...). Returns 0 when no row.
Result<qint64> scalar(QSqlDatabase db, const QString &sql, const QVariantList &values = {});

// A 64-bit id ready to bind (a plain int64_t would be ambiguous for QVariant).
inline QVariant v64(int64_t v) { return QVariant::fromValue<qint64>(v); }
// The row-lock suffix of a SELECT inside a write transaction: " FOR UPDATE" (plus `extra`, e.g.
// "OF o SKIP LOCKED") on PostgreSQL; nothing on SQLite, whose BEGIN IMMEDIATE already holds the lock.
QString forUpdate(const Database &db, const QString &extra = {});

// A transaction that rolls back unless committed. On SQLite it starts with BEGIN IMMEDIATE so the
// write lock is taken up front (no deadlock between two readers upgrading to writers). Begun while
// another Transaction of the same connection is open, it is a SAVEPOINT of that one: its commit
// keeps its changes for the outer commit, its rollback undoes only them.
class Transaction {
public:
    Transaction(QSqlDatabase db, Dialect dialect);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;
    Status begin();
    Status commit();
    void rollback();
    bool active() const { return m_active; }

private:
    QSqlDatabase m_db;
    Dialect m_dialect;
    bool m_active = false;
    int m_depth = 0; // 0: the outermost transaction; n: savepoint od_tx_n
};

// open → transaction → fn(connection) → commit, for fn returning Status or Result<T>: an error from
// fn, or a failing commit, rolls back everything fn wrote. Nested calls become savepoints.
template <typename F> auto inTransaction(Database &db, F &&fn) -> std::invoke_result_t<F &, QSqlDatabase &>
{
    using R = std::invoke_result_t<F &, QSqlDatabase &>;
    if (Status st = db.open(); !st.ok())
        return R(st.error());
    QSqlDatabase conn = db.connection();
    Transaction tx(conn, db.dialect());
    if (Status st = tx.begin(); !st.ok())
        return R(st.error());
    R r = fn(conn);
    if (!r.ok())
        return r;
    if (Status st = tx.commit(); !st.ok())
        return R(st.error());
    return r;
}

// Escapes % _ and \ for a LIKE pattern with ESCAPE '\'.
QString likeEscape(const QString &s);

// Current local time as "yyyy-MM-dd HH:mm:ss".
QString nowText();

} // namespace od::sql

#pragma once
// Small helpers so that every statement is prepared with bound values and every failure becomes an
// od::Error that says which statement failed.
#include "domain/result.h"
#include "storage/database.h"
#include <QSqlQuery>
#include <QVariant>
#include <initializer_list>

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

// A transaction that rolls back unless committed. On SQLite it starts with BEGIN IMMEDIATE so the
// write lock is taken up front (no deadlock between two readers upgrading to writers).
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
};

// Escapes % _ and \ for a LIKE pattern with ESCAPE '\'.
QString likeEscape(const QString &s);

// Current local time as "yyyy-MM-dd HH:mm:ss".
QString nowText();

} // namespace od::sql

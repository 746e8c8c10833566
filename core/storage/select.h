#pragma once
// The read side of the repositories: open → prepare and bind → read each row → finish (so a SQLite
// connection does not stay on an old snapshot), for a `read(const QSqlQuery &)` that builds one row.
#include "storage/sql.h"
#include <optional>
#include <type_traits>
#include <vector>

namespace od::sql {

// Runs the SELECT and calls `onRow(q)` for each row until it returns false.
template <typename F> Status eachRow(Database &db, const QString &sql, const QVariantList &values, F &&onRow)
{
    if (Status st = db.open(); !st.ok())
        return st;
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (Status st = exec(q, sql, values); !st.ok())
        return st;
    while (q.next() && onRow(q)) { }
    q.finish();
    return {};
}

// What `read` builds from one row.
template <typename F> using RowOf = std::decay_t<std::invoke_result_t<F &, const QSqlQuery &>>;

// `out` once the query ran, or its error.
template <typename T> Result<T> collected(const Status &st, T &out)
{
    if (!st.ok())
        return st.error();
    return std::move(out);
}

// Every row.
template <typename F> auto selectAll(Database &db, const QString &sql, const QVariantList &values, F &&read) -> Result<std::vector<RowOf<F>>>
{
    std::vector<RowOf<F>> out;
    return collected(eachRow(db, sql, values,
                             [&](const QSqlQuery &q) {
                                 out.push_back(read(q));
                                 return true;
                             }),
                     out);
}

// The first row, or none.
template <typename F> auto selectOne(Database &db, const QString &sql, const QVariantList &values, F &&read) -> Result<std::optional<RowOf<F>>>
{
    std::optional<RowOf<F>> out;
    return collected(eachRow(db, sql, values,
                             [&](const QSqlQuery &q) {
                                 out = read(q);
                                 return false; // the first row only
                             }),
                     out);
}

} // namespace od::sql

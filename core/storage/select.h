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

template <typename F>
auto selectAll(Database &db, const QString &sql, const QVariantList &values, F &&read)
    -> Result<std::vector<std::decay_t<std::invoke_result_t<F &, const QSqlQuery &>>>>
{
    std::vector<std::decay_t<std::invoke_result_t<F &, const QSqlQuery &>>> out;
    if (Status st = eachRow(db, sql, values,
                            [&](const QSqlQuery &q) {
                                out.push_back(read(q));
                                return true;
                            });
        !st.ok())
        return st.error();
    return out;
}

// The first row, or none.
template <typename F>
auto selectOne(Database &db, const QString &sql, const QVariantList &values, F &&read)
    -> Result<std::optional<std::decay_t<std::invoke_result_t<F &, const QSqlQuery &>>>>
{
    std::optional<std::decay_t<std::invoke_result_t<F &, const QSqlQuery &>>> out;
    if (Status st = eachRow(db, sql, values,
                            [&](const QSqlQuery &q) {
                                out = read(q);
                                return false;
                            });
        !st.ok())
        return st.error();
    return out;
}

} // namespace od::sql

#pragma once
// The read side of the repositories: open → prepare and bind → read each row → finish (so a SQLite
// connection does not stay on an old snapshot), for a `read(const QSqlQuery &)` that builds one row.
#include "storage/sql.h"
#include <optional>
#include <type_traits>
#include <vector>

namespace od::sql {

template <typename F>
auto selectAll(Database &db, const QString &sql, const QVariantList &values, F &&read)
    -> Result<std::vector<std::decay_t<std::invoke_result_t<F &, const QSqlQuery &>>>>
{
    using T = std::decay_t<std::invoke_result_t<F &, const QSqlQuery &>>;
    if (Status st = db.open(); !st.ok())
        return st.error();
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (Status st = exec(q, sql, values); !st.ok())
        return st.error();
    std::vector<T> out;
    while (q.next())
        out.push_back(read(q));
    q.finish();
    return out;
}

// The first row, or none.
template <typename F>
auto selectOne(Database &db, const QString &sql, const QVariantList &values, F &&read)
    -> Result<std::optional<std::decay_t<std::invoke_result_t<F &, const QSqlQuery &>>>>
{
    using T = std::decay_t<std::invoke_result_t<F &, const QSqlQuery &>>;
    if (Status st = db.open(); !st.ok())
        return st.error();
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (Status st = exec(q, sql, values); !st.ok())
        return st.error();
    std::optional<T> out;
    if (q.next())
        out = read(q);
    q.finish();
    return out;
}

} // namespace od::sql

#pragma once
// The preamble of every change a person makes: right check → open → transaction → change (+ audit)
// → commit. The right is checked before the database is touched; the change and its audit entry
// commit together or not at all. Inside another write transaction it runs as a savepoint of it.
#include "auth/session.h"
#include "storage/sql.h"

namespace od {

template <typename F> auto withWriteTransaction(Database &db, const Session &by, Right right, F &&fn) -> std::invoke_result_t<F &, QSqlDatabase &>
{
    using R = std::invoke_result_t<F &, QSqlDatabase &>;
    if (Status st = requireRight(by, right); !st.ok())
        return R(st.error());
    return sql::inTransaction(db, std::forward<F>(fn));
}

} // namespace od

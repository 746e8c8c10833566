#pragma once
// Multi-row INSERTs for the batch paths (one statement per table and chunk).
#include "domain/result.h"
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantList>
#include <functional>

namespace od::sql {

// Many rows of one INSERT in as few statements as the databases' parameter limits allow: `head` is
// "INSERT INTO t(a, b) VALUES", `row` one row's "(?,?)" (literals allowed), `values` the rows' values one
// row after the other. `suffix` (e.g. " RETURNING id") ends each statement; `onRow`, if given, reads each
// row it returns.
Status insertRows(QSqlDatabase db, const QString &head, const QString &row, const QVariantList &values, const QString &suffix = {},
                  const std::function<void(const QSqlQuery &)> &onRow = {});

} // namespace od::sql

#include "storage/listrepository.h"

#include "storage/sql.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <algorithm>

namespace od {

QString buildSearchText(const QStringList &parts)
{
    QStringList kept;
    kept.reserve(parts.size());
    for (const QString &p : parts)
        if (!p.isEmpty())
            kept << p.toLower();
    // As stored and searched (a NUL would end the text for SQLite's LIKE: the rest unsearchable).
    return sql::cleanText(kept.join(QLatin1Char('\n')));
}

ListRepository::Where ListRepository::where(const ListSpec &spec, const ListFilter &f) const
{
    QStringList parts;
    QVariantList values;
    if (!spec.baseWhere.isEmpty())
        parts << spec.baseWhere;
    if (f.shopId > 0 && !spec.shopColumn.isEmpty()) {
        parts << spec.shopColumn + QStringLiteral(" = ?");
        values << QVariant::fromValue<qint64>(f.shopId);
    }
    if (!f.status.isEmpty() && !spec.statusColumn.isEmpty()) {
        parts << spec.statusColumn + QStringLiteral(" = ?");
        values << f.status;
    }
    if (f.heldOnly && !holdColumn(spec).isEmpty())
        parts << holdColumn(spec) + QStringLiteral(" <> ''");
    if (!f.timeFrom.isEmpty() && !spec.timeColumn.isEmpty()) {
        parts << spec.timeColumn + QStringLiteral(" >= ?");
        values << f.timeFrom;
    }
    if (!f.timeTo.isEmpty() && !spec.timeColumn.isEmpty()) {
        parts << spec.timeColumn + QStringLiteral(" <= ?");
        values << f.timeTo;
    }
    // Searched as stored: NUL and unpaired surrogates are kept as U+FFFD (sql::cleanText). (Given
    // to the databases as they are, a NUL cuts the pattern short on SQLite — matching everything —
    // and breaks the FTS query and, on PostgreSQL, the statement.)
    const QString text = sql::cleanText(f.text.trimmed().toLower());
    if (!text.isEmpty() && !spec.searchTable.isEmpty()) {
        const QString alias = spec.searchAlias;
        if (m_db.dialect() == Dialect::Sqlite && text.toUcs4().size() >= 3) {
            // Trigrams are of characters (code points), not UTF-16 units: "😀x" is two.
            // FTS5 trigram: a quoted phrase matches any substring of three or more characters.
            QString phrase = text;
            phrase.replace(QLatin1Char('"'), QLatin1String("\"\""));
            parts << QStringLiteral("%1.id IN (SELECT rowid FROM %2_fts WHERE %2_fts MATCH ?)").arg(alias, spec.searchTable);
            values << QStringLiteral("\"%1\"").arg(phrase);
        } else {
            // PostgreSQL: the pg_trgm GIN index serves LIKE '%x%'. SQLite, fewer than 3 characters:
            // trigrams cannot help, scan the text column.
            parts << QStringLiteral("%1.search_text LIKE ? ESCAPE '\\'").arg(alias);
            values << QStringLiteral("%%1%").arg(sql::likeEscape(text));
        }
    }
    return {parts.isEmpty() ? QString() : QStringLiteral(" WHERE ") + parts.join(QStringLiteral(" AND ")), values};
}

Result<ListPage> ListRepository::page(const ListSpec &spec, const ListRequest &req)
{
    if (Status st = m_db.open(); !st.ok())
        return st.error();
    const ColumnSpec *sortCol = spec.column(req.sortKey.isEmpty() ? spec.defaultSort : req.sortKey);
    if (!sortCol || !sortCol->sortable)
        sortCol = spec.column(spec.defaultSort);
    const QString sortExpr = sortCol->sql;
    // Going from the end reverses the direction; rows are turned back into display order below.
    const bool desc = req.fromEnd ? !req.descending : req.descending;

    Where w = where(spec, req.filter);
    QString sql = QStringLiteral("SELECT %1");
    QStringList cols;
    cols << spec.idColumn << sortExpr;
    for (const ColumnSpec &c : spec.columns)
        cols << c.sql;
    sql = sql.arg(cols.join(QStringLiteral(", "))) + QStringLiteral(" FROM ") + spec.from + w.sql;
    if (req.after) {
        sql += w.sql.isEmpty() ? QStringLiteral(" WHERE ") : QStringLiteral(" AND ");
        sql += QStringLiteral("(%1, %2) %3 (?, ?)").arg(sortExpr, spec.idColumn, desc ? QStringLiteral("<") : QStringLiteral(">"));
        w.values << req.after->sortValue << QVariant::fromValue<qint64>(req.after->id);
    }
    const QString dir = desc ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    sql += QStringLiteral(" ORDER BY ") + sortExpr + dir + QStringLiteral(", ") + spec.idColumn + dir;
    sql += QStringLiteral(" LIMIT %1").arg(std::max(1, req.limit) + 1);

    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (Status st = sql::exec(q, sql, w.values); !st.ok())
        return st.error();
    ListPage page;
    const int n = int(spec.columns.size());
    while (q.next()) {
        if (int(page.rows.size()) == std::max(1, req.limit)) {
            page.hasMore = true;
            break;
        }
        ListRow row;
        row.id = q.value(0).toLongLong();
        row.values.reserve(n);
        for (int i = 0; i < n; ++i)
            row.values << q.value(2 + i);
        page.last = ListCursor{q.value(1), row.id};
        page.rows.push_back(std::move(row));
    }
    if (req.fromEnd)
        std::reverse(page.rows.begin(), page.rows.end());
    return page;
}

Result<qint64> ListRepository::count(const ListSpec &spec, const ListFilter &filter)
{
    if (Status st = m_db.open(); !st.ok())
        return st.error();
    const Where w = where(spec, filter);
    const QString from = spec.countFrom.isEmpty() ? spec.from : spec.countFrom;
    return sql::scalar(m_db.connection(), QStringLiteral("SELECT COUNT(*) FROM ") + from + w.sql, w.values);
}

Result<std::vector<int64_t>> ListRepository::ids(const ListSpec &spec, const ListFilter &filter, int limit)
{
    if (Status st = m_db.open(); !st.ok())
        return st.error();
    const Where w = where(spec, filter);
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (Status st = sql::exec(q,
                              QStringLiteral("SELECT %1 FROM %2%3 ORDER BY %1 LIMIT %4")
                                  .arg(spec.idColumn, spec.countFrom.isEmpty() ? spec.from : spec.countFrom, w.sql)
                                  .arg(limit),
                              w.values);
        !st.ok())
        return st.error();
    std::vector<int64_t> out;
    while (q.next())
        out.push_back(q.value(0).toLongLong());
    return out;
}

Result<std::vector<std::pair<int64_t, QString>>> ListRepository::idsWithLabels(const ListSpec &spec, const ListFilter &filter, const QString &labelKey,
                                                                               int limit)
{
    const ColumnSpec *label = spec.column(labelKey);
    if (!label)
        return Error(QStringLiteral("list.column"), QStringLiteral("unknown column %1").arg(labelKey));
    if (Status st = m_db.open(); !st.ok())
        return st.error();
    const Where w = where(spec, filter);
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (Status st =
            sql::exec(q, QStringLiteral("SELECT %1, %2 FROM %3%4 ORDER BY %1 LIMIT %5").arg(spec.idColumn, label->sql, spec.from, w.sql).arg(limit), w.values);
        !st.ok())
        return st.error();
    std::vector<std::pair<int64_t, QString>> out;
    while (q.next())
        out.emplace_back(q.value(0).toLongLong(), q.value(1).toString());
    return out;
}

} // namespace od

#include "storage/sql.h"

#include "storage/commitnotify.h"
#include "storage/sqlrows.h"

#include <QCoreApplication>
#include <algorithm>
#include <QDateTime>
#include <QSqlDriver>
#include <QSqlError>

namespace od::sql {

Error dbError(const QSqlQuery &q, const char *what)
{
    const QSqlError e = q.lastError();
    const QString native = e.nativeErrorCode();
    QString code = QStringLiteral("db.error");
    // Unique violations: SQLite extended codes 2067/1555 (the text says UNIQUE), PostgreSQL 23505.
    if (native == QLatin1String("23505") || e.databaseText().contains(QLatin1String("UNIQUE constraint failed")))
        code = QStringLiteral("db.unique");
    else if (native == QLatin1String("40001") || native == QLatin1String("40P01"))
        code = QStringLiteral("db.serialization");
    else if (e.databaseText().contains(QLatin1String("database is locked")))
        code = QStringLiteral("db.busy");
    return Error(code, QCoreApplication::translate("Database", "Database error while %1: %2").arg(QString::fromLatin1(what), e.text()));
}

bool needsCleaning(const QString &s) { return s.contains(QChar(u'\0')) || !QStringView(s).isValidUtf16(); }

QString cleanText(const QString &s)
{
    if (!needsCleaning(s))
        return s;
    QString out;
    out.reserve(s.size());
    const QChar replacement(QChar::ReplacementCharacter);
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s.at(i);
        if (c.isHighSurrogate() && i + 1 < s.size() && s.at(i + 1).isLowSurrogate()) {
            out += c;
            out += s.at(++i);
        } else if (c.isSurrogate() || c.unicode() == 0) {
            out += replacement;
        } else {
            out += c;
        }
    }
    return out;
}

QVariant bindable(const QVariant &v)
{
    if (v.typeId() == QMetaType::QString) {
        const QString s = v.toString();
        // Qt binds a null QString as SQL NULL; our text columns are NOT NULL with '' meaning "none".
        if (s.isNull())
            return QVariant(QStringLiteral(""));
        if (needsCleaning(s))
            return QVariant(cleanText(s));
    }
    return v;
}

Status exec(QSqlQuery &q, const QString &sql, const QVariantList &values)
{
    if (!q.prepare(sql))
        return dbError(q, "preparing a statement");
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, bindable(values[i]));
    if (!q.exec())
        return dbError(q, "running a statement");
    return {};
}

Status exec(QSqlQuery &q, const QString &sql, std::initializer_list<QVariant> values) { return exec(q, sql, QVariantList(values)); }

Status insertRows(QSqlDatabase db, const QString &head, const QString &row, const QVariantList &values, const QString &suffix,
                  const std::function<void(const QSqlQuery &)> &onRow)
{
    const int perRow = int(row.count(QLatin1Char('?')));
    Q_ASSERT(perRow > 0 && values.size() % perRow == 0); // the callers give whole rows
    if (perRow == 0 || values.isEmpty())
        return {};
    // PostgreSQL allows 65,535 bound values: one statement per chunk and table. On SQLite (no round trips
    // to save) Qt's driver looks up every parameter's name by number when it binds, a cost that grows
    // with the square of the values in one statement (sqlite3VListNumToName and strncmp were half of a
    // 10,000-trade conversion's profile with 5,000 values a statement): a few hundred values at a time.
    const bool sqlite = db.driverName() == QLatin1String("QSQLITE");
    const int maxRows = std::max(1, (sqlite ? 120 : 30000) / perRow);
    const int rows = int(values.size()) / perRow;
    for (int first = 0; first < rows; first += maxRows) {
        const int n = std::min(maxRows, rows - first);
        QString text = head;
        text.reserve(head.size() + n * (row.size() + 1) + suffix.size() + 1);
        text += QLatin1Char(' ');
        for (int i = 0; i < n; ++i) {
            if (i)
                text += QLatin1Char(',');
            text += row;
        }
        text += suffix;
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (Status st = exec(q, text, values.mid(qsizetype(first) * perRow, qsizetype(n) * perRow)); !st.ok())
            return st;
        if (onRow)
            while (q.next())
                onRow(q);
    }
    return {};
}

Result<qint64> scalar(QSqlDatabase db, const QString &sql, const QVariantList &values)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (Status st = exec(q, sql, values); !st.ok())
        return st.error();
    if (!q.next())
        return qint64(0);
    return q.value(0).toLongLong();
}

namespace {
// How many Transactions are open on a connection, kept on its driver (one per connection and thread).
const char *kDepth = "od_tx_depth";
int depthOf(const QSqlDatabase &db) { return db.driver() ? db.driver()->property(kDepth).toInt() : 0; }
void setDepth(const QSqlDatabase &db, int depth)
{
    if (db.driver())
        db.driver()->setProperty(kDepth, depth);
}
} // namespace

QString forUpdate(const Database &db, const QString &extra)
{
    if (!db.isPostgres())
        return {};
    return extra.isEmpty() ? QStringLiteral(" FOR UPDATE") : QStringLiteral(" FOR UPDATE ") + extra;
}

Transaction::Transaction(QSqlDatabase db, Dialect dialect) : m_db(std::move(db)), m_dialect(dialect) { }

Transaction::~Transaction()
{
    if (m_active)
        rollback();
}

Status Transaction::begin()
{
    QSqlQuery q(m_db);
    const int depth = depthOf(m_db);
    const QString sql = depth > 0      ? QStringLiteral("SAVEPOINT od_tx_%1").arg(depth)
        : m_dialect == Dialect::Sqlite ? QStringLiteral("BEGIN IMMEDIATE")
                                       : QStringLiteral("BEGIN");
    if (!q.exec(sql))
        return dbError(q, "starting a transaction");
    m_depth = depth;
    setDepth(m_db, depth + 1);
    m_active = true;
    return {};
}

Status Transaction::commit()
{
    QSqlQuery q(m_db);
    if (!q.exec(m_depth > 0 ? QStringLiteral("RELEASE SAVEPOINT od_tx_%1").arg(m_depth) : QStringLiteral("COMMIT"))) {
        Error e = dbError(q, "committing");
        rollback();
        return e;
    }
    m_active = false;
    setDepth(m_db, m_depth);
    if (m_depth == 0)
        committed(m_db);
    return {};
}

void Transaction::rollback()
{
    QSqlQuery q(m_db);
    if (m_depth > 0) {
        q.exec(QStringLiteral("ROLLBACK TO SAVEPOINT od_tx_%1").arg(m_depth));
        q.exec(QStringLiteral("RELEASE SAVEPOINT od_tx_%1").arg(m_depth));
    } else {
        q.exec(QStringLiteral("ROLLBACK"));
        rolledBack(m_db);
    }
    m_active = false;
    setDepth(m_db, m_depth);
}

QString likeEscape(const QString &s)
{
    QString out;
    out.reserve(s.size() + 4);
    for (QChar c : s) {
        if (c == u'\\' || c == u'%' || c == u'_')
            out += u'\\';
        out += c;
    }
    return out;
}

QString nowText() { return QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")); }

} // namespace od::sql

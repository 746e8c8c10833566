#include "storage/payloads.h"

#include "storage/sql.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <atomic>

namespace od::payload {

namespace {
std::atomic<int> g_codec{int(Codec::Zlib)};
// zlib level 1: the payloads are JSON full of repeated keys, level 1 already takes most of the gain
// at a fraction of the CPU of the default level 6.
constexpr int kZlibLevel = 1;

const char *table(Kind k) { return k == Kind::Trade ? "trade_payloads" : "refund_payloads"; }
const char *key(Kind k) { return k == Kind::Trade ? "trade_id" : "refund_row_id"; }
} // namespace

Codec writeCodec() { return Codec(g_codec.load(std::memory_order_relaxed)); }
void setWriteCodec(Codec c) { g_codec.store(int(c), std::memory_order_relaxed); }

Stored encode(const QString &raw, Codec c)
{
    if (raw.isEmpty())
        return {c, {}};
    const QByteArray utf8 = sql::cleanText(raw).toUtf8();
    if (c == Codec::Zlib)
        return {c, qCompress(utf8, kZlibLevel)};
    return {Codec::Plain, utf8};
}

Result<QString> decode(int codec, const QByteArray &body)
{
    if (codec == int(Codec::Plain))
        return QString::fromUtf8(body);
    if (codec == int(Codec::Zlib)) {
        const QByteArray plain = qUncompress(body);
        if (plain.isEmpty() && !body.isEmpty())
            return Error(QStringLiteral("payload.damaged"), QCoreApplication::translate("Payloads", "The stored platform payload is damaged."));
        return QString::fromUtf8(plain);
    }
    return Error(QStringLiteral("payload.codec"),
                 QCoreApplication::translate("Payloads", "The stored platform payload has an unknown format (%1).").arg(codec));
}

Status write(QSqlDatabase db, Kind kind, int64_t id, const Stored &stored)
{
    QSqlQuery q(db);
    if (stored.body.isEmpty())
        return sql::exec(q, QStringLiteral("DELETE FROM %1 WHERE %2 = ?").arg(QLatin1String(table(kind)), QLatin1String(key(kind))), {sql::v64(id)});
    if (!q.prepare(
            QStringLiteral("INSERT INTO %1(%2, codec, body) VALUES (?, ?, ?) ON CONFLICT (%2) DO UPDATE SET codec = excluded.codec, body = excluded.body")
                .arg(QLatin1String(table(kind)), QLatin1String(key(kind)))))
        return sql::dbError(q, "preparing a payload");
    q.addBindValue(sql::v64(id));
    q.addBindValue(int(stored.codec));
    q.addBindValue(stored.body);
    if (!q.exec())
        return sql::dbError(q, "storing a payload");
    return {};
}

Result<QString> read(QSqlDatabase db, Kind kind, int64_t id)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (Status st =
            sql::exec(q, QStringLiteral("SELECT codec, body FROM %1 WHERE %2 = ?").arg(QLatin1String(table(kind)), QLatin1String(key(kind))), {sql::v64(id)});
        !st.ok())
        return st.error();
    if (!q.next())
        return QString();
    const int codec = q.value(0).toInt();
    const QByteArray body = q.value(1).toByteArray();
    q.finish();
    return decode(codec, body);
}

} // namespace od::payload

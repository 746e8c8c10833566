#include "storage/payloads.h"

#include "storage/sql.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QtEndian>
#include <atomic>
#include <zlib.h>

namespace od::payload {

namespace {
std::atomic<int> g_codec{int(Codec::Zlib)};
// zlib level 1: the payloads are JSON full of repeated keys, level 1 already takes most of the gain
// (3.6× on the mall's 5.5 KB orders, against 4.0× at level 6) at a fraction of the CPU.
constexpr int kZlibLevel = 1;

// qCompress's format (4-byte big-endian length, then a zlib stream; qUncompress reads it), but with
// the window and hash sized to the payload. qCompress sets up zlib's full 32 KB window and 64 KB hash
// (~270 KB, memset on every call, freed after): profiled on the push path that setup, and the heap
// trimming (madvise, a TLB shootdown on every core) its free caused, was 25% of all CPU, the
// compression itself 5%. An 8 KB window covers a 5.5 KB order entirely; larger payloads get up to
// zlib's 32 KB.
QByteArray compress(const QByteArray &in)
{
    int bits = 9;
    while (bits < 15 && (qsizetype(1) << bits) < in.size())
        ++bits;
    const int memLevel = bits <= 13 ? 5 : 8;
    z_stream zs{};
    if (deflateInit2(&zs, kZlibLevel, Z_DEFLATED, bits, memLevel, Z_DEFAULT_STRATEGY) != Z_OK)
        return qCompress(in, kZlibLevel);
    QByteArray out;
    out.resize(4 + qsizetype(deflateBound(&zs, uLong(in.size()))));
    qToBigEndian<quint32>(quint32(in.size()), out.data());
    zs.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(in.constData()));
    zs.avail_in = uInt(in.size());
    zs.next_out = reinterpret_cast<Bytef *>(out.data() + 4);
    zs.avail_out = uInt(out.size() - 4);
    const int rc = deflate(&zs, Z_FINISH);
    const qsizetype written = qsizetype(zs.total_out);
    deflateEnd(&zs);
    if (rc != Z_STREAM_END)
        return qCompress(in, kZlibLevel);
    out.resize(4 + written);
    return out;
}

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
        return {c, compress(utf8)};
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

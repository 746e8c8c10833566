#include "storage/shoprepository.h"

#include "storage/select.h"
#include "storage/sql.h"

#include <QSqlQuery>

namespace od {

namespace {
const char *kCols = "id, platform, code, name, app_key, secret_ref, endpoint, sign_scheme, enabled";
Shop readShop(const QSqlQuery &q)
{
    Shop s;
    s.id = q.value(0).toLongLong();
    s.platform = platformFromKey(q.value(1).toString()).value_or(PlatformKind::Top);
    s.code = q.value(2).toString();
    s.name = q.value(3).toString();
    s.appKey = q.value(4).toString();
    s.secretRef = q.value(5).toString();
    s.endpoint = q.value(6).toString();
    s.signScheme = q.value(7).toString();
    s.enabled = q.value(8).toInt() != 0;
    return s;
}
} // namespace

Result<int64_t> ShopRepository::create(const Shop &s)
{
    if (Status st = m_db.open(); !st.ok())
        return st.error();
    QSqlQuery q(m_db.connection());
    if (Status st = sql::exec(q,
                              QStringLiteral("INSERT INTO shops(platform, code, name, app_key, secret_ref, endpoint, sign_scheme, enabled, created_at) "
                                             "VALUES (?,?,?,?,?,?,?,?,?) RETURNING id"),
                              {toKey(s.platform), s.code, s.name, s.appKey, s.secretRef, s.endpoint,
                               s.signScheme.isEmpty() ? QStringLiteral("top_md5") : s.signScheme, int(s.enabled), sql::nowText()});
        !st.ok())
        return st.error();
    q.next();
    return q.value(0).toLongLong();
}

Status ShopRepository::update(const Shop &s)
{
    QSqlQuery q(m_db.connection());
    return sql::exec(
        q,
        QStringLiteral(
            "UPDATE shops SET platform = ?, code = ?, name = ?, app_key = ?, secret_ref = ?, endpoint = ?, sign_scheme = ?, enabled = ? WHERE id = ?"),
        {toKey(s.platform), s.code, s.name, s.appKey, s.secretRef, s.endpoint, s.signScheme, int(s.enabled), sql::v64(s.id)});
}

Result<std::vector<Shop>> ShopRepository::all()
{
    return sql::selectAll(m_db, QStringLiteral("SELECT %1 FROM shops ORDER BY name, id").arg(QLatin1String(kCols)), {}, readShop);
}

Result<std::optional<Shop>> ShopRepository::get(int64_t id)
{
    return sql::selectOne(m_db, QStringLiteral("SELECT %1 FROM shops WHERE id = ?").arg(QLatin1String(kCols)), {sql::v64(id)}, readShop);
}

Result<std::optional<Shop>> ShopRepository::byCode(const QString &code)
{
    return sql::selectOne(m_db, QStringLiteral("SELECT %1 FROM shops WHERE code = ?").arg(QLatin1String(kCols)), {code}, readShop);
}

} // namespace od

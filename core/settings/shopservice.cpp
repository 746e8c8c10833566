#include "settings/shopservice.h"

#include "push/pushsign.h"
#include "secrets/secretstore.h"
#include "storage/listrepository.h"
#include "storage/shoprepository.h"
#include "workflow/audit.h"
#include "workflow/writetransaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrl>

namespace od {

namespace {
Error settingsError(const char *code, const QString &message) { return Error(QString::fromLatin1(code), message); }

Error noShop() { return settingsError("settings.no_shop", QCoreApplication::translate("Settings", "The shop no longer exists.")); }

Error codeTaken(const QString &code)
{
    return settingsError("settings.shop_code_taken", QCoreApplication::translate("Settings", "The shop code \"%1\" is already used.").arg(code));
}

QJsonObject shopJson(const Shop &s)
{
    // Never the secret: only its name.
    return QJsonObject{{QStringLiteral("code"), s.code},
                       {QStringLiteral("name"), s.name},
                       {QStringLiteral("platform"), toKey(s.platform)},
                       {QStringLiteral("app_key"), s.appKey},
                       {QStringLiteral("secret_ref"), s.secretRef},
                       {QStringLiteral("endpoint"), s.endpoint},
                       {QStringLiteral("sign_scheme"), s.signScheme},
                       {QStringLiteral("enabled"), s.enabled}};
}

void normalize(Shop &shop)
{
    shop.code = shop.code.trimmed();
    shop.name = shop.name.trimmed();
    shop.appKey = shop.appKey.trimmed();
    shop.endpoint = shop.endpoint.trimmed();
    shop.secretRef = shop.secretRef.trimmed();
    if (shop.platform == PlatformKind::Top || shop.signScheme.isEmpty())
        shop.signScheme = QString::fromLatin1(push::kDefaultScheme);
    if (shop.platform != PlatformKind::Top)
        shop.endpoint.clear();
}

Status validate(const Shop &s)
{
    static const QRegularExpression codeRe(QStringLiteral("^[A-Za-z0-9_-]{1,32}$"));
    if (!codeRe.match(s.code).hasMatch())
        return settingsError(
            "settings.shop_code",
            QCoreApplication::translate("Settings", "The shop code needs 1 to 32 letters, digits, '-' or '_' (it is part of the push address)."));
    if (s.name.isEmpty() || s.name.size() > 64)
        return settingsError("settings.shop_name", QCoreApplication::translate("Settings", "The shop name needs 1 to 64 characters."));
    if (s.platform == PlatformKind::Top) {
        if (s.appKey.isEmpty())
            return settingsError("settings.shop_app_key", QCoreApplication::translate("Settings", "A TOP shop needs its app key."));
        const QUrl url(s.endpoint, QUrl::StrictMode);
        if (!url.isValid() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")) || url.host().isEmpty())
            return settingsError(
                "settings.shop_endpoint",
                QCoreApplication::translate("Settings", "The TOP endpoint must be an http:// or https:// address, e.g. https://eco.taobao.com/router/rest."));
    } else if (!push::isKnownScheme(s.signScheme)) {
        return settingsError("settings.shop_scheme", QCoreApplication::translate("Settings", "Unknown push sign scheme \"%1\".").arg(s.signScheme));
    }
    return {};
}

Status audit(QSqlDatabase conn, const Session &by, const QString &action, const QString &code, const QString &before, const QString &after)
{
    return Audit::entry(conn, by.login, action, QStringLiteral("shop"), code, before, after);
}
} // namespace

Result<int64_t> ShopService::save(const Session &by, Shop shop, const std::optional<QString> &appSecret, const std::optional<QString> &topSession)
{
    if (Status st = requireRight(by, Right::ManageShops); !st.ok())
        return st.error();
    const bool newSecret = appSecret && !appSecret->isEmpty();
    const bool newSession = topSession && !topSession->isEmpty();
    if ((newSecret || newSession) && !m_secrets)
        return settingsError("settings.no_secret_store",
                             QCoreApplication::translate("Settings", "This desk has no secret store: credentials are kept on the gateway's machine."));
    shop.secretRef.clear(); // derived from the code, never chosen on the desk
    auto id = write(by, shop, false, QJsonObject{{QStringLiteral("secret_changed"), newSecret}, {QStringLiteral("session_changed"), newSession}});
    if (!id.ok() || (!newSecret && !newSession))
        return id;
    // The secrets go to the store only: after the row exists, so a refused duplicate code can never
    // overwrite another shop's secret.
    auto stored = ShopRepository(m_db).get(id.value());
    if (!stored.ok())
        return stored.error();
    if (!stored.value())
        return noShop();
    const QString ref = stored.value()->secretRef;
    const auto failed = [](const Error &e) {
        return Error(
            QStringLiteral("settings.secret_failed"),
            QCoreApplication::translate("Settings", "The shop was saved, but its credentials could not be stored: %1 Open the shop again and re-enter them.")
                .arg(e.message));
    };
    if (newSecret)
        if (Status st = m_secrets->set(ref, *appSecret); !st.ok())
            return failed(st.error());
    if (newSession)
        if (Status st = m_secrets->set(ref + QStringLiteral(".session"), *topSession); !st.ok())
            return failed(st.error());
    return id;
}

Result<int64_t> ShopService::storeByCode(const Session &by, Shop shop) { return write(by, std::move(shop), true, {}); }

Result<int64_t> ShopService::write(const Session &by, Shop shop, bool byCode, const QJsonObject &extra)
{
    normalize(shop);
    if (Status st = requireRight(by, Right::ManageShops); !st.ok())
        return st.error();
    if (Status st = validate(shop); !st.ok())
        return st.error();
    return withWriteTransaction(m_db, by, Right::ManageShops, [&](QSqlDatabase conn) -> Result<int64_t> {
        ShopRepository repo(m_db);
        auto same = repo.byCode(shop.code);
        if (!same.ok())
            return same.error();
        if (byCode)
            shop.id = same.value() ? same.value()->id : 0;
        else if (same.value() && same.value()->id != shop.id)
            return codeTaken(shop.code);
        QString before;
        if (shop.id == 0) {
            if (shop.secretRef.isEmpty())
                shop.secretRef = QStringLiteral("shop/") + shop.code;
            auto id = repo.create(shop);
            if (!id.ok())
                return id.error();
            shop.id = id.value();
        } else {
            auto old = repo.get(shop.id);
            if (!old.ok())
                return old.error();
            if (!old.value())
                return noShop();
            before = Audit::json(shopJson(*old.value()));
            if (shop.secretRef.isEmpty())
                shop.secretRef = old.value()->secretRef.isEmpty() ? QStringLiteral("shop/") + shop.code : old.value()->secretRef;
            if (Status st = repo.update(shop); !st.ok())
                return st.error();
        }
        QJsonObject after = shopJson(shop);
        for (auto it = extra.begin(); it != extra.end(); ++it)
            after.insert(it.key(), it.value());
        if (Status st =
                audit(conn, by, before.isEmpty() ? QStringLiteral("shop.create") : QStringLiteral("shop.update"), shop.code, before, Audit::json(after));
            !st.ok())
            return st.error();
        return shop.id;
    });
}

Status ShopService::setEnabled(const Session &by, int64_t shopId, bool enabled)
{
    return withWriteTransaction(m_db, by, Right::ManageShops, [&](QSqlDatabase conn) -> Status {
        ShopRepository repo(m_db);
        auto shop = repo.get(shopId);
        if (!shop.ok())
            return shop.error();
        if (!shop.value())
            return noShop();
        Shop s = *shop.value();
        const bool before = s.enabled;
        s.enabled = enabled;
        if (Status st = repo.update(s); !st.ok())
            return st;
        return audit(conn, by, QStringLiteral("shop.enabled"), s.code, Audit::json(QJsonObject{{QStringLiteral("enabled"), before}}),
                     Audit::json(QJsonObject{{QStringLiteral("enabled"), enabled}}));
    });
}

Result<std::vector<intake::Schedule>> ShopService::schedules(int64_t shopId)
{
    auto all = intake::RunLog(m_db).schedules(false);
    if (!all.ok())
        return all.error();
    std::vector<intake::Schedule> out;
    for (const intake::Schedule &s : all.value())
        if (s.shopId == shopId)
            out.push_back(s);
    return out;
}

Result<std::vector<ShopHealth>> ShopService::health()
{
    // From the runs list itself (newest first per shop): no SQL of our own.
    auto shops = ShopRepository(m_db).all();
    if (!shops.ok())
        return shops.error();
    const ListSpec &spec = listSpec(ListId::ScheduleRuns);
    const int okCol = spec.columnIndex(QStringLiteral("ok"));
    const int errCol = spec.columnIndex(QStringLiteral("error"));
    const int endCol = spec.columnIndex(QStringLiteral("window_end"));
    const int startCol = spec.columnIndex(QStringLiteral("started_at"));
    ListRepository repo(m_db);
    std::vector<ShopHealth> out;
    const QDateTime now = QDateTime::currentDateTime();
    for (const Shop &s : shops.value()) {
        ShopHealth h;
        h.shopId = s.id;
        h.shopName = s.name;
        ListRequest req;
        req.filter.shopId = s.id;
        req.sortKey = QStringLiteral("started_at");
        req.descending = true;
        req.limit = 100;
        auto page = repo.page(spec, req);
        if (!page.ok())
            return page.error();
        for (const ListRow &r : page.value().rows) {
            const bool ok = r.values.value(okCol).toInt() != 0;
            if (h.lastRun.isEmpty())
                h.lastRun = r.values.value(startCol).toString();
            if (ok && h.lastSuccess.isEmpty())
                h.lastSuccess = r.values.value(endCol).toString();
            if (!ok && h.lastError.isEmpty() && h.lastSuccess.isEmpty())
                h.lastError = r.values.value(errCol).toString();
        }
        if (!h.lastSuccess.isEmpty()) {
            const QDateTime t = QDateTime::fromString(h.lastSuccess, QStringLiteral("yyyy-MM-dd HH:mm:ss"));
            if (t.isValid())
                h.lagMinutes = std::max<qint64>(0, t.secsTo(now) / 60);
        }
        out.push_back(h);
    }
    return out;
}

Status ShopService::saveSchedules(const Session &by, int64_t shopId, const std::vector<intake::Schedule> &schedules)
{
    if (Status st = requireRight(by, Right::ManageShops); !st.ok())
        return st;
    static const QStringList kinds{QStringLiteral("orders"), QStringLiteral("refunds"), QStringLiteral("gapfill")};
    for (const intake::Schedule &s : schedules) {
        if (!kinds.contains(s.kind))
            return settingsError("settings.schedule_kind", QCoreApplication::translate("Settings", "Unknown schedule kind \"%1\".").arg(s.kind));
        if (s.intervalMin < 1 || s.intervalMin > 1440)
            return settingsError("settings.schedule_interval", QCoreApplication::translate("Settings", "The interval must be 1 to 1440 minutes."));
        if (s.lookbackMin < 0 || s.lookbackMin > 43200)
            return settingsError("settings.schedule_lookback", QCoreApplication::translate("Settings", "The look-back must be 0 to 43200 minutes (30 days)."));
    }
    return withWriteTransaction(m_db, by, Right::ManageShops, [&](QSqlDatabase conn) -> Status {
        auto shop = ShopRepository(m_db).get(shopId);
        if (!shop.ok())
            return shop.error();
        if (!shop.value())
            return noShop();
        QJsonObject after;
        for (intake::Schedule s : schedules) {
            s.shopId = shopId;
            if (auto id = intake::RunLog(m_db).upsertSchedule(s); !id.ok())
                return id.error();
            after.insert(s.kind,
                         QJsonObject{{QStringLiteral("interval_min"), s.intervalMin},
                                     {QStringLiteral("lookback_min"), s.lookbackMin},
                                     {QStringLiteral("enabled"), s.enabled}});
        }
        return audit(conn, by, QStringLiteral("shop.schedules"), shop.value()->code, {}, Audit::json(after));
    });
}

} // namespace od

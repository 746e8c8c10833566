#include "gateway/gatewayconfig.h"

#include "push/pushsign.h"
#include "settings/settingsservice.h"
#include "settings/shopservice.h"
#include "storage/shoprepository.h"
#include "storage/sql.h"

#include <QCoreApplication>
#include <QFile>
#include <QSqlQuery>
#include <map>

namespace od::gateway {

using nlohmann::json;

namespace {
Error fieldError(const QString &field, const QString &why)
{
    return Error(QStringLiteral("gateway.config_field"), QCoreApplication::translate("Gateway", "Configuration field \"%1\": %2").arg(field, why));
}

QString str(const json &o, const char *key, const QString &fallback = {})
{
    auto it = o.find(key);
    return it != o.end() && it->is_string() ? QString::fromStdString(it->get<std::string>()) : fallback;
}

Result<int> intField(const json &o, const char *key, int fallback, const QString &path, int lo, int hi)
{
    auto it = o.find(key);
    if (it == o.end() || it->is_null())
        return fallback;
    if (!it->is_number_integer() || it->get<int64_t>() < lo || it->get<int64_t>() > hi)
        return fieldError(path, QCoreApplication::translate("Gateway", "expected a whole number from %1 to %2").arg(lo).arg(hi));
    return int(it->get<int64_t>());
}

Error secretInConfig(const QString &field)
{
    return Error(QStringLiteral("gateway.config_secret"),
                 QCoreApplication::translate("Gateway",
                                             "Configuration field \"%1\": secrets never go in the configuration; "
                                             "name the secret with secret_ref and keep it in the keychain, a secrets file or the environment.")
                     .arg(field));
}

// "crm": {"gateway_url", "app_id", "certi_id", "from_node_id", "to_node_id", "callback_base", "v",
// "secret_ref"}; the token itself is refused. {} or "enabled": false leave the stored link as it is.
Result<std::optional<crm::CrmSettings>> readCrm(const json &j)
{
    if (!j.is_object())
        return fieldError(QStringLiteral("crm"), QCoreApplication::translate("Gateway", "expected an object"));
    if (j.empty() || (j.contains("enabled") && j["enabled"].is_boolean() && !j["enabled"].get<bool>()))
        return std::optional<crm::CrmSettings>();
    for (const char *forbidden : {"token", "secret", "password"})
        if (j.contains(forbidden))
            return secretInConfig(QStringLiteral("crm.") + QString::fromLatin1(forbidden));
    crm::CrmSettings s;
    s.gatewayUrl = str(j, "gateway_url");
    s.appId = str(j, "app_id", s.appId);
    s.certiId = str(j, "certi_id");
    s.fromNodeId = str(j, "from_node_id");
    s.toNodeId = str(j, "to_node_id");
    s.callbackBase = str(j, "callback_base");
    s.version = str(j, "v", s.version);
    s.tokenRef = str(j, "secret_ref");
    if (s.tokenRef.trimmed().isEmpty())
        return fieldError(QStringLiteral("crm.secret_ref"),
                          QCoreApplication::translate("Gateway", "required: the name of the matrix token in the secret store"));
    if (Status st = crm::normalizeCrmSettings(s); !st.ok()) {
        const QString field = st.error().code == QLatin1String("settings.crm_url") ? QStringLiteral("crm.gateway_url / crm.callback_base")
                                                                                   : QStringLiteral("crm.gateway_url / crm.app_id");
        return fieldError(field, st.error().message);
    }
    return std::optional<crm::CrmSettings>(s);
}

Status readReceiver(const json &r, push::ReceiverOptions *o, bool *enabled)
{
    if (!r.is_object())
        return fieldError(QStringLiteral("receiver"), QCoreApplication::translate("Gateway", "expected an object"));
    if (r.contains("enabled"))
        *enabled = r["enabled"].is_boolean() ? r["enabled"].get<bool>() : true;
    o->bindAddress = str(r, "bind", o->bindAddress);
    auto port = intField(r, "port", o->port, QStringLiteral("receiver.port"), 0, 65535);
    if (!port.ok())
        return port.error();
    o->port = port.value();
    auto maxBody = intField(r, "max_body", int(o->maxBody), QStringLiteral("receiver.max_body"), 1024, 512 * 1024 * 1024);
    if (!maxBody.ok())
        return maxBody.error();
    o->maxBody = maxBody.value();
    auto threads = intField(r, "threads", o->threads, QStringLiteral("receiver.threads"), 1, 256);
    if (!threads.ok())
        return threads.error();
    o->threads = threads.value();
    auto rt = intField(r, "read_timeout_s", o->readTimeoutSec, QStringLiteral("receiver.read_timeout_s"), 1, 3600);
    if (!rt.ok())
        return rt.error();
    o->readTimeoutSec = rt.value();
    auto wt = intField(r, "write_timeout_s", o->writeTimeoutSec, QStringLiteral("receiver.write_timeout_s"), 1, 3600);
    if (!wt.ok())
        return wt.error();
    o->writeTimeoutSec = wt.value();
    if (r.contains("reply_format")) {
        const QString f = r["reply_format"].is_string() ? QString::fromStdString(r["reply_format"].get<std::string>()) : QString();
        if (!push::replyFormats().contains(f))
            return fieldError(QStringLiteral("receiver.reply_format"),
                              QCoreApplication::translate("Gateway", "expected one of %1").arg(push::replyFormats().join(QStringLiteral(", "))));
        o->replyFormat = f;
    }
    return {};
}
} // namespace

json receiverToJson(const push::ReceiverOptions &o, bool enabled)
{
    return {{"enabled", enabled},
            {"bind", o.bindAddress.toStdString()},
            {"port", o.port},
            {"max_body", o.maxBody},
            {"threads", o.threads},
            {"read_timeout_s", o.readTimeoutSec},
            {"write_timeout_s", o.writeTimeoutSec},
            {"reply_format", o.replyFormat.toStdString()}};
}

Result<GatewayConfig> GatewayConfig::parse(const QByteArray &bytes)
{
    json j = json::parse(bytes.constData(), bytes.constData() + bytes.size(), nullptr, false);
    if (j.is_discarded() || !j.is_object())
        return Error(QStringLiteral("gateway.config_json"), QCoreApplication::translate("Gateway", "The configuration is not a JSON object."));
    GatewayConfig c;
    if (j.contains("shops")) {
        if (!j["shops"].is_array())
            return fieldError(QStringLiteral("shops"), QCoreApplication::translate("Gateway", "expected a list"));
        for (size_t i = 0; i < j["shops"].size(); ++i) {
            const json &s = j["shops"][i];
            const QString p = QStringLiteral("shops[%1]").arg(i);
            if (!s.is_object())
                return fieldError(p, QCoreApplication::translate("Gateway", "expected an object"));
            for (const char *forbidden : {"secret", "app_secret", "password"})
                if (s.contains(forbidden))
                    return secretInConfig(p + QLatin1Char('.') + QString::fromLatin1(forbidden));
            Shop shop;
            shop.code = str(s, "code").trimmed();
            if (shop.code.isEmpty())
                return fieldError(p + QStringLiteral(".code"), QCoreApplication::translate("Gateway", "required"));
            shop.name = str(s, "name", shop.code);
            const auto platform = platformFromKey(str(s, "platform", QStringLiteral("mall")));
            if (!platform)
                return fieldError(p + QStringLiteral(".platform"), QCoreApplication::translate("Gateway", "expected \"top\" or \"mall\""));
            shop.platform = *platform;
            shop.appKey = str(s, "app_key");
            shop.secretRef = str(s, "secret_ref");
            shop.endpoint = str(s, "endpoint");
            shop.signScheme = str(s, "sign_scheme", QString::fromLatin1(push::kDefaultScheme));
            if (!push::isKnownScheme(shop.signScheme))
                return fieldError(p + QStringLiteral(".sign_scheme"),
                                  QCoreApplication::translate("Gateway", "unknown scheme (known: %1)").arg(push::signSchemes().join(QStringLiteral(", "))));
            shop.enabled = !s.contains("enabled") || !s["enabled"].is_boolean() || s["enabled"].get<bool>();
            c.shops.push_back(shop);
        }
    }
    if (j.contains("receiver"))
        if (Status st = readReceiver(j["receiver"], &c.receiver, &c.receiverEnabled); !st.ok())
            return st.error();
    if (j.contains("schedules")) {
        if (!j["schedules"].is_array())
            return fieldError(QStringLiteral("schedules"), QCoreApplication::translate("Gateway", "expected a list"));
        for (size_t i = 0; i < j["schedules"].size(); ++i) {
            const json &s = j["schedules"][i];
            const QString p = QStringLiteral("schedules[%1]").arg(i);
            if (!s.is_object())
                return fieldError(p, QCoreApplication::translate("Gateway", "expected an object"));
            ScheduleConfig sc;
            sc.shopCode = str(s, "shop");
            sc.kind = str(s, "kind", QStringLiteral("orders"));
            if (sc.kind == QLatin1String("trades")) // the configuration's first word for order downloads
                sc.kind = QStringLiteral("orders");
            if (sc.shopCode.isEmpty())
                return fieldError(p + QStringLiteral(".shop"), QCoreApplication::translate("Gateway", "required"));
            auto iv = intField(s, "interval_min", 5, p + QStringLiteral(".interval_min"), 1, 24 * 60);
            if (!iv.ok())
                return iv.error();
            sc.intervalMin = iv.value();
            auto lb = intField(s, "lookback_min", 0, p + QStringLiteral(".lookback_min"), 0, 30 * 24 * 60);
            if (!lb.ok())
                return lb.error();
            sc.lookbackMin = lb.value();
            sc.enabled = !s.contains("enabled") || !s["enabled"].is_boolean() || s["enabled"].get<bool>();
            c.schedules.push_back(sc);
        }
    }
    if (j.contains("crm")) {
        auto crm = readCrm(j["crm"]);
        if (!crm.ok())
            return crm.error();
        c.crm = crm.value();
    }
    return c;
}

Result<GatewayConfig> GatewayConfig::load(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error(QStringLiteral("gateway.config_read"),
                     QCoreApplication::translate("Gateway", "Cannot read the configuration %1: %2").arg(path, f.errorString()));
    return parse(f.readAll());
}

Session configSession(const QString &machineUser)
{
    // Whoever may run the gateway on its machine with the database's credentials administers it.
    return Session{QStringLiteral("cli:") + machineUser, Role::Admin};
}

Status storeConfig(Database &db, const GatewayConfig &c, const Session &by)
{
    // One transaction around the services' own (savepoints): the configuration applies whole or not at all.
    return sql::inTransaction(db, [&](QSqlDatabase) -> Status {
        ShopService shops(db);
        for (const Shop &s : c.shops)
            if (auto id = shops.storeByCode(by, s); !id.ok())
                return Error(id.error().code, QCoreApplication::translate("Gateway", "Shop \"%1\": %2").arg(s.code, id.error().message));
        std::map<QString, std::vector<intake::Schedule>> byShop;
        for (const ScheduleConfig &s : c.schedules)
            byShop[s.shopCode].push_back(intake::Schedule{0, 0, s.kind, s.intervalMin, s.lookbackMin, s.enabled, {}});
        for (const auto &[code, schedules] : byShop) {
            auto shop = ShopRepository(db).byCode(code);
            if (!shop.ok())
                return shop.error();
            if (!shop.value())
                return fieldError(QStringLiteral("schedules"), QCoreApplication::translate("Gateway", "unknown shop \"%1\"").arg(code));
            if (Status st = shops.saveSchedules(by, shop.value()->id, schedules); !st.ok())
                return st;
        }
        SettingsService settings(db);
        if (Status st = settings.storeReceiver(by, c.receiver, c.receiverEnabled); !st.ok())
            return st;
        if (c.crm)
            if (Status st = settings.saveCrm(by, *c.crm); !st.ok())
                return st;
        return Status();
    });
}

Result<std::pair<push::ReceiverOptions, bool>> storedReceiverOptions(Database &db)
{
    if (Status st = db.open(); !st.ok())
        return st.error();
    QSqlQuery q(db.connection());
    if (Status st = sql::exec(q, QStringLiteral("SELECT value FROM settings WHERE key = 'gateway.receiver'")); !st.ok())
        return st.error();
    push::ReceiverOptions o;
    bool enabled = true;
    if (q.next()) {
        const json r = json::parse(q.value(0).toString().toStdString(), nullptr, false);
        if (Status st = readReceiver(r, &o, &enabled); !st.ok())
            return st.error();
    }
    return std::make_pair(o, enabled);
}

} // namespace od::gateway

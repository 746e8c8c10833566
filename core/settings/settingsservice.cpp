#include "settings/settingsservice.h"

#include "gateway/gatewayconfig.h"
#include "secrets/secretstore.h"
#include "workflow/audit.h"
#include "workflow/writetransaction.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlQuery>

namespace od {

namespace {
Error settingsError(const char *code, const QString &message) { return Error(QString::fromLatin1(code), message); }

Status audit(QSqlDatabase conn, const Session &by, const QString &action, const QString &entityId, const QString &before, const QString &after)
{
    return Audit::entry(conn, by.login, action, QStringLiteral("settings"), entityId, before, after);
}
} // namespace

Result<ReceiverSettings> SettingsService::receiver()
{
    auto stored = gateway::storedReceiverOptions(m_db);
    if (!stored.ok())
        return stored.error();
    ReceiverSettings r;
    r.bindAddress = stored.value().first.bindAddress;
    r.port = stored.value().first.port;
    r.enabled = stored.value().second;
    r.replyFormat = stored.value().first.replyFormat;
    return r;
}

Status SettingsService::saveReceiver(const Session &by, const ReceiverSettings &r)
{
    if (Status st = requireRight(by, Right::ManageShops); !st.ok())
        return st;
    if (r.port < 1 || r.port > 65535)
        return settingsError("settings.receiver_port", QCoreApplication::translate("Settings", "The port must be a number from 1 to 65535."));
    static const QRegularExpression ipv4(QStringLiteral("^(25[0-5]|2[0-4]\\d|1?\\d?\\d)(\\.(25[0-5]|2[0-4]\\d|1?\\d?\\d)){3}$"));
    if (!ipv4.match(r.bindAddress.trimmed()).hasMatch() && r.bindAddress.trimmed() != QLatin1String("::"))
        return settingsError("settings.receiver_address",
                             QCoreApplication::translate("Settings", "The address must be an IPv4 address such as 0.0.0.0 (all interfaces) or 127.0.0.1."));
    return withWriteTransaction(m_db, by, Right::ManageShops, [&](QSqlDatabase) -> Status {
        auto stored = gateway::storedReceiverOptions(m_db);
        if (!stored.ok())
            return stored.error();
        push::ReceiverOptions o = stored.value().first; // keeps limits and timeouts
        o.bindAddress = r.bindAddress.trimmed();
        o.port = r.port;
        o.replyFormat = r.replyFormat;
        return storeReceiver(by, o, r.enabled);
    });
}

Status SettingsService::storeReceiver(const Session &by, const push::ReceiverOptions &o, bool enabled)
{
    if (!push::replyFormats().contains(o.replyFormat))
        return settingsError("settings.receiver_reply", QCoreApplication::translate("Settings", "Unknown reply format \"%1\".").arg(o.replyFormat));
    return withWriteTransaction(m_db, by, Right::ManageShops, [&](QSqlDatabase conn) -> Status {
        auto stored = gateway::storedReceiverOptions(m_db);
        if (!stored.ok())
            return stored.error();
        const QString before = QString::fromStdString(gateway::receiverToJson(stored.value().first, stored.value().second).dump());
        const QString after = QString::fromStdString(gateway::receiverToJson(o, enabled).dump());
        QSqlQuery q(conn);
        if (Status st = sql::exec(q, QStringLiteral("INSERT INTO settings(key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                                  {QStringLiteral("gateway.receiver"), after});
            !st.ok())
            return st;
        return audit(conn, by, QStringLiteral("settings.receiver"), QStringLiteral("gateway.receiver"), before, after);
    });
}

Result<crm::CrmSettings> SettingsService::crm()
{
    if (Status st = m_db.open(); !st.ok())
        return st.error();
    return crm::loadCrmSettings(m_db);
}

Status SettingsService::saveCrm(const Session &by, crm::CrmSettings s, const std::optional<QString> &token)
{
    if (Status st = requireRight(by, Right::ManageCrm); !st.ok())
        return st;
    if (Status st = crm::normalizeCrmSettings(s); !st.ok())
        return st;
    const bool newToken = token && !token->isEmpty();
    if (newToken && !m_secrets)
        return settingsError("settings.no_secret_store",
                             QCoreApplication::translate("Settings", "This desk has no secret store: the matrix token is kept on the gateway's machine."));
    Status saved = withWriteTransaction(m_db, by, Right::ManageCrm, [&](QSqlDatabase conn) -> Status {
        if (Status st = crm::writeCrmSettings(conn, s); !st.ok())
            return st;
        const QJsonObject after{{QStringLiteral("gateway_url"), s.gatewayUrl},
                                {QStringLiteral("app_id"), s.appId},
                                {QStringLiteral("certi_id"), s.certiId},
                                {QStringLiteral("from_node_id"), s.fromNodeId},
                                {QStringLiteral("to_node_id"), s.toNodeId},
                                {QStringLiteral("callback_base"), s.callbackBase},
                                {QStringLiteral("v"), s.version},
                                {QStringLiteral("token_ref"), s.tokenRef},
                                {QStringLiteral("token_changed"), newToken}};
        return audit(conn, by, QStringLiteral("settings.crm"), QStringLiteral("crm"), {}, Audit::json(after));
    });
    if (!saved.ok() || !newToken)
        return saved;
    return m_secrets->set(s.tokenRef, *token);
}

} // namespace od

#include "rules/ruleservice.h"

#include "storage/sql.h"
#include "workflow/audit.h"
#include "workflow/writetransaction.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlQuery>

namespace od::rules {

namespace {

Result<QString> setting(QSqlDatabase db, const QString &key)
{
    QSqlQuery q(db);
    if (Status st = sql::exec(q, QStringLiteral("SELECT value FROM settings WHERE key = ?"), {key}); !st.ok())
        return st.error();
    return q.next() ? q.value(0).toString() : QString();
}

Status putSetting(QSqlDatabase db, const QString &key, const QString &value)
{
    QSqlQuery q(db);
    return sql::exec(q, QStringLiteral("INSERT INTO settings(key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value"), {key, value});
}

const QString kAutoKey = QStringLiteral("rules.auto_convert");
const QString kVersionKey = QStringLiteral("rules.version");
} // namespace

Session RuleService::automaticSession() { return Session{QStringLiteral("auto-rules"), Role::Supervisor}; }

Result<std::vector<Rule>> RuleService::rules()
{
    if (Status st = m_db.open(); !st.ok())
        return st.error();
    QSqlQuery q(m_db.connection());
    if (Status st =
            sql::exec(q, QStringLiteral("SELECT id, position, name, enabled, conditions, outcome, hold_reason FROM convert_rules ORDER BY position, id"));
        !st.ok())
        return st.error();
    std::vector<Rule> out;
    while (q.next()) {
        Rule r;
        r.id = q.value(0).toLongLong();
        r.position = q.value(1).toInt();
        r.name = q.value(2).toString();
        r.enabled = q.value(3).toInt() != 0;
        auto c = conditionsFromJson(QJsonDocument::fromJson(q.value(4).toString().toUtf8()).object());
        if (!c.ok())
            return Error(c.error().code, QCoreApplication::translate("Rules", "Rule \"%1\": %2").arg(r.name, c.error().message));
        r.when = c.value();
        r.outcome = outcomeFromKey(q.value(5).toString()).value_or(Outcome::Leave);
        r.holdReason = q.value(6).toString();
        out.push_back(std::move(r));
    }
    return out;
}

Status RuleService::bumpVersion(QSqlDatabase db)
{
    auto v = setting(db, kVersionKey);
    if (!v.ok())
        return v.error();
    return putSetting(db, kVersionKey, QString::number(v.value().toLongLong() + 1));
}

Result<int64_t> RuleService::save(const Session &session, Rule rule)
{
    if (Status st = requireRight(session, Right::ManageRules); !st.ok())
        return st.error();
    if (Status st = validate(rule); !st.ok())
        return st.error();
    return sql::inTransaction(m_db, [&](QSqlDatabase db) -> Result<int64_t> {
        const QString conditions = Audit::json(toJson(rule.when));
        const QJsonObject after{{QStringLiteral("name"), rule.name},
                                {QStringLiteral("enabled"), rule.enabled},
                                {QStringLiteral("conditions"), toJson(rule.when)},
                                {QStringLiteral("outcome"), outcomeKey(rule.outcome)},
                                {QStringLiteral("hold_reason"), rule.holdReason}};
        QSqlQuery q(db);
        if (rule.id == 0) {
            auto pos = sql::scalar(db, QStringLiteral("SELECT COALESCE(MAX(position), 0) + 1 FROM convert_rules"));
            if (!pos.ok())
                return pos.error();
            if (Status st =
                    sql::exec(q,
                              QStringLiteral("INSERT INTO convert_rules(position, name, enabled, conditions, outcome, hold_reason, updated_by, updated_at) "
                                             "VALUES (?,?,?,?,?,?,?,?) RETURNING id"),
                              {pos.value(), rule.name.trimmed(), rule.enabled ? 1 : 0, conditions, outcomeKey(rule.outcome), rule.holdReason.trimmed(),
                               session.login, sql::nowText()});
                !st.ok())
                return st.error();
            if (!q.next())
                return Error(QStringLiteral("db.error"), QCoreApplication::translate("Rules", "The new rule got no id."));
            rule.id = q.value(0).toLongLong();
            q.finish();
        } else {
            if (Status st = sql::exec(q,
                                      QStringLiteral("UPDATE convert_rules SET name = ?, enabled = ?, conditions = ?, outcome = ?, hold_reason = ?, "
                                                     "updated_by = ?, updated_at = ? WHERE id = ?"),
                                      {rule.name.trimmed(), rule.enabled ? 1 : 0, conditions, outcomeKey(rule.outcome), rule.holdReason.trimmed(),
                                       session.login, sql::nowText(), sql::v64(rule.id)});
                !st.ok())
                return st.error();
            if (q.numRowsAffected() != 1)
                return Error(QStringLiteral("rules.not_found"), QCoreApplication::translate("Rules", "The rule no longer exists (deleted by someone else?)."));
        }
        if (Status st = bumpVersion(db); !st.ok())
            return st.error();
        if (Status st = Audit::record(
                db, session, QStringLiteral("rule.save"), QStringLiteral("convert_rule"), rule.id, {}, after,
                QCoreApplication::translate("Rules", "Conversion rule \"%1\" saved: %2 → %3").arg(rule.name, describe(rule.when), outcomeLabel(rule.outcome)));
            !st.ok())
            return st.error();
        return rule.id;
    });
}

Status RuleService::remove(const Session &session, int64_t ruleId)
{
    return withWriteTransaction(m_db, session, Right::ManageRules, [&](QSqlDatabase db) -> Status {
        QSqlQuery q(db);
        if (Status st = sql::exec(q, QStringLiteral("DELETE FROM convert_rules WHERE id = ?"), {sql::v64(ruleId)}); !st.ok())
            return st;
        if (q.numRowsAffected() != 1)
            return Error(QStringLiteral("rules.not_found"), QCoreApplication::translate("Rules", "The rule no longer exists (deleted by someone else?)."));
        if (Status st = bumpVersion(db); !st.ok())
            return st;
        return Audit::record(db, session, QStringLiteral("rule.remove"), QStringLiteral("convert_rule"), ruleId, {}, {},
                             QCoreApplication::translate("Rules", "Conversion rule #%1 deleted").arg(ruleId));
    });
}

Status RuleService::move(const Session &session, int64_t ruleId, int delta)
{
    if (Status st = requireRight(session, Right::ManageRules); !st.ok())
        return st;
    auto all = rules();
    if (!all.ok())
        return all.error();
    std::vector<Rule> list = all.value();
    auto it = std::find_if(list.begin(), list.end(), [ruleId](const Rule &r) { return r.id == ruleId; });
    if (it == list.end())
        return Error(QStringLiteral("rules.not_found"), QCoreApplication::translate("Rules", "The rule no longer exists (deleted by someone else?)."));
    const auto from = it - list.begin();
    const auto to = std::clamp<std::ptrdiff_t>(from + delta, 0, std::ptrdiff_t(list.size()) - 1);
    if (from == to)
        return {};
    std::swap(list[size_t(from)], list[size_t(to)]);
    return sql::inTransaction(m_db, [&](QSqlDatabase db) -> Status {
        for (size_t i = 0; i < list.size(); ++i) {
            QSqlQuery q(db);
            if (Status st = sql::exec(q, QStringLiteral("UPDATE convert_rules SET position = ? WHERE id = ?"), {int(i + 1), sql::v64(list[i].id)}); !st.ok())
                return st;
        }
        if (Status st = bumpVersion(db); !st.ok())
            return st;
        return Audit::record(db, session, QStringLiteral("rule.move"), QStringLiteral("convert_rule"), ruleId, {}, {},
                             QCoreApplication::translate("Rules", "Conversion rule \"%1\" moved to place %2").arg(list[size_t(to)].name).arg(to + 1));
    });
}

Result<bool> RuleService::autoEnabled()
{
    if (Status st = m_db.open(); !st.ok())
        return st.error();
    auto v = setting(m_db.connection(), kAutoKey);
    if (!v.ok())
        return v.error();
    return v.value() == QLatin1String("1");
}

Status RuleService::setAutoEnabled(const Session &session, bool on)
{
    return withWriteTransaction(m_db, session, Right::ManageRules, [&](QSqlDatabase db) -> Status {
        if (Status st = putSetting(db, kAutoKey, on ? QStringLiteral("1") : QStringLiteral("0")); !st.ok())
            return st;
        return Audit::record(db, session, on ? QStringLiteral("rules.on") : QStringLiteral("rules.off"), QStringLiteral("settings"), 0, {}, {},
                             on ? QCoreApplication::translate("Rules", "Automatic conversion switched on")
                                : QCoreApplication::translate("Rules", "Automatic conversion switched off"));
    });
}

Result<std::vector<BlacklistEntry>> RuleService::blacklist()
{
    if (Status st = m_db.open(); !st.ok())
        return st.error();
    QSqlQuery q(m_db.connection());
    if (Status st = sql::exec(q, QStringLiteral("SELECT id, kind, value, note, added_by, added_at FROM blacklist ORDER BY kind, value")); !st.ok())
        return st.error();
    std::vector<BlacklistEntry> out;
    while (q.next())
        out.push_back(
            {q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(), q.value(4).toString(), q.value(5).toString()});
    return out;
}

Result<int64_t> RuleService::addToBlacklist(const Session &session, const QString &kind, const QString &value, const QString &note)
{
    if (Status st = requireRight(session, Right::ManageRules); !st.ok())
        return st.error();
    const QString v = value.trimmed();
    if ((kind != QLatin1String("buyer") && kind != QLatin1String("mobile")) || v.isEmpty())
        return Error(QStringLiteral("rules.invalid"), QCoreApplication::translate("Rules", "Enter a buyer nick or a mobile number."));
    return sql::inTransaction(m_db, [&](QSqlDatabase db) -> Result<int64_t> {
        QSqlQuery q(db);
        if (Status st = sql::exec(q, QStringLiteral("INSERT INTO blacklist(kind, value, note, added_by, added_at) VALUES (?,?,?,?,?) RETURNING id"),
                                  {kind, v, note.trimmed(), session.login, sql::nowText()});
            !st.ok()) {
            if (st.error().code == QLatin1String("db.unique"))
                return Error(QStringLiteral("rules.duplicate"), QCoreApplication::translate("Rules", "%1 is already on the blacklist.").arg(v));
            return st.error();
        }
        if (!q.next())
            return Error(QStringLiteral("db.error"), QCoreApplication::translate("Rules", "The new blacklist entry got no id."));
        const int64_t id = q.value(0).toLongLong();
        q.finish();
        if (Status st = bumpVersion(db); !st.ok())
            return st.error();
        if (Status st = Audit::record(db, session, QStringLiteral("blacklist.add"), QStringLiteral("blacklist"), id, {},
                                      {{QStringLiteral("kind"), kind}, {QStringLiteral("value"), v}},
                                      QCoreApplication::translate("Rules", "%1 added to the blacklist").arg(v));
            !st.ok())
            return st.error();
        return id;
    });
}

Status RuleService::removeFromBlacklist(const Session &session, int64_t entryId)
{
    return withWriteTransaction(m_db, session, Right::ManageRules, [&](QSqlDatabase db) -> Status {
        QSqlQuery q(db);
        if (Status st = sql::exec(q, QStringLiteral("DELETE FROM blacklist WHERE id = ?"), {sql::v64(entryId)}); !st.ok())
            return st;
        if (q.numRowsAffected() != 1)
            return Error(QStringLiteral("rules.not_found"), QCoreApplication::translate("Rules", "The entry is no longer on the blacklist."));
        if (Status st = bumpVersion(db); !st.ok())
            return st;
        return Audit::record(db, session, QStringLiteral("blacklist.remove"), QStringLiteral("blacklist"), entryId, {}, {},
                             QCoreApplication::translate("Rules", "Blacklist entry #%1 removed").arg(entryId));
    });
}

Result<TradeWarnings> RuleService::warnings(int64_t tradeId)
{
    if (Status st = m_db.open(); !st.ok())
        return st.error();
    QSqlQuery q(m_db.connection());
    if (Status st = sql::exec(q,
                              QStringLiteral("SELECT hold_reason, receiver_state, receiver_city, receiver_district, receiver_address, buyer_nick, "
                                             "receiver_mobile, buyer_mobile FROM trades WHERE id = ?"),
                              {sql::v64(tradeId)});
        !st.ok())
        return st.error();
    TradeWarnings w;
    if (!q.next())
        return w;
    w.holdReason = q.value(0).toString();
    w.addressProblem = addressProblem(q.value(1).toString(), q.value(2).toString(), q.value(3).toString(), q.value(4).toString());
    const QString buyer = q.value(5).toString(), mobile = q.value(6).toString(), buyerMobile = q.value(7).toString();
    q.finish();
    if (Status st = sql::exec(q,
                              QStringLiteral("SELECT id, kind, value, note, added_by, added_at FROM blacklist WHERE (kind = 'buyer' AND value = ?) "
                                             "OR (kind = 'mobile' AND value IN (?, ?)) ORDER BY kind, value"),
                              {buyer, mobile, buyerMobile.isEmpty() ? mobile : buyerMobile});
        !st.ok())
        return st.error();
    while (q.next())
        w.blacklisted.push_back(
            {q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(), q.value(4).toString(), q.value(5).toString()});
    q.finish();
    return w;
}

} // namespace od::rules

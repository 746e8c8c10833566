#pragma once
// 转单策略: the rules (rules.h) as stored, the blacklist, the dry run, and their application to the
// pending pool. Changing rules needs Right::ManageRules (supervisor); every automatic decision is
// written with the rule that made it (rule_decisions, counted on the rules page) and audited — a
// conversion on the new sales order's timeline, a hold on the trade's. A conversion goes through
// ConversionService::convertInTransaction, whose claim converts each trade once however many
// gateways, desks and rule runs try at the same time.
#include "auth/session.h"
#include "rules/rules.h"
#include "storage/database.h"
#include <QDate>
#include <optional>
#include <vector>

namespace od::rules {

struct BlacklistEntry {
    int64_t id = 0;
    QString kind; // "buyer" (a buyer nick) or "mobile" (the receiver's or the buyer's mobile)
    QString value;
    QString note;
    QString addedBy, addedAt;
};

struct PreviewItem {
    Facts facts;
    Decision decision;
};
struct Preview {
    std::vector<PreviewItem> items;
    int convert = 0, hold = 0, leave = 0;
};

struct ApplySummary {
    int converted = 0, held = 0, left = 0, failed = 0;
    int skipped = 0; // converted or removed by someone else while the rules ran
    std::vector<std::pair<int64_t, Error>> failures; // trade id → why the conversion failed
};

// What a trade's detail warns about (the list shows the same as 黑名单 / 地址问题 columns).
struct TradeWarnings {
    QString holdReason; // set by a conversion rule, until released or converted
    QString addressProblem; // rules::addressProblem of the receiver address
    std::vector<BlacklistEntry> blacklisted; // entries matching the buyer nick or a mobile
    bool any() const { return !holdReason.isEmpty() || !addressProblem.isEmpty() || !blacklisted.empty(); }
};

struct RuleCount {
    int64_t ruleId = 0;
    int today = 0;
    int week = 0; // the last 7 days, today included
};

class RuleService {
public:
    explicit RuleService(Database &db) : m_db(db) { }

    Result<std::vector<Rule>> rules();
    // Inserts (id 0, appended last) or updates a rule; returns its id.
    Result<int64_t> save(const Session &session, Rule rule);
    Status remove(const Session &session, int64_t ruleId);
    // Moves a rule one place up (-1) or down (+1).
    Status move(const Session &session, int64_t ruleId, int delta);
    // The switch of 自动转单: off, the rules only run as a dry run or on demand.
    Result<bool> autoEnabled();
    Status setAutoEnabled(const Session &session, bool on);

    Result<std::vector<BlacklistEntry>> blacklist();
    Result<int64_t> addToBlacklist(const Session &session, const QString &kind, const QString &value, const QString &note);
    Status removeFromBlacklist(const Session &session, int64_t entryId);
    // The warnings of one trade (any state); nothing when it does not exist.
    Result<TradeWarnings> warnings(int64_t tradeId);

    // What the rules look at for these pending trades (others are skipped).
    Result<std::vector<Facts>> facts(const std::vector<int64_t> &tradeIds);
    // What the rules would do to the trades (all of 待转入订单 when none are given); writes nothing.
    Result<Preview> dryRun(const std::optional<std::vector<int64_t>> &tradeIds = std::nullopt);
    // Applies the rules. `onlyUnchecked`: skip trades already decided by this rule set at their
    // current version (what the gateway's runner passes; staff's "apply to the pool" passes false).
    Result<ApplySummary> apply(const Session &session, const std::optional<std::vector<int64_t>> &tradeIds = std::nullopt, bool onlyUnchecked = false,
                               const std::atomic_bool *cancel = nullptr);
    // Staff take a held trade back: the hold is cleared and the rules leave it until it changes.
    Status release(const Session &session, int64_t tradeId);
    // Decisions per rule, today and in the last 7 days.
    Result<std::vector<RuleCount>> counts(const QDate &today = QDate::currentDate());

    // The actor of automatic decisions made by a gateway or a desk's own services.
    static Session automaticSession();

private:
    Result<QString> checkKey();
    Status bumpVersion(QSqlDatabase db);
    Database &m_db;
};

} // namespace od::rules

#pragma once
// 自动转单 strategies: an ordered list of rules, each a set of conditions on a pending trade and an
// outcome (convert, hold for review with a reason, or leave for staff). The first enabled rule whose
// conditions all hold decides; no matching rule leaves the trade. Pure functions: the storage, the
// dry run and the application live in ruleservice.h.
#include "domain/types.h"
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <optional>
#include <vector>

namespace od::rules {

enum class Outcome { Convert, Hold, Leave };
QString outcomeKey(Outcome o); // "convert" / "hold" / "leave"
std::optional<Outcome> outcomeFromKey(const QString &key);
QString outcomeLabel(Outcome o); // translated: 转单 / 挂起 / 不处理

// A yes/no condition that may also be "either".
enum class Tri { Any, Yes, No };

struct Conditions {
    std::vector<int64_t> shopIds; // empty: any shop
    QStringList platformStatuses; // empty: any status
    Tri paid = Tri::Any; // Yes: paid online; No: cash on delivery
    Tri buyerMemo = Tri::Any; // has a buyer memo
    Tri sellerMemo = Tri::Any; // has a seller memo
    QStringList memoWords; // either memo contains one of these words
    Tri openRefund = Tri::Any; // a line is under refund
    Tri allMapped = Tri::Any; // every line has a goods code
    std::optional<int64_t> minPaidFen, maxPaidFen; // inclusive
    QStringList regions; // the receiver's province (or province+city) starts with one
    Tri blacklisted = Tri::Any; // buyer nick or a mobile is on the blacklist
    Tri addressProblem = Tri::Any; // see addressProblem()
    // Created at a time of day in [from, to) ("HH:mm"; to < from wraps midnight); empty = any time.
    QString createdFrom, createdTo;

    bool operator==(const Conditions &) const = default;
};

struct Rule {
    int64_t id = 0;
    int position = 0;
    QString name;
    bool enabled = true;
    Conditions when;
    Outcome outcome = Outcome::Leave;
    QString holdReason; // shown in 挂起原因 when outcome is Hold
};

// What the rules look at, loaded once per trade.
struct Facts {
    int64_t tradeId = 0;
    int64_t shopId = 0;
    QString tid;
    QString platformStatus;
    bool paid = false, cod = false, closed = false;
    QString buyerMemo, sellerMemo;
    bool openRefund = false;
    bool allMapped = false;
    int64_t paidFen = 0;
    QString receiverState, receiverCity, receiverDistrict, receiverAddress;
    bool blacklisted = false;
    QString created; // "yyyy-MM-dd HH:mm:ss"
};

struct Decision {
    int64_t ruleId = 0; // 0: no rule matched
    QString ruleName;
    Outcome outcome = Outcome::Leave;
    QString reason; // the hold reason, or why nothing matched
};

// Why an address would stop a courier: missing province/city/district, or a post-office box.
// Empty when the address looks deliverable.
QString addressProblem(const QString &state, const QString &city, const QString &district, const QString &address);

// Does every condition of `c` hold for `f`?
bool matches(const Conditions &c, const Facts &f);
// The first enabled rule (in position order) that matches decides.
Decision decide(const std::vector<Rule> &rules, const Facts &f);

// Conditions as stored (JSON) and back; unknown keys are ignored, wrong types give an error.
QJsonObject toJson(const Conditions &c);
Result<Conditions> conditionsFromJson(const QJsonObject &o);
// A rule that can be saved: a name, a hold reason when it holds, sane amounts and times.
Status validate(const Rule &r);
// One line describing a rule's conditions for the rules page ("店铺 2 个 · 已付款 · 无留言").
QString describe(const Conditions &c);

} // namespace od::rules

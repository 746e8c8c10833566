// Callbacks over real loopback HTTP: sign refused and kept, success recorded once, duplicates
// ignored; per-order state and history; retryFailed needs the right.
#include "crm/callbackhandler.h"
#include "crm/matrixcodes.h"
#include "crm/crmmapping.h"
#include "crm/crmstore.h"
#include "crmfixture.h"
#include "storage/sql.h"
#include "testdb.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <gtest/gtest.h>
#include <httplib.h>

using namespace od;
using namespace od::crm;

namespace {

const QString kToken = QStringLiteral("cb-secret");

WireParams callbackForm(const QString &rsp, const QString &res, const QString &msgId, const QString &token = kToken)
{
    WireParams f{{"rsp", rsp}, {"res", res}, {"msg_id", msgId}, {"data", R"({"tid":"T1"})"}, {"err_msg", ""}};
    signRequest(f, token);
    return f;
}

std::pair<int, std::string> post(int port, const QString &task, const QByteArray &body)
{
    httplib::Client c("127.0.0.1", port);
    c.set_read_timeout(10);
    auto r = c.Post(("/crm/callback/" + task.toStdString()).c_str(), body.toStdString(), "application/x-www-form-urlencoded");
    return r ? std::make_pair(r->status, r->body) : std::make_pair(0, std::string());
}

QString stateOf(Database &db, const QString &task)
{
    QSqlQuery q(db.connection());
    EXPECT_TRUE(sql::exec(q, "SELECT state FROM crm_outbox WHERE task = ?", {task}).ok());
    return q.next() ? q.value(0).toString() : QString();
}

} // namespace

TEST(CrmCallback, WrongSignRefusedAndKept_DuplicateIgnored)
{
    test::TestDb t;
    test::CrmFixture fx(t.db());
    const auto orders = fx.addOrders(1, 1, 2);
    QSqlQuery q(t->connection());
    ASSERT_TRUE(sql::exec(q, "SELECT task FROM crm_outbox WHERE order_id = ? ORDER BY seq", {orders[0].id}).ok());
    QStringList tasks;
    while (q.next())
        tasks << q.value(0).toString();
    ASSERT_EQ(tasks.size(), 2);
    // The event was sent and the CRM said "running".
    ASSERT_TRUE(sql::exec(q, "UPDATE crm_outbox SET state = 'running', sent_at = ? WHERE task = ?", {preciseNow(), tasks[0]}).ok());

    test::LoopbackServer srv([&](httplib::Server &s) { installCrmCallbackRoute(s, t.db(), [] { return kToken; }); });

    // Wrong sign: refused with the matrix's reply, the raw body kept in push_exceptions.
    const QByteArray forged = formEncode(callbackForm("succ", "", "m1", "not-the-token"));
    auto [status, body] = post(srv.port(), tasks[0], forged);
    EXPECT_EQ(status, 200);
    EXPECT_EQ(body, R"({"rsp":"fail","res":"4003","data":"sign error"})");
    EXPECT_EQ(stateOf(t.db(), tasks[0]), "running");
    ASSERT_TRUE(sql::exec(q, "SELECT kind, reason, body, body_size FROM push_exceptions").ok());
    ASSERT_TRUE(q.next());
    EXPECT_EQ(q.value(0).toString(), "crm_callback");
    EXPECT_EQ(q.value(1).toString(), "sign error");
    EXPECT_EQ(q.value(2).toByteArray(), forged);
    EXPECT_EQ(q.value(3).toLongLong(), forged.size());
    q.finish(); // no read snapshot left open on this connection (SQLite WAL)

    // Good sign: done with the msg_id; the order has another event, so it stays pending.
    std::tie(status, body) = post(srv.port(), tasks[0], formEncode(callbackForm("succ", "", "m1")));
    EXPECT_EQ(body, R"({"rsp":"succ","res":"","data":""})");
    EXPECT_EQ(stateOf(t.db(), tasks[0]), "done");
    auto hist = eventHistory(t.db(), orders[0].id);
    ASSERT_TRUE(hist.ok());
    ASSERT_EQ(hist->size(), 2);
    EXPECT_EQ(hist->at(0).msgId, "m1");
    EXPECT_FALSE(hist->at(0).doneAt.isEmpty());
    EXPECT_EQ(hist->at(1).state, "pending");
    EXPECT_EQ(crmState(t.db(), orders[0].id)->kind, CrmOrderState::Kind::Pending);

    // A duplicate (even one saying "fail") changes nothing and is answered succ.
    const QString doneAt = hist->at(0).doneAt;
    std::tie(status, body) = post(srv.port(), tasks[0], formEncode(callbackForm("fail", "4003", "m2")));
    EXPECT_EQ(body, R"({"rsp":"succ","res":"","data":""})");
    auto again = eventHistory(t.db(), orders[0].id);
    EXPECT_EQ(again->at(0).state, "done");
    EXPECT_EQ(again->at(0).msgId, "m1");
    EXPECT_EQ(again->at(0).doneAt, doneAt);
    auto direct = handleCallback(t.db(), tasks[0], callbackForm("succ", "", "m3"), kToken);
    EXPECT_TRUE(direct.accepted) << direct.reason.toStdString();
    EXPECT_FALSE(direct.applied);

    // The last event's callback makes the order synced.
    ASSERT_TRUE(sql::exec(q, "UPDATE crm_outbox SET state = 'running', sent_at = ? WHERE task = ?", {preciseNow(), tasks[1]}).ok());
    std::tie(status, body) = post(srv.port(), tasks[1], formEncode(callbackForm("succ", "", "m4")));
    EXPECT_EQ(stateOf(t.db(), tasks[1]), "done");
    auto st = crmState(t.db(), orders[0].id);
    ASSERT_TRUE(st.ok());
    EXPECT_EQ(st->kind, CrmOrderState::Kind::InSync);
    EXPECT_EQ(st->stateKey, "synced");
    EXPECT_EQ(st->done, 2);

    // Unknown task: refused and kept.
    std::tie(status, body) = post(srv.port(), "no-such-task", formEncode(callbackForm("succ", "", "m5")));
    EXPECT_NE(body.find("\"fail\""), std::string::npos);
    EXPECT_EQ(sql::scalar(t->connection(), "SELECT COUNT(*) FROM push_exceptions").value(), 2);
}

// One table decides for the dispatcher and the callback handler alike; an unknown code is permanent
// on both paths (the callback handler used to retry it unseen while the dispatcher stopped it).
TEST(CrmCallback, UnknownFailCodeIsPermanentAsInTheDispatcher)
{
    EXPECT_EQ(classifyMatrixFailure("4007"), MatrixFailure::Temporary);
    EXPECT_EQ(classifyMatrixFailure("4003"), MatrixFailure::Permanent);
    EXPECT_EQ(classifyMatrixFailure("4001"), MatrixFailure::Permanent);
    EXPECT_EQ(classifyMatrixFailure("4099"), MatrixFailure::Permanent);
    EXPECT_EQ(classifyMatrixFailure(""), MatrixFailure::Permanent);
    test::TestDb t;
    test::CrmFixture fx(t.db());
    const auto orders = fx.addOrders(1, 1, 1);
    QSqlQuery q(t->connection());
    ASSERT_TRUE(sql::exec(q, "UPDATE crm_outbox SET state = 'running', sent_at = ?", {preciseNow()}).ok());
    ASSERT_TRUE(sql::exec(q, "SELECT task FROM crm_outbox WHERE order_id = ?", {orders[0].id}).ok() && q.next());
    const QString task = q.value(0).toString();
    WireParams odd{{"rsp", "fail"}, {"res", "4099"}, {"msg_id", "z"}, {"data", ""}, {"err_msg", "odd"}};
    signRequest(odd, kToken);
    EXPECT_TRUE(handleCallback(t.db(), task, odd, kToken).applied);
    auto st = crmState(t.db(), orders[0].id);
    ASSERT_TRUE(st.ok());
    EXPECT_EQ(st->kind, CrmOrderState::Kind::Failed);
    EXPECT_EQ(st->reason, "4099 odd");
}

TEST(CrmCallback, FailCallbackIsPermanentOrTemporaryByCode)
{
    test::TestDb t;
    test::CrmFixture fx(t.db());
    const auto orders = fx.addOrders(2, 1, 1);
    QSqlQuery q(t->connection());
    ASSERT_TRUE(sql::exec(q, "UPDATE crm_outbox SET state = 'running', sent_at = ?", {preciseNow()}).ok());
    auto task = [&](qint64 order) {
        return sql::exec(q, "SELECT task FROM crm_outbox WHERE order_id = ?", {order}).ok() && q.next() ? q.value(0).toString() : QString();
    };
    WireParams perm{{"rsp", "fail"}, {"res", "4001"}, {"msg_id", "x"}, {"data", ""}, {"err_msg", "unknown method"}};
    signRequest(perm, kToken);
    EXPECT_TRUE(handleCallback(t.db(), task(orders[0].id), perm, kToken).applied);
    auto st = crmState(t.db(), orders[0].id);
    EXPECT_EQ(st->kind, CrmOrderState::Kind::Failed);
    EXPECT_EQ(st->reason, "4001 unknown method");

    WireParams temp{{"rsp", "fail"}, {"res", "4007"}, {"msg_id", "y"}, {"data", ""}, {"err_msg", "busy"}};
    signRequest(temp, kToken);
    EXPECT_TRUE(handleCallback(t.db(), task(orders[1].id), temp, kToken).applied);
    auto st2 = crmState(t.db(), orders[1].id);
    EXPECT_EQ(st2->kind, CrmOrderState::Kind::Pending);
    EXPECT_EQ(st2->reason, "4007 busy");
    EXPECT_EQ(eventHistory(t.db(), orders[1].id)->at(0).state, "pending");

    // Retrying failed events needs the right.
    auto denied = retryFailed(t.db(), Role::Operator, orders[0].id);
    ASSERT_FALSE(denied.ok());
    EXPECT_EQ(denied.error().code, "crm.forbidden");
    EXPECT_EQ(crmState(t.db(), orders[0].id)->kind, CrmOrderState::Kind::Failed);
    auto allowed = retryFailed(t.db(), Role::Admin, orders[0].id);
    ASSERT_TRUE(allowed.ok());
    EXPECT_EQ(allowed.value(), 1);
    EXPECT_EQ(crmState(t.db(), orders[0].id)->kind, CrmOrderState::Kind::Pending);
}

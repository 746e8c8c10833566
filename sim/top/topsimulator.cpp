#include "sim/top/topsimulator.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <chrono>
#include <httplib.h>

namespace od::top {

namespace {
const QString kFmt = QStringLiteral("yyyy-MM-dd HH:mm:ss");
using json = nlohmann::json;

std::string responseKey(const QString &method)
{
    QString m = method;
    if (m.startsWith(QLatin1String("taobao.")))
        m = m.mid(7);
    m.replace(QLatin1Char('.'), QLatin1Char('_'));
    return (m + QStringLiteral("_response")).toStdString();
}

QString param(const Params &p, const char *key)
{
    auto it = p.find(QString::fromLatin1(key));
    return it == p.end() ? QString() : it->second;
}

} // namespace

TopSimulator::TopSimulator(Options options) : m_opts(std::move(options)), m_store(m_opts.seed) { }

TopSimulator::~TopSimulator() { stop(); }

bool TopSimulator::start(int port)
{
    m_server = std::make_unique<httplib::Server>();
    m_server->set_payload_max_length(1 << 20);
    m_server->set_read_timeout(10, 0);
    m_server->set_write_timeout(10, 0);
    m_server->set_tcp_nodelay(true); // else Nagle + delayed ACK cost ~40 ms per answer
    m_server->set_keep_alive_max_count(1000);
    m_server->Post("/router/rest", [this](const httplib::Request &req, httplib::Response &res) {
        Params p;
        for (const auto &[k, v] : req.params)
            p[QString::fromStdString(k)] = QString::fromStdString(v);
        bool drop = false;
        std::string body = handle(p, &drop);
        if (drop) {
            // Announce a long body, send a part of it, then abort: the client sees the connection die.
            const size_t announced = body.size() + 4096;
            res.set_content_provider(announced, "application/json;charset=UTF-8", [body](size_t offset, size_t, httplib::DataSink &sink) {
                if (offset == 0)
                    sink.write(body.data(), body.size() / 2);
                return false;
            });
            return;
        }
        res.set_content(body, "application/json;charset=UTF-8");
    });
    if (port == 0)
        m_port = m_server->bind_to_any_port("127.0.0.1");
    else
        m_port = m_server->bind_to_port("127.0.0.1", port) ? port : -1;
    if (m_port <= 0) {
        m_server.reset();
        return false;
    }
    m_thread = std::thread([this] { m_server->listen_after_bind(); });
    // The socket already listens (bind), so early connections wait in the backlog; still wait for the loop.
    for (int i = 0; i < 200 && !m_server->is_running(); ++i)
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    return true;
}

void TopSimulator::stop()
{
    if (m_server)
        m_server->stop();
    if (m_thread.joinable())
        m_thread.join();
    m_server.reset();
}

QString TopSimulator::url() const { return QStringLiteral("http://127.0.0.1:%1/router/rest").arg(m_port); }

void TopSimulator::banAfter(int afterCalls, int seconds)
{
    m_banSeconds = seconds;
    m_banAfter = afterCalls;
}

void TopSimulator::failIsp(int count, double probability, const QString &subCode)
{
    std::lock_guard lock(m_mu);
    m_ispCount = count;
    m_ispProbability = probability;
    m_ispSubCode = subCode;
}

void TopSimulator::revokeSession(const QString &session)
{
    std::lock_guard lock(m_mu);
    m_revoked << session;
}

int TopSimulator::calls(const QString &method) const
{
    std::lock_guard lock(m_mu);
    auto it = m_callsByMethod.find(method);
    return it == m_callsByMethod.end() ? 0 : it->second;
}

std::string TopSimulator::error(int code, const std::string &msg, const std::string &subCode, const std::string &subMsg)
{
    json e{{"code", code}, {"msg", msg}, {"request_id", std::to_string(++m_requestSerial)}};
    if (!subCode.empty())
        e["sub_code"] = subCode;
    if (!subMsg.empty())
        e["sub_msg"] = subMsg;
    return json{{"error_response", e}}.dump();
}

std::string TopSimulator::handle(const Params &p, bool *drop)
{
    ++m_calls;
    {
        std::lock_guard lock(m_mu);
        ++m_callsByMethod[param(p, "method")];
    }
    if (const int d = m_delayMs.load(); d > 0)
        std::this_thread::sleep_for(std::chrono::milliseconds(d));
    if (m_drops.load() > 0 && m_drops.fetch_sub(1) > 0) {
        *drop = true;
        return error(15, "Remote service error", "isp.dropped", "connection dropped");
    }
    // Call limit: once triggered, every call during the ban gets code 7 with the seconds left.
    if (m_banAfter.load() >= 0 && m_banAfter.fetch_sub(1) == 0)
        m_bannedUntilMs = m_clock->nowMs() + qint64(m_banSeconds.load()) * 1000;
    if (const qint64 until = m_bannedUntilMs.load(); until > m_clock->nowMs()) {
        ++m_bansServed;
        const qint64 left = (until - m_clock->nowMs() + 999) / 1000;
        return error(7, "App Call Limited", "accesscontrol.limited-by-app-access-count", "This ban will last for " + std::to_string(left) + " more seconds.");
    }
    {
        std::lock_guard lock(m_mu);
        const bool byCount = m_ispCount.load() > 0;
        const bool byChance = m_ispProbability > 0 && QRandomGenerator::global()->generateDouble() < m_ispProbability;
        if (byCount || byChance) {
            if (byCount)
                --m_ispCount;
            ++m_ispServed;
            return error(15, "Remote service error", m_ispSubCode.toStdString(), "服务暂时不可用，请稍后重试");
        }
    }
    return dispatch(p);
}

std::string TopSimulator::dispatch(const Params &p)
{
    const QString method = param(p, "method");
    if (method.isEmpty())
        return error(21, "Missing Method");
    if (param(p, "app_key").isEmpty())
        return error(28, "Missing App Key");
    if (param(p, "app_key") != m_opts.appKey)
        return error(29, "Invalid App Key");
    const QString ts = param(p, "timestamp");
    const QDateTime when = QDateTime::fromString(ts, kFmt);
    if (!when.isValid())
        return error(30, "Missing Timestamp");
    if (std::llabs(when.secsTo(m_store.now())) > 600)
        return error(31, "Invalid Timestamp", "isv.invalid-timestamp", "timestamp differs from the gateway clock by more than 10 minutes");
    const auto sm = signMethodFromKey(param(p, "sign_method").isEmpty() ? QStringLiteral("md5") : param(p, "sign_method"));
    if (!sm)
        return error(25, "Invalid signature", "isv.invalid-sign-method");
    if (!constantTimeEquals(sign(p, m_opts.secret, *sm), param(p, "sign").toUtf8()))
        return error(25, "Invalid signature");
    const QString session = param(p, "session");
    if (session.isEmpty())
        return error(26, "Missing Session");
    {
        std::lock_guard lock(m_mu);
        if (!m_opts.sessions.contains(session) || m_revoked.contains(session))
            return error(27, "Invalid session", "invalid-sessionkey", "SessionKey非法");
    }

    const std::string key = responseKey(method);
    auto invalid = [this](const std::string &what) { return error(41, "Invalid arguments", "isv.invalid-parameter:" + what, "参数错误: " + what); };
    int pageNo = 1, pageSize = 40;
    if (!param(p, "page_no").isEmpty()) {
        bool ok = false;
        pageNo = param(p, "page_no").toInt(&ok);
        if (!ok || pageNo < 1)
            return invalid("page_no");
    }
    if (!param(p, "page_size").isEmpty()) {
        bool ok = false;
        pageSize = param(p, "page_size").toInt(&ok);
        if (!ok || pageSize < 1 || pageSize > 100)
            return invalid("page_size");
    }
    const bool useHasNext = param(p, "use_has_next") == QLatin1String("true");

    auto page = [&](auto &&items, const char *wrapper, const char *item, auto &&toJson) {
        json body = json::object();
        const size_t from = size_t(pageNo - 1) * size_t(pageSize);
        json list = json::array();
        for (size_t i = from; i < items.size() && i < from + size_t(pageSize); ++i)
            list.push_back(toJson(items[i]));
        if (useHasNext)
            body["has_next"] = from + size_t(pageSize) < items.size();
        else
            body["total_results"] = items.size();
        if (!list.empty())
            body[wrapper] = {{item, list}};
        return json{{key, body}}.dump();
    };
    auto window = [&](const char *startKey, const char *endKey, qint64 maxSecs, QString *start, QString *end) -> std::string {
        *start = param(p, startKey);
        *end = param(p, endKey);
        const QDateTime s = QDateTime::fromString(*start, kFmt), e = QDateTime::fromString(*end, kFmt);
        if (!s.isValid() || !e.isValid())
            return error(40, "Missing required arguments", std::string("isv.missing-parameter:") + startKey);
        if (s > e || s.secsTo(e) > maxSecs)
            return error(41, "Invalid arguments", "isv.invalid-parameter:time-window", "查询时间跨度不能超过" + std::to_string(maxSecs / 86400) + "天");
        return {};
    };

    QString start, end;
    if (method == QLatin1String("taobao.trades.sold.increment.get")) {
        if (auto e = window("start_modified", "end_modified", 86400, &start, &end); !e.empty())
            return e;
        return page(m_store.byModified(start, end, param(p, "status")), "trades", "trade", [](const Trade &t) { return SimStore::tradeJson(t, false); });
    }
    if (method == QLatin1String("taobao.trades.sold.get")) {
        if (auto e = window("start_created", "end_created", 92LL * 86400, &start, &end); !e.empty())
            return e;
        return page(m_store.byCreated(start, end, param(p, "status")), "trades", "trade", [](const Trade &t) { return SimStore::tradeJson(t, false); });
    }
    if (method == QLatin1String("taobao.refunds.receive.get")) {
        if (auto e = window("start_modified", "end_modified", 92LL * 86400, &start, &end); !e.empty())
            return e;
        return page(m_store.refundsByModified(start, end, param(p, "status")), "refunds", "refund", [](const SimRefund &r) { return SimStore::refundJson(r); });
    }
    if (method == QLatin1String("taobao.trade.fullinfo.get")) {
        const auto t = m_store.trade(param(p, "tid"));
        if (!t)
            return error(15, "Remote service error", "isv.trade-not-exist", "交易不存在");
        return json{{key, {{"trade", SimStore::tradeJson(*t, true)}}}}.dump();
    }
    if (method == QLatin1String("taobao.refund.get")) {
        const auto r = m_store.refund(param(p, "refund_id"));
        if (!r)
            return error(15, "Remote service error", "isv.refund-not-exist", "退款不存在");
        return json{{key, {{"refund", SimStore::refundJson(*r)}}}}.dump();
    }
    if (method == QLatin1String("taobao.refund.refuse")) {
        const QString msg = param(p, "refuse_message");
        if (msg.size() < 2 || msg.size() > 200)
            return invalid("refuse_message");
        SimRefund after;
        const QString sub =
            m_store.refuse(param(p, "refund_id"), param(p, "tid"), param(p, "oid"), param(p, "refund_phase"), param(p, "refund_version"), msg, &after);
        if (!sub.isEmpty())
            return error(15, "Remote service error", sub.toStdString(), "拒绝退款失败");
        return json{
            {key,
             {{"is_success", true},
              {"refund", {{"refund_id", after.refundId.toStdString()}, {"status", after.status.toStdString()}, {"modified", after.modified.toStdString()}}}}}}
            .dump();
    }
    if (method == QLatin1String("taobao.trade.memo.update")) {
        // Public parameters: tid (required), memo (at most 1000 bytes), flag 0–5, reset.
        if (param(p, "tid").isEmpty())
            return error(40, "Missing required arguments", "isv.missing-parameter");
        bool flagOk = true;
        const int flag = param(p, "flag").isEmpty() ? 0 : param(p, "flag").toInt(&flagOk);
        if (!flagOk || flag < 0 || flag > 5)
            return invalid("flag");
        if (param(p, "memo").toUtf8().size() > 1000)
            return invalid("memo");
        const bool reset = param(p, "reset") == QLatin1String("true");
        QString modified;
        const QString sub = m_store.updateMemo(param(p, "tid"), p.contains(QStringLiteral("memo")) ? std::optional<QString>(param(p, "memo")) : std::nullopt,
                                               reset, flag, &modified);
        if (!sub.isEmpty())
            return error(15, "Remote service error", sub.toStdString(), "修改备注失败");
        return json{{key, {{"trade", {{"tid", param(p, "tid").toStdString()}, {"modified", modified.toStdString()}}}}}}.dump();
    }
    if (method == QLatin1String("taobao.logistics.offline.send")) {
        if (param(p, "tid").isEmpty() || param(p, "out_sid").isEmpty() || param(p, "company_code").isEmpty())
            return error(40, "Missing required arguments", "isv.missing-parameter");
        const QString sub = m_store.ship(param(p, "tid"), param(p, "company_code"), param(p, "out_sid"));
        if (!sub.isEmpty())
            return error(15, "Remote service error", sub.toStdString(), "发货失败");
        return json{{key, {{"shipping", {{"is_success", true}}}}}}.dump();
    }
    return error(22, "Invalid Method");
}

} // namespace od::top

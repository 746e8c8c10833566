#include "platforms/top/topclient.h"

#include "platforms/top/topjson.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QThread>
#include <QUrl>
#include <optional>

namespace od::top {

using json = nlohmann::json;
using detail::list;
using detail::text;

namespace {

QByteArray formEncode(const Params &p)
{
    QByteArray out;
    for (const auto &[k, v] : p) {
        if (!out.isEmpty())
            out += '&';
        out += QUrl::toPercentEncoding(k) + '=' + QUrl::toPercentEncoding(v);
    }
    return out;
}
} // namespace

TopClient::TopClient(QString endpoint, QString shopName, Credentials credentials, ClientOptions options)
    : m_endpoint(std::move(endpoint)), m_shopName(std::move(shopName)), m_cred(std::move(credentials)), m_opts(std::move(options))
{
    if (!m_opts.clock)
        m_opts.clock = Clock::system();
    m_banKey = BanBoard::key(m_endpoint, m_cred.appKey, m_cred.session);
}

TopClient::~TopClient() = default;

namespace {
Error cancelledError() { return Error(QStringLiteral("top.cancelled"), QCoreApplication::translate("TopClient", "Cancelled.")); }
} // namespace

int TopClient::banSeconds(const QString &subMsg)
{
    static const QRegularExpression re(QStringLiteral("(\\d+)\\s*more\\s*second"), QRegularExpression::CaseInsensitiveOption);
    const auto m = re.match(subMsg);
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

bool TopClient::sleepMs(qint64 ms) { return m_opts.clock->sleepUntil(m_opts.clock->nowMs() + ms, m_opts.cancelled); }

bool TopClient::banned() const { return BanBoard::bannedUntil(m_banKey) > m_opts.clock->nowMs(); }

Status TopClient::waitOutBan()
{
    // Another ban may be recorded while we wait (a parallel answer): wait until none is left.
    for (qint64 until = BanBoard::bannedUntil(m_banKey); until > m_opts.clock->nowMs(); until = BanBoard::bannedUntil(m_banKey)) {
        const qint64 left = until - m_opts.clock->nowMs();
        if (left > qint64(m_opts.maxBanWaitSecs + 1) * 1000)
            return Error(
                QStringLiteral("top.call_limit"),
                QCoreApplication::translate("TopClient", "The platform limits the calls of shop %1 for %2 seconds.").arg(m_shopName).arg((left + 999) / 1000));
        ++m_stats.bansWaited;
        if (!m_opts.clock->sleepUntil(until, m_opts.cancelled))
            return Error(QStringLiteral("top.cancelled"), QCoreApplication::translate("TopClient", "Cancelled."));
    }
    return {};
}

void TopClient::recordBan(int banSecs) { BanBoard::ban(m_banKey, m_opts.clock->nowMs() + qint64(banSecs + 1) * 1000); }

Error TopClient::stopError(const QString &shopName, int code, const QString &subCode, const QString &msg, const QString &subMsg)
{
    const QString detail = QStringLiteral("%1 %2 %3 %4").arg(code).arg(msg, subCode, subMsg).simplified();
    if (code == 26 || code == 27)
        return Error(QStringLiteral("top.session"),
                     QCoreApplication::translate("TopClient", "The session token of shop %1 has expired or is invalid: authorise the shop again (%2).")
                         .arg(shopName, detail));
    if (code == 25)
        return Error(
            QStringLiteral("top.sign"),
            QCoreApplication::translate("TopClient", "The platform rejected the signature of shop %1: check the shop's app secret and sign method (%2).")
                .arg(shopName, detail));
    if (code == 28 || code == 29)
        return Error(
            QStringLiteral("top.app_key"),
            QCoreApplication::translate("TopClient", "The platform does not know the app key of shop %1: check the shop settings (%2).").arg(shopName, detail));
    if (code == 30 || code == 31)
        return Error(QStringLiteral("top.timestamp"),
                     QCoreApplication::translate("TopClient", "The platform refused the request time of shop %1: set this computer's clock right (%2).")
                         .arg(shopName, detail));
    return Error(QStringLiteral("top.isv"), QCoreApplication::translate("TopClient", "The platform refused the request of shop %1: %2").arg(shopName, detail));
}

QNetworkReply *TopClient::send(const QString &method, const Params &params)
{
    if (!m_nam)
        m_nam = std::make_unique<QNetworkAccessManager>();
    Params p = params;
    p[QStringLiteral("method")] = method;
    p[QStringLiteral("app_key")] = m_cred.appKey;
    p[QStringLiteral("session")] = m_cred.session;
    p[QStringLiteral("timestamp")] = QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    p[QStringLiteral("v")] = QStringLiteral("2.0");
    p[QStringLiteral("format")] = QStringLiteral("json");
    p[QStringLiteral("sign_method")] = toKey(m_cred.method);
    p.erase(QStringLiteral("sign"));
    p[QStringLiteral("sign")] = QString::fromLatin1(sign(p, m_cred.secret, m_cred.method));

    QNetworkRequest req{QUrl(m_endpoint)};
    req.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/x-www-form-urlencoded;charset=utf-8"));
    req.setTransferTimeout(m_opts.transferTimeoutMs);
    ++m_stats.calls;
    return m_nam->post(req, formEncode(p));
}

TopClient::Outcome TopClient::callOnce(const QString &method, const Params &params, json *body, Error *error, int *banSecs)
{
    if (Status st = waitOutBan(); !st.ok()) {
        *error = st.error();
        return Outcome::Stop;
    }
    QEventLoop loop;
    QNetworkReply *reply = send(method, params);
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    if (!reply->isFinished()) {
        // The loop returned without the answer: this thread is being stopped (after QThread::quit()
        // every event loop in it returns at once). Reading on would take the unfinished reply for an
        // empty, unreadable answer and retry with back-off, holding the thread's stop for minutes.
        reply->abort();
        reply->deleteLater();
        *error = cancelledError();
        return Outcome::Stop;
    }
    const Outcome o = interpret(reply, method, body, error, banSecs);
    reply->deleteLater();
    return o;
}

TopClient::Outcome TopClient::interpret(QNetworkReply *reply, const QString &method, json *body, Error *error, int *banSecs)
{
    const QByteArray data = reply->readAll();
    const auto netError = reply->error();
    const int httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QString netText = reply->errorString();

    if (netError != QNetworkReply::NoError || httpStatus >= 500) {
        *error = Error(QStringLiteral("top.network"),
                       QCoreApplication::translate("TopClient", "Could not reach the platform for shop %1: %2").arg(m_shopName, netText));
        return Outcome::Retry;
    }
    return interpretBody(data, method, m_shopName, body, error, banSecs);
}

TopClient::Outcome TopClient::interpretBody(const QByteArray &data, const QString &method, const QString &shopName, json *body, Error *error, int *banSecs)
{
    json j = json::parse(data.constData(), data.constData() + data.size(), nullptr, false);
    if (j.is_discarded() || !j.is_object()) {
        *error = Error(QStringLiteral("top.bad_answer"),
                       QCoreApplication::translate("TopClient", "The platform sent an unreadable answer for shop %1.").arg(shopName));
        return Outcome::Retry;
    }
    if (auto e = j.find("error_response"); e != j.end()) {
        if (!e->is_object()) {
            *error = Error(QStringLiteral("top.bad_answer"),
                           QCoreApplication::translate("TopClient", "The platform sent an unreadable answer for shop %1.").arg(shopName));
            return Outcome::Retry;
        }
        // The code may come as a number or as text; anything else counts as unknown (0).
        const int code = text(*e, "code").toInt();
        const QString subCode = text(*e, "sub_code"), msg = text(*e, "msg"), subMsg = text(*e, "sub_msg");
        if (code == 7 || code == 8 || subCode.startsWith(QLatin1String("accesscontrol."))) {
            *banSecs = banSeconds(subMsg);
            *error = Error(QStringLiteral("top.call_limit"),
                           QCoreApplication::translate("TopClient", "The platform limits the calls of shop %1 for %2 seconds.").arg(shopName).arg(*banSecs));
            return Outcome::Ban;
        }
        if (subCode.startsWith(QLatin1String("isp.")) || (code == 15 && !subCode.startsWith(QLatin1String("isv.")))) {
            *error = Error(QStringLiteral("top.isp"),
                           QCoreApplication::translate("TopClient", "The platform had a temporary failure for shop %1: %2 %3").arg(shopName, subCode, subMsg));
            return Outcome::Retry;
        }
        *error = stopError(shopName, code, subCode, msg, subMsg);
        return Outcome::Stop;
    }
    QString key = method.startsWith(QLatin1String("taobao.")) ? method.mid(7) : method;
    key.replace(QLatin1Char('.'), QLatin1Char('_'));
    key += QStringLiteral("_response");
    auto r = j.find(key.toStdString());
    if (r == j.end() || !r->is_object()) {
        *error =
            Error(QStringLiteral("top.bad_answer"), QCoreApplication::translate("TopClient", "The platform's answer for shop %1 lacks %2.").arg(shopName, key));
        return Outcome::Stop;
    }
    *body = *r;
    return Outcome::Ok;
}

Result<json> TopClient::call(const QString &method, Params params)
{
    int attempts = 0, bans = 0;
    for (;;) {
        if (m_opts.cancelled && m_opts.cancelled())
            return cancelledError();
        json body;
        Error error;
        int banSecs = -1;
        switch (callOnce(method, params, &body, &error, &banSecs)) {
        case Outcome::Ok:
            return body;
        case Outcome::Stop:
            return error;
        case Outcome::Ban: {
            if (banSecs < 0)
                banSecs = 60;
            // Recorded even when we give up: the shop's other requests must not run into it either.
            recordBan(banSecs);
            if (banSecs > m_opts.maxBanWaitSecs || ++bans > m_opts.maxBans)
                return error;
            continue; // the next callOnce waits the ban out first
        }
        case Outcome::Retry: {
            if (++attempts >= m_opts.maxAttempts)
                return error;
            ++m_stats.retries;
            // Exponential back-off with full jitter: a random wait in [0, min(max, base * 2^n)].
            const qint64 cap = std::min<qint64>(m_opts.backoffMaxMs, qint64(m_opts.backoffBaseMs) << std::min(attempts, 20));
            if (!sleepMs(QRandomGenerator::global()->bounded(cap + 1)))
                return cancelledError();
            continue;
        }
        }
    }
}

namespace {
Params pageParams(const char *startKey, const QString &start, const char *endKey, const QString &end, int pageNo, int pageSize, bool useHasNext)
{
    return {{QString::fromLatin1(startKey), start},
            {QString::fromLatin1(endKey), end},
            {QStringLiteral("page_no"), QString::number(pageNo)},
            {QStringLiteral("page_size"), QString::number(pageSize)},
            {QStringLiteral("use_has_next"), useHasNext ? QStringLiteral("true") : QStringLiteral("false")}};
}

template <typename Page, typename Parse> Result<Page> readPage(const json &body, const char *wrapper, const char *item, Parse parse)
{
    Page page;
    if (auto t = body.find("total_results"); t != body.end() && t->is_number())
        page.total = t->get<qint64>();
    if (auto h = body.find("has_next"); h != body.end() && h->is_boolean())
        page.hasNext = h->get<bool>();
    if (const json *l = list(body, wrapper, item)) {
        for (const json &x : *l) {
            auto r = parse(x);
            if (!r.ok())
                return r.error();
            page.rows.push_back(std::move(r).value());
        }
    }
    return page;
}
const QString kTradeListFields = QStringLiteral("tid,status,buyer_nick,receiver_name,receiver_state,payment,modified,created");
} // namespace

Result<TradePage> TopClient::tradesIncrement(const QString &start, const QString &end, int pageNo, int pageSize, bool useHasNext)
{
    Params p = pageParams("start_modified", start, "end_modified", end, pageNo, pageSize, useHasNext);
    p[QStringLiteral("fields")] = kTradeListFields;
    auto body = call(QStringLiteral("taobao.trades.sold.increment.get"), p);
    if (!body.ok())
        return body.error();
    return readPage<TradePage>(body.value(), "trades", "trade", &TopClient::parseListedTrade);
}

Result<TradePage> TopClient::tradesSold(const QString &start, const QString &end, int pageNo, int pageSize)
{
    Params p = pageParams("start_created", start, "end_created", end, pageNo, pageSize, false);
    p[QStringLiteral("fields")] = kTradeListFields;
    auto body = call(QStringLiteral("taobao.trades.sold.get"), p);
    if (!body.ok())
        return body.error();
    return readPage<TradePage>(body.value(), "trades", "trade", &TopClient::parseListedTrade);
}

Params TopClient::fullinfoParams(const QString &tid)
{
    return {{QStringLiteral("tid"), tid},
            {QStringLiteral("fields"),
             QStringLiteral("tid,status,buyer_nick,receiver_name,receiver_mobile,receiver_state,receiver_city,"
                            "receiver_district,receiver_address,created,modified,pay_time,type,total_fee,post_fee,"
                            "discount_fee,payment,buyer_message,seller_memo,orders")}};
}

Result<Trade> TopClient::fullinfo(const QString &tid)
{
    auto body = call(QStringLiteral("taobao.trade.fullinfo.get"), fullinfoParams(tid));
    if (!body.ok())
        return body.error();
    auto t = body->find("trade");
    if (t == body->end() || !t->is_object())
        return Error(QStringLiteral("top.bad_answer"),
                     QCoreApplication::translate("TopClient", "The platform sent no trade %1 for shop %2.").arg(tid, m_shopName));
    return parseTrade(*t);
}

std::vector<Result<Trade>> TopClient::fullinfoMany(const QStringList &tids, int parallel)
{
    // First attempt: up to `parallel` requests in flight on one event loop. Whatever did not come
    // back clean (ban, isp, network) is then fetched one by one with the full retry rules.
    std::vector<std::optional<Result<Trade>>> got(size_t(tids.size()));
    QEventLoop loop;
    int inFlight = 0;
    qsizetype next = 0;
    std::function<void()> pump = [&] {
        // A ban answer stops the pumping: what is left is fetched one by one after the ban.
        while (inFlight < parallel && next < tids.size() && !banned()) {
            const qsizetype i = next++;
            QNetworkReply *r = send(QStringLiteral("taobao.trade.fullinfo.get"), fullinfoParams(tids[i]));
            ++inFlight;
            QObject::connect(r, &QNetworkReply::finished, &loop, [&, i, r] {
                json body;
                Error error;
                int ban = -1;
                const Outcome o = interpret(r, QStringLiteral("taobao.trade.fullinfo.get"), &body, &error, &ban);
                if (o == Outcome::Ok) {
                    auto t = body.find("trade");
                    if (t != body.end() && t->is_object())
                        got[size_t(i)] = parseTrade(*t);
                } else if (o == Outcome::Ban) {
                    recordBan(ban < 0 ? 60 : ban);
                }
                r->deleteLater();
                --inFlight;
                pump();
                if (inFlight == 0)
                    loop.quit();
            });
        }
    };
    if (waitOutBan().ok())
        pump();
    if (inFlight > 0)
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    // Still in flight: the loop could not run because this thread is being stopped (see callOnce);
    // what did not come is cancelled, not fetched again one by one.
    const bool stopping = inFlight > 0;
    std::vector<Result<Trade>> out;
    out.reserve(got.size());
    for (qsizetype i = 0; i < tids.size(); ++i)
        out.push_back(got[size_t(i)] ? std::move(*got[size_t(i)]) : stopping ? Result<Trade>(cancelledError()) : fullinfo(tids[i]));
    return out;
}

Result<RefundPage> TopClient::refundsReceive(const QString &start, const QString &end, int pageNo, int pageSize)
{
    Params p = pageParams("start_modified", start, "end_modified", end, pageNo, pageSize, false);
    p[QStringLiteral("fields")] = QStringLiteral("refund_id,tid,oid,refund_fee,reason,has_good_return,status,refund_phase,refund_version,created,modified");
    auto body = call(QStringLiteral("taobao.refunds.receive.get"), p);
    if (!body.ok())
        return body.error();
    return readPage<RefundPage>(body.value(), "refunds", "refund", &TopClient::parseRefund);
}

Result<PendingRefund> TopClient::refund(const QString &refundId)
{
    auto body = call(QStringLiteral("taobao.refund.get"), {{QStringLiteral("refund_id"), refundId}});
    if (!body.ok())
        return body.error();
    auto r = body->find("refund");
    if (r == body->end() || !r->is_object())
        return Error(QStringLiteral("top.bad_answer"),
                     QCoreApplication::translate("TopClient", "The platform sent no refund %1 for shop %2.").arg(refundId, m_shopName));
    return parseRefund(*r);
}

Result<QString> TopClient::logisticsOfflineSend(const QString &tid, const QString &companyCode, const QString &outSid)
{
    auto body = call(QStringLiteral("taobao.logistics.offline.send"),
                     {{QStringLiteral("tid"), tid}, {QStringLiteral("company_code"), companyCode}, {QStringLiteral("out_sid"), outSid}});
    if (!body.ok())
        return body.error();
    return QString::fromStdString(body->dump());
}

Result<QString> TopClient::tradeMemoUpdate(const QString &tid, const QString &memo, int flag)
{
    if (flag < 0 || flag > 5)
        return Error(QStringLiteral("top.invalid_flag"), QCoreApplication::translate("TopClient", "A memo flag is 0 to 5, not %1.").arg(flag));
    Params params{{QStringLiteral("tid"), tid}, {QStringLiteral("flag"), QString::number(flag)}};
    if (memo.isEmpty())
        params[QStringLiteral("reset")] = QStringLiteral("true");
    else
        params[QStringLiteral("memo")] = memo;
    auto body = call(QStringLiteral("taobao.trade.memo.update"), params);
    if (!body.ok())
        return body.error();
    return QString::fromStdString(body->dump());
}

Result<QString> TopClient::refundRefuse(const QString &refundId, const QString &tid, const QString &oid, const QString &message, const QString &phase,
                                        const QString &version)
{
    auto body = call(QStringLiteral("taobao.refund.refuse"),
                     {{QStringLiteral("refund_id"), refundId},
                      {QStringLiteral("tid"), tid},
                      {QStringLiteral("oid"), oid},
                      {QStringLiteral("refuse_message"), message},
                      {QStringLiteral("refund_phase"), phase},
                      {QStringLiteral("refund_version"), version}});
    if (!body.ok())
        return body.error();
    return QString::fromStdString(body->dump());
}

} // namespace od::top

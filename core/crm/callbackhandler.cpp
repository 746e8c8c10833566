#include "crm/callbackhandler.h"

#include "crm/crmmapping.h"
#include "crm/matrixcodes.h"
#include "crm/crmstore.h"
#include "crm/matrixsign.h"
#include "storage/sql.h"

#include <QLoggingCategory>
#include <QSqlQuery>
#include <httplib.h>

Q_LOGGING_CATEGORY(lcCrmCallback, "orderdesk.crm.callback")

namespace od::crm {

namespace {

const QByteArray kSucc = R"({"rsp":"succ","res":"","data":""})";
const QByteArray kSignError = R"({"rsp":"fail","res":"4003","data":"sign error"})";
const QByteArray kUnknownTask = R"({"rsp":"fail","res":"4004","data":"unknown task"})";
const QByteArray kServerError = R"({"rsp":"fail","res":"4007","data":"server error"})";

void keepRefused(Database &db, const QString &reason, const QByteArray &body)
{
    QSqlQuery q(db.connection());
    auto st = sql::exec(q,
                        QStringLiteral("INSERT INTO push_exceptions (received_at, kind, reason, body, body_size, search_text) "
                                       "VALUES (?, 'crm_callback', ?, ?, ?, ?)"),
                        {sql::nowText(), reason, body, body.size(), reason});
    if (!st)
        qCWarning(lcCrmCallback) << "cannot keep a refused callback:" << st.error().message;
}

bool permanentCode(const QString &res) { return classifyMatrixFailure(res) == MatrixFailure::Permanent; }

} // namespace

CrmCallbackResult handleCallback(Database &db, const QString &task, const QMap<QString, QString> &form, const QString &token, const QByteArray &rawBody)
{
    CrmCallbackResult r;
    const QByteArray body = rawBody.isEmpty() ? formEncode(form) : rawBody;
    if (!matrixVerify(form, token)) {
        r.body = kSignError;
        r.reason = QStringLiteral("sign error");
        keepRefused(db, r.reason, body);
        return r;
    }
    auto found = findTask(db, task);
    if (!found) {
        r.httpStatus = 500;
        r.body = kServerError;
        r.reason = found.error().message;
        return r;
    }
    if (!found->has_value()) {
        r.body = kUnknownTask;
        r.reason = QStringLiteral("unknown task");
        keepRefused(db, r.reason + QStringLiteral(": ") + task, body);
        return r;
    }
    r.accepted = true;
    r.body = kSucc;
    const TaskRef ref = **found;
    const QString rsp = form.value(QStringLiteral("rsp"));
    const QString res = form.value(QStringLiteral("res"));
    Result<bool> changed = false;
    if (rsp == QLatin1String("succ")) {
        changed = markDone(db, ref.id, QString(), form.value(QStringLiteral("msg_id")));
    } else {
        QString msg = form.value(QStringLiteral("err_msg"));
        if (msg.isEmpty())
            msg = form.value(QStringLiteral("data"));
        msg = QStringLiteral("%1 %2").arg(res, msg).trimmed();
        changed = permanentCode(res) ? markPermanent(db, ref.id, QString(), msg) : markTemporary(db, ref.id, QString(), msg, 0);
    }
    if (!changed) {
        r.accepted = false;
        r.httpStatus = 500;
        r.body = kServerError;
        r.reason = changed.error().message;
        return r;
    }
    r.applied = changed.value();
    if (r.applied) {
        // The CRM's own word on the event (its `data`), kept for staff (CRM 同步 list).
        QSqlQuery keep(db.connection());
        if (auto st = sql::exec(keep, QStringLiteral("UPDATE crm_outbox SET callback_data = ? WHERE id = ?"),
                                {form.value(QStringLiteral("data")).left(4000), ref.id});
            !st)
            qCWarning(lcCrmCallback) << "cannot keep the callback's data:" << st.error().message;
    }
    return r;
}

std::function<void(const httplib::Request &, httplib::Response &)> crmCallbackHandler(Database &db, std::function<QString()> tokenProvider,
                                                                                      std::function<void()> onApplied)
{
    return [&db, tokenProvider, onApplied](const httplib::Request &req, httplib::Response &res) {
        const QString task = QString::fromUtf8(QByteArray::fromPercentEncoding(QByteArray::fromStdString(req.matches[1].str())));
        const QByteArray raw = QByteArray::fromStdString(req.body);
        const CrmCallbackResult r = handleCallback(db, task, formDecode(raw), tokenProvider(), raw);
        res.status = r.httpStatus;
        res.set_content(r.body.toStdString(), "application/json");
        if (r.applied && onApplied)
            onApplied();
    };
}

void installCrmCallbackRoute(httplib::Server &server, Database &db, std::function<QString()> tokenProvider, std::function<void()> onApplied)
{
    server.Post(kCrmCallbackPattern, crmCallbackHandler(db, std::move(tokenProvider), std::move(onApplied)));
}

} // namespace od::crm

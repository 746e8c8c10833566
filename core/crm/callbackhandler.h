#pragma once
// The matrix's callback (POST form to <callback_base>/crm/callback/<task>): verify the sign,
// match the task, record the result once; duplicates change nothing.
#include "storage/database.h"
#include <QByteArray>
#include <QMap>
#include <QString>
#include <functional>

namespace httplib {
class Server;
struct Request;
struct Response;
} // namespace httplib

namespace od::crm {

struct CrmCallbackResult {
    int httpStatus = 200;
    QByteArray body; // the JSON reply for the matrix
    bool accepted = false; // sign ok and task known
    bool applied = false; // this callback changed the event (false for duplicates)
    QString reason; // why it was refused (for logs; also stored in push_exceptions)
};

// `rawBody` is what is kept in push_exceptions when the callback is refused (defaults to the
// re-encoded form). The token is a secret: it is only used to compute the sign.
CrmCallbackResult handleCallback(Database &db, const QString &task, const QMap<QString, QString> &form, const QString &token, const QByteArray &rawBody = {});

// Installs POST /crm/callback/<task> on an httplib server (handlers run on httplib's threads, each
// with its own database connection). `onApplied` (optional, called from httplib's thread) is told
// when a callback changed an event, e.g. to wake the dispatcher for the order's next event.
// The route's pattern and handler, for servers that mount routes themselves (PushReceiver::addPostRoute).
inline constexpr const char *kCrmCallbackPattern = R"(/crm/callback/([^/?]+))";
std::function<void(const httplib::Request &, httplib::Response &)> crmCallbackHandler(Database &db, std::function<QString()> tokenProvider,
                                                                                      std::function<void()> onApplied = {});
void installCrmCallbackRoute(httplib::Server &server, Database &db, std::function<QString()> tokenProvider, std::function<void()> onApplied = {});

} // namespace od::crm

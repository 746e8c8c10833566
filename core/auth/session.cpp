#include "auth/session.h"

#include <QCoreApplication>

namespace od {

namespace {
QString tr(const char *s) { return QCoreApplication::translate("Auth", s); }
} // namespace

Role minimumRole(Right right)
{
    if (roleHas(Role::Operator, right))
        return Role::Operator;
    if (roleHas(Role::Supervisor, right))
        return Role::Supervisor;
    return Role::Admin;
}

QString rightLabel(Right right)
{
    switch (right) {
    case Right::View: return tr("Viewing records");
    case Right::Convert: return tr("Converting a trade to a sales order");
    case Right::Remove: return tr("Removing a trade");
    case Right::MarkProcessed: return tr("Marking a record as processed");
    case Right::Confirm: return tr("Confirming an order");
    case Right::Ship: return tr("Shipping an order");
    case Right::Hold: return tr("Holding or releasing an order");
    case Right::RefuseRefund: return tr("Refusing a refund");
    case Right::PartialRefund: return tr("A partial refund");
    case Right::CancelOrder: return tr("Cancelling an order");
    case Right::ConvertRefund: return tr("Converting a refund request");
    case Right::ReceiveReturn: return tr("Receiving returned goods");
    case Right::ManageShops: return tr("Managing shops");
    case Right::ManageUsers: return tr("Managing users");
    case Right::ManageCrm: return tr("Changing the CRM settings");
    case Right::RetryCrm: return tr("Retrying CRM events");
    case Right::EditSkuMapping: return tr("Editing the goods mapping");
    }
    return {};
}

Status requireRight(const Session &session, Right right)
{
    if (session.login.isEmpty())
        return Error(QStringLiteral("auth.no_session"), tr("Nobody is logged in; log in first."));
    if (roleHas(session.role, right))
        return {};
    const Role need = minimumRole(right);
    const QString needText = need == Role::Admin ? tr("an administrator") : tr("a supervisor");
    return Error(QStringLiteral("auth.denied"),
                 tr("%1 needs %2; you are logged in as %3 (%4). Ask a %5 to do it.")
                     .arg(rightLabel(right), needText, label(session.role).toLower(), session.login, label(need).toLower()));
}

} // namespace od

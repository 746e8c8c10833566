#include "auth/session.h"

#include <QCoreApplication>

namespace od {

namespace { } // namespace

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
    case Right::View:
        return QCoreApplication::translate("Auth", "Viewing records");
    case Right::Convert:
        return QCoreApplication::translate("Auth", "Converting a trade to a sales order");
    case Right::Remove:
        return QCoreApplication::translate("Auth", "Removing a trade");
    case Right::MarkProcessed:
        return QCoreApplication::translate("Auth", "Marking a record as processed");
    case Right::Confirm:
        return QCoreApplication::translate("Auth", "Confirming an order");
    case Right::Ship:
        return QCoreApplication::translate("Auth", "Shipping an order");
    case Right::Hold:
        return QCoreApplication::translate("Auth", "Holding or releasing an order");
    case Right::RefuseRefund:
        return QCoreApplication::translate("Auth", "Refusing a refund");
    case Right::PartialRefund:
        return QCoreApplication::translate("Auth", "A partial refund");
    case Right::CancelOrder:
        return QCoreApplication::translate("Auth", "Cancelling an order");
    case Right::ConvertRefund:
        return QCoreApplication::translate("Auth", "Converting a refund request");
    case Right::ReceiveReturn:
        return QCoreApplication::translate("Auth", "Receiving returned goods");
    case Right::ManageShops:
        return QCoreApplication::translate("Auth", "Managing shops");
    case Right::ManageUsers:
        return QCoreApplication::translate("Auth", "Managing users");
    case Right::ManageCrm:
        return QCoreApplication::translate("Auth", "Changing the CRM settings");
    case Right::RetryCrm:
        return QCoreApplication::translate("Auth", "Retrying CRM events");
    case Right::EditSkuMapping:
        return QCoreApplication::translate("Auth", "Editing the goods mapping");
    case Right::ManageRules:
        return QCoreApplication::translate("Auth", "Changing the conversion rules and the blacklist");
    case Right::ViewBuyerContact:
        return QCoreApplication::translate("Auth", "Seeing buyers' whole mobile numbers");
    }
    return {};
}

Status requireRight(const Session &session, Right right)
{
    if (session.login.isEmpty())
        return Error(QStringLiteral("auth.no_session"), QCoreApplication::translate("Auth", "Nobody is logged in; log in first."));
    if (roleHas(session.role, right))
        return {};
    const Role need = minimumRole(right);
    const QString needText =
        need == Role::Admin ? QCoreApplication::translate("Auth", "an administrator") : QCoreApplication::translate("Auth", "a supervisor");
    return Error(QStringLiteral("auth.denied"),
                 QCoreApplication::translate("Auth", "%1 needs %2; you are logged in as %3 (%4). Ask a %5 to do it.")
                     .arg(rightLabel(right), needText, label(session.role).toLower(), session.login, label(need).toLower()));
}

} // namespace od

#include "platforms/platform.h"

#include "domain/text.h"
#include "secrets/secretstore.h"

#include <QCoreApplication>

namespace od::platforms {

Result<Credentials> Platform::credentials(const Shop &shop, SecretStore &secrets) const
{
    auto secret = secrets.get(shop.secretRef);
    if (!secret.ok())
        return secret.error();
    Credentials c{shop.appKey, secret->toUtf8(), QString(), QString()};
    if (capabilities().pullOrders || capabilities().shipWriteBack) {
        auto session = secrets.get(shop.secretRef + QStringLiteral(".session"));
        if (!session.ok())
            return session.error();
        c.session = session.value();
    }
    return c;
}

Result<MappedPush> Platform::acceptPush(const Shop &shop, const QByteArray &, const std::function<Result<QString>()> &, int *httpStatus) const
{
    if (httpStatus)
        *httpStatus = 404;
    return Error(QStringLiteral("push.not_push_shop"), QCoreApplication::translate("Platforms", "Shop \"%1\" does not receive pushed orders.").arg(shop.code));
}

QString Platform::maskMobile(const QString &mobile) const { return od::maskMobile(mobile); }

} // namespace od::platforms

#include "platforms/mall/mallplatform.h"

#include "platforms/mall/mallmapper.h"
#include "push/pushsign.h"

#include <QCoreApplication>

namespace od::push {

platforms::Capabilities MallPlatform::capabilities() const
{
    platforms::Capabilities c;
    c.pushOrders = true;
    return c;
}

Result<std::unique_ptr<platforms::PlatformClient>> MallPlatform::connect(const Shop &shop, const platforms::Credentials &,
                                                                         const platforms::ClientOptions &) const
{
    return Error(QStringLiteral("platform.no_pull"),
                 QCoreApplication::translate("MallPlatform", "Shop %1 pushes its orders: there is nothing to download from it.").arg(shop.name));
}

bool MallPlatform::errorIsPerTrade(const Error &error) const
{
    return error.code.startsWith(QLatin1String("push.missing_field")) || error.code.startsWith(QLatin1String("push.invalid_field"));
}

QString MallPlatform::pushAppKey(const QByteArray &body) const
{
    auto parsed = parsePushBody(body);
    if (parsed.ok()) {
        auto it = parsed->find("app_key");
        if (it != parsed->end() && it->is_string())
            return QString::fromStdString(it->get<std::string>());
    }
    return {};
}

Result<MappedPush> MallPlatform::acceptPush(const Shop &shop, const QByteArray &body, const std::function<Result<QString>()> &secret, int *httpStatus) const
{
    auto refuse = [httpStatus](int status, Error e) -> Result<MappedPush> {
        if (httpStatus)
            *httpStatus = status;
        return e;
    };
    auto parsed = parsePushBody(body);
    if (!parsed.ok())
        return refuse(400, parsed.error());
    const QString scheme = shop.signScheme.isEmpty() ? QString::fromLatin1(kDefaultScheme) : shop.signScheme;
    if (!isInsecureScheme(scheme)) {
        auto s = secret();
        if (!s.ok())
            return refuse(503,
                          Error(QStringLiteral("push.no_secret"),
                                QCoreApplication::translate("Push", "The secret of shop \"%1\" is not available: %2").arg(shop.code, s.error().message)));
        if (Status st = verifySign(scheme, parsed.value(), s.value()); !st.ok())
            return refuse(403, st.error());
    }
    auto mapped = mapMallOrder(parsed.value(), shop.id, body);
    if (!mapped.ok())
        return refuse(400, mapped.error());
    return mapped;
}

} // namespace od::push

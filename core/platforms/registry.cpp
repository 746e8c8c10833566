#include "platforms/registry.h"

#include "platforms/mall/mallplatform.h"
#include "platforms/top/topplatform.h"

namespace od::platforms {

const std::vector<const Platform *> &allPlatforms()
{
    static const top::TopPlatform topPlatform{};
    static const push::MallPlatform mallPlatform{};
    static const std::vector<const Platform *> all{&topPlatform, &mallPlatform};
    return all;
}

const Platform &platformFor(PlatformKind kind)
{
    for (const Platform *p : allPlatforms())
        if (p->kind() == kind)
            return *p;
    return *allPlatforms().front(); // every PlatformKind is registered (platforms_test checks it)
}

const Platform *platformByCode(const QString &code)
{
    for (const Platform *p : allPlatforms())
        if (p->code() == code)
            return p;
    return nullptr;
}

Result<std::unique_ptr<PlatformClient>> connectShop(const Shop &shop, SecretStore &secrets, const ClientOptions &options)
{
    const Platform &p = platformFor(shop);
    auto cred = p.credentials(shop, secrets);
    if (!cred.ok())
        return cred.error();
    return p.connect(shop, cred.value(), options);
}

} // namespace od::platforms

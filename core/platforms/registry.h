#pragma once
// The platforms OrderDesk knows, by kind or by code ("top", "mall"). Adding a platform adds one line
// in registry.cpp (docs/architecture.md, "How to add a platform").
#include "platforms/platform.h"
#include <vector>

namespace od::platforms {

const Platform &platformFor(PlatformKind kind);
inline const Platform &platformFor(const Shop &shop) { return platformFor(shop.platform); }
const Platform *platformByCode(const QString &code); // null if unknown
const std::vector<const Platform *> &allPlatforms();

// A client for the shop with its credentials from the secret store (Platform::credentials + connect).
Result<std::unique_ptr<PlatformClient>> connectShop(const Shop &shop, SecretStore &secrets, const ClientOptions &options = {});

} // namespace od::platforms

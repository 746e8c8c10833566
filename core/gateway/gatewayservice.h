#pragma once
// Something the gateway runs while it holds the gateway lock (the push receiver is built in).
// HOOK for the TOP download scheduler: once it lands, app/gateway/main.cpp adds one of these per
// configured schedule set (see the "services" list there); start() is called when this gateway
// becomes active, stop() on shutdown — stop() must let a started batch finish before returning.
#include "domain/result.h"
#include <QString>

namespace od::gateway {

class GatewayService {
public:
    virtual ~GatewayService() = default;
    virtual QString name() const = 0;
    virtual Status start() = 0;
    virtual void stop() = 0;
};

} // namespace od::gateway

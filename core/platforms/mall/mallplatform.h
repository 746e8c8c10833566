#pragma once
// The pushing mall (protocols.md §2) behind the platform interface: it sends full orders to our
// receiver (signed per shop scheme, push/pushsign.h), mapped by mallmapper.h; no pull, no write-back
// (shipments and refusals are recorded locally).
#include "platforms/platform.h"

namespace od::push {

class MallPlatform : public platforms::Platform {
public:
    PlatformKind kind() const override { return PlatformKind::MallPush; }
    platforms::Capabilities capabilities() const override;
    platforms::CallLimits callLimits() const override { return {}; }
    Result<std::unique_ptr<platforms::PlatformClient>> connect(const Shop &shop, const platforms::Credentials &credentials,
                                                               const platforms::ClientOptions &options) const override;
    bool errorIsPerTrade(const Error &error) const override;
    QString pushAppKey(const QByteArray &body) const override;
    Result<MappedPush> acceptPush(const Shop &shop, const QByteArray &body, const std::function<Result<QString>()> &secret, int *httpStatus) const override;
};

} // namespace od::push

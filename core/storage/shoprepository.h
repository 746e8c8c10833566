#pragma once
#include "domain/types.h"
#include "storage/database.h"
#include <optional>
#include <vector>

namespace od {

class ShopRepository {
public:
    explicit ShopRepository(Database &db) : m_db(db) { }
    Result<int64_t> create(const Shop &shop);
    Status update(const Shop &shop);
    Result<std::vector<Shop>> all();
    Result<std::optional<Shop>> get(int64_t id);
    Result<std::optional<Shop>> byCode(const QString &code);

private:
    Database &m_db;
};

} // namespace od

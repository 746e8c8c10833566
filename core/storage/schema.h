#pragma once
#include <QStringList>

namespace od::schema {
// DDL of migration 1 and 3, with dialect placeholders (see migrations.cpp).
QStringList baseTables();
QStringList sortIndexes();
} // namespace od::schema

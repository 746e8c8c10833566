#pragma once
#include "storage/database.h"
#include <QWidget>

// 设置: where the database is, and (as they land) shops, users and the CRM link.
class SettingsPage : public QWidget {
    Q_OBJECT
public:
    explicit SettingsPage(od::Database &db, QWidget *parent = nullptr);
};

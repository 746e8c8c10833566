#pragma once
// 设置: the database, the shops, the users and the CRM link, as far as the core supports them.
#include "backend.h"
#include <QWidget>

class QTableWidget;
class QLabel;

class SettingsPage : public QWidget {
    Q_OBJECT
public:
    explicit SettingsPage(Backend &backend, QWidget *parent = nullptr);
    void reload();
    bool hasLoaded() const { return m_loaded; }
    QTableWidget *shopTable() const { return m_shops; }
    QTableWidget *userTable() const { return m_users; }

private:
    Backend &m_backend;
    QTableWidget *m_shops;
    QTableWidget *m_users;
    QLabel *m_usersNote;
    bool m_loaded = false;
};

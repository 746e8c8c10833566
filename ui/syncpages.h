#pragma once
// 同步: 计划任务 (per-shop health and the run log), CRM 同步 (events, retry the failed), 异常 (refused pushes).
#include "listpage.h"

class QTableWidget;

class SchedulesPage : public ListPage {
    Q_OBJECT
public:
    SchedulesPage(Backend &backend, QWidget *parent = nullptr);
    QTableWidget *healthTable() const { return m_health; }
    void refreshHealth();
    void openRequests();

private:
    QTableWidget *m_health;
};

class CrmPage : public ListPage {
    Q_OBJECT
public:
    CrmPage(Backend &backend, QWidget *parent = nullptr);
};

class ExceptionsPage : public ListPage {
    Q_OBJECT
public:
    ExceptionsPage(Backend &backend, QWidget *parent = nullptr);

private:
    void viewBody();
};

#include "settingspage.h"

#include "storage/shoprepository.h"

#include <QFormLayout>
#include <QFutureWatcher>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace {
QTableWidget *table(QWidget *parent, const QStringList &headers)
{
    auto *t = new QTableWidget(parent);
    t->setColumnCount(int(headers.size()));
    t->setHorizontalHeaderLabels(headers);
    t->verticalHeader()->hide();
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}
} // namespace

SettingsPage::SettingsPage(Backend &backend, QWidget *parent) : QWidget(parent), m_backend(backend)
{
    setObjectName(QStringLiteral("settings"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(new QLabel(QStringLiteral("<b>%1</b>").arg(tr("System settings").toHtmlEscaped()), this));

    auto *dbBox = new QGroupBox(tr("Database"), this);
    auto *form = new QFormLayout(dbBox);
    form->addRow(tr("Connection:"), new QLabel(backend.db().config().describe(), this));
    form->addRow(tr("Kind:"), new QLabel(backend.db().isPostgres() ? tr("PostgreSQL (team, shared by several desks)")
                                                                   : tr("SQLite (single desk)"), this));
    layout->addWidget(dbBox);

    auto *shopBox = new QGroupBox(tr("Shops"), this);
    auto *shopLayout = new QVBoxLayout(shopBox);
    m_shops = table(this, {tr("Code"), tr("Name"), tr("Platform"), tr("App key"), tr("Endpoint"), tr("Enabled")});
    m_shops->setColumnWidth(0, 110);
    m_shops->setColumnWidth(1, 140);
    m_shops->setColumnWidth(2, 120);
    m_shops->setColumnWidth(3, 110);
    m_shops->setColumnWidth(4, 260);
    shopLayout->addWidget(m_shops);
    layout->addWidget(shopBox, 1);

    auto *userBox = new QGroupBox(tr("Users"), this);
    auto *userLayout = new QVBoxLayout(userBox);
    m_users = table(this, {tr("Login"), tr("Name"), tr("Role"), tr("Active")});
    m_users->setColumnWidth(0, 110);
    m_users->setColumnWidth(1, 140);
    m_usersNote = new QLabel(this);
    userLayout->addWidget(m_users);
    userLayout->addWidget(m_usersNote);
    layout->addWidget(userBox, 1);

    auto *crmBox = new QGroupBox(tr("CRM link"), this);
    auto *crmForm = new QFormLayout(crmBox);
    crmForm->addRow(new QLabel(tr("Events that could not be delivered are listed under Sync → CRM sync, where they can be retried."), this));
    layout->addWidget(crmBox);
}

void SettingsPage::reload()
{
    struct Data {
        std::vector<od::Shop> shops;
        std::vector<od::StaffUser> users;
        QString usersError;
    };
    auto *w = new QFutureWatcher<Data>(this);
    connect(w, &QFutureWatcher<Data>::finished, this, [this, w] {
        w->deleteLater();
        const Data d = w->result();
        m_shops->setRowCount(int(d.shops.size()));
        for (int r = 0; r < int(d.shops.size()); ++r) {
            const od::Shop &s = d.shops[size_t(r)];
            const QStringList cells{s.code, s.name, od::label(s.platform), s.appKey, s.endpoint, s.enabled ? tr("Yes") : tr("No")};
            for (int c = 0; c < cells.size(); ++c)
                m_shops->setItem(r, c, new QTableWidgetItem(cells[c]));
        }
        m_users->setRowCount(int(d.users.size()));
        for (int r = 0; r < int(d.users.size()); ++r) {
            const od::StaffUser &u = d.users[size_t(r)];
            const QStringList cells{u.login, u.displayName, od::label(u.role), u.active ? tr("Yes") : tr("No")};
            for (int c = 0; c < cells.size(); ++c)
                m_users->setItem(r, c, new QTableWidgetItem(cells[c]));
        }
        m_usersNote->setText(d.usersError);
        m_usersNote->setVisible(!d.usersError.isEmpty());
        m_loaded = true;
    });
    w->setFuture(QtConcurrent::run([b = &m_backend]() -> Data {
        Data d;
        if (auto s = od::ShopRepository(b->db()).all(); s.ok())
            d.shops = s.value();
        if (auto u = b->users(); u.ok())
            d.users = u.value();
        else
            d.usersError = u.error().message;
        return d;
    }));
}

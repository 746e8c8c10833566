#include "settingspage.h"

#include "dialogparts.h"
#include "platforms/registry.h"

#include "crmsettingsdialog.h"
#include "receiverdialog.h"
#include "scheduledialog.h"
#include "secrets/secretstore.h"
#include "shopdialog.h"
#include "storage/shoprepository.h"

#include <QComboBox>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace {
QTableWidget *table(QWidget *parent, const QStringList &headers)
{
    auto *t = new QTableWidget(parent);
    ui::readOnlyTable(t, headers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setMinimumHeight(150);
    return t;
}

QHBoxLayout *buttonRow(const std::vector<QPushButton *> &buttons)
{
    auto *row = new QHBoxLayout;
    for (QPushButton *b : buttons)
        row->addWidget(b);
    row->addStretch(1);
    return row;
}
} // namespace

SettingsPage::SettingsPage(Backend &backend, QWidget *parent) : QWidget(parent), m_backend(backend)
{
    setObjectName(QStringLiteral("settings"));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    outer->addWidget(scroll);
    auto *content = new QWidget(scroll);
    scroll->setWidget(content);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(new QLabel(QStringLiteral("<b>%1</b>").arg(tr("System settings").toHtmlEscaped()), content));
    m_status = new QLabel(content);
    m_status->setWordWrap(true);
    m_status->hide();
    layout->addWidget(m_status);

    auto *dbBox = new QGroupBox(tr("Database"), content);
    auto *form = new QFormLayout(dbBox);
    form->addRow(tr("Connection:"), new QLabel(backend.db().config().describe(), dbBox));
    form->addRow(tr("Kind:"), new QLabel(backend.db().isPostgres() ? tr("PostgreSQL (team, shared by several desks)") : tr("SQLite (single desk)"), dbBox));
    m_storeLabel = new QLabel(dbBox);
    form->addRow(tr("Secret store:"), m_storeLabel);
    layout->addWidget(dbBox);

    auto *shopBox = new QGroupBox(tr("Shops"), content);
    auto *shopLayout = new QVBoxLayout(shopBox);
    m_shops = table(shopBox, {tr("Code"), tr("Name"), tr("Platform"), tr("App key"), tr("Endpoint / sign scheme"), tr("Credentials"), tr("Enabled")});
    m_shops->setColumnWidth(0, 110);
    m_shops->setColumnWidth(1, 140);
    m_shops->setColumnWidth(2, 120);
    m_shops->setColumnWidth(3, 110);
    m_shops->setColumnWidth(4, 260);
    m_shops->setColumnWidth(5, 90);
    m_addShop = new QPushButton(tr("Add shop…"), shopBox);
    m_editShop = new QPushButton(tr("Edit…"), shopBox);
    m_toggleShop = new QPushButton(tr("Disable"), shopBox);
    m_schedules = new QPushButton(tr("Schedules…"), shopBox);
    shopLayout->addWidget(m_shops);
    shopLayout->addLayout(buttonRow({m_addShop, m_editShop, m_toggleShop, m_schedules}));
    layout->addWidget(shopBox, 1);
    connect(m_addShop, &QPushButton::clicked, this, [this] { openShopDialog(-1); });
    connect(m_editShop, &QPushButton::clicked, this, [this] { openShopDialog(selectedRow(m_shops)); });
    connect(m_shops, &QTableWidget::cellDoubleClicked, this, [this](int row) {
        if (m_backend.may(od::Right::ManageShops))
            openShopDialog(row);
    });
    connect(m_toggleShop, &QPushButton::clicked, this, [this] {
        const int row = selectedRow(m_shops);
        if (row < 0)
            return;
        const od::Shop &s = m_shopData[size_t(row)];
        if (s.enabled
            && QMessageBox::question(this, tr("Disable shop"),
                                     tr("Disable %1? No orders will be downloaded or accepted for it until it is enabled again.").arg(s.name))
                != QMessageBox::Yes)
            return;
        setShopEnabled(row, !s.enabled);
    });
    connect(m_schedules, &QPushButton::clicked, this, [this] { openScheduleDialog(selectedRow(m_shops)); });

    auto *receiverBox = new QGroupBox(tr("Push receiver"), content);
    auto *receiverLayout = new QHBoxLayout(receiverBox);
    m_receiverSummary = new QLabel(receiverBox);
    m_receiverSummary->setWordWrap(true);
    m_editReceiver = new QPushButton(tr("Change…"), receiverBox);
    receiverLayout->addWidget(m_receiverSummary, 1);
    receiverLayout->addWidget(m_editReceiver);
    layout->addWidget(receiverBox);
    connect(m_editReceiver, &QPushButton::clicked, this, [this] { openReceiverDialog(); });

    auto *crmBox = new QGroupBox(tr("CRM link"), content);
    auto *crmLayout = new QVBoxLayout(crmBox);
    auto *crmRow = new QHBoxLayout;
    m_crmSummary = new QLabel(crmBox);
    m_crmSummary->setWordWrap(true);
    m_editCrm = new QPushButton(tr("Change…"), crmBox);
    crmRow->addWidget(m_crmSummary, 1);
    crmRow->addWidget(m_editCrm);
    crmLayout->addLayout(crmRow);
    auto *crmNote = new QLabel(tr("Events that could not be delivered are listed under Sync → CRM sync, where they can be retried."), crmBox);
    crmNote->setWordWrap(true);
    crmLayout->addWidget(crmNote);
    layout->addWidget(crmBox);
    connect(m_editCrm, &QPushButton::clicked, this, [this] { openCrmDialog(); });

    auto *userBox = new QGroupBox(tr("Users"), content);
    auto *userLayout = new QVBoxLayout(userBox);
    m_users = table(userBox, {tr("Login"), tr("Name"), tr("Role"), tr("Active")});
    m_users->setColumnWidth(0, 110);
    m_users->setColumnWidth(1, 140);
    m_users->setColumnWidth(2, 100);
    m_usersNote = new QLabel(userBox);
    m_addUser = new QPushButton(tr("Add user…"), userBox);
    m_roleUser = new QPushButton(tr("Change role…"), userBox);
    m_passwordUser = new QPushButton(tr("Reset password…"), userBox);
    m_toggleUser = new QPushButton(tr("Deactivate"), userBox);
    userLayout->addWidget(m_users);
    userLayout->addWidget(m_usersNote);
    userLayout->addLayout(buttonRow({m_addUser, m_roleUser, m_passwordUser, m_toggleUser}));
    layout->addWidget(userBox, 1);
    connect(m_addUser, &QPushButton::clicked, this, [this] { openUserDialog(UserDialog::Mode::Add); });
    connect(m_roleUser, &QPushButton::clicked, this, [this] { openUserDialog(UserDialog::Mode::ChangeRole, selectedRow(m_users)); });
    connect(m_passwordUser, &QPushButton::clicked, this, [this] { openUserDialog(UserDialog::Mode::ResetPassword, selectedRow(m_users)); });
    connect(m_toggleUser, &QPushButton::clicked, this, [this] {
        const int row = selectedRow(m_users);
        if (row < 0)
            return;
        const od::StaffUser &u = m_userData[size_t(row)];
        if (u.active
            && QMessageBox::question(this, tr("Deactivate user"), tr("Deactivate %1? The account can no longer log in; its history stays.").arg(u.login))
                != QMessageBox::Yes)
            return;
        setUserActive(row, !u.active);
    });

    auto *langBox = new QGroupBox(tr("Language"), content);
    auto *langLayout = new QHBoxLayout(langBox);
    m_language = new QComboBox(langBox);
    m_language->addItem(QStringLiteral("简体中文"), QStringLiteral("zh_CN"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    const QString current = QSettings().value(languageKey(), QStringLiteral("zh_CN")).toString();
    if (int i = m_language->findData(current); i >= 0)
        m_language->setCurrentIndex(i);
    auto *langNote = new QLabel(tr("Your own choice on this computer; it applies at the next start."), langBox);
    langNote->setWordWrap(true);
    langLayout->addWidget(m_language);
    langLayout->addWidget(langNote, 1);
    layout->addWidget(langBox);
    connect(m_language, &QComboBox::activated, this, [this] { saveLanguage(m_language->currentData().toString()); });

    connect(m_shops, &QTableWidget::itemSelectionChanged, this, &SettingsPage::updateButtons);
    connect(m_users, &QTableWidget::itemSelectionChanged, this, &SettingsPage::updateButtons);
    connect(&m_backend, &Backend::changed, this, [this](const QStringList &tables) {
        if (m_loaded && (tables.contains(QStringLiteral("shops")) || tables.contains(QStringLiteral("users"))))
            reload();
    });
    applyRights();
}

void SettingsPage::showStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QStringLiteral("color: #1b5e20;"));
    m_status->setVisible(!text.isEmpty());
}

int SettingsPage::selectedRow(QTableWidget *t) const
{
    const auto rows = t->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

void SettingsPage::applyRights()
{
    m_storeLabel->setText(m_backend.secretStore() ? m_backend.secretStore()->name() : tr("on the gateway's machine (team mode)"));
    const auto gate = [this](QPushButton *b, od::Right right) {
        const bool may = m_backend.may(right);
        b->setVisible(true);
        b->setProperty("mayEdit", may);
        b->setToolTip(may ? QString() : m_backend.whyNot(right));
    };
    for (QPushButton *b : {m_addShop, m_editShop, m_toggleShop, m_schedules, m_editReceiver})
        gate(b, od::Right::ManageShops);
    gate(m_editCrm, od::Right::ManageCrm);
    for (QPushButton *b : {m_addUser, m_roleUser, m_passwordUser, m_toggleUser})
        gate(b, od::Right::ManageUsers);
    updateButtons();
}

void SettingsPage::updateButtons()
{
    const int shop = selectedRow(m_shops);
    const int user = selectedRow(m_users);
    const auto set = [](QPushButton *b, bool needsRow) { b->setEnabled(b->property("mayEdit").toBool() && needsRow); };
    set(m_addShop, true);
    set(m_editShop, shop >= 0);
    set(m_toggleShop, shop >= 0);
    set(m_schedules, shop >= 0);
    set(m_editReceiver, m_loaded);
    set(m_editCrm, m_loaded);
    set(m_addUser, true);
    set(m_roleUser, user >= 0);
    set(m_passwordUser, user >= 0);
    set(m_toggleUser, user >= 0);
    if (shop >= 0 && size_t(shop) < m_shopData.size())
        m_toggleShop->setText(m_shopData[size_t(shop)].enabled ? tr("Disable") : tr("Enable"));
    if (user >= 0 && size_t(user) < m_userData.size())
        m_toggleUser->setText(m_userData[size_t(user)].active ? tr("Deactivate") : tr("Activate"));
}

ShopDialog *SettingsPage::openShopDialog(int row)
{
    if (!m_backend.may(od::Right::ManageShops) || (row >= 0 && size_t(row) >= m_shopData.size()))
        return nullptr;
    std::optional<od::Shop> shop;
    if (row >= 0)
        shop = m_shopData[size_t(row)];
    return openEditor(new ShopDialog(m_backend, shop, this), tr("The shop was saved."));
}

void SettingsPage::openScheduleDialog(int row)
{
    if (!m_backend.may(od::Right::ManageShops) || row < 0 || size_t(row) >= m_shopData.size())
        return;
    const od::Shop shop = m_shopData[size_t(row)];
    auto schedules = std::make_shared<std::vector<od::intake::Schedule>>();
    runSettingsWork(
        this,
        [b = &m_backend, id = shop.id, schedules]() -> od::Status {
            auto r = b->shopSchedules(id);
            if (!r.ok())
                return r.error();
            *schedules = r.value();
            return {};
        },
        [this, shop, schedules](const od::Status &st) {
            if (!st.ok()) {
                showStatus(st.error().message, true);
                return;
            }
            auto *dlg = new ScheduleDialog(m_backend, shop.id, shop.name, *schedules, this);
            dlg->setAttribute(Qt::WA_DeleteOnClose);
            connect(dlg, &QDialog::accepted, this, [this] { showStatus(tr("The schedules were saved.")); });
            dlg->open();
        });
}

ReceiverDialog *SettingsPage::openReceiverDialog()
{
    if (!m_backend.may(od::Right::ManageShops) || !m_loaded)
        return nullptr;
    return openEditor(new ReceiverDialog(m_backend, m_receiver, this), tr("The push receiver settings were saved; they apply at the gateway's next start."));
}

CrmSettingsDialog *SettingsPage::openCrmDialog()
{
    if (!m_backend.may(od::Right::ManageCrm) || !m_loaded)
        return nullptr;
    return openEditor(new CrmSettingsDialog(m_backend, m_crm, this), tr("The CRM settings were saved and the CRM link restarted."));
}

UserDialog *SettingsPage::openUserDialog(UserDialog::Mode mode, int row)
{
    if (!m_backend.may(od::Right::ManageUsers))
        return nullptr;
    od::StaffUser user;
    if (mode != UserDialog::Mode::Add) {
        if (row < 0 || size_t(row) >= m_userData.size())
            return nullptr;
        user = m_userData[size_t(row)];
    }
    return openEditor(new UserDialog(m_backend, mode, user, this),
                      mode == UserDialog::Mode::ResetPassword ? tr("The password was changed.") : tr("The user was saved."));
}

void SettingsPage::setShopEnabled(int row, bool enabled)
{
    if (!m_backend.may(od::Right::ManageShops) || row < 0 || size_t(row) >= m_shopData.size())
        return;
    runSettingsWork(
        this, [b = &m_backend, id = m_shopData[size_t(row)].id, enabled] { return b->setShopEnabled(id, enabled); },
        [this, enabled](const od::Status &st) {
            showStatus(st.ok() ? (enabled ? tr("The shop was enabled.") : tr("The shop was disabled.")) : st.error().message, !st.ok());
            reload();
        });
}

void SettingsPage::setUserActive(int row, bool active)
{
    if (!m_backend.may(od::Right::ManageUsers) || row < 0 || size_t(row) >= m_userData.size())
        return;
    runSettingsWork(
        this, [b = &m_backend, login = m_userData[size_t(row)].login, active] { return b->setUserActive(login, active); },
        [this, active](const od::Status &st) {
            showStatus(st.ok() ? (active ? tr("The user was activated.") : tr("The user was deactivated.")) : st.error().message, !st.ok());
            reload();
        });
}

void SettingsPage::saveLanguage(const QString &code)
{
    QSettings settings;
    settings.setValue(languageKey(), code);
    settings.sync();
    showStatus(tr("The language was saved; it applies at the next start."));
}

void SettingsPage::reload()
{
    struct Data {
        std::vector<od::Shop> shops;
        QMap<int64_t, bool> hasSecret;
        std::vector<od::StaffUser> users;
        QString usersError;
        ReceiverSettings receiver;
        od::crm::CrmSettings crm;
        bool crmToken = false;
        QString error;
    };
    applyRights();
    auto *w = new QFutureWatcher<Data>(this);
    const int generation = ++m_generation;
    connect(w, &QFutureWatcher<Data>::finished, this, [this, w, generation] {
        w->deleteLater();
        if (generation != m_generation)
            return; // a newer reload is on its way: never show older data over it
        const Data d = w->result();
        const bool team = m_backend.secretStore() == nullptr;
        m_shopData = d.shops;
        m_shops->setRowCount(int(d.shops.size()));
        for (int r = 0; r < int(d.shops.size()); ++r) {
            const od::Shop &s = d.shops[size_t(r)];
            const QString where = od::platforms::platformFor(s).capabilities().needsEndpoint ? s.endpoint : tr("push, %1").arg(s.signScheme);
            const QString cred = team ? tr("on the gateway") : (d.hasSecret.value(s.id) ? tr("stored") : tr("missing"));
            const QStringList cells{s.code, s.name, od::label(s.platform), s.appKey, where, cred, s.enabled ? tr("Yes") : tr("No")};
            for (int c = 0; c < cells.size(); ++c)
                m_shops->setItem(r, c, new QTableWidgetItem(cells[c]));
        }
        m_userData = d.users;
        m_users->setRowCount(int(d.users.size()));
        for (int r = 0; r < int(d.users.size()); ++r) {
            const od::StaffUser &u = d.users[size_t(r)];
            const QStringList cells{u.login, u.displayName, od::label(u.role), u.active ? tr("Yes") : tr("No")};
            for (int c = 0; c < cells.size(); ++c)
                m_users->setItem(r, c, new QTableWidgetItem(cells[c]));
        }
        m_usersNote->setText(d.usersError);
        m_usersNote->setVisible(!d.usersError.isEmpty());
        m_receiver = d.receiver;
        m_receiverSummary->setText(tr("%1 · listening on %2:%3 · reply %4. Changes apply at the gateway's next start.")
                                       .arg(d.receiver.enabled ? tr("On") : tr("Off"), d.receiver.bindAddress)
                                       .arg(d.receiver.port)
                                       .arg(ReceiverDialog::replyExample(d.receiver.replyFormat)));
        m_crm = d.crm;
        m_crmSummary->setText(d.crm.gatewayUrl.isEmpty() ? tr("Not set up: sales orders are kept in the outbox until a matrix gateway is entered.")
                                                         : tr("Matrix gateway %1 · app id %2 · CRM node %3 · token %4")
                                                               .arg(d.crm.gatewayUrl, d.crm.appId, d.crm.toNodeId.isEmpty() ? tr("(none)") : d.crm.toNodeId,
                                                                    team ? tr("on the gateway") : (d.crmToken ? tr("stored") : tr("missing"))));
        if (!d.error.isEmpty())
            showStatus(d.error, true);
        m_loaded = true;
        updateButtons();
    });
    w->setFuture(QtConcurrent::run([b = &m_backend]() -> Data {
        Data d;
        if (auto s = od::ShopRepository(b->db()).all(); s.ok())
            d.shops = s.value();
        else
            d.error = s.error().message;
        for (const od::Shop &s : d.shops)
            d.hasSecret.insert(s.id, b->hasSecret(s.secretRef).valueOr(false));
        if (auto u = b->users(); u.ok())
            d.users = u.value();
        else
            d.usersError = u.error().message;
        if (auto r = b->receiverSettings(); r.ok())
            d.receiver = r.value();
        else
            d.error = r.error().message;
        if (auto c = b->crmSettings(); c.ok())
            d.crm = c.value();
        else
            d.error = c.error().message;
        d.crmToken = b->hasSecret(QStringLiteral("crm_token")).valueOr(false);
        return d;
    }));
}

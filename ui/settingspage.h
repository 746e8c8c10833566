#pragma once
// 设置: the database, the shops (with credentials in the secret store and their schedules), the push
// receiver, the CRM link, users and roles, and the language. Only administrators edit; everyone
// else sees the values read-only, with a tooltip saying why the buttons are off.
#include "backend.h"
#include "crm/crmmapping.h"
#include "userdialog.h"
#include <QWidget>
#include <QMap>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;
class ShopDialog;
class CrmSettingsDialog;
class ReceiverDialog;
class ScheduleDialog;

class SettingsPage : public QWidget {
    Q_OBJECT
public:
    explicit SettingsPage(Backend &backend, QWidget *parent = nullptr);
    void reload();
    bool hasLoaded() const { return m_loaded; }
    QTableWidget *shopTable() const { return m_shops; }
    QTableWidget *userTable() const { return m_users; }
    QLabel *statusLabel() const { return m_status; }
    QPushButton *addShopButton() const { return m_addShop; }
    QPushButton *editShopButton() const { return m_editShop; }
    QPushButton *addUserButton() const { return m_addUser; }
    QPushButton *crmButton() const { return m_editCrm; }
    QPushButton *receiverButton() const { return m_editReceiver; }
    QComboBox *languageBox() const { return m_language; }

    // The editors (open, non-blocking); nullptr when the user's role may not edit (or no row).
    ShopDialog *openShopDialog(int row); // row < 0: a new shop
    void openScheduleDialog(int row);
    ReceiverDialog *openReceiverDialog();
    CrmSettingsDialog *openCrmDialog();
    UserDialog *openUserDialog(UserDialog::Mode mode, int row = -1);
    void setShopEnabled(int row, bool enabled);
    void setUserActive(int row, bool active);
    // Stores the language under "ui/language" (zh_CN or en); applied at next start.
    void saveLanguage(const QString &code);
    static QString languageKey() { return QStringLiteral("ui/language"); }

private:
    void applyRights();
    void showStatus(const QString &text, bool error = false);
    // Opens an editor (deleted on close); once saved, `saved` is shown and the page reloads.
    template <typename D> D *openEditor(D *dialog, const QString &saved)
    {
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::accepted, this, [this, saved] {
            showStatus(saved);
            reload();
        });
        dialog->open();
        return dialog;
    }
    int selectedRow(QTableWidget *t) const;
    void updateButtons();

    Backend &m_backend;
    QTableWidget *m_shops;
    QTableWidget *m_users;
    QLabel *m_usersNote;
    QLabel *m_status;
    QLabel *m_storeLabel;
    QLabel *m_receiverSummary;
    QLabel *m_crmSummary;
    QPushButton *m_addShop, *m_editShop, *m_toggleShop, *m_schedules;
    QPushButton *m_editReceiver, *m_editCrm;
    QPushButton *m_addUser, *m_roleUser, *m_passwordUser, *m_toggleUser;
    QComboBox *m_language;
    std::vector<od::Shop> m_shopData;
    std::vector<od::StaffUser> m_userData;
    ReceiverSettings m_receiver;
    od::crm::CrmSettings m_crm;
    bool m_loaded = false;
    int m_generation = 0;
};

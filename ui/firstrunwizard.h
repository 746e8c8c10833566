#pragma once
// 首次使用向导: what a shop sees on an empty database (single desk or a team's first desk), instead of
// a log-in nobody can pass. Creates the administrator, then — each step can be skipped and done later
// in 设置 — the first shops with a 连接测试 (TOP: one signed call; a pushing mall: the address and
// app key to give it, and its first push awaited), the push receiver, the CRM link with its own
// 连接测试, and the download schedules. Every save goes through the Backend (rights, audit, secret
// store) on a worker thread; the pages reuse the settings editors, embedded.
#include "backend.h"

#include <QWizard>
#include <QWizardPage>
#include <functional>
#include <vector>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTimer;
class QVBoxLayout;
class CrmSettingsDialog;
class ReceiverDialog;
class ScheduleDialog;
class ShopDialog;

namespace firstrun {

// How strong a password looks: 0 (empty) … 4, and the word for it.
int passwordStrength(const QString &password);
QString strengthLabel(int strength);

// A page whose 下一步 first saves on a worker thread and only moves on once the save succeeded.
class SavingPage : public QWizardPage {
    Q_OBJECT
public:
    using QWizardPage::QWizardPage;
    bool validatePage() override;
    bool busy() const { return m_busy; }

protected:
    // Starts the save; calls done(true) to move on, done(false) to stay (the page shows why).
    virtual void save(std::function<void(bool)> done) = 0;

private:
    bool m_busy = false;
    bool m_passed = false;
};

class AdminPage : public SavingPage {
    Q_OBJECT
public:
    explicit AdminPage(Backend &backend, QWidget *parent = nullptr);
    QLineEdit *loginEdit() const { return m_login; }
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *passwordEdit() const { return m_password; }
    QLineEdit *repeatEdit() const { return m_repeat; }
    QLabel *messageLabel() const { return m_message; }
    QProgressBar *strengthBar() const { return m_strength; }
    bool created() const { return m_created; }

protected:
    void save(std::function<void(bool)> done) override;

private:
    void updateStrength();
    Backend &m_backend;
    QLineEdit *m_login, *m_name, *m_password, *m_repeat;
    QProgressBar *m_strength;
    QLabel *m_strengthText, *m_message;
    bool m_created = false;
};

class ShopPage : public SavingPage {
    Q_OBJECT
public:
    explicit ShopPage(Backend &backend, QWidget *parent = nullptr);
    ShopDialog *editor() const { return m_editor; }
    QPushButton *addAnotherButton() const { return m_addAnother; }
    const std::vector<od::Shop> &shops() const { return m_shops; }

protected:
    void save(std::function<void(bool)> done) override;

private:
    void newEditor();
    void saveEditor(std::function<void(bool)> done);
    Backend &m_backend;
    QVBoxLayout *m_editorBox;
    ShopDialog *m_editor = nullptr;
    QLabel *m_added;
    QPushButton *m_addAnother;
    std::vector<od::Shop> m_shops;
};

class ReceiverPage : public SavingPage {
    Q_OBJECT
public:
    explicit ReceiverPage(Backend &backend, QWidget *parent = nullptr);
    ReceiverDialog *editor() const { return m_editor; }
    ReceiverSettings settings() const;
    bool saved() const { return m_saved; }

protected:
    void save(std::function<void(bool)> done) override;

private:
    ReceiverDialog *m_editor;
    bool m_saved = false;
};

class CrmPage : public SavingPage {
    Q_OBJECT
public:
    CrmPage(Backend &backend, const ReceiverPage *receiver, QWidget *parent = nullptr);
    void initializePage() override;
    CrmSettingsDialog *editor() const { return m_editor; }

protected:
    void save(std::function<void(bool)> done) override;

private:
    Backend &m_backend;
    const ReceiverPage *m_receiver;
    QVBoxLayout *m_box;
    CrmSettingsDialog *m_editor = nullptr;
};

class SchedulePage : public SavingPage {
    Q_OBJECT
public:
    SchedulePage(Backend &backend, const ShopPage *shops, QWidget *parent = nullptr);
    void initializePage() override;
    const std::vector<ScheduleDialog *> &editors() const { return m_editors; }

protected:
    void save(std::function<void(bool)> done) override;

private:
    Backend &m_backend;
    const ShopPage *m_shops;
    QVBoxLayout *m_box;
    QLabel *m_none;
    std::vector<ScheduleDialog *> m_editors;
};

// The end: what was set up, and for each pushing mall its address, app key and whether its first push
// has arrived (polled off the GUI thread while the page shows).
class DonePage : public QWizardPage {
    Q_OBJECT
public:
    DonePage(Backend &backend, const ShopPage *shops, const ReceiverPage *receiver, QWidget *parent = nullptr);
    void initializePage() override;
    void cleanupPage() override;
    QLabel *summaryLabel() const { return m_summary; }
    QLabel *pushStatusLabel() const { return m_pushStatus; }

private:
    void poll();
    Backend &m_backend;
    const ShopPage *m_shops;
    const ReceiverPage *m_receiver;
    QLabel *m_summary, *m_pushStatus;
    QTimer *m_timer;
    bool m_polling = false;
};

} // namespace firstrun

class FirstRunWizard : public QWizard {
    Q_OBJECT
public:
    enum PageId { Admin, Shops, Receiver, Crm, Schedules, Done };
    explicit FirstRunWizard(Backend &backend, QWidget *parent = nullptr);
    // The administrator created on the first page (valid once it was created, even if the rest was cancelled).
    Session session() const;
    // Where the desk opens afterwards: 待下载订单 when a TOP shop was added, else 待转入订单.
    QString startPage() const;
    bool receiverChanged() const;

    firstrun::AdminPage *adminPage() const { return m_admin; }
    firstrun::ShopPage *shopPage() const { return m_shops; }
    firstrun::ReceiverPage *receiverPage() const { return m_receiver; }
    firstrun::CrmPage *crmPage() const { return m_crm; }
    firstrun::SchedulePage *schedulePage() const { return m_schedules; }
    firstrun::DonePage *donePage() const { return m_done; }

private:
    Backend &m_backend;
    firstrun::AdminPage *m_admin;
    firstrun::ShopPage *m_shops;
    firstrun::ReceiverPage *m_receiver;
    firstrun::CrmPage *m_crm;
    firstrun::SchedulePage *m_schedules;
    firstrun::DonePage *m_done;
};

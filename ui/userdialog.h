#pragma once
// Users and roles: add a user (login, display name, role, initial password twice), change a role,
// reset a password (twice). Passwords are typed into password fields and never shown.
#include "settingsdialog.h"
#include "domain/types.h"

class Backend;
class QComboBox;
class QLineEdit;

class UserDialog : public SettingsDialog {
    Q_OBJECT
public:
    enum class Mode { Add, ChangeRole, ResetPassword };
    // `user` names the account for ChangeRole / ResetPassword.
    UserDialog(Backend &backend, Mode mode, const od::StaffUser &user = {}, QWidget *parent = nullptr);
    QLineEdit *loginEdit() const { return m_login; }
    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *roleBox() const { return m_role; }
    QLineEdit *passwordEdit() const { return m_password; }
    QLineEdit *repeatEdit() const { return m_repeat; }
    // Empty when fine (also used by the tests).
    static QString validatePasswords(const QString &password, const QString &repeat);

protected:
    QString validate() const override;
    std::function<od::Status()> saver() override;

private:
    Backend &m_backend;
    Mode m_mode;
    od::StaffUser m_user;
    QLineEdit *m_login = nullptr, *m_name = nullptr, *m_password = nullptr, *m_repeat = nullptr;
    QComboBox *m_role = nullptr;
};

#include "userdialog.h"

#include "dialogparts.h"
#include "backend.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>

namespace {
QString title(UserDialog::Mode mode, const od::StaffUser &u)
{
    switch (mode) {
    case UserDialog::Mode::Add:
        return UserDialog::tr("Add a user");
    case UserDialog::Mode::ChangeRole:
        return UserDialog::tr("Change the role of %1").arg(u.login);
    case UserDialog::Mode::ResetPassword:
        return UserDialog::tr("Reset the password of %1").arg(u.login);
    }
    return {};
}
} // namespace

UserDialog::UserDialog(Backend &backend, Mode mode, const od::StaffUser &user, QWidget *parent)
    : SettingsDialog(title(mode, user), parent), m_backend(backend), m_mode(mode), m_user(user)
{
    setObjectName(QStringLiteral("userDialog"));
    if (mode == Mode::Add) {
        m_login = new QLineEdit(this);
        m_login->setMaxLength(64);
        m_name = new QLineEdit(this);
        m_name->setMaxLength(64);
        form()->addRow(tr("Login:"), m_login);
        form()->addRow(tr("Display name:"), m_name);
        connect(m_login, &QLineEdit::textChanged, this, &UserDialog::recheck);
    } else {
        form()->addRow(tr("User:"), new QLineEdit(user.displayName.isEmpty() ? user.login : QStringLiteral("%1 (%2)").arg(user.displayName, user.login), this));
        static_cast<QLineEdit *>(form()->itemAt(0, QFormLayout::FieldRole)->widget())->setReadOnly(true);
    }
    if (mode != Mode::ResetPassword) {
        m_role = new QComboBox(this);
        for (od::Role r : {od::Role::Operator, od::Role::Supervisor, od::Role::Admin})
            m_role->addItem(od::label(r), od::toKey(r));
        m_role->setCurrentIndex(m_role->findData(od::toKey(mode == Mode::Add ? od::Role::Operator : user.role)));
        form()->addRow(tr("Role:"), m_role);
    }
    if (mode != Mode::ChangeRole) {
        m_password = ui::secretEdit(this, QStringLiteral("password"));
        m_repeat = ui::secretEdit(this, QStringLiteral("repeat"));
        form()->addRow(mode == Mode::Add ? tr("Initial password:") : tr("New password:"), m_password);
        form()->addRow(tr("Repeat the password:"), m_repeat);
        connect(m_password, &QLineEdit::textChanged, this, &UserDialog::recheck);
        connect(m_repeat, &QLineEdit::textChanged, this, &UserDialog::recheck);
        addNote(tr("At least 6 characters. Tell the user in person; it is never shown again."));
    }
}

QString UserDialog::validatePasswords(const QString &password, const QString &repeat)
{
    if (password.size() < 6)
        return tr("The password must have at least 6 characters.");
    if (password != repeat)
        return tr("The two passwords do not match.");
    return {};
}

QString UserDialog::validate() const
{
    if (m_login) {
        const QString login = m_login->text().trimmed();
        if (login.isEmpty())
            return tr("Enter a login.");
        if (login.contains(QLatin1Char(' ')))
            return tr("A login must not contain spaces.");
    }
    if (m_password)
        return validatePasswords(m_password->text(), m_repeat->text());
    if (m_mode == Mode::ChangeRole && m_role->currentData().toString() == od::toKey(m_user.role))
        return tr("Choose a different role.");
    return {};
}

std::function<od::Status()> UserDialog::saver()
{
    Backend *b = &m_backend;
    const od::Role role = m_role ? od::fromKey<od::Role>(m_role->currentData().toString()).value_or(od::Role::Operator) : od::Role::Operator;
    switch (m_mode) {
    case Mode::Add: {
        od::StaffUser u;
        u.login = m_login->text().trimmed();
        u.displayName = m_name->text().trimmed();
        u.role = role;
        u.active = true;
        return [b, u, pw = m_password->text()] { return b->createUser(u, pw); };
    }
    case Mode::ChangeRole:
        return [b, login = m_user.login, role] { return b->changeUserRole(login, role); };
    case Mode::ResetPassword:
        return [b, login = m_user.login, pw = m_password->text()] { return b->resetUserPassword(login, pw); };
    }
    return [] { return od::Status(); };
}

#include "logindialog.h"

#include "dialogparts.h"

#include <QFormLayout>
#include <QFutureWatcher>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>
#include <QtConcurrent>

LoginDialog::LoginDialog(Backend &backend, QWidget *parent)
    : QDialog(parent), m_backend(backend), m_login(new QLineEdit(this)), m_password(new QLineEdit(this)), m_message(ui::messageLabel(this))
{
    setWindowTitle(tr("Log in to OrderDesk"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_login->setText(QSettings().value(QStringLiteral("login/last")).toString());
    m_password->setEchoMode(QLineEdit::Password);
    form->addRow(tr("Login:"), m_login);
    form->addRow(tr("Password:"), m_password);
    auto *where = new QLabel(tr("Database: %1").arg(backend.db().config().describe()), this);
    where->setObjectName(QStringLiteral("databaseLabel"));
    ui::selectable({where});
    where->setStyleSheet(QStringLiteral("color: #555;"));
    layout->addWidget(where);
    layout->addLayout(form);
    layout->addWidget(m_message);
    auto *forgot = new QPushButton(tr("Forgot password?"), this);
    forgot->setObjectName(QStringLiteral("forgotPassword"));
    forgot->setFlat(true);
    forgot->setAutoDefault(false);
    connect(forgot, &QPushButton::clicked, this, [this] {
        m_help->setVisible(true);
        adjustSize();
    });
    m_help = new QLabel(forgotPasswordHelp(), this);
    m_help->setObjectName(QStringLiteral("forgotPasswordHelp"));
    m_help->setWordWrap(true);
    m_help->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_help->setVisible(false);
    layout->addWidget(forgot, 0, Qt::AlignLeft);
    layout->addWidget(m_help);
    m_ok = ui::addOkCancel(this, layout, tr("Log in"), [this] { tryLogin(); });
    setMinimumWidth(420);
    (m_login->text().isEmpty() ? m_login : m_password)->setFocus();
}

QString LoginDialog::forgotPasswordHelp()
{
    return tr("An administrator sets a new password in Settings → Users (Reset password).\n"
              "If no administrator can log in, whoever may run programs on the computer that holds the database "
              "runs, in the OrderDesk folder:\n"
              "    orderdesk-gateway --db <database> --reset-password <login>\n"
              "and types the new password. The account becomes an active administrator and the audit log records the reset.");
}

void LoginDialog::tryLogin()
{
    const QString login = m_login->text().trimmed();
    const QString password = m_password->text();
    if (login.isEmpty()) {
        m_message->setText(tr("Enter your login."));
        return;
    }
    m_ok->setEnabled(false);
    m_message->setText(tr("Checking…"));
    using R = od::Result<Session>;
    auto *w = new QFutureWatcher<R>(this);
    connect(w, &QFutureWatcher<R>::finished, this, [this, w, login] {
        w->deleteLater();
        m_ok->setEnabled(true);
        const R r = w->result();
        if (!r.ok()) {
            m_message->setText(r.error().message);
            m_password->selectAll();
            m_password->setFocus();
            return;
        }
        QSettings().setValue(QStringLiteral("login/last"), login);
        m_session = r.value();
        accept();
    });
    w->setFuture(QtConcurrent::run([b = &m_backend, login, password] { return b->login(login, password); }));
}

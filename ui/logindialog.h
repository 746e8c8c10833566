#pragma once
// 登录: login and password, checked by the core's auth service in a worker; which database it opened,
// and what to do about a forgotten password.
#include "backend.h"
#include <QDialog>

class QLineEdit;
class QLabel;
class QPushButton;

class LoginDialog : public QDialog {
    Q_OBJECT
public:
    explicit LoginDialog(Backend &backend, QWidget *parent = nullptr);
    Session session() const { return m_session; }
    // What 忘记密码 explains: the administrator resets it; the last administrator's command-line way back.
    static QString forgotPasswordHelp();

private:
    void tryLogin();
    Backend &m_backend;
    QLineEdit *m_login;
    QLineEdit *m_password;
    QLabel *m_message;
    QLabel *m_help = nullptr;
    QPushButton *m_ok;
    Session m_session;
};

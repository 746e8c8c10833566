#pragma once
// 登录: login and password, checked by the core's auth service in a worker.
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

private:
    void tryLogin();
    Backend &m_backend;
    QLineEdit *m_login;
    QLineEdit *m_password;
    QLabel *m_message;
    QPushButton *m_ok;
    Session m_session;
};

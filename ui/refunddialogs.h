#pragma once
// 拒绝退款 (reason 2–200 characters) and 部分退款 (amount parsed exactly with Money::parse, at most
// paid − refunded, reason required). Both validate in the dialog and show why OK is refused; the
// core checks again.
#include "domain/money.h"
#include <QDialog>
#include <optional>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

class RefuseRefundDialog : public QDialog {
    Q_OBJECT
public:
    RefuseRefundDialog(const QString &refundId, QWidget *parent = nullptr);
    QString reason() const;
    QPlainTextEdit *reasonEdit() const { return m_reason; }
    QLabel *messageLabel() const { return m_message; }
    QPushButton *okButton() const { return m_ok; }
    static QString validate(const QString &reason); // empty when fine
    void accept() override;

private:
    void check();
    QPlainTextEdit *m_reason;
    QLabel *m_message;
    QPushButton *m_ok;
};

class PartialRefundDialog : public QDialog {
    Q_OBJECT
public:
    PartialRefundDialog(const QString &orderNo, od::Money paid, od::Money refunded, QWidget *parent = nullptr);
    od::Money amount() const { return m_amount; }
    QString reason() const;
    QLineEdit *amountEdit() const { return m_amountEdit; }
    QPlainTextEdit *reasonEdit() const { return m_reason; }
    QLabel *messageLabel() const { return m_message; }
    QPushButton *okButton() const { return m_ok; }
    // Empty when fine; sets `amount` when it parses.
    static QString validate(const QString &amountText, const QString &reason, od::Money paid, od::Money refunded, od::Money *amount = nullptr);
    // From 待转入退单: the refund names one line of the order; at most what is left of that line.
    void setLineLimit(const QString &line, od::Money left);
    void accept() override;

private:
    QString check();
    od::Money m_paid, m_refunded, m_amount;
    std::optional<od::Money> m_lineLeft;
    QString m_line;
    class QFormLayout *m_form = nullptr;
    QLineEdit *m_amountEdit;
    QPlainTextEdit *m_reason;
    QLabel *m_message;
    QPushButton *m_ok;
};

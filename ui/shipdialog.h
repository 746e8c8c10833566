#pragma once
// 发货: express company and tracking number.
#include <QDialog>

class QComboBox;
class QLineEdit;
class QLabel;
class QPushButton;

class ShipDialog : public QDialog {
    Q_OBJECT
public:
    ShipDialog(const QString &orderNo, QWidget *parent = nullptr);
    QString company() const;
    QString trackingNo() const;
    QComboBox *companyBox() const { return m_company; }
    QLineEdit *trackingEdit() const { return m_tracking; }
    static QString validate(const QString &company, const QString &tracking);

private:
    QComboBox *m_company;
    QLineEdit *m_tracking;
    QLabel *m_message;
    QPushButton *m_ok;
};

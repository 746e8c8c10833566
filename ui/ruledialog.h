#pragma once
// The editor of one 转单策略 rule: its name, outcome (convert / hold with a reason / leave) and the
// conditions on a pending trade. Validation is the core's (od::rules::validate), shown inline.
#include "rules/rules.h"
#include <QDialog>
#include <QList>
#include <QPair>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

class RuleDialog : public QDialog {
    Q_OBJECT
public:
    RuleDialog(const QList<QPair<qint64, QString>> &shops, const od::rules::Rule &rule, QWidget *parent = nullptr);
    // The rule as edited, or the reason it cannot be saved.
    od::Result<od::rules::Rule> rule() const;

    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *outcomeBox() const { return m_outcome; }
    QLineEdit *reasonEdit() const { return m_reason; }
    QLineEdit *memoWordsEdit() const { return m_memoWords; }
    QComboBox *triBox(const QString &key) const;

private:
    void check();

    od::rules::Rule m_rule;
    QLineEdit *m_name;
    QCheckBox *m_enabled;
    QComboBox *m_outcome;
    QLineEdit *m_reason;
    QListWidget *m_shops;
    QLineEdit *m_statuses;
    QComboBox *m_paid;
    QList<QPair<QString, QComboBox *>> m_tris;
    QLineEdit *m_memoWords;
    QLineEdit *m_minPaid, *m_maxPaid;
    QLineEdit *m_regions;
    QLineEdit *m_from, *m_to;
    QLabel *m_message;
    QPushButton *m_ok;
};

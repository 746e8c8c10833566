#pragma once
// 设置 → 转单策略: the ordered rules with their counts (today / 7 days), the switch of automatic
// conversion, a dry run over 待转入订单, "apply now", and the blacklist. Supervisors edit; others
// see the rules read-only. Every database call runs off the GUI thread.
#include "backend.h"
#include "rules/ruleservice.h"
#include <QWidget>

class QCheckBox;
class QLabel;
class QPushButton;
class QTableWidget;

class RulesPage : public QWidget {
    Q_OBJECT
public:
    explicit RulesPage(Backend &backend, QWidget *parent = nullptr);
    void reload();

    QTableWidget *ruleTable() const { return m_rules; }
    QTableWidget *blacklistTable() const { return m_blacklist; }
    QCheckBox *autoSwitch() const { return m_auto; }
    QLabel *statusLabel() const { return m_status; }
    QPushButton *dryRunButton() const { return m_dryRun; }
    QPushButton *applyButton() const { return m_apply; }
    bool hasLoaded() const { return m_loaded; }
    // The last dry run's result, shown in a dialog (tests read it here).
    const od::rules::Preview &lastPreview() const { return m_preview; }

    // Saves `rule` (new when id is 0) as the user; reloads on success.
    void saveRule(const od::rules::Rule &rule);
    void runDryRun();
    void applyNow();

signals:
    void loaded();
    void dryRunDone();
    void applied(const QString &summary);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void editRule(int row);
    void showStatus(const QString &text, bool error = false);
    void updateButtons();
    int selectedRow(QTableWidget *t) const;

    Backend &m_backend;
    QTableWidget *m_rules;
    QTableWidget *m_blacklist;
    QCheckBox *m_auto;
    QLabel *m_status;
    QPushButton *m_add, *m_edit, *m_remove, *m_up, *m_down, *m_dryRun, *m_apply;
    QPushButton *m_addBlack, *m_removeBlack;
    std::vector<od::rules::Rule> m_ruleData;
    std::vector<od::rules::BlacklistEntry> m_blackData;
    QList<QPair<qint64, QString>> m_shops;
    od::rules::Preview m_preview;
    bool m_loaded = false;
    bool m_settingAuto = false;
};

#pragma once
// A shop's download schedules: orders, refunds and gap-fill, each with its interval, look-back and
// on/off (table `schedules`). The gateway's scheduler picks changes up on its next round.
#include "settingsdialog.h"
#include "intake/runlog.h"
#include <vector>

class Backend;
class QCheckBox;
class QSpinBox;

class ScheduleDialog : public SettingsDialog {
    Q_OBJECT
public:
    ScheduleDialog(Backend &backend, int64_t shopId, const QString &shopName, const std::vector<od::intake::Schedule> &current, QWidget *parent = nullptr);
    static QStringList kinds();
    static QString kindLabel(const QString &kind);
    QCheckBox *enabledBox(int row) const { return m_rows[size_t(row)].enabled; }
    QSpinBox *intervalBox(int row) const { return m_rows[size_t(row)].interval; }
    QSpinBox *lookbackBox(int row) const { return m_rows[size_t(row)].lookback; }
    std::vector<od::intake::Schedule> schedules() const;

protected:
    QString validate() const override { return {}; }
    std::function<od::Status()> saver() override;

private:
    struct Row {
        QCheckBox *enabled;
        QSpinBox *interval;
        QSpinBox *lookback;
    };
    Backend &m_backend;
    int64_t m_shopId;
    std::vector<Row> m_rows;
};

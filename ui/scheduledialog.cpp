#include "scheduledialog.h"

#include "backend.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QSpinBox>

QStringList ScheduleDialog::kinds() { return {QStringLiteral("orders"), QStringLiteral("refunds"), QStringLiteral("gapfill")}; }

QString ScheduleDialog::kindLabel(const QString &kind)
{
    if (kind == QLatin1String("orders"))
        return tr("Orders (new and changed)");
    if (kind == QLatin1String("refunds"))
        return tr("Refunds");
    if (kind == QLatin1String("gapfill"))
        return tr("Gap fill (re-reads a longer window)");
    return kind;
}

ScheduleDialog::ScheduleDialog(Backend &backend, int64_t shopId, const QString &shopName, const std::vector<od::intake::Schedule> &current, QWidget *parent)
    : SettingsDialog(tr("Schedules of %1").arg(shopName), parent), m_backend(backend), m_shopId(shopId)
{
    setObjectName(QStringLiteral("scheduleDialog"));
    auto *box = new QWidget(this);
    auto *grid = new QGridLayout(box);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(new QLabel(tr("Download"), box), 0, 0);
    grid->addWidget(new QLabel(tr("Every (minutes)"), box), 0, 1);
    grid->addWidget(new QLabel(tr("Look back (minutes)"), box), 0, 2);
    int row = 1;
    for (const QString &kind : kinds()) {
        od::intake::Schedule s;
        s.kind = kind;
        s.intervalMin = kind == QLatin1String("gapfill") ? 60 : 5;
        s.lookbackMin = kind == QLatin1String("gapfill") ? 1440 : 10;
        s.enabled = false;
        for (const od::intake::Schedule &c : current)
            if (c.kind == kind)
                s = c;
        Row r;
        r.enabled = new QCheckBox(kindLabel(kind), box);
        r.enabled->setChecked(s.enabled);
        r.interval = new QSpinBox(box);
        r.interval->setRange(1, 1440);
        r.interval->setValue(std::clamp(s.intervalMin, 1, 1440));
        r.lookback = new QSpinBox(box);
        r.lookback->setRange(0, 43200);
        r.lookback->setValue(std::clamp(s.lookbackMin, 0, 43200));
        r.lookback->setToolTip(tr("How far before the last covered time each run starts reading, to catch late changes."));
        grid->addWidget(r.enabled, row, 0);
        grid->addWidget(r.interval, row, 1);
        grid->addWidget(r.lookback, row, 2);
        m_rows.push_back(r);
        ++row;
    }
    form()->addRow(box);
    addNote(tr("The gateway's scheduler uses the new plan from its next round."));
}

std::vector<od::intake::Schedule> ScheduleDialog::schedules() const
{
    std::vector<od::intake::Schedule> out;
    const QStringList k = kinds();
    for (size_t i = 0; i < m_rows.size(); ++i) {
        od::intake::Schedule s;
        s.shopId = m_shopId;
        s.kind = k[int(i)];
        s.enabled = m_rows[i].enabled->isChecked();
        s.intervalMin = m_rows[i].interval->value();
        s.lookbackMin = m_rows[i].lookback->value();
        out.push_back(s);
    }
    return out;
}

std::function<od::Status()> ScheduleDialog::saver()
{
    return [b = &m_backend, id = m_shopId, s = schedules()] { return b->saveSchedules(id, s); };
}

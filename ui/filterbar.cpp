#include "filterbar.h"
#include "uifont.h"

#include "statelabels.h"
#include "storage/shoprepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QTimer>
#include <QtConcurrent>

namespace {
const char *kTimeFormat = "yyyy-MM-dd HH:mm:ss";
}

FilterBar::FilterBar(od::Database &db, od::ListId list, QWidget *parent) : QWidget(parent), m_db(db), m_spec(od::listSpec(list)), m_debounce(new QTimer(this))
{
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    if (!m_spec.shopColumn.isEmpty()) {
        m_shop = new QComboBox(this);
        m_shop->setObjectName(QStringLiteral("shopFilter"));
        m_shop->addItem(tr("All shops"), QVariant::fromValue<qint64>(0));
        m_shop->setMinimumContentsLength(8);
        m_shop->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        row->addWidget(new QLabel(tr("Shop"), this));
        row->addWidget(m_shop);
        connect(m_shop, &QComboBox::currentIndexChanged, this, &FilterBar::emitNow);
    }
    const auto choices = ui::statusChoices(list);
    if (!m_spec.statusColumn.isEmpty() && !choices.isEmpty()) {
        m_status = new QComboBox(this);
        m_status->setObjectName(QStringLiteral("statusFilter"));
        // The audit trail filters on what was done, not on a state.
        const bool byAction = list == od::ListId::Audit;
        m_status->addItem(byAction ? tr("Any action") : tr("Any status"), QString());
        for (const auto &[value, label] : choices)
            m_status->addItem(label, value);
        m_status->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        row->addWidget(new QLabel(byAction ? tr("Action") : tr("Status"), this));
        row->addWidget(m_status);
        connect(m_status, &QComboBox::currentIndexChanged, this, &FilterBar::emitNow);
    }
    if (!od::holdColumn(m_spec).isEmpty()) {
        m_held = new QCheckBox(tr("Held only"), this);
        m_held->setObjectName(QStringLiteral("heldOnly"));
        m_held->setToolTip(tr("Trades a conversion rule held for review (see the Hold reason column)"));
        row->addWidget(m_held);
        connect(m_held, &QCheckBox::toggled, this, &FilterBar::emitNow);
    }
    if (!m_spec.timeColumn.isEmpty()) {
        m_range = new QComboBox(this);
        m_range->setObjectName(QStringLiteral("rangeFilter"));
        m_range->addItem(tr("Any time"), 0);
        m_range->addItem(tr("Today"), 1);
        m_range->addItem(tr("Last 3 days"), 3);
        m_range->addItem(tr("Last 7 days"), 7);
        m_range->addItem(tr("Last 30 days"), 30);
        m_range->addItem(tr("Custom range"), -1);
        m_range->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        m_from = new QDateTimeEdit(QDateTime::currentDateTime().addDays(-7), this);
        m_to = new QDateTimeEdit(QDateTime::currentDateTime(), this);
        for (QDateTimeEdit *e : {m_from, m_to}) {
            e->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
            e->setCalendarPopup(true);
            ui::fitDateTimeEdit(e);
            e->setEnabled(false);
            connect(e, &QDateTimeEdit::dateTimeChanged, this, &FilterBar::changed);
        }
        row->addWidget(new QLabel(tr("Time"), this));
        row->addWidget(m_range);
        row->addWidget(m_from);
        row->addWidget(new QLabel(QStringLiteral("–"), this));
        row->addWidget(m_to);
        connect(m_range, &QComboBox::currentIndexChanged, this, [this] {
            const int days = m_range->currentData().toInt();
            m_from->setEnabled(days < 0);
            m_to->setEnabled(days < 0);
            if (days > 0) {
                const QDateTime now = QDateTime::currentDateTime();
                m_from->setDateTime(QDateTime(now.date().addDays(1 - days), QTime(0, 0)));
                m_to->setDateTime(QDateTime(now.date(), QTime(23, 59, 59)));
            }
            emitNow();
        });
    }
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("searchBox"));
    m_search->setPlaceholderText(m_spec.searchTable.isEmpty() ? tr("No text search on this list")
                                                              : tr("Search trade ID, buyer, receiver, mobile, goods code… (Ctrl+F)"));
    m_search->setEnabled(!m_spec.searchTable.isEmpty());
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(220);
    row->addWidget(m_search, 1);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(250);
    connect(m_search, &QLineEdit::textChanged, this, &FilterBar::changed);
    connect(m_search, &QLineEdit::returnPressed, this, &FilterBar::emitNow);
    connect(m_debounce, &QTimer::timeout, this, [this] { emit filterChanged(filter()); });
}

void FilterBar::changed() { m_debounce->start(); }

void FilterBar::emitNow()
{
    m_debounce->stop();
    emit filterChanged(filter());
}

od::ListFilter FilterBar::filter() const
{
    od::ListFilter f;
    if (m_shop)
        f.shopId = m_shop->currentData().toLongLong();
    if (m_status)
        f.status = m_status->currentData().toString();
    if (m_range && m_range->currentData().toInt() != 0) {
        f.timeFrom = m_from->dateTime().toString(QLatin1String(kTimeFormat));
        f.timeTo = m_to->dateTime().toString(QLatin1String(kTimeFormat));
    }
    f.text = m_search->text().trimmed();
    f.heldOnly = m_held && m_held->isChecked();
    return f;
}

QString FilterBar::describe(const od::ListFilter &f) const
{
    QStringList parts;
    if (m_shop && f.shopId != 0) {
        const int at = m_shop->findData(QVariant::fromValue<qint64>(f.shopId));
        parts << tr("Shop: %1").arg(at >= 0 ? m_shop->itemText(at) : QString::number(f.shopId));
    }
    if (m_status && !f.status.isEmpty()) {
        const int at = m_status->findData(f.status);
        parts << tr("Status: %1").arg(at >= 0 ? m_status->itemText(at) : f.status);
    }
    if (!f.timeFrom.isEmpty() || !f.timeTo.isEmpty())
        parts << tr("Time: %1 – %2").arg(f.timeFrom.left(16), f.timeTo.left(16));
    if (!f.text.isEmpty())
        parts << tr("Search: \"%1\"").arg(f.text);
    if (f.heldOnly)
        parts << tr("held only");
    if (parts.isEmpty())
        return tr("no filter: the whole list");
    return parts.join(tr(", ", "between the parts of a filter description"));
}

void FilterBar::loadShops()
{
    if (!m_shop)
        return;
    using Shops = QList<QPair<qint64, QString>>;
    auto *watcher = new QFutureWatcher<Shops>(this);
    connect(watcher, &QFutureWatcher<Shops>::finished, this, [this, watcher] {
        watcher->deleteLater();
        const qint64 current = m_shop->currentData().toLongLong();
        QSignalBlocker block(m_shop);
        while (m_shop->count() > 1)
            m_shop->removeItem(1);
        for (const auto &[id, name] : watcher->result())
            m_shop->addItem(name, QVariant::fromValue<qint64>(id));
        const int at = m_shop->findData(QVariant::fromValue<qint64>(current));
        m_shop->setCurrentIndex(at < 0 ? 0 : at);
    });
    od::Database *db = &m_db;
    watcher->setFuture(QtConcurrent::run([db]() -> Shops {
        Shops out;
        auto all = od::ShopRepository(*db).all();
        if (all.ok())
            for (const od::Shop &s : all.value())
                out.append({s.id, s.name});
        return out;
    }));
}

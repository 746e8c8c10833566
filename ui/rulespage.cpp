#include "rulespage.h"

#include "onworker.h"
#include "ruledialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using od::rules::Outcome;
using od::rules::RuleService;

namespace {
QTableWidget *table(QWidget *parent, const QStringList &headers)
{
    auto *t = new QTableWidget(parent);
    t->setColumnCount(int(headers.size()));
    t->setHorizontalHeaderLabels(headers);
    t->verticalHeader()->hide();
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}

QTableWidgetItem *cell(const QString &text) { return new QTableWidgetItem(text); }

od::Session coreSession(const Backend &b) { return od::Session{b.session().login, b.session().role}; }

struct Loaded {
    od::Result<std::vector<od::rules::Rule>> rules = std::vector<od::rules::Rule>();
    od::Result<std::vector<od::rules::RuleCount>> counts = std::vector<od::rules::RuleCount>();
    od::Result<std::vector<od::rules::BlacklistEntry>> blacklist = std::vector<od::rules::BlacklistEntry>();
    od::Result<bool> autoOn = false;
    od::Result<std::vector<od::Shop>> shops = std::vector<od::Shop>();
};
} // namespace

RulesPage::RulesPage(Backend &backend, QWidget *parent) : QWidget(parent), m_backend(backend)
{
    setObjectName(QStringLiteral("rules"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(new QLabel(QStringLiteral("<b>%1</b>").arg(tr("Conversion rules").toHtmlEscaped()), this));
    auto *intro = new QLabel(tr("Rules decide what happens to trades arriving in the pending pool: the first enabled rule whose conditions all "
                                "hold converts the trade, holds it for review with a reason, or leaves it for staff. The active gateway (on a "
                                "single desk: this desk's own services) applies them when trades arrive or change."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_auto = new QCheckBox(tr("Convert automatically by these rules"), this);
    layout->addWidget(m_auto);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->hide();
    layout->addWidget(m_status);

    m_rules = table(this, {tr("#"), tr("Name"), tr("Conditions"), tr("Then"), tr("Hold reason"), tr("Enabled"), tr("Today"), tr("7 days")});
    m_rules->setColumnWidth(0, 40);
    m_rules->setColumnWidth(1, 140);
    m_rules->setColumnWidth(2, 360);
    m_rules->setColumnWidth(3, 110);
    m_rules->setColumnWidth(4, 160);
    m_rules->setColumnWidth(5, 60);
    m_rules->setColumnWidth(6, 60);
    layout->addWidget(m_rules, 2);
    m_add = new QPushButton(tr("New rule…"), this);
    m_edit = new QPushButton(tr("Edit…"), this);
    m_remove = new QPushButton(tr("Delete"), this);
    m_up = new QPushButton(tr("Move up"), this);
    m_down = new QPushButton(tr("Move down"), this);
    m_dryRun = new QPushButton(tr("Dry run…"), this);
    m_apply = new QPushButton(tr("Apply to the pool now"), this);
    auto *row = new QHBoxLayout;
    for (QPushButton *b : {m_add, m_edit, m_remove, m_up, m_down})
        row->addWidget(b);
    row->addStretch(1);
    row->addWidget(m_dryRun);
    row->addWidget(m_apply);
    layout->addLayout(row);

    auto *blackBox = new QGroupBox(tr("Blacklist"), this);
    auto *blackLayout = new QVBoxLayout(blackBox);
    m_blacklist = table(blackBox, {tr("Kind"), tr("Buyer nick / mobile"), tr("Note"), tr("Added by"), tr("Added at")});
    m_blacklist->setColumnWidth(0, 80);
    m_blacklist->setColumnWidth(1, 180);
    m_blacklist->setColumnWidth(2, 200);
    m_blacklist->setColumnWidth(3, 100);
    blackLayout->addWidget(m_blacklist);
    m_addBlack = new QPushButton(tr("Add…"), blackBox);
    m_removeBlack = new QPushButton(tr("Remove"), blackBox);
    auto *blackRow = new QHBoxLayout;
    blackRow->addWidget(m_addBlack);
    blackRow->addWidget(m_removeBlack);
    blackRow->addStretch(1);
    blackLayout->addLayout(blackRow);
    layout->addWidget(blackBox, 1);

    connect(m_add, &QPushButton::clicked, this, [this] { editRule(-1); });
    connect(m_edit, &QPushButton::clicked, this, [this] { editRule(selectedRow(m_rules)); });
    connect(m_rules, &QTableWidget::cellDoubleClicked, this, [this](int r) {
        if (m_backend.may(od::Right::ManageRules))
            editRule(r);
    });
    connect(m_rules, &QTableWidget::itemSelectionChanged, this, &RulesPage::updateButtons);
    connect(m_blacklist, &QTableWidget::itemSelectionChanged, this, &RulesPage::updateButtons);
    auto act = [this](std::function<od::Status(RuleService &, const od::Session &)> fn) {
        od::Database *db = &m_backend.db();
        const od::Session session = coreSession(m_backend);
        ui::onWorker<od::Status>(
            this,
            [db, session, fn] {
                RuleService rules(*db);
                return fn(rules, session);
            },
            [this](const od::Status &st) {
                if (!st.ok())
                    showStatus(st.error().message, true);
                reload();
            });
    };
    connect(m_remove, &QPushButton::clicked, this, [this, act] {
        const int r = selectedRow(m_rules);
        if (r < 0 || QMessageBox::question(this, tr("Delete rule"), tr("Delete the rule \"%1\"?").arg(m_ruleData[size_t(r)].name)) != QMessageBox::Yes)
            return;
        const int64_t id = m_ruleData[size_t(r)].id;
        act([id](RuleService &s, const od::Session &session) { return s.remove(session, id); });
    });
    for (auto [button, delta] : {std::pair{m_up, -1}, std::pair{m_down, 1}})
        connect(button, &QPushButton::clicked, this, [this, act, delta = delta] {
            const int r = selectedRow(m_rules);
            if (r < 0)
                return;
            const int64_t id = m_ruleData[size_t(r)].id;
            act([id, delta](RuleService &s, const od::Session &session) { return s.move(session, id, delta); });
        });
    connect(m_auto, &QCheckBox::toggled, this, [this, act](bool on) {
        if (m_settingAuto)
            return;
        act([on](RuleService &s, const od::Session &session) { return s.setAutoEnabled(session, on); });
    });
    connect(m_addBlack, &QPushButton::clicked, this, [this, act] {
        bool ok = false;
        const QString value = QInputDialog::getText(this, tr("Add to the blacklist"), tr("Buyer nick or mobile number:"), QLineEdit::Normal, {}, &ok);
        if (!ok || value.trimmed().isEmpty())
            return;
        const QString note = QInputDialog::getText(this, tr("Add to the blacklist"), tr("Why (for colleagues):"), QLineEdit::Normal, {}, &ok);
        static const QRegularExpression mobile(QStringLiteral("^\\+?[0-9 -]{7,}$"));
        const QString kind = mobile.match(value.trimmed()).hasMatch() ? QStringLiteral("mobile") : QStringLiteral("buyer");
        act([kind, value, note](RuleService &s, const od::Session &session) {
            auto r = s.addToBlacklist(session, kind, value, note);
            return r.ok() ? od::Status() : od::Status(r.error());
        });
    });
    connect(m_removeBlack, &QPushButton::clicked, this, [this, act] {
        const int r = selectedRow(m_blacklist);
        if (r < 0)
            return;
        const int64_t id = m_blackData[size_t(r)].id;
        act([id](RuleService &s, const od::Session &session) { return s.removeFromBlacklist(session, id); });
    });
    connect(m_dryRun, &QPushButton::clicked, this, &RulesPage::runDryRun);
    connect(m_apply, &QPushButton::clicked, this, [this] {
        if (QMessageBox::question(this, tr("Apply the rules"), tr("Apply the enabled rules to every trade in the pending pool now?")) == QMessageBox::Yes)
            applyNow();
    });
    updateButtons();
}

void RulesPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    reload();
}

void RulesPage::reload()
{
    od::Database *db = &m_backend.db();
    Backend *backend = &m_backend;
    ui::onWorker<Loaded>(
        this,
        [db, backend] {
            RuleService s(*db);
            Loaded l;
            l.rules = s.rules();
            l.counts = s.counts();
            l.blacklist = s.blacklist();
            l.autoOn = s.autoEnabled();
            l.shops = backend->shops();
            return l;
        },
        [this](const Loaded &l) {
            for (const od::Status &st :
                 {od::Status(l.rules.ok() ? od::Status() : l.rules.error()), od::Status(l.blacklist.ok() ? od::Status() : l.blacklist.error())})
                if (!st.ok())
                    showStatus(st.error().message, true);
            m_shops.clear();
            if (l.shops.ok())
                for (const od::Shop &s : l.shops.value())
                    m_shops.append({qint64(s.id), s.name});
            std::map<int64_t, od::rules::RuleCount> counts;
            if (l.counts.ok())
                for (const auto &c : l.counts.value())
                    counts[c.ruleId] = c;
            m_ruleData = l.rules.ok() ? l.rules.value() : std::vector<od::rules::Rule>();
            m_rules->setRowCount(int(m_ruleData.size()));
            for (int i = 0; i < int(m_ruleData.size()); ++i) {
                const od::rules::Rule &r = m_ruleData[size_t(i)];
                const auto c = counts[r.id];
                const QStringList texts{QString::number(i + 1),
                                        r.name,
                                        od::rules::describe(r.when),
                                        od::rules::outcomeLabel(r.outcome),
                                        r.holdReason,
                                        r.enabled ? tr("Yes") : tr("No"),
                                        QString::number(c.today),
                                        QString::number(c.week)};
                for (int col = 0; col < texts.size(); ++col)
                    m_rules->setItem(i, col, cell(texts[col]));
            }
            m_blackData = l.blacklist.ok() ? l.blacklist.value() : std::vector<od::rules::BlacklistEntry>();
            m_blacklist->setRowCount(int(m_blackData.size()));
            for (int i = 0; i < int(m_blackData.size()); ++i) {
                const auto &b = m_blackData[size_t(i)];
                const QStringList texts{b.kind == QLatin1String("mobile") ? tr("Mobile") : tr("Buyer"), b.value, b.note, b.addedBy, b.addedAt};
                for (int col = 0; col < texts.size(); ++col)
                    m_blacklist->setItem(i, col, cell(texts[col]));
            }
            m_settingAuto = true;
            m_auto->setChecked(l.autoOn.ok() && l.autoOn.value());
            m_settingAuto = false;
            m_loaded = true;
            updateButtons();
            emit loaded();
        });
}

void RulesPage::editRule(int row)
{
    od::rules::Rule rule;
    if (row >= 0) {
        if (row >= int(m_ruleData.size()))
            return;
        rule = m_ruleData[size_t(row)];
    } else {
        rule.outcome = Outcome::Convert;
    }
    auto *dialog = new RuleDialog(m_shops, rule, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        auto r = dialog->rule();
        if (r.ok())
            saveRule(r.value());
    });
    dialog->open();
}

void RulesPage::saveRule(const od::rules::Rule &rule)
{
    od::Database *db = &m_backend.db();
    const od::Session session = coreSession(m_backend);
    ui::onWorker<od::Result<int64_t>>(
        this, [db, session, rule] { return RuleService(*db).save(session, rule); },
        [this](const od::Result<int64_t> &r) {
            if (!r.ok())
                showStatus(r.error().message, true);
            else
                showStatus(tr("Rule saved."));
            reload();
        });
}

void RulesPage::runDryRun()
{
    od::Database *db = &m_backend.db();
    m_dryRun->setEnabled(false);
    showStatus(tr("Trying the rules on the pending pool…"));
    ui::onWorker<od::Result<od::rules::Preview>>(
        this, [db] { return RuleService(*db).dryRun(); },
        [this](const od::Result<od::rules::Preview> &r) {
            updateButtons();
            if (!r.ok()) {
                showStatus(r.error().message, true);
                return;
            }
            m_preview = r.value();
            showStatus(tr("Dry run: %1 would be converted, %2 held, %3 left for staff. Nothing was changed.")
                           .arg(m_preview.convert)
                           .arg(m_preview.hold)
                           .arg(m_preview.leave));
            auto *dialog = new QDialog(this);
            dialog->setObjectName(QStringLiteral("dryRunDialog"));
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->setWindowTitle(tr("Dry run of the conversion rules"));
            auto *layout = new QVBoxLayout(dialog);
            layout->addWidget(new QLabel(m_status->text(), dialog));
            auto *t = table(dialog, {tr("Trade ID"), tr("Paid"), tr("Rule"), tr("Then"), tr("Reason")});
            t->setRowCount(int(m_preview.items.size()));
            for (int i = 0; i < int(m_preview.items.size()); ++i) {
                const auto &item = m_preview.items[size_t(i)];
                const QStringList texts{item.facts.tid, od::Money::fromFen(item.facts.paidFen).toString(),
                                        item.decision.ruleId ? item.decision.ruleName : tr("(none)"), od::rules::outcomeLabel(item.decision.outcome),
                                        item.decision.reason};
                for (int col = 0; col < texts.size(); ++col)
                    t->setItem(i, col, cell(texts[col]));
            }
            t->setColumnWidth(0, 170);
            t->setColumnWidth(2, 140);
            t->setColumnWidth(3, 110);
            layout->addWidget(t);
            auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
            connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
            layout->addWidget(buttons);
            dialog->resize(760, 480);
            dialog->open();
            emit dryRunDone();
        });
}

void RulesPage::applyNow()
{
    od::Database *db = &m_backend.db();
    const od::Session session = coreSession(m_backend);
    m_apply->setEnabled(false);
    showStatus(tr("Applying the rules to the pending pool…"));
    ui::onWorker<od::Result<od::rules::ApplySummary>>(
        this, [db, session] { return RuleService(*db).apply(session); },
        [this](const od::Result<od::rules::ApplySummary> &r) {
            updateButtons();
            if (!r.ok()) {
                showStatus(r.error().message, true);
                return;
            }
            const auto &s = r.value();
            QString text = tr("Rules applied: %1 converted, %2 held, %3 left for staff.").arg(s.converted).arg(s.held).arg(s.left);
            if (s.failed)
                text += QLatin1Char(' ') + tr("%n conversion(s) failed; the reasons are in the pending pool's Last error column.", nullptr, s.failed);
            showStatus(text, s.failed > 0);
            emit applied(text);
            reload();
        });
}

void RulesPage::showStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("color: #b00020") : QString());
    m_status->setVisible(!text.isEmpty());
}

int RulesPage::selectedRow(QTableWidget *t) const
{
    const auto rows = t->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

void RulesPage::updateButtons()
{
    const bool manage = m_backend.may(od::Right::ManageRules);
    const bool rule = selectedRow(m_rules) >= 0;
    const QString why = manage ? QString() : tr("Only a supervisor or an administrator changes the conversion rules.");
    for (QPushButton *b : {m_add, m_addBlack})
        b->setEnabled(manage);
    for (QPushButton *b : {m_edit, m_remove, m_up, m_down})
        b->setEnabled(manage && rule);
    m_removeBlack->setEnabled(manage && selectedRow(m_blacklist) >= 0);
    for (QWidget *w : std::initializer_list<QWidget *>{m_add, m_edit, m_remove, m_up, m_down, m_addBlack, m_removeBlack, m_auto})
        w->setToolTip(why);
    m_auto->setEnabled(manage);
    m_dryRun->setEnabled(true);
    m_apply->setEnabled(m_backend.may(od::Right::Convert) && !m_ruleData.empty());
}

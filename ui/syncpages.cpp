#include "syncpages.h"

#include "batchdialog.h"
#include "downloaddialog.h"
#include "filterbar.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFutureWatcher>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent>

SchedulesPage::SchedulesPage(Backend &b, QWidget *parent)
    : ListPage(b, od::ListId::ScheduleRuns, QStringLiteral("schedules"), parent), m_health(new QTableWidget(this))
{
    m_health->setObjectName(QStringLiteral("shopHealth"));
    m_health->setColumnCount(5);
    m_health->setHorizontalHeaderLabels({tr("Shop"), tr("Last success (covered until)"), tr("Behind"), tr("Last run"), tr("Last error")});
    m_health->verticalHeader()->hide();
    m_health->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_health->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_health->setSelectionMode(QAbstractItemView::SingleSelection);
    m_health->horizontalHeader()->setStretchLastSection(true);
    m_health->setColumnWidth(0, 140);
    m_health->setColumnWidth(1, 190);
    m_health->setColumnWidth(2, 90);
    m_health->setColumnWidth(3, 150);
    m_health->setMaximumHeight(150);
    // Above the run log.
    if (auto *box = qobject_cast<QVBoxLayout *>(layout())) {
        box->insertWidget(1, new QLabel(tr("Per-shop health"), this));
        box->insertWidget(2, m_health);
    }
    addListAction(ui::ActionId::RunNow, tr("Run now"), QKeySequence(tr("Ctrl+R")), [this] {
        const int row = m_health->currentRow();
        if (row < 0) {
            QMessageBox::information(this, title(), tr("Choose a shop in the health table first."));
            return;
        }
        const int64_t shopId = m_health->item(row, 0)->data(Qt::UserRole).toLongLong();
        if (!m_backend.teamMode()) {
            runOne([b = &m_backend, shopId] { return b->runScheduleNow(shopId); }, tr("Download started."));
            return;
        }
        // Team mode: the gateway runs it; the requests list follows it to its result.
        runOne(
            [b = &m_backend, shopId]() -> od::Status {
                auto id = b->submitRequest(od::gateway::RequestKind::RunSchedule, QStringLiteral("{\"shop_id\":%1}").arg(shopId));
                return id.ok() ? od::Status() : od::Status(id.error());
            },
            QString());
        openRequests();
    });
    addListAction(ui::ActionId::DownloadQuery, tr("Download by query…"), {}, [this] {
        auto *d = new DownloadDialog(m_backend, this);
        d->setAttribute(Qt::WA_DeleteOnClose);
        d->show();
    });
    addListAction(ui::ActionId::GatewayRequests, tr("Requests to the gateway…"), {}, [this] { openRequests(); });
    connect(model(), &ListModel::loaded, this, [this](bool first) {
        if (first)
            refreshHealth();
    });
}

void SchedulesPage::openRequests()
{
    auto *d = new RequestsDialog(m_backend, this);
    d->setAttribute(Qt::WA_DeleteOnClose);
    d->show();
}

void SchedulesPage::refreshHealth()
{
    using Health = od::Result<std::vector<ShopHealth>>;
    auto *w = new QFutureWatcher<Health>(this);
    connect(w, &QFutureWatcher<Health>::finished, this, [this, w] {
        w->deleteLater();
        const Health h = w->result();
        if (!h.ok())
            return;
        const int keep = m_health->currentRow();
        m_health->setRowCount(int(h.value().size()));
        int r = 0;
        for (const ShopHealth &s : h.value()) {
            auto *name = new QTableWidgetItem(s.shopName);
            name->setData(Qt::UserRole, QVariant::fromValue<qint64>(s.shopId));
            m_health->setItem(r, 0, name);
            m_health->setItem(r, 1, new QTableWidgetItem(s.lastSuccess.isEmpty() ? tr("never") : s.lastSuccess));
            QString lag;
            if (s.lagMinutes >= 0)
                lag = s.lagMinutes < 60 ? tr("%1 min").arg(s.lagMinutes) : tr("%1 h %2 min").arg(s.lagMinutes / 60).arg(s.lagMinutes % 60);
            auto *lagItem = new QTableWidgetItem(lag);
            if (s.lagMinutes < 0 || s.lagMinutes > 60)
                lagItem->setForeground(QColor(0xb0, 0x00, 0x20));
            m_health->setItem(r, 2, lagItem);
            m_health->setItem(r, 3, new QTableWidgetItem(s.lastRun));
            auto *err = new QTableWidgetItem(s.lastError);
            err->setToolTip(s.lastError);
            m_health->setItem(r, 4, err);
            ++r;
        }
        if (keep >= 0 && keep < m_health->rowCount())
            m_health->selectRow(keep);
    });
    w->setFuture(QtConcurrent::run([b = &m_backend] { return b->shopHealth(); }));
}

CrmPage::CrmPage(Backend &b, QWidget *parent) : ListPage(b, od::ListId::CrmOutbox, QStringLiteral("crm"), parent)
{
    addSelectionAction(ui::ActionId::RetryCrm, tr("Retry"), QKeySequence(tr("Ctrl+R")), QStringLiteral("order_no"), &Backend::retryCrm, tr("Retry CRM events"));
}

ExceptionsPage::ExceptionsPage(Backend &b, QWidget *parent) : ListPage(b, od::ListId::Exceptions, QStringLiteral("exceptions"), parent)
{
    addListAction(ui::ActionId::ViewBody, tr("View raw body"), {}, [this] { viewBody(); });
    setDefaultAction(ui::ActionId::ViewBody);
}

void ExceptionsPage::viewBody()
{
    const int64_t selected = singleSelectedId();
    if (!selected)
        return;
    const QString reason = valueOf(selected, QStringLiteral("reason"));
    using Body = od::Result<QByteArray>;
    auto *w = new QFutureWatcher<Body>(this);
    connect(w, &QFutureWatcher<Body>::finished, this, [this, w, reason] {
        w->deleteLater();
        const Body r = w->result();
        if (!r.ok()) {
            QMessageBox::warning(this, title(), r.error().message);
            return;
        }
        auto *dlg = new QDialog(this);
        dlg->setAttribute(Qt::WA_DeleteOnClose);
        dlg->setWindowTitle(tr("Raw body"));
        dlg->resize(760, 520);
        auto *layout = new QVBoxLayout(dlg);
        auto *why = new QLabel(tr("Refused because: %1").arg(reason), dlg);
        why->setWordWrap(true);
        layout->addWidget(why);
        auto *text = new QPlainTextEdit(dlg);
        text->setReadOnly(true);
        text->setLineWrapMode(QPlainTextEdit::NoWrap);
        // Show text as text; anything else byte by byte.
        const QByteArray &body = r.value();
        const QString s = QString::fromUtf8(body);
        text->setPlainText(s.contains(QChar::ReplacementCharacter) ? QString::fromLatin1(body.toHex(' ')) : s);
        layout->addWidget(text, 1);
        auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dlg);
        connect(buttons, &QDialogButtonBox::rejected, dlg, &QDialog::reject);
        layout->addWidget(buttons);
        dlg->show();
    });
    w->setFuture(QtConcurrent::run([b = &m_backend, id = selected] { return b->exceptionBody(id); }));
}

#include "downloaddialog.h"

#include "dialogparts.h"
#include "onworker.h"
#include "uifont.h"
#include "platforms/registry.h"

#include "gateway/requestrunner.h"
#include "intake/runlog.h"
#include "statelabels.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace {
const char *kFmt = "yyyy-MM-dd HH:mm:ss";

} // namespace

DownloadDialog::DownloadDialog(Backend &backend, QWidget *parent) : QDialog(parent), m_backend(backend), m_follow(new QTimer(this))
{
    setObjectName(QStringLiteral("downloadDialog"));
    setWindowTitle(tr("Download orders"));
    setMinimumWidth(560);
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_shop = new QComboBox(this);
    m_status = new QComboBox(this);
    m_status->addItem(tr("All statuses"), QString());
    for (const auto &[value, text] : ui::statusChoices(od::ListId::PendingDownload))
        m_status->addItem(text, value);
    const QDateTime now = QDateTime::currentDateTime();
    m_from = new QDateTimeEdit(now.addDays(-1), this);
    m_to = new QDateTimeEdit(now, this);
    for (QDateTimeEdit *e : {m_from, m_to}) {
        e->setDisplayFormat(QString::fromLatin1(kFmt));
        e->setCalendarPopup(true);
        ui::fitDateTimeEdit(e);
    }
    m_tids = new QPlainTextEdit(this);
    m_tids->setObjectName(QStringLiteral("tids"));
    m_tids->setPlaceholderText(tr("Paste trade numbers here, one per line, to download exactly those (the range is then not used)."));
    m_tids->setMaximumHeight(110);
    ui::addRows(
        form,
        {{tr("Shop:"), m_shop}, {tr("Trade status:"), m_status}, {tr("Modified from:"), m_from}, {tr("Modified to:"), m_to}, {tr("Trade numbers:"), m_tids}});
    layout->addLayout(form);
    m_busy = new QProgressBar(this);
    m_busy->setRange(0, 0);
    m_busy->setVisible(false);
    m_state = ui::namedLabel(this, QStringLiteral("downloadState"));
    m_result = ui::namedLabel(this, QStringLiteral("downloadResult"), true);
    layout->addWidget(m_busy);
    layout->addWidget(m_state);
    layout->addWidget(m_result);
    auto *buttons = new QDialogButtonBox(this);
    m_start = buttons->addButton(tr("Start download"), QDialogButtonBox::ActionRole);
    m_stop = buttons->addButton(tr("Stop"), QDialogButtonBox::ActionRole);
    m_stop->setEnabled(false);
    auto *close = buttons->addButton(QDialogButtonBox::Close);
    connect(close, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_start, &QPushButton::clicked, this, &DownloadDialog::startDownload);
    connect(m_stop, &QPushButton::clicked, this, [this] {
        m_stop->setEnabled(false);
        m_state->setText(tr("Stopping after the current page…"));
        if (m_requestId == 0) {
            *m_cancel = true;
            return;
        }
        ui::onWorker<od::Status>(
            this, [b = &m_backend, id = m_requestId] { return b->cancelDeskRequest(id); }, [](const od::Status &) {});
    });
    layout->addWidget(buttons);
    m_follow->setInterval(500);
    connect(m_follow, &QTimer::timeout, this, &DownloadDialog::followRequest);
    m_start->setEnabled(false);
    loadShops();
}

DownloadDialog::~DownloadDialog() { *m_cancel = true; }

void DownloadDialog::loadShops()
{
    using R = od::Result<std::vector<od::Shop>>;
    ui::onWorker<R>(
        this, [b = &m_backend] { return b->shops(); },
        [this](const R &r) {
            m_shopsLoaded = true;
            if (!r.ok()) {
                m_state->setText(r.error().message);
                return;
            }
            for (const od::Shop &s : r.value())
                if (od::platforms::platformFor(s).capabilities().pullOrders && s.enabled)
                    m_shop->addItem(QStringLiteral("%1 (%2)").arg(s.name, s.code), qlonglong(s.id));
            if (m_shop->count() == 0)
                m_state->setText(tr("No Taobao/Tmall shop to download from: add one in Settings → Shops. Pushing malls send their orders themselves."));
            m_start->setEnabled(m_shop->count() > 0);
        });
}

od::gateway::DownloadRequest DownloadDialog::request() const
{
    od::gateway::DownloadRequest r;
    r.shopId = m_shop->currentData().toLongLong();
    r.status = m_status->currentData().toString();
    r.start = m_from->dateTime().toString(QString::fromLatin1(kFmt));
    r.end = m_to->dateTime().toString(QString::fromLatin1(kFmt));
    for (const QString &line : m_tids->toPlainText().split(QLatin1Char('\n'))) {
        const QString tid = line.trimmed();
        if (!tid.isEmpty())
            r.tids << tid;
    }
    return r;
}

void DownloadDialog::startDownload()
{
    const od::gateway::DownloadRequest r = request();
    if (od::Status st = r.validate(); !st.ok()) {
        m_result->setStyleSheet(QStringLiteral("color: #b00020;"));
        m_result->setText(st.error().message);
        return;
    }
    m_result->clear();
    m_running = true;
    m_start->setEnabled(false);
    m_stop->setEnabled(true);
    m_busy->setVisible(true);
    if (m_backend.teamMode())
        submit(r);
    else
        runHere(r);
}

void DownloadDialog::runHere(const od::gateway::DownloadRequest &r)
{
    *m_cancel = false;
    m_state->setText(tr("Downloading…"));
    QPointer<DownloadDialog> self(this);
    auto progress = [self](const od::intake::RunStats &s) {
        const QString text = od::gateway::describeRun(s.seen, s.created, s.updated, s.refused);
        QMetaObject::invokeMethod(
            qApp,
            [self, text] {
                if (self && self->m_running)
                    self->m_state->setText(tr("Downloading… %1").arg(text));
            },
            Qt::QueuedConnection);
    };
    using R = od::Result<od::intake::RunStats>;
    ui::onWorker<R>(
        this, [b = &m_backend, r, progress, cancel = m_cancel] { return b->downloadNow(r, progress, [cancel] { return cancel->load(); }); },
        [this](const R &res) {
            if (res.ok())
                finished(true, od::gateway::describeRun(res->seen, res->created, res->updated, res->refused));
            else
                finished(false, res.error().message);
        });
}

void DownloadDialog::submit(const od::gateway::DownloadRequest &r)
{
    m_state->setText(tr("Sending the request to the gateway…"));
    using R = od::Result<std::pair<int64_t, bool>>;
    ui::onWorker<R>(
        this,
        [b = &m_backend, json = r.toJson()]() -> R {
            auto id = b->submitRequest(od::gateway::RequestKind::Download, json);
            if (!id.ok())
                return id.error();
            auto active = b->gatewayActive();
            return std::make_pair(id.value(), active.ok() && active.value());
        },
        [this](const R &res) {
            if (!res.ok()) {
                finished(false, res.error().message);
                return;
            }
            m_requestId = res->first;
            if (!res->second)
                m_result->setText(tr("No gateway is running on this database: the request waits in the queue and runs when a gateway starts "
                                     "(orderdesk-gateway on the team's server)."));
            m_follow->start();
            followRequest();
        });
}

void DownloadDialog::followRequest()
{
    if (m_polling || m_requestId == 0)
        return;
    m_polling = true;
    using R = od::Result<std::optional<od::gateway::DeskRequest>>;
    ui::onWorker<R>(
        this, [b = &m_backend, id = m_requestId] { return b->deskRequest(id); },
        [this](const R &res) {
            m_polling = false;
            if (!res.ok() || !res->has_value())
                return;
            const od::gateway::DeskRequest &r = **res;
            QString text = tr("Request #%1: %2").arg(r.id).arg(od::gateway::requestStateLabel(r.state));
            if (!r.gateway.isEmpty())
                text += QStringLiteral(" · ") + tr("gateway %1").arg(r.gateway);
            if (!r.progress.isEmpty() && !r.finished())
                text += QStringLiteral(" · ") + r.progress;
            m_state->setText(text);
            if (r.finished()) {
                m_follow->stop();
                finished(r.state == QLatin1String("done"), r.result);
            }
        });
}

void DownloadDialog::finished(bool ok, const QString &text)
{
    m_running = false;
    m_busy->setVisible(false);
    m_stop->setEnabled(false);
    m_start->setEnabled(m_shop->count() > 0);
    if (m_requestId == 0)
        m_state->setText(ok ? tr("Finished.") : tr("Not finished."));
    m_result->setStyleSheet(ok ? QStringLiteral("color: #1b7f3b;") : QStringLiteral("color: #b00020;"));
    m_result->setText(text);
}

// ---------------------------------------------------------------- 网关请求

RequestsDialog::RequestsDialog(Backend &backend, QWidget *parent) : QDialog(parent), m_backend(backend), m_table(new QTableWidget(this))
{
    setObjectName(QStringLiteral("requestsDialog"));
    setWindowTitle(tr("Requests to the gateway"));
    resize(880, 420);
    auto *layout = new QVBoxLayout(this);
    m_gateway = new QLabel(this);
    m_gateway->setObjectName(QStringLiteral("gatewayState"));
    m_gateway->setWordWrap(true);
    layout->addWidget(m_gateway);
    m_table->setColumnCount(7);
    m_table->setHorizontalHeaderLabels({tr("No."), tr("Request"), tr("By"), tr("Requested at"), tr("State"), tr("Gateway"), tr("Result")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    auto *timer = new QTimer(this);
    timer->setInterval(2000);
    connect(timer, &QTimer::timeout, this, &RequestsDialog::refresh);
    timer->start();
    refresh();
}

void RequestsDialog::refresh()
{
    if (m_loading)
        return;
    m_loading = true;
    using Rows = od::Result<QList<od::gateway::DeskRequest>>;
    using R = std::pair<Rows, od::Result<bool>>;
    ui::onWorker<R>(
        this, [b = &m_backend] { return R(b->deskRequests(), b->gatewayActive()); },
        [this](const R &r) {
            m_loading = false;
            m_loaded = true;
            const bool active = r.second.ok() && r.second.value();
            m_gateway->setStyleSheet(active || !m_backend.teamMode() ? QString() : QStringLiteral("color: #b00020;"));
            m_gateway->setText(!m_backend.teamMode() ? tr("Single desk: this desk downloads and runs schedules itself; requests are for team mode.")
                                   : active          ? tr("A gateway is running on this database: requests run as soon as they are sent.")
                                                     : tr("No gateway is running on this database: requests wait in the queue until one starts."));
            if (!r.first.ok()) {
                m_gateway->setText(r.first.error().message);
                return;
            }
            const QList<od::gateway::DeskRequest> &rows = r.first.value();
            m_table->setRowCount(int(rows.size()));
            for (int i = 0; i < rows.size(); ++i) {
                const od::gateway::DeskRequest &q = rows[i];
                const QStringList cells{QString::number(q.id),
                                        od::gateway::label(q.kind),
                                        q.requestedBy,
                                        q.requestedAt,
                                        od::gateway::requestStateLabel(q.state),
                                        q.gateway,
                                        q.finished() ? q.result : q.progress};
                for (int c = 0; c < cells.size(); ++c)
                    m_table->setItem(i, c, new QTableWidgetItem(cells[c]));
            }
            m_table->resizeColumnsToContents();
        });
}

#include "firstrunwizard.h"

#include "dialogparts.h"
#include "platforms/registry.h"

#include "receiverdialog.h"
#include "settingsdialog.h"
#include "setup/connectiontest.h"

#include "storage/lists.h"

#include <QAbstractButton>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QRegularExpression>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent>
#include <memory>

namespace firstrun {

int passwordStrength(const QString &pw)
{
    if (pw.isEmpty())
        return 0;
    int classes = 0;
    for (const char *re : {"[a-z]", "[A-Z]", "[0-9]", "[^A-Za-z0-9]"})
        if (pw.contains(QRegularExpression(QString::fromLatin1(re))))
            ++classes;
    int score = pw.size() >= 6 ? 1 : 0;
    if (pw.size() >= 8 && classes >= 2)
        ++score;
    if (pw.size() >= 10 && classes >= 3)
        ++score;
    if (pw.size() >= 12 && classes >= 3)
        ++score;
    return std::max(1, score);
}

QString strengthLabel(int strength)
{
    switch (strength) {
    case 0:
        return QString();
    case 1:
        return QCoreApplication::translate("FirstRun", "weak");
    case 2:
        return QCoreApplication::translate("FirstRun", "fair");
    case 3:
        return QCoreApplication::translate("FirstRun", "good");
    default:
        return QCoreApplication::translate("FirstRun", "strong");
    }
}

bool SavingPage::validatePage()
{
    if (m_passed) {
        m_passed = false;
        return true;
    }
    if (m_busy)
        return false;
    m_busy = true;
    if (wizard())
        wizard()->button(QWizard::NextButton)->setEnabled(false);
    save([this](bool ok) {
        m_busy = false;
        if (wizard())
            wizard()->button(QWizard::NextButton)->setEnabled(true);
        if (!ok || !wizard())
            return;
        m_passed = true;
        wizard()->next(); // validatePage() again, now passing
    });
    return false;
}

AdminPage::AdminPage(Backend &backend, QWidget *parent) : SavingPage(parent), m_backend(backend)
{
    setTitle(tr("Welcome to OrderDesk"));
    setSubTitle(tr("This database has no users yet. Create the administrator: the account that adds shops, staff and the CRM link."));
    auto *layout = new QVBoxLayout(this);
    auto *where = new QLabel(tr("Database: %1").arg(backend.db().config().describe()), this);
    where->setObjectName(QStringLiteral("databaseLabel"));
    where->setWordWrap(true);
    where->setStyleSheet(QStringLiteral("color: #555;"));
    layout->addWidget(where);
    auto *form = new QFormLayout;
    m_login = new QLineEdit(this);
    m_login->setObjectName(QStringLiteral("adminLogin"));
    m_login->setText(QStringLiteral("admin"));
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("adminName"));
    m_password = ui::secretEdit(this, QStringLiteral("adminPassword"));
    m_repeat = ui::secretEdit(this, QStringLiteral("adminRepeat"));
    m_strength = new QProgressBar(this);
    m_strength->setRange(0, 4);
    m_strength->setTextVisible(false);
    m_strength->setMaximumHeight(8);
    m_strengthText = new QLabel(this);
    auto *strengthRow = new QHBoxLayout;
    strengthRow->addWidget(m_strength, 1);
    strengthRow->addWidget(m_strengthText);
    ui::addRows(form, {{tr("Login:"), m_login}, {tr("Name:"), m_name}, {tr("Password:"), m_password}});
    form->addRow(tr("Strength:"), strengthRow);
    form->addRow(tr("Password again:"), m_repeat);
    layout->addLayout(form);
    auto *note = new QLabel(tr("At least 6 characters; longer, with digits and capitals, is better. "
                               "Write the login down: a forgotten password is reset by another administrator, "
                               "or on this computer with orderdesk-gateway --reset-password."),
                            this);
    note->setWordWrap(true);
    note->setStyleSheet(QStringLiteral("color: #555;"));
    layout->addWidget(note);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("adminMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b00020;"));
    layout->addWidget(m_message);
    layout->addStretch(1);
    connect(m_password, &QLineEdit::textChanged, this, &AdminPage::updateStrength);
    updateStrength();
}

void AdminPage::updateStrength()
{
    const int s = passwordStrength(m_password->text());
    m_strength->setValue(s);
    static const char *colours[] = {"#ccc", "#c62828", "#ef6c00", "#2e7d32", "#1b5e20"};
    m_strength->setStyleSheet(QStringLiteral("QProgressBar::chunk { background: %1; }").arg(QLatin1String(colours[s])));
    m_strengthText->setText(strengthLabel(s));
}

void AdminPage::save(std::function<void(bool)> done)
{
    if (m_created) { // back and forth: the account exists
        done(true);
        return;
    }
    const QString login = m_login->text().trimmed();
    const QString name = m_name->text().trimmed().isEmpty() ? login : m_name->text().trimmed();
    if (login.isEmpty()) {
        m_message->setText(tr("Enter a login."));
        done(false);
        return;
    }
    if (m_password->text() != m_repeat->text()) {
        m_message->setText(tr("The two passwords differ: type the same password twice."));
        done(false);
        return;
    }
    m_message->setText(tr("Creating the administrator…"));
    const od::StaffUser user{0, login, name, od::Role::Admin, true};
    const QString password = m_password->text();
    runSettingsWork(
        this, [b = &m_backend, user, password] { return b->createUser(user, password); },
        [this, login, name, done](const od::Status &st) {
            if (!st.ok()) {
                m_message->setText(st.error().message);
                done(false);
                return;
            }
            m_created = true;
            m_message->clear();
            m_login->setReadOnly(true);
            m_backend.setSession({login, name, od::Role::Admin}); // the rest is done as the new administrator
            done(true);
        });
}

DonePage::DonePage(Backend &backend, const ShopPage *shops, const ReceiverPage *receiver, QWidget *parent)
    : QWizardPage(parent), m_backend(backend), m_shops(shops), m_receiver(receiver), m_timer(new QTimer(this))
{
    setTitle(tr("Ready"));
    setSubTitle(tr("Anything skipped can be done later in Settings."));
    auto *layout = new QVBoxLayout(this);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("doneSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_pushStatus = new QLabel(this);
    m_pushStatus->setObjectName(QStringLiteral("pushStatus"));
    m_pushStatus->setWordWrap(true);
    m_pushStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_summary);
    layout->addWidget(m_pushStatus);
    layout->addStretch(1);
    m_timer->setInterval(1500);
    connect(m_timer, &QTimer::timeout, this, &DonePage::poll);
}

void DonePage::initializePage()
{
    QStringList lines;
    if (m_shops->shops().empty())
        lines << tr("No shop yet: add one in Settings → Shops.");
    for (const od::Shop &s : m_shops->shops())
        lines << tr("Shop %1 (%2): %3").arg(s.name, s.code, od::label(s.platform));
    const bool pulls = std::any_of(m_shops->shops().begin(), m_shops->shops().end(),
                                   [](const od::Shop &s) { return od::platforms::platformFor(s).capabilities().pullOrders; });
    const QString download = od::listTitle(od::ListId::PendingDownload), import = od::listTitle(od::ListId::PendingImport);
    lines << (pulls ? tr("Downloaded orders arrive in %1 and, with their details, in %2.").arg(download, import)
                    : tr("Pushed orders arrive in %1.").arg(import));
    m_summary->setText(lines.join(QLatin1Char('\n')));
    poll();
    m_timer->start();
}

void DonePage::cleanupPage() { m_timer->stop(); }

void DonePage::poll()
{
    std::vector<od::Shop> malls;
    for (const od::Shop &s : m_shops->shops())
        if (od::platforms::platformFor(s).capabilities().pushOrders)
            malls.push_back(s);
    if (malls.empty()) {
        m_pushStatus->clear();
        m_timer->stop();
        return;
    }
    if (m_polling)
        return;
    m_polling = true;
    const ReceiverSettings r = m_receiver->settings();
    using Seen = std::vector<od::Result<od::setup::PushSeen>>;
    auto *w = new QFutureWatcher<Seen>(this);
    connect(w, &QFutureWatcher<Seen>::finished, this, [this, w, malls, r] {
        w->deleteLater();
        m_polling = false;
        const Seen seen = w->result();
        QStringList lines;
        for (size_t i = 0; i < malls.size(); ++i) {
            const od::Shop &s = malls[i];
            lines << tr("Give the mall %1 this address and app key:").arg(s.name);
            lines << QStringLiteral("    %1").arg(od::setup::pushAddress(r.bindAddress, r.port, s.code));
            lines << QStringLiteral("    app_key: %1").arg(s.appKey.isEmpty() ? tr("(none set)") : s.appKey);
            if (!seen[i].ok())
                lines << QStringLiteral("    ") + seen[i].error().message;
            else if (seen[i]->trades > 0)
                lines << QStringLiteral("    ✔ ") + tr("%n order(s) received.", nullptr, int(seen[i]->trades));
            else if (seen[i]->refused > 0)
                lines << QStringLiteral("    ✘ ") + tr("The mall reaches us, but its pushes were refused: %1").arg(seen[i]->lastRefusal);
            else
                lines << QStringLiteral("    … ") + tr("Waiting for the first push.");
        }
        lines << tr("Let the firewall allow incoming connections on port %1 (Windows asks at the first start); "
                    "a mall outside this network needs a port forward or an HTTPS proxy.")
                     .arg(r.port);
        m_pushStatus->setText(lines.join(QLatin1Char('\n')));
    });
    w->setFuture(QtConcurrent::run([db = &m_backend.db(), malls] {
        Seen out;
        for (const od::Shop &s : malls)
            out.push_back(od::setup::firstPushSeen(*db, s.id));
        return out;
    }));
}

} // namespace firstrun

using namespace firstrun;

FirstRunWizard::FirstRunWizard(Backend &backend, QWidget *parent) : QWizard(parent), m_backend(backend)
{
    setObjectName(QStringLiteral("firstRunWizard"));
    setWindowTitle(tr("OrderDesk — first start"));
    setWizardStyle(QWizard::ModernStyle);
    setMinimumSize(720, 560);
    m_admin = new AdminPage(backend, this);
    m_shops = new ShopPage(backend, this);
    m_receiver = new ReceiverPage(backend, this);
    m_crm = new CrmPage(backend, m_receiver, this);
    m_schedules = new SchedulePage(backend, m_shops, this);
    m_done = new DonePage(backend, m_shops, m_receiver, this);
    setPage(Admin, m_admin);
    setPage(Shops, m_shops);
    setPage(Receiver, m_receiver);
    setPage(Crm, m_crm);
    setPage(Schedules, m_schedules);
    setPage(Done, m_done);
    setStartId(Admin);
}

Session FirstRunWizard::session() const { return m_admin->created() ? m_backend.session() : Session{}; }

QString FirstRunWizard::startPage() const
{
    for (const od::Shop &s : m_shops->shops())
        if (od::platforms::platformFor(s).capabilities().pullOrders)
            return QStringLiteral("pending_download");
    return QStringLiteral("pending_import");
}

bool FirstRunWizard::receiverChanged() const { return m_receiver->saved(); }

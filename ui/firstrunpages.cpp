// The first-run wizard's settings pages: shops, push receiver, CRM link, schedules. Each embeds the
// editor 设置 uses, so the wizard and the settings validate, save and audit the same way.
#include "crmsettingsdialog.h"
#include "platforms/registry.h"
#include "firstrunwizard.h"
#include "receiverdialog.h"
#include "scheduledialog.h"
#include "setup/connectiontest.h"
#include "shopdialog.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>
#include <memory>

namespace firstrun {

namespace {
QLabel *note(const QString &text, QWidget *parent)
{
    auto *l = new QLabel(text, parent);
    l->setWordWrap(true);
    l->setStyleSheet(QStringLiteral("color: #555;"));
    return l;
}
} // namespace

// --- shops ------------------------------------------------------------------------------------------

ShopPage::ShopPage(Backend &backend, QWidget *parent) : SavingPage(parent), m_backend(backend)
{
    setTitle(tr("The first shop"));
    setSubTitle(tr("A Taobao/Tmall shop (TOP) is downloaded from the platform; a WeChat mall pushes its orders to us. "
                   "Leave the code empty and press Next to skip."));
    auto *layout = new QVBoxLayout(this);
    m_editorBox = new QVBoxLayout;
    layout->addLayout(m_editorBox);
    m_addAnother = new QPushButton(tr("Save and add another shop"), this);
    m_addAnother->setObjectName(QStringLiteral("addAnotherShop"));
    m_added = new QLabel(this);
    m_added->setObjectName(QStringLiteral("addedShops"));
    m_added->setWordWrap(true);
    layout->addWidget(m_addAnother, 0, Qt::AlignLeft);
    layout->addWidget(m_added);
    layout->addStretch(1);
    connect(m_addAnother, &QPushButton::clicked, this, [this] {
        if (busy())
            return;
        saveEditor([this](bool ok) {
            if (ok)
                newEditor();
        });
    });
    newEditor();
}

void ShopPage::newEditor()
{
    if (m_editor)
        m_editor->deleteLater();
    m_editor = new ShopDialog(m_backend, std::nullopt, this);
    m_editor->embed();
    m_editorBox->addWidget(m_editor);
    m_editor->codeEdit()->setFocus();
}

void ShopPage::saveEditor(std::function<void(bool)> done)
{
    ShopDialog *editor = m_editor;
    editor->save([this, editor, done](bool ok) {
        if (ok) {
            od::Shop s = editor->shop();
            s.id = editor->savedId();
            m_shops.push_back(s);
            QStringList names;
            for (const od::Shop &shop : m_shops)
                names << QStringLiteral("%1 (%2, %3)").arg(shop.name, shop.code, od::label(shop.platform));
            m_added->setText(tr("Added: %1").arg(names.join(QStringLiteral("; "))));
        }
        done(ok);
    });
}

void ShopPage::save(std::function<void(bool)> done)
{
    if (m_editor->codeEdit()->text().trimmed().isEmpty() && m_editor->nameEdit()->text().trimmed().isEmpty()) {
        done(true); // skipped, or the shops were added with "Save and add another"
        return;
    }
    saveEditor([this, done](bool ok) {
        if (ok)
            newEditor(); // coming back shows an empty form, not the saved shop again
        done(ok);
    });
}

// --- push receiver ----------------------------------------------------------------------------------

ReceiverPage::ReceiverPage(Backend &backend, QWidget *parent) : SavingPage(parent)
{
    setTitle(tr("Receiving pushed orders"));
    setSubTitle(tr("Where this computer listens for orders that a mall pushes. Without a pushing mall the defaults are fine."));
    auto *layout = new QVBoxLayout(this);
    m_editor = new ReceiverDialog(backend, ReceiverSettings{}, this);
    m_editor->embed();
    layout->addWidget(m_editor);
    layout->addWidget(note(tr("Firewall: allow incoming connections to OrderDesk on this port (Windows asks the first time it listens). "
                              "A mall on the internet reaches this computer only through a port forward on the router or, better, "
                              "an HTTPS reverse proxy."),
                           this));
    layout->addStretch(1);
}

ReceiverSettings ReceiverPage::settings() const { return m_editor->settings(); }

void ReceiverPage::save(std::function<void(bool)> done)
{
    m_editor->save([this, done](bool ok) {
        m_saved = m_saved || ok;
        done(ok);
    });
}

// --- CRM link ---------------------------------------------------------------------------------------

CrmPage::CrmPage(Backend &backend, const ReceiverPage *receiver, QWidget *parent) : SavingPage(parent), m_backend(backend), m_receiver(receiver)
{
    setTitle(tr("The CRM link"));
    setSubTitle(tr("Every change of a sales order goes to the company's CRM through the ShopEx matrix. "
                   "Leave the gateway address empty and press Next to skip."));
    m_box = new QVBoxLayout(this);
}

void CrmPage::initializePage()
{
    if (m_editor)
        return;
    od::crm::CrmSettings s;
    // The CRM answers long tasks by calling back: on this computer, at the receiver's port.
    const ReceiverSettings r = m_receiver->settings();
    s.callbackBase = QStringLiteral("http://%1:%2").arg(od::setup::thisComputerAddress()).arg(r.port);
    m_editor = new CrmSettingsDialog(m_backend, s, this);
    m_editor->embed();
    m_box->addWidget(m_editor);
    m_box->addStretch(1);
}

void CrmPage::save(std::function<void(bool)> done)
{
    if (m_editor->gatewayEdit()->text().trimmed().isEmpty()) {
        done(true); // skipped: events wait in the outbox until the link is set
        return;
    }
    m_editor->save(std::move(done));
}

// --- schedules --------------------------------------------------------------------------------------

SchedulePage::SchedulePage(Backend &backend, const ShopPage *shops, QWidget *parent) : SavingPage(parent), m_backend(backend), m_shops(shops)
{
    setTitle(tr("Download schedule"));
    setSubTitle(tr("How often each Taobao/Tmall shop is asked for new and changed orders. The first run reads back as far as "
                   "its look-back (three days here)."));
    auto *outer = new QVBoxLayout(this);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *inner = new QWidget(scroll);
    m_box = new QVBoxLayout(inner);
    m_none = new QLabel(tr("No shop to download from: pushing malls need no schedule."), inner);
    m_none->setWordWrap(true);
    m_box->addWidget(m_none);
    m_box->addStretch(1);
    scroll->setWidget(inner);
    outer->addWidget(scroll);
}

void SchedulePage::initializePage()
{
    for (const od::Shop &shop : m_shops->shops()) {
        if (!od::platforms::platformFor(shop).capabilities().pullOrders)
            continue;
        if (std::any_of(m_editors.begin(), m_editors.end(), [&](ScheduleDialog *d) { return d->property("shopId").toLongLong() == shop.id; }))
            continue;
        std::vector<od::intake::Schedule> defaults;
        for (const QString &kind : ScheduleDialog::kinds()) {
            od::intake::Schedule s;
            s.shopId = shop.id;
            s.kind = kind;
            s.intervalMin = kind == QLatin1String("gapfill") ? 60 : 5;
            s.lookbackMin = kind == QLatin1String("gapfill") ? 1440 : 3 * 24 * 60;
            defaults.push_back(s);
        }
        auto *editor = new ScheduleDialog(m_backend, shop.id, shop.name, defaults, this);
        editor->setProperty("shopId", qlonglong(shop.id));
        editor->embed();
        m_box->insertWidget(m_box->count() - 1, editor);
        m_editors.push_back(editor);
    }
    m_none->setVisible(m_editors.empty());
}

void SchedulePage::save(std::function<void(bool)> done)
{
    // One editor after the other; the first failure stops (its editor says why).
    auto next = std::make_shared<std::function<void(size_t)>>();
    *next = [this, done, next](size_t i) {
        if (i >= m_editors.size()) {
            done(true);
            return;
        }
        m_editors[i]->save([done, next, i](bool ok) {
            if (!ok) {
                done(false);
                return;
            }
            (*next)(i + 1);
        });
    };
    (*next)(0);
}

} // namespace firstrun

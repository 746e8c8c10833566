#include "shopdialog.h"

#include "dialogparts.h"
#include "backend.h"
#include "push/pushsign.h"
#include "secrets/secretstore.h"
#include "platforms/registry.h"
#include "setup/connectiontest.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QRegularExpressionValidator>
#include <QUrl>

ShopDialog::ShopDialog(Backend &backend, std::optional<od::Shop> shop, QWidget *parent)
    : SettingsDialog(shop ? tr("Edit shop %1").arg(shop->name) : tr("Add a shop"), parent), m_backend(backend), m_original(std::move(shop)),
      m_hasStore(backend.secretStore() != nullptr)
{
    setObjectName(QStringLiteral("shopDialog"));
    m_code = new QLineEdit(this);
    m_code->setObjectName(QStringLiteral("code"));
    m_code->setMaxLength(32);
    m_code->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[A-Za-z0-9_-]{0,32}")), m_code));
    m_code->setPlaceholderText(tr("e.g. tmall01 (letters, digits, - and _)"));
    m_name = new QLineEdit(this);
    m_name->setMaxLength(64);
    m_platform = new QComboBox(this);
    for (const od::platforms::Platform *p : od::platforms::allPlatforms())
        m_platform->addItem(p->label(), p->code());
    m_appKey = new QLineEdit(this);
    m_endpoint = new QLineEdit(this);
    m_endpoint->setPlaceholderText(QStringLiteral("https://eco.taobao.com/router/rest"));
    m_scheme = new QComboBox(this);
    for (const QString &s : od::push::signSchemes())
        m_scheme->addItem(s, s);
    m_secret = ui::secretEdit(this, QStringLiteral("appSecret"));
    m_session = ui::secretEdit(this, QStringLiteral("topSession"));
    m_enabled = new QCheckBox(tr("Download and accept orders for this shop"), this);
    m_enabled->setChecked(true);

    ui::addRows(form(),
                {{tr("Shop code:"), m_code},
                 {tr("Shop name:"), m_name},
                 {tr("Platform:"), m_platform},
                 {tr("App key:"), m_appKey},
                 {tr("TOP endpoint:"), m_endpoint},
                 {tr("Push sign scheme:"), m_scheme},
                 {tr("App secret:"), m_secret},
                 {tr("TOP session:"), m_session},
                 {QString(), m_enabled}});

    if (m_original) {
        m_code->setText(m_original->code);
        m_code->setReadOnly(true);
        m_code->setToolTip(tr("The code is part of the push address and the secret's name; it cannot change."));
        m_name->setText(m_original->name);
        m_platform->setCurrentIndex(m_platform->findData(od::toKey(m_original->platform)));
        m_appKey->setText(m_original->appKey);
        m_endpoint->setText(m_original->endpoint);
        if (int i = m_scheme->findData(m_original->signScheme); i >= 0)
            m_scheme->setCurrentIndex(i);
        m_enabled->setChecked(m_original->enabled);
    } else {
        if (int i = m_scheme->findData(QString::fromLatin1(od::push::kDefaultScheme)); i >= 0)
            m_scheme->setCurrentIndex(i);
    }
    if (!m_hasStore) {
        m_secret->setEnabled(false);
        m_session->setEnabled(false);
        const QString why = tr("Team mode: the shop credentials are kept in the secret store on the gateway's machine, "
                               "not on this desk. Enter them there.");
        m_secret->setToolTip(why);
        m_session->setToolTip(why);
        addNote(why);
    } else {
        const QString placeholder = m_original ? tr("Leave empty to keep the stored value") : QString();
        m_secret->setPlaceholderText(placeholder);
        m_session->setPlaceholderText(placeholder);
        addNote(tr("Credentials are kept only in the system's secret store (%1), never in the database or the settings.").arg(backend.secretStore()->name()));
    }
    // 连接测试 (TOP): one signed trades.sold.increment.get over the last minute with what is typed (or stored).
    addCheckButton(
        tr("Test the connection"),
        [this]() -> std::function<od::Status()> {
            const od::Shop s = this->shop();
            const QString typedSecret = m_secret->text(), typedSession = m_session->text();
            od::SecretStore *store = m_backend.secretStore();
            const bool stored = m_original.has_value();
            const QString ref = m_original ? m_original->secretRef : QString();
            return [s, typedSecret, typedSession, store, stored, ref]() -> od::Status {
                if (!od::platforms::platformFor(s).capabilities().pullOrders)
                    return od::Error(QStringLiteral("setup.push"), tr("A pushing mall is not called: give it the push address and wait for its first order."));
                if (!store)
                    return od::Error(QStringLiteral("setup.team_mode"),
                                     tr("Team mode: the shop's credentials are on the gateway's machine; test the shop there with orderdesk-gateway --check."));
                QString secret = typedSecret, session = typedSession;
                if (stored) {
                    if (secret.isEmpty())
                        secret = store->get(ref).valueOr(QString());
                    if (session.isEmpty())
                        session = store->get(ref + QStringLiteral(".session")).valueOr(QString());
                }
                return od::setup::testPullingShop(s, secret, session);
            };
        },
        tr("Connected: the platform accepted the app key, the signature and the session."));
    connect(m_platform, &QComboBox::currentIndexChanged, this, &ShopDialog::platformChanged);
    for (QLineEdit *e : {m_code, m_name, m_appKey, m_endpoint, m_secret, m_session})
        connect(e, &QLineEdit::textChanged, this, &ShopDialog::recheck);
    platformChanged();
}

void ShopDialog::platformChanged()
{
    const od::platforms::Platform *p = od::platforms::platformByCode(m_platform->currentData().toString());
    const od::platforms::Capabilities caps = p ? p->capabilities() : od::platforms::Capabilities{};
    m_endpoint->setEnabled(caps.needsEndpoint);
    m_session->setEnabled(caps.pullOrders && m_hasStore);
    m_scheme->setEnabled(caps.pushOrders);
    form()->setRowVisible(m_endpoint, caps.needsEndpoint);
    form()->setRowVisible(m_session, caps.pullOrders);
    form()->setRowVisible(m_scheme, caps.pushOrders);
    if (checkButton())
        checkButton()->setVisible(caps.pullOrders);
    if (checkLabel())
        checkLabel()->clear();
    recheck();
}

od::Shop ShopDialog::shop() const
{
    od::Shop s = m_original.value_or(od::Shop{});
    s.code = m_code->text().trimmed();
    s.name = m_name->text().trimmed();
    s.platform = od::platformFromKey(m_platform->currentData().toString()).value_or(od::PlatformKind::Top);
    s.appKey = m_appKey->text().trimmed();
    const od::platforms::Capabilities caps = od::platforms::platformFor(s).capabilities();
    s.endpoint = caps.needsEndpoint ? m_endpoint->text().trimmed() : QString();
    s.signScheme = caps.pushOrders ? m_scheme->currentData().toString() : QString::fromLatin1(od::push::kDefaultScheme);
    s.enabled = m_enabled->isChecked();
    return s;
}

QString ShopDialog::validate() const
{
    const od::Shop s = shop();
    static const QRegularExpression codeRe(QStringLiteral("^[A-Za-z0-9_-]{1,32}$"));
    if (!codeRe.match(s.code).hasMatch())
        return tr("Enter a shop code: 1 to 32 letters, digits, '-' or '_'.");
    if (s.name.isEmpty())
        return tr("Enter the shop name.");
    if (od::platforms::platformFor(s).capabilities().needsEndpoint) {
        if (s.appKey.isEmpty())
            return tr("Enter the app key of the TOP application.");
        const QUrl url(s.endpoint, QUrl::StrictMode);
        if (!url.isValid() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")) || url.host().isEmpty())
            return tr("Enter the TOP endpoint as an http:// or https:// address.");
    }
    if (m_hasStore && !m_original && m_secret->text().isEmpty() && s.signScheme != QLatin1String("none"))
        return tr("Enter the app secret: it is needed to sign requests and check pushes.");
    if (m_secret->text() != m_secret->text().trimmed() || m_session->text() != m_session->text().trimmed())
        return tr("The credentials must not start or end with spaces.");
    return {};
}

std::function<od::Status()> ShopDialog::saver()
{
    const od::Shop s = shop();
    std::optional<QString> secret, session;
    if (m_hasStore && !m_secret->text().isEmpty())
        secret = m_secret->text();
    if (m_hasStore && od::platforms::platformFor(s).capabilities().pullOrders && !m_session->text().isEmpty())
        session = m_session->text();
    return [b = &m_backend, s, secret, session, id = m_id]() -> od::Status {
        auto r = b->saveShop(s, secret, session);
        if (!r.ok())
            return r.error();
        *id = r.value();
        return {};
    };
}

#include "crmsettingsdialog.h"

#include "dialogparts.h"
#include "backend.h"
#include "secrets/secretstore.h"
#include "setup/connectiontest.h"

#include <QFormLayout>
#include <QLineEdit>
#include <QUrl>

namespace {
bool isHttpUrl(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    return url.isValid() && (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https")) && !url.host().isEmpty();
}
} // namespace

CrmSettingsDialog::CrmSettingsDialog(Backend &backend, const od::crm::CrmSettings &s, QWidget *parent)
    : SettingsDialog(tr("CRM link"), parent), m_backend(backend), m_hasStore(backend.secretStore() != nullptr), m_current(s)
{
    setObjectName(QStringLiteral("crmDialog"));
    auto edit = [this](const QString &text, const QString &placeholder = {}) {
        auto *e = new QLineEdit(text, this);
        e->setPlaceholderText(placeholder);
        connect(e, &QLineEdit::textChanged, this, &CrmSettingsDialog::recheck);
        return e;
    };
    m_gateway = edit(s.gatewayUrl, QStringLiteral("http://matrix.example.com/api"));
    m_appId = edit(s.appId);
    m_certi = edit(s.certiId);
    m_from = edit(s.fromNodeId);
    m_to = edit(s.toNodeId);
    m_callback = edit(s.callbackBase, QStringLiteral("http://desk.example.com:8090"));
    m_version = edit(s.version);
    m_token = ui::secretEdit(this, QStringLiteral("crmToken"));
    connect(m_token, &QLineEdit::textChanged, this, &CrmSettingsDialog::recheck);
    ui::addRows(form(),
                {{tr("Matrix gateway address:"), m_gateway},
                 {tr("App id:"), m_appId},
                 {tr("Certificate id:"), m_certi},
                 {tr("Our node id:"), m_from},
                 {tr("CRM node id:"), m_to},
                 {tr("Callback base address:"), m_callback},
                 {tr("Protocol version:"), m_version},
                 {tr("Matrix token:"), m_token}});
    if (m_hasStore) {
        m_token->setPlaceholderText(tr("Leave empty to keep the stored token"));
        addNote(tr("The token is kept only in the system's secret store, never in the database. "
                   "The CRM link restarts with the new settings when you save."));
    } else {
        m_token->setEnabled(false);
        const QString why = tr("Team mode: the matrix token is kept in the secret store on the gateway's machine; enter it there.");
        m_token->setToolTip(why);
        addNote(why);
    }
    // 连接测试: a signed store.trade.add without a tid, which the CRM refuses after checking the sign.
    addCheckButton(
        tr("Test the connection"),
        [this]() -> std::function<od::Status()> {
            const QString why = validate();
            const od::crm::CrmSettings s = settings();
            const QString typed = m_token->text();
            od::SecretStore *store = m_backend.secretStore();
            return [why, s, typed, store]() -> od::Status {
                if (!why.isEmpty())
                    return od::Error(QStringLiteral("setup.incomplete"), why);
                QString token = typed;
                if (token.isEmpty() && store) {
                    auto stored = store->get(s.tokenRef);
                    if (stored.ok())
                        token = stored.value();
                }
                if (token.isEmpty() && !store)
                    return od::Error(QStringLiteral("setup.team_mode"),
                                     tr("Team mode: the token is on the gateway's machine; test the link there with orderdesk-gateway --check."));
                return od::setup::testCrm(s, token);
            };
        },
        tr("Connected: the CRM accepted the signature."));
}

od::crm::CrmSettings CrmSettingsDialog::settings() const
{
    od::crm::CrmSettings s = m_current; // keeps what the form does not show (the token's name)
    s.gatewayUrl = m_gateway->text().trimmed();
    s.appId = m_appId->text().trimmed();
    s.certiId = m_certi->text().trimmed();
    s.fromNodeId = m_from->text().trimmed();
    s.toNodeId = m_to->text().trimmed();
    s.callbackBase = m_callback->text().trimmed();
    s.version = m_version->text().trimmed();
    return s;
}

QString CrmSettingsDialog::validate() const
{
    const od::crm::CrmSettings s = settings();
    if (!isHttpUrl(s.gatewayUrl))
        return tr("Enter the matrix gateway as an http:// or https:// address.");
    if (s.appId.isEmpty())
        return tr("Enter the app id (usually ecos.ome).");
    if (!s.callbackBase.isEmpty() && !isHttpUrl(s.callbackBase))
        return tr("The callback base must be an http:// or https:// address, or empty.");
    if (s.version.isEmpty())
        return tr("Enter the protocol version (usually 1).");
    if (m_token->text() != m_token->text().trimmed())
        return tr("The token must not start or end with spaces.");
    return {};
}

std::function<od::Status()> CrmSettingsDialog::saver()
{
    std::optional<QString> token;
    if (m_hasStore && !m_token->text().isEmpty())
        token = m_token->text();
    return [b = &m_backend, s = settings(), token] { return b->saveCrmSettings(s, token); };
}

// CRM callbacks: a form body from the network → decoded params → matrix sign verification. A body
// that verifies must have been signed with the token (we re-sign and compare).
#include "crm/crmmapping.h"
#include "crm/matrixsign.h"

#include <QByteArray>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body(reinterpret_cast<const char *>(data), qsizetype(size));
    const od::crm::WireParams form = od::crm::formDecode(body);
    const QString token = QStringLiteral("abc123");
    const bool ok = od::crm::matrixVerify(form, token);
    if (ok && od::crm::matrixSign(form, token) != form.value(QStringLiteral("sign")).toUpper())
        abort();
    od::crm::WireParams signedForm = form;
    signedForm.remove(QStringLiteral("sign"));
    od::crm::signRequest(signedForm, token);
    if (!od::crm::matrixVerify(signedForm, token))
        abort(); // what we sign, we accept
    (void)od::crm::formEncode(form);
    return 0;
}

#pragma once
// Free text staff type into the services (reasons, tracking numbers, goods codes, names) is stored
// exactly as given — or refused with a clear error: text with NUL characters or broken Unicode
// (unpaired surrogates; neither database can keep them as they are), or longer than the field's
// limit.
#include "domain/result.h"
#include <QString>

namespace od {

// Ok, or "text.invalid" / "text.too_long" naming `field` (a translated label such as "The tracking
// number"). maxLength counts characters (UTF-16 units as QString::size); 0 = no limit.
Status checkText(const QString &value, const QString &field, int maxLength = 0);

} // namespace od

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

// A mobile number as lists show it: 13812345678 → 138****5678 (first three and last four digits).
// Shorter numbers keep only their last two characters; empty stays empty.
QString maskMobile(const QString &mobile);
// Every mainland mobile number (1[3-9] and nine more digits, not inside a longer run of digits) in a
// text, masked the same way: for raw payloads shown to staff without the right to see them.
QString maskMobilesIn(const QString &text);

} // namespace od

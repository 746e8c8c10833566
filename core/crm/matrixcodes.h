#pragma once
// The matrix's failure answers (`rsp` = "fail", `res` = code), one table for the dispatcher (immediate
// replies) and the callback handler (later results), so both judge a code the same way
// (protocols.md §3): a temporary failure is tried again with the same task (the CRM deduplicates on
// it); a permanent one stops the event in the failed list for staff.
#include <QString>
#include <vector>

namespace od::crm {

enum class MatrixFailure { Temporary, Permanent };

struct MatrixCode {
    const char *res;
    MatrixFailure kind;
    const char *meaning;
};

// The codes we know.
const std::vector<MatrixCode> &matrixCodes();
// A code's kind. Unknown codes are permanent: waiting does not cure what we cannot name, and staff
// see it in the failed list (and can retry it) instead of it being retried unseen for ever.
MatrixFailure classifyMatrixFailure(const QString &res);

} // namespace od::crm

#include "crm/matrixcodes.h"

namespace od::crm {

const std::vector<MatrixCode> &matrixCodes()
{
    static const std::vector<MatrixCode> codes{
        {"4001", MatrixFailure::Permanent, "unknown method"},
        {"4003", MatrixFailure::Permanent, "sign error"},
        {"4004", MatrixFailure::Permanent, "unknown task"},
        {"4007", MatrixFailure::Temporary, "server error"},
    };
    return codes;
}

MatrixFailure classifyMatrixFailure(const QString &res)
{
    for (const MatrixCode &c : matrixCodes())
        if (res == QLatin1String(c.res))
            return c.kind;
    return MatrixFailure::Permanent;
}

} // namespace od::crm

#include "childmodes.h"

#include <cstdio>

namespace bench {
std::map<QString, ChildMode> &childModes()
{
    static std::map<QString, ChildMode> m;
    return m;
}
RegisterChild::RegisterChild(const char *name, ChildMode m) { childModes()[QString::fromLatin1(name)] = std::move(m); }
int runChildMode(const QStringList &args)
{
    auto it = childModes().find(args.value(0));
    if (it == childModes().end()) {
        fprintf(stderr, "unknown child mode %s\n", qPrintable(args.value(0)));
        return 2;
    }
    return it->second(args.mid(1));
}
} // namespace bench

#pragma once
#include <QStringList>
#include <functional>
#include <map>

namespace bench {
// Child processes (fresh process: honest peak RSS and cold caches of our own code).
using ChildMode = std::function<int(const QStringList &args)>;
std::map<QString, ChildMode> &childModes();
struct RegisterChild {
    RegisterChild(const char *name, ChildMode m);
};
int runChildMode(const QStringList &args); // args[0] = mode name
} // namespace bench

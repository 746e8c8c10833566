#pragma once
// MinGW-w64 (the Windows build) runs a thread_local's destructor after freeing its storage at thread
// exit (mingw-w64 bug 527, GCC PR 80816), so any such destructor that runs corrupts the heap: the exit
// crash of issue #16. Ours are gone (tests/tools/check_layering.cmake forbids them). Qt 6.4 has one:
// QRegularExpression's PCRE2 JIT stack (`thread_local QPcreJitStackPointer` in qregularexpression.cpp),
// created in every thread that matches a regular expression with the JIT; its destructor was seen
// faulting in pcre2_jit_stack_free inside Qt6Core.dll when a demo thread ended. Call this first thing
// in main(), before any QRegularExpression is used: without the JIT that object is never created
// (the patterns used here are small; matching without the JIT is fast enough). Elsewhere: nothing.
#include <QByteArray>
#include <QtGlobal>

namespace od {

inline void avoidQtThreadLocalDestructors()
{
#if defined(Q_CC_MINGW)
    qputenv("QT_ENABLE_REGEXP_JIT", QByteArray("0"));
#endif
}

} // namespace od

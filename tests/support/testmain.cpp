// Shared main for the test programs: a QCoreApplication (or QApplication for ui tests, which
// provide their own main) so Qt's SQL drivers, translations and event loop are available.
#include "domain/threadexit.h"
#include <QCoreApplication>
#include <gtest/gtest.h>

#ifndef ORDERDESK_TEST_OWN_MAIN
// Linked (as the object library orderdesk_testmain) only into programs without a main of their own. Weak
// elsewhere as well, for a program that brings its own; not on MinGW, whose weak main never satisfies crt0.
#ifndef _WIN32
__attribute__((weak))
#endif
int main(int argc, char **argv)
{
    od::avoidQtThreadLocalDestructors(); // MinGW: before Qt runs any regular expression (#16)
    QCoreApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
#endif

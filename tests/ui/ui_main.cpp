// The ui tests' own main: a QApplication on the offscreen platform, settings in a temporary folder,
// and a measure of how long the GUI thread is busy with any single event (the design property the
// responsiveness tests check: nothing slow runs on the GUI thread).
#include "domain/threadexit.h"
#include "uitestutil.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QSettings>
#include <QTemporaryDir>
#include <atomic>
#include <gtest/gtest.h>

namespace {
std::atomic<qint64> g_maxBusyNs{0};
QByteArray g_maxWhat;
int g_depth = 0;

class TestApp : public QApplication {
public:
    using QApplication::QApplication;
    bool notify(QObject *receiver, QEvent *event) override
    {
        if (g_depth++ > 0) {
            const bool r = QApplication::notify(receiver, event);
            --g_depth;
            return r;
        }
        QElapsedTimer t;
        t.start();
        const bool r = QApplication::notify(receiver, event);
        const qint64 ns = t.nsecsElapsed();
        --g_depth;
        if (ns > g_maxBusyNs.load()) {
            g_maxBusyNs = ns;
            g_maxWhat = QByteArray(receiver->metaObject()->className()) + " event " + QByteArray::number(int(event->type()));
        }
        return r;
    }
};
} // namespace

namespace uitest {
void resetBusy() { g_maxBusyNs = 0; }
qint64 maxBusyMs() { return g_maxBusyNs.load() / 1000000; }
QByteArray maxBusyWhat() { return g_maxWhat; }
} // namespace uitest

int main(int argc, char **argv)
{
    od::avoidQtThreadLocalDestructors(); // MinGW: before Qt runs any regular expression (#16)
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    TestApp app(argc, argv);
    QTemporaryDir settingsDir;
    QApplication::setOrganizationName(QStringLiteral("OrderDeskTest"));
    QApplication::setApplicationName(QStringLiteral("ui_tests"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir.path());
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}

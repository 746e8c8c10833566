#pragma once
// Helpers for the ui tests: a QApplication main (offscreen), test data, waiting on conditions.
#include "sim/demo/sampledata.h"
#include "storage/shoprepository.h"
#include "storage/traderepository.h"
#include "testdb.h"
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QInputMethodEvent>
#include <QTest>
#include <functional>
#include <gtest/gtest.h>

namespace uitest {

// The longest the GUI thread spent on one event since resetBusy() (measured in the tests' main).
void resetBusy();
qint64 maxBusyMs();
QByteArray maxBusyWhat(); // receiver class and event type of that event

inline int64_t makeShop(od::Database &db, const QString &code = QStringLiteral("s1"))
{
    od::Shop s;
    s.code = code;
    s.name = QStringLiteral("店铺 ") + code;
    s.platform = od::PlatformKind::Top;
    auto id = od::ShopRepository(db).create(s);
    EXPECT_TRUE(id.ok()) << (id.ok() ? "" : id.error().message.toStdString());
    return id.ok() ? id.value() : 0;
}

// `n` paid, convertible trades (every line carries a merchant code) in shop `shopId`.
inline std::vector<od::Trade> makeTrades(int64_t shopId, int n, int firstSerial = 0)
{
    od::sample::Generator gen(4242 + quint32(firstSerial));
    std::vector<od::Trade> out;
    const QDateTime base(QDate(2026, 11, 1), QTime(8, 0));
    for (int i = 0; i < n; ++i) {
        od::Trade t = gen.trade(shopId, firstSerial + i, base.addSecs(qint64(firstSerial + i) * 60).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
        t.platformStatus = QStringLiteral("WAIT_SELLER_SEND_GOODS");
        t.paid = true;
        t.closed = false;
        for (od::TradeLine &l : t.lines) {
            l.refundStatus.clear();
            if (l.outerSkuId.isEmpty())
                l.outerSkuId = QStringLiteral("SKU-%1").arg(l.itemId);
        }
        out.push_back(std::move(t));
    }
    return out;
}

inline void insertTrades(od::Database &db, const std::vector<od::Trade> &trades)
{
    auto r = od::TradeRepository(db).upsert(trades);
    ASSERT_TRUE(r.ok()) << r.error().message.toStdString();
}

// Types `text` into `w` as staff do: ASCII as key clicks, Chinese as the input method delivers it
// (a committed string per run of characters; QTest's key clicks only know ASCII).
inline void typeText(QWidget *w, const QString &text)
{
    QString run;
    bool runAscii = true;
    auto flush = [&] {
        if (run.isEmpty())
            return;
        if (runAscii) {
            QTest::keyClicks(w, run);
        } else {
            QInputMethodEvent e;
            e.setCommitString(run);
            QCoreApplication::sendEvent(w, &e);
        }
        run.clear();
    };
    for (const QChar c : text) {
        const bool ascii = c.unicode() < 0x80;
        if (ascii != runAscii)
            flush();
        runAscii = ascii;
        run += c;
    }
    flush();
}

// Spins the event loop until `cond` holds or the deadline passes.
inline bool waitFor(const std::function<bool()> &cond, int timeoutMs = 20000)
{
    QElapsedTimer t;
    t.start();
    while (!cond()) {
        if (t.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QTest::qWait(5);
    }
    return true;
}

} // namespace uitest

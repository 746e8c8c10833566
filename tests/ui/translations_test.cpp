// lupdate over core, sim, ui and app into a temporary copy of translations/orderdesk_zh_CN.ts: every
// message must be translated (no type="unfinished", no empty translation). A new tr() string without
// a Chinese translation fails here.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <gtest/gtest.h>

TEST(Translations, ChineseCatalogueIsComplete)
{
    const QString src = QStringLiteral(ORDERDESK_SOURCE_DIR);
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString ts = dir.filePath(QStringLiteral("orderdesk_zh_CN.ts"));
    ASSERT_TRUE(QFile::copy(src + QStringLiteral("/translations/orderdesk_zh_CN.ts"), ts));
    QFile::setPermissions(ts, QFile::ReadOwner | QFile::WriteOwner);
    QProcess lupdate;
    lupdate.setWorkingDirectory(src);
    lupdate.start(QStringLiteral(ORDERDESK_LUPDATE),
                  {QStringLiteral("-no-obsolete"), QStringLiteral("-locations"), QStringLiteral("none"), src + QStringLiteral("/core"),
                   src + QStringLiteral("/sim"), src + QStringLiteral("/ui"), src + QStringLiteral("/app"), QStringLiteral("-ts"), ts});
    ASSERT_TRUE(lupdate.waitForFinished(300000));
    ASSERT_EQ(lupdate.exitCode(), 0) << lupdate.readAllStandardError().toStdString();

    QFile f(ts);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&f);
    QString context, source;
    int messages = 0;
    QStringList missing;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name"))
            context = xml.readElementText();
        else if (xml.name() == QLatin1String("source"))
            source = xml.readElementText();
        else if (xml.name() == QLatin1String("translation")) {
            ++messages;
            const bool unfinished = xml.attributes().value(QLatin1String("type")) == QLatin1String("unfinished");
            const bool vanished = xml.attributes().value(QLatin1String("type")) == QLatin1String("vanished")
                || xml.attributes().value(QLatin1String("type")) == QLatin1String("obsolete");
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (!vanished && (unfinished || text.trimmed().isEmpty()))
                missing << context + QStringLiteral(": ") + source;
        }
    }
    ASSERT_FALSE(xml.hasError()) << xml.errorString().toStdString();
    EXPECT_GT(messages, 100);
    EXPECT_TRUE(missing.isEmpty()) << missing.size() << " untranslated messages, e.g.:\n" << missing.mid(0, 30).join(QLatin1Char('\n')).toStdString();
}

// The catalogue is complete AND used: the messages written by the core (state names, rights, refusals,
// log-in errors) come out in Chinese once the zh_CN catalogue is installed. The core used to look its
// messages up under contexts ("Auth", "Orders", …) that lupdate filed under the enclosing namespace or
// class ("od", "od::UserService", …), so the Chinese desk showed them in English.
#include "auth/session.h"
#include "auth/userservice.h"
#include "domain/money.h"
#include "domain/states.h"
#include "testdb.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QTranslator>

namespace {
bool hasChinese(const QString &s) { return s.contains(QRegularExpression(QStringLiteral("[\\x{4e00}-\\x{9fff}]"))); }

// No context named after a namespace or a class in od::: the core has no QObject classes of its own
// with tr(), so such a context can only come from a tr() helper lupdate attributed to the wrong scope.
TEST(Translations, CatalogueHasNoNamespaceContexts)
{
    QFile f(QStringLiteral(ORDERDESK_SOURCE_DIR "/translations/orderdesk_zh_CN.ts"));
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&f);
    QStringList contexts, wrong;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("name")) {
            const QString c = xml.readElementText();
            contexts << c;
            if (c == QLatin1String("od") || c.startsWith(QLatin1String("od::")))
                wrong << c;
        }
    }
    EXPECT_GT(contexts.size(), 20);
    EXPECT_TRUE(wrong.isEmpty()) << wrong.join(QLatin1Char(' ')).toStdString();
}

TEST(Translations, CoreMessagesComeOutInChinese)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString qm = dir.filePath(QStringLiteral("zh.qm"));
    QProcess lrelease;
    lrelease.start(QStringLiteral(ORDERDESK_LRELEASE), {QStringLiteral(ORDERDESK_SOURCE_DIR "/translations/orderdesk_zh_CN.ts"), QStringLiteral("-qm"), qm});
    ASSERT_TRUE(lrelease.waitForFinished(120000));
    ASSERT_EQ(lrelease.exitCode(), 0) << lrelease.readAllStandardError().toStdString();
    QTranslator translator;
    ASSERT_TRUE(translator.load(qm));
    ASSERT_TRUE(QCoreApplication::installTranslator(&translator));

    QStringList english;
    auto check = [&](const char *what, const QString &text) {
        if (!hasChinese(text))
            english << QString::fromLatin1(what) + QStringLiteral(": ") + text;
    };
    check("trade state", od::label(od::TradeState::Pending));
    check("pay status", od::label(od::PayStatus::Paid));
    check("outbox state", od::label(od::OutboxState::Failed));
    check("role", od::label(od::Role::Supervisor));
    check("right", od::rightLabel(od::Right::Convert));
    od::OrderFacts confirmed;
    confirmed.status = od::OrderStatus::Confirmed;
    const auto refusal = od::checkOrderAction(confirmed, od::OrderAction::Confirm);
    ASSERT_TRUE(refusal.has_value());
    check("order refusal", refusal->message);
    const auto refundRefusal = od::checkRefundAction(od::RefundState::Refused, od::RefundAction::Convert);
    ASSERT_TRUE(refundRefusal.has_value());
    check("refund refusal", refundRefusal->message);
    {
        od::test::TestDb t;
        od::UserService users(t.db());
        const auto login = users.authenticate(QStringLiteral("nobody"), QStringLiteral("wrong"));
        ASSERT_FALSE(login.ok());
        check("log-in failure", login.error().message);
    }
    QCoreApplication::removeTranslator(&translator);
    EXPECT_TRUE(english.isEmpty()) << english.join(QLatin1Char('\n')).toStdString();
    // And without the catalogue the same text is English again (the check above can fail).
    EXPECT_FALSE(hasChinese(od::label(od::TradeState::Pending)));
}
} // namespace

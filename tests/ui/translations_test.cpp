// lupdate over core, ui and app into a temporary copy of translations/orderdesk_zh_CN.ts: every
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
                  {QStringLiteral("-no-obsolete"), QStringLiteral("-locations"), QStringLiteral("none"),
                   src + QStringLiteral("/core"), src + QStringLiteral("/ui"), src + QStringLiteral("/app"),
                   QStringLiteral("-ts"), ts});
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
    EXPECT_TRUE(missing.isEmpty()) << missing.size() << " untranslated messages, e.g.:\n"
                                   << missing.mid(0, 30).join(QLatin1Char('\n')).toStdString();
}

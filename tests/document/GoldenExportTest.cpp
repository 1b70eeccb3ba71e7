#include "ExportTestSupport.h"
#include "MinutesExporter.h"

#include <QDir>
#include <QFile>

#include <gtest/gtest.h>

using namespace minutebook;

namespace {
const QLocale swedish(QLocale::Swedish, QLocale::Sweden);

// Run with MINUTEBOOK_UPDATE_GOLDEN=1 to rewrite the expected files; then read the diff by eye.
void expectGolden(const Meeting &meeting, MinutesExporter::Format format, const char *name)
{
    const test::SwedishTranslation swedishLabels;
    ASSERT_TRUE(swedishLabels.loaded());
    const QString actual = MinutesExporter(format, swedish).text(meeting);
    const QString path = QStringLiteral(MINUTEBOOK_TEST_DATA "/golden/") + QString::fromUtf8(name)
        + QLatin1Char('.') + MinutesExporter::suffix(format);
    if (qEnvironmentVariableIsSet("MINUTEBOOK_UPDATE_GOLDEN")) {
        QDir().mkpath(QStringLiteral(MINUTEBOOK_TEST_DATA "/golden"));
        QFile out(path);
        ASSERT_TRUE(out.open(QIODevice::WriteOnly));
        out.write(actual.toUtf8());
    }
    QFile expected(path);
    ASSERT_TRUE(expected.open(QIODevice::ReadOnly)) << path.toStdString();
    // Line endings may change on checkout; nothing else may.
    QString golden = QString::fromUtf8(expected.readAll());
    golden.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    EXPECT_EQ(actual, golden) << path.toStdString();
}
} // namespace

TEST(GoldenExport, NestedItemsHtml)
{
    expectGolden(test::documentMeeting(), MinutesExporter::Format::Html, "nested");
}

TEST(GoldenExport, NestedItemsMarkdown)
{
    expectGolden(test::documentMeeting(), MinutesExporter::Format::Markdown, "nested");
}

TEST(GoldenExport, NoDecisionsHtml)
{
    expectGolden(test::meetingWithoutDecisions(), MinutesExporter::Format::Html, "no-decisions");
}

TEST(GoldenExport, NoDecisionsMarkdown)
{
    expectGolden(
        test::meetingWithoutDecisions(), MinutesExporter::Format::Markdown, "no-decisions");
}

TEST(GoldenExport, ManyDecisionsHtml)
{
    expectGolden(test::meetingWithManyDecisions(), MinutesExporter::Format::Html, "many-decisions");
}

TEST(GoldenExport, ManyDecisionsMarkdown)
{
    expectGolden(
        test::meetingWithManyDecisions(), MinutesExporter::Format::Markdown, "many-decisions");
}

TEST(GoldenExport, LongMeetingMarkdown)
{
    expectGolden(test::longMeeting(20), MinutesExporter::Format::Markdown, "long");
}

TEST(GoldenExport, HtmlIsOneUtf8File)
{
    const QString html
        = MinutesExporter(MinutesExporter::Format::Html, swedish).text(test::documentMeeting());
    EXPECT_TRUE(html.contains(QStringLiteral("<meta charset=\"utf-8\" />")));
    EXPECT_FALSE(html.contains(QStringLiteral("<img")));
    EXPECT_FALSE(html.contains(QStringLiteral("<link")));
    EXPECT_TRUE(html.contains(QString::fromUtf8("Skol- och fritidsförvaltningen")));
}

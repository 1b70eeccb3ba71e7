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

// Approved in the program and corrected afterwards: the corrections section and the approval
// with its fingerprint at the end.
Meeting approvedAndCorrected()
{
    Meeting m = test::documentMeeting();
    m.id = 12;
    m.items[1].id = 101;
    m.items[1].decisions[0].id = 201;
    m.approval.version = 2;
    m.approval.by = {QStringLiteral("Lila Ericsson"), QStringLiteral("Maria Holm")};
    m.approval.date = QDate(2024, 2, 13);
    m.approval.fingerprint
        = QStringLiteral("3f9a1c07bb2e5d4a9c0e1f2a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e");
    m.approval.fingerprintVersion = 1;
    Amendment place;
    place.approvalVersion = 2;
    place.recordedAt = QDateTime(QDate(2024, 2, 20), QTime(9, 30), Qt::UTC);
    place.by = QStringLiteral("Maria Boman Hansson");
    place.reason = QStringLiteral("Mötet hölls i Saturnus");
    place.target = QStringLiteral("meeting:12:place");
    place.oldText = QStringLiteral("Jupiter");
    place.newText = QStringLiteral("Saturnus");
    Amendment decision = place;
    decision.reason = QStringLiteral("Fel datum");
    decision.target = QStringLiteral("decision:201:text");
    decision.oldText = QStringLiteral("BUMS-dagarna genomförs 27–28 april 2026.");
    decision.newText = m.items[1].decisions[0].text;
    m.place = place.newText;
    m.amendments = {place, decision};
    return m;
}

TEST(GoldenExport, ApprovedAndCorrectedMarkdown)
{
    expectGolden(approvedAndCorrected(), MinutesExporter::Format::Markdown, "approved-corrected");
}

TEST(GoldenExport, ApprovedAndCorrectedHtml)
{
    expectGolden(approvedAndCorrected(), MinutesExporter::Format::Html, "approved-corrected");
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

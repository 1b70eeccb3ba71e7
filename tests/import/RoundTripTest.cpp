// Generated meetings written as PDF-like text in many shapes and imported back: the structure
// must come back as it was, not just the words.

#include "ImportTestSupport.h"
#include "MinutesImporter.h"
#include "MinutesTextWriter.h"
#include "SyntheticMinutes.h"

#include <QRegularExpression>

#include <gtest/gtest.h>

#include <algorithm>

using namespace minutebook;
using namespace minutebook::test;

namespace {
QStringList decisionTexts(const AgendaItem &item)
{
    QStringList out;
    for (const Decision &d : item.decisions)
        out.append(d.text);
    std::sort(out.begin(), out.end());
    return out;
}

QStringList attendeeKeys(const Meeting &m)
{
    QStringList out;
    for (const Attendance &a : m.attendees)
        out.append(QStringLiteral("%1|%2|%3|%4")
                       .arg(a.person.name, a.groupLabel, a.note)
                       .arg(int(a.status)));
    std::sort(out.begin(), out.end());
    return out;
}

std::string s(const QString &text)
{
    return text.toStdString();
}

// The generator leaves an extra blank line after a bullet list; Markdown reads it as one.
std::string body(const QString &markdown)
{
    static const QRegularExpression blankLines(QStringLiteral("\n{3,}"));
    return QString(markdown).replace(blankLines, QStringLiteral("\n\n")).trimmed().toStdString();
}

void compareItem(const AgendaItem &got, const AgendaItem &want, const std::string &where)
{
    EXPECT_EQ(s(got.title), s(want.title)) << where;
    EXPECT_EQ(s(got.responsible), s(want.responsible)) << where;
    EXPECT_EQ(s(got.presenter), s(want.presenter)) << where;
    EXPECT_EQ(body(got.body), body(want.body)) << where;
    EXPECT_EQ(got.deferredTo, want.deferredTo) << where;
    EXPECT_EQ(
        s(decisionTexts(got).join(QLatin1Char('|'))), s(decisionTexts(want).join(QLatin1Char('|'))))
        << where;
    EXPECT_EQ(got.actions.size(), want.actions.size()) << where;
    for (int a = 0; a < qMin(got.actions.size(), want.actions.size()); ++a) {
        EXPECT_EQ(s(got.actions.at(a).text), s(want.actions.at(a).text)) << where;
        EXPECT_EQ(s(got.actions.at(a).assignee), s(want.actions.at(a).assignee)) << where;
        EXPECT_EQ(got.actions.at(a).due, want.actions.at(a).due) << where;
    }
    ASSERT_EQ(got.children.size(), want.children.size()) << where;
    for (int c = 0; c < got.children.size(); ++c)
        compareItem(got.children.at(c), want.children.at(c), where + " child " + std::to_string(c));
}

void roundTrip(const Meeting &meeting, const TextVariation &variation, const std::string &where)
{
    const WrittenMinutes written = MinutesTextWriter::write(meeting, variation);
    // Without a header the file has no date and no group name: the caller gives them, as the
    // GUI does when the user imports into a group and is asked for the date.
    ImportOptions options;
    if (!variation.header) {
        options.fallbackDate = meeting.date;
        options.bodyName = meeting.body.name;
    }
    const auto result = MinutesImporter::importBytes(written.bytes, options);
    ASSERT_TRUE(result.ok()) << where << ": " << result.error().toStdString();
    const Meeting &got = result->meeting;
    const Meeting &want = written.expected;
    const std::string context = where + "\n" + written.text.toStdString();
    EXPECT_EQ(result->hasDate, variation.header) << context;
    EXPECT_EQ(got.date, meeting.date) << context;
    EXPECT_EQ(got.start, want.start) << context;
    EXPECT_EQ(got.end, want.end) << context;
    EXPECT_EQ(s(got.place), s(want.place)) << context;
    EXPECT_EQ(s(got.body.name), s(variation.header ? want.body.name : meeting.body.name))
        << context;
    EXPECT_EQ(s(got.body.shortName), s(want.body.shortName)) << context;
    EXPECT_EQ(s(got.body.organisation), s(want.body.organisation)) << context;
    EXPECT_EQ(s(got.title), s(want.title)) << context;
    EXPECT_EQ(s(got.minuteTaker), s(want.minuteTaker)) << context;
    EXPECT_EQ(s(got.notes), s(want.notes)) << context;
    EXPECT_EQ(
        s(attendeeKeys(got).join(QLatin1Char('\n'))), s(attendeeKeys(want).join(QLatin1Char('\n'))))
        << context;
    ASSERT_EQ(
        s(titles(got.items).join(QLatin1Char('|'))), s(titles(want.items).join(QLatin1Char('|'))))
        << context;
    for (int i = 0; i < got.items.size(); ++i)
        compareItem(got.items.at(i), want.items.at(i), context + "\nitem " + std::to_string(i));
    // The only warnings are the ones the variation asks for.
    const int expectedWarnings = (variation.header ? 0 : 1) + (variation.windows1252 ? 1 : 0);
    EXPECT_EQ(result->warnings.size(), expectedWarnings)
        << context << "\nfirst warning: line " << result->warnings.value(0).line << ": "
        << result->warnings.value(0).message.toStdString();
}
} // namespace

TEST(RoundTrip, PlainVariation)
{
    SyntheticMinutes generator(20, 3);
    for (int i = 0; i < generator.meetingCount() && !HasFailure(); ++i)
        roundTrip(generator.meeting(i), TextVariation(), "meeting " + std::to_string(i));
}

TEST(RoundTrip, EveryDecisionsPlacement)
{
    SyntheticMinutes generator(40, 5);
    for (int i = 0; i < generator.meetingCount() && !HasFailure(); ++i) {
        TextVariation v;
        v.decisions = static_cast<TextVariation::Decisions>(i % 4);
        v.decisionLabel = i % 3 != 0;
        roundTrip(generator.meeting(i), v,
            "meeting " + std::to_string(i) + " " + v.describe().toStdString());
    }
}

TEST(RoundTrip, RandomVariations)
{
    SyntheticMinutes generator(400, 11);
    for (int i = 0; i < generator.meetingCount() && !HasFailure(); ++i) {
        const TextVariation v = TextVariation::random(quint64(i) * 104729 + 17);
        roundTrip(generator.meeting(i), v,
            "meeting " + std::to_string(i) + " " + v.describe().toStdString());
    }
}

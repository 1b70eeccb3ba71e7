#include "MinutesDocument.h"
#include "DocumentTestSupport.h"

#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextLayout>
#include <QTextList>

#include <gtest/gtest.h>

using namespace minutebook;

namespace {
const QLocale swedish(QLocale::Swedish, QLocale::Sweden);
const QLocale british(QLocale::English, QLocale::UnitedKingdom);

QString plainText(const Meeting &meeting, const QLocale &locale)
{
    return MinutesDocument(locale).create(meeting)->toPlainText();
}

void expectContains(const QString &text, const QStringList &expected)
{
    for (const QString &e : expected)
        EXPECT_TRUE(text.contains(e)) << "missing: " << e.toStdString() << "\n"
                                      << text.toStdString();
}

// Where each text starts, so tests can check the order of the sections.
qsizetype at(const QString &text, const char *what)
{
    const qsizetype position = text.indexOf(QString::fromUtf8(what));
    EXPECT_GE(position, 0) << what;
    return position;
}

QTextBlock blockContaining(const QTextDocument &document, const QString &text)
{
    for (QTextBlock b = document.begin(); b.isValid(); b = b.next()) {
        if (b.text() == text)
            return b;
    }
    return {};
}
} // namespace

TEST(MinutesDocument, HasTheOrganisationsLayoutInEnglish)
{
    // The minutes' language is the document's, not the program's: English minutes from a
    // program speaking Swedish.
    const test::SwedishTranslation swedishProgram;
    ASSERT_TRUE(swedishProgram.loaded());
    const Meeting meeting = test::documentMeeting();
    const QString text = plainText(meeting, british);
    expectContains(text,
        {QString::fromUtf8("Skol- och fritidsförvaltningen"),
            QString::fromUtf8("Mötesanteckningar"), QStringLiteral("Ledningsgrupp HSS (LG)"),
            QString::fromUtf8("Tuesday, 6 February 2024, 12:00–16:00"),
            QStringLiteral("Place: Jupiter"),
            QStringLiteral("Participants LG: Tony Mufic, Lila Ericsson"),
            QStringLiteral("Participants Styrgruppen: Maria Holm"),
            QStringLiteral("Guests: Antonio Alas (Skoltempen)"),
            QStringLiteral("Absent: Karin Gerken"),
            QStringLiteral("2. Skoltempen och betygsresultat (LE)"),
            QStringLiteral("Presenter: Lila Ericsson och Antonio Alas"),
            QString::fromUtf8("Decision: BUMS-dagarna genomförs 28–29 april 2026."),
            QString::fromUtf8("Assignment: Lila får i uppdrag att sammanställa"),
            QStringLiteral("Responsible: Lila Ericsson"), QStringLiteral("Due: 1 March 2024"),
            QStringLiteral("3.1 Skolplikt (KG)"),
            QStringLiteral("The item is moved to the meeting on 20 February 2024."),
            QStringLiteral("Minutes taken by: Maria Boman Hansson")});
    for (const Attendance &a : meeting.attendees)
        EXPECT_TRUE(text.contains(a.person.name)) << a.person.name.toStdString();
}

TEST(MinutesDocument, HasTheOrganisationsLayoutInSwedish)
{
    // No Swedish translator installed: the program speaks English, the minutes Swedish.
    const QString text = plainText(test::documentMeeting(), swedish);
    expectContains(text,
        {QString::fromUtf8("tisdag 6 februari 2024, 12.00–16.00"), QStringLiteral("Plats: Jupiter"),
            QStringLiteral("Deltagare LG: Tony Mufic, Lila Ericsson"),
            QStringLiteral("Deltagare Styrgruppen: Maria Holm"),
            QString::fromUtf8("Gäster: Antonio Alas (Skoltempen)"),
            QString::fromUtf8("Frånvarande: Karin Gerken"), QStringLiteral("BESLUT"),
            QStringLiteral("Föredragande: Lila Ericsson och Antonio Alas"),
            QStringLiteral("Beslut: BUMS-dagarna"), QStringLiteral("Uppdrag: Lila"),
            QStringLiteral("Ansvarig: Lila Ericsson"), QStringLiteral("1 mars 2024"),
            QString::fromUtf8("Punkten flyttas till mötet den 20 februari 2024."),
            QStringLiteral("Vid anteckningarna: Maria Boman Hansson")});
    EXPECT_FALSE(text.contains(QStringLiteral("Participants")));
    EXPECT_FALSE(text.contains(QStringLiteral("Presenter")));
}

TEST(MinutesDocument, PutsTheDecisionsBeforeTheItemsWithTheirItemNumbers)
{
    const QString text = plainText(test::documentMeeting(), british);
    const qsizetype decisions = at(text, "DECISIONS");
    const qsizetype information = at(text, "INFORMATION");
    EXPECT_LT(at(text, "Absent:"), decisions);
    EXPECT_LT(decisions, at(text, "2. Skoltempen och betygsresultat\n"));
    EXPECT_LT(at(text, "2. Skoltempen och betygsresultat\n"), at(text, "3.1 Skolplikt\n"));
    EXPECT_LT(at(text, "3.1 Skolplikt\n"), information);
    EXPECT_LT(information, at(text, "1. Återkoppling"));
    EXPECT_LT(at(text, "1. Återkoppling"), at(text, "Minutes taken by:"));
}

TEST(MinutesDocument, SaysSoWhenThereAreNoDecisions)
{
    Meeting meeting = test::documentMeeting();
    meeting.items[1].decisions.clear();
    meeting.items[2].children[0].decisions.clear();
    EXPECT_TRUE(plainText(meeting, british).contains(QStringLiteral("No decisions")));
    {
        const test::SwedishTranslation swedishLabels;
        ASSERT_TRUE(swedishLabels.loaded());
        EXPECT_TRUE(plainText(meeting, swedish).contains(QStringLiteral("Inga beslutspunkter")));
    }
    EXPECT_FALSE(
        plainText(test::documentMeeting(), british).contains(QStringLiteral("No decisions")));
}

TEST(MinutesDocument, NamesTheMinutesWhenTheMeetingHasNoTitle)
{
    Meeting meeting = test::documentMeeting();
    meeting.title.clear();
    EXPECT_TRUE(plainText(meeting, british).contains(QStringLiteral("Minutes\n")));
    const test::SwedishTranslation swedishLabels;
    ASSERT_TRUE(swedishLabels.loaded());
    EXPECT_TRUE(plainText(meeting, swedish).contains(QString::fromUtf8("Mötesanteckningar\n")));
}

TEST(MinutesDocument, MarksDraftsAndAbsenceOfAbsentees)
{
    Meeting meeting = test::documentMeeting();
    meeting.status = MeetingStatus::Draft;
    meeting.attendees.removeAt(2);
    const QString text = plainText(meeting, british);
    EXPECT_TRUE(text.contains(QString::fromUtf8("Draft – not yet approved"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QString::fromUtf8("Absent: –"))) << text.toStdString();
}

TEST(MinutesDocument, RendersMarkdownBulletsAsNestedLists)
{
    const auto document = MinutesDocument(british).create(test::documentMeeting());
    const QTextBlock bullet = blockContaining(*document, QStringLiteral("Skoltempen"));
    const QTextBlock nested = blockContaining(*document, QString::fromUtf8("på enhetsnivå"));
    ASSERT_TRUE(bullet.isValid());
    ASSERT_TRUE(nested.isValid());
    ASSERT_NE(bullet.textList(), nullptr);
    ASSERT_NE(nested.textList(), nullptr);
    EXPECT_GT(nested.textList()->format().indent(), bullet.textList()->format().indent());
    // The list ends with the body: the decision after it is no bullet.
    const QTextCursor decision = document->find(QString::fromUtf8("Decision: BUMS-dagarna"));
    ASSERT_FALSE(decision.isNull());
    EXPECT_EQ(decision.block().textList(), nullptr);
    const QTextBlock paragraph
        = blockContaining(*document, QString::fromUtf8("Höstens resultat presenterades."));
    ASSERT_TRUE(paragraph.isValid());
    EXPECT_EQ(paragraph.textList(), nullptr);
}

TEST(MinutesDocument, DoesNotInterpretHtmlInItemText)
{
    Meeting meeting = test::documentMeeting();
    meeting.items[0].body = QStringLiteral("Se <b>bifogad</b> fil");
    const auto document = MinutesDocument(british).create(meeting);
    EXPECT_TRUE(document->toPlainText().contains(QStringLiteral("<b>bifogad</b>")));
}

TEST(MinutesDocument, SetsDecisionsOffInAFrameWithTheirReference)
{
    const auto document = MinutesDocument(british).create(test::documentMeeting());
    QTextCursor cursor(document.get());
    // The decision inside item 2, not its line in the summary at the top.
    cursor = document->find(QStringLiteral("LG 2024-02-06 §2"));
    ASSERT_FALSE(cursor.isNull());
    EXPECT_NE(cursor.currentFrame(), document->rootFrame());
    EXPECT_TRUE(cursor.block().text().startsWith(QStringLiteral("Decision: BUMS")));
    EXPECT_FALSE(document->find(QStringLiteral("LG 2024-02-06 §3.1")).isNull());
}

TEST(MinutesDocument, ADecisionsCitationNeverBreaksAcrossLines)
{
    Meeting m = test::documentMeeting();
    m.items[1].decisions[0].text = QStringLiteral(
        "Ledningsgruppen beslutar att BUMS-dagarna genomförs den 28–29 april och att alla "
        "enheter deltar med minst två personer var");
    const auto document = MinutesDocument(swedish).create(m);
    // find() reads a no-break space as a space.
    const QString citation = QStringLiteral("LG 2024-02-06 §2");
    // At every width where it fits on a line, the citation starts and ends on the same line.
    int checked = 0;
    for (int width = 260; width <= 700; width += 3) {
        document->setTextWidth(width);
        (void)document->size(); // lays the document out
        const QTextCursor found = document->find(citation);
        ASSERT_FALSE(found.isNull());
        const QTextBlock block = found.block();
        QTextLayout *layout = block.layout();
        ASSERT_TRUE(layout);
        const int start = found.selectionStart() - block.position();
        const int end = found.selectionEnd() - block.position() - 1;
        EXPECT_EQ(layout->lineForTextPosition(start).lineNumber(),
            layout->lineForTextPosition(end).lineNumber())
            << "width " << width;
        checked += layout->lineCount() > 1 ? 1 : 0;
    }
    EXPECT_GT(checked, 50)
        << "the paragraph must wrap at most widths for the test to mean anything";
}

TEST(MinutesDocument, KeepsTheStructureForMarkdownExport)
{
    const auto document = MinutesDocument(british).create(test::documentMeeting());
    const QString markdown = document->toMarkdown();
    EXPECT_TRUE(markdown.contains(QString::fromUtf8("# Mötesanteckningar")))
        << markdown.toStdString();
    EXPECT_TRUE(markdown.contains(QStringLiteral("### 2. Skoltempen och betygsresultat (LE)")))
        << markdown.toStdString();
    EXPECT_TRUE(markdown.contains(QStringLiteral("#### 3.1 Skolplikt (KG)")))
        << markdown.toStdString();
}

TEST(MinutesDocument, StartsWithoutABlankLine)
{
    const auto document = MinutesDocument(british).create(test::documentMeeting());
    EXPECT_EQ(document->begin().text(), QString::fromUtf8("Skol- och fritidsförvaltningen"));
    EXPECT_FALSE(document->metaInformation(QTextDocument::DocumentTitle).isEmpty());
}

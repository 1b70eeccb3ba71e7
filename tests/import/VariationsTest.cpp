// Variations real minutes have, each in a small made-up file with the result it must give.

#include "ImportTestSupport.h"
#include "MeetingText.h"
#include "MinutesImporter.h"
#include "MinutesTextWriter.h"

#include <gtest/gtest.h>

using namespace minutebook;
using namespace minutebook::test;

namespace {
QString u(const char *text)
{
    return QString::fromUtf8(text);
}

const char *const basic = "Skol- och fritidsförvaltningen\n"
                          "Ledningsgrupp HSS\n"
                          "\n"
                          "Tisdagen den 6 feb 2024, 12.00–16.00\n"
                          "Plats: Jupiter\n"
                          "\n"
                          "Deltagare LG: Tony Mufic, Lila Ericsson, Maria Holm, Karin\n"
                          "Gerken\n"
                          "Frånvarande: Peter Abrahamsson\n"
                          "\n"
                          "Mötesanteckningar\n"
                          "\n"
                          "1. Incheckning\n"
                          "\n"
                          "2. Budget 2025 (Tony)\n"
                          "\n"
                          "Tony går igenom budgeten. Ledningsgruppen beslutar att anta budgeten.\n"
                          "Lila får i uppdrag att ta fram en tidplan senast 15 mars.\n"
                          "\n"
                          "3. Lokalfrågor\n"
                          "\n"
                          "Frågan diskuterades. Punkten läggs in på LG-mötet den 23 mars.\n"
                          "\n"
                          "4. Utcheckning\n"
                          "\n"
                          "Vid anteckningarna Maria Holm\n";
} // namespace

TEST(Variations, BasicFile)
{
    const ImportResult r = importUtf8(basic);
    const Meeting &m = r.meeting;
    EXPECT_EQ(m.date, QDate(2024, 2, 6));
    EXPECT_EQ(names(m, AttendanceStatus::Present, u("LG")),
        u("Tony Mufic|Lila Ericsson|Maria Holm|Karin Gerken").split(QLatin1Char('|')));
    EXPECT_EQ(names(m, AttendanceStatus::Absent, u("LG")), QStringList {u("Peter Abrahamsson")});
    EXPECT_EQ(m.body.organisation, u("Skol- och fritidsförvaltningen"));
    EXPECT_TRUE(r.warnings.isEmpty()) << r.warnings.value(0).message.toStdString();
}

TEST(Variations, AssignmentWithDeadlineInTheMeetingsYear)
{
    const Meeting m = importUtf8(basic).meeting;
    const AgendaItem &budget = item(m, u("Budget 2025"));
    ASSERT_EQ(budget.actions.size(), 1);
    const ActionItem &a = budget.actions.at(0);
    EXPECT_EQ(a.text, u("Lila får i uppdrag att ta fram en tidplan senast 15 mars."));
    EXPECT_EQ(a.assignee, u("Lila Ericsson")); // the only Lila present
    EXPECT_EQ(a.due, QDate(2024, 3, 15));
    EXPECT_EQ(a.status, ActionStatus::Open);
    ASSERT_EQ(budget.decisions.size(), 1);
    EXPECT_EQ(budget.decisions.at(0).text, u("Ledningsgruppen beslutar att anta budgeten."));
    // Both are lifted out of the text, which the document shows next to them.
    EXPECT_EQ(budget.body, u("Tony går igenom budgeten."));
}

TEST(Variations, OtherAssignmentPhrasesAndDueDates)
{
    const Meeting m
        = importUtf8("2024-12-10\nDeltagare: Karin Gerken, Maria Holm, Maria Boman\n\n"
                     "1. Rutiner\n\nKarin ansvarar för rutinen senast 15 januari. Maria H "
                     "återkommer med ett förslag senast 2025-02-01. MB får i uppdrag att boka "
                     "lokal. Maria återkommer senast vecka 3.\n")
              .meeting;
    const QVector<ActionItem> &actions = item(m, u("Rutiner")).actions;
    ASSERT_EQ(actions.size(), 4);
    EXPECT_EQ(actions.at(0).assignee, u("Karin Gerken"));
    EXPECT_EQ(actions.at(0).due, QDate(2025, 1, 15)); // written in December
    EXPECT_EQ(actions.at(1).assignee, u("Maria Holm"));
    EXPECT_EQ(actions.at(1).due, QDate(2025, 2, 1));
    EXPECT_EQ(actions.at(2).assignee, u("Maria Boman"));
    EXPECT_FALSE(actions.at(2).due.isValid());
    EXPECT_EQ(actions.at(3).assignee, u("Maria")); // two Marias: left as written
    EXPECT_FALSE(actions.at(3).due.isValid());
}

TEST(Variations, UnreadableDueDateIsAWarning)
{
    const ImportResult r
        = importUtf8("2024-12-10\n\n1. Rutiner\n\nKarin återkommer senast vecka 3.\n");
    EXPECT_TRUE(hasWarningAt(r, 5));
}

TEST(Variations, DeferralToALaterMeeting)
{
    const Meeting m = importUtf8(basic).meeting;
    const AgendaItem &rooms = item(m, u("Lokalfrågor"));
    EXPECT_EQ(rooms.deferredTo, QDate(2024, 3, 23));
    // The sentence stays: it says which meeting.
    EXPECT_EQ(rooms.body, u("Frågan diskuterades. Punkten läggs in på LG-mötet den 23 mars."));
}

TEST(Variations, MinuteTaker)
{
    const Meeting m = importUtf8(basic).meeting;
    EXPECT_EQ(m.minuteTaker, u("Maria Holm"));
    EXPECT_TRUE(item(m, u("Utcheckning")).body.isEmpty());
    const Meeting other = importUtf8("Antecknat av: Karin Gerken\n\n1. Punkt\n\nText.\n").meeting;
    EXPECT_EQ(other.minuteTaker, u("Karin Gerken"));
}

TEST(Variations, CrlfLineEndsGiveTheSameMeeting)
{
    QByteArray crlf(basic);
    crlf.replace("\n", "\r\n");
    const auto viaCrlf = MinutesImporter::importBytes(crlf);
    ASSERT_TRUE(viaCrlf.ok());
    const ImportResult viaLf = importUtf8(basic);
    EXPECT_EQ(MeetingText::format(viaCrlf->meeting), MeetingText::format(viaLf.meeting));
    QByteArray cr(basic);
    cr.replace("\n", "\r");
    const auto viaCr = MinutesImporter::importBytes(cr);
    ASSERT_TRUE(viaCr.ok());
    EXPECT_EQ(MeetingText::format(viaCr->meeting), MeetingText::format(viaLf.meeting));
}

TEST(Variations, Windows1252Bytes)
{
    const QByteArray bytes = MinutesTextWriter::toWindows1252(
        u("2024-02-06\nDeltagare LG: Åsa Öberg, Jörgen Ängqvist\n\n1. Lägesrapport – våren\n\n"
          "• Första punkten\n• Andra punkten\n"));
    ASSERT_TRUE(bytes.contains('\x96'));
    const auto r = MinutesImporter::importBytes(bytes);
    ASSERT_TRUE(r.ok()) << r.error().toStdString();
    EXPECT_EQ(r->encoding, TextEncoding::Windows1252);
    EXPECT_EQ(names(r->meeting, AttendanceStatus::Present),
        u("Åsa Öberg|Jörgen Ängqvist").split(QLatin1Char('|')));
    EXPECT_EQ(r->meeting.items.value(0).title, u("Lägesrapport – våren"));
    EXPECT_EQ(r->meeting.items.value(0).body, u("- Första punkten\n- Andra punkten"));
    EXPECT_TRUE(hasWarningAt(r.value(), 0));
}

TEST(Variations, PrivateUseBulletsWithOddSpaces)
{
    const Meeting m = importUtf8("2024-02-06\n\n1. Punkt\n\n"
                                 "Vi gick\u2009igenom:\n"
                                 "\uF0B7\u00A0Första\u00A0punkten\n"
                                 "o\u00A0Under första\n"
                                 "\uF0A7 Ännu djupare\n"
                                 "\uF0B7\tAndra punkten som är så lång att den bryts över\n"
                                 "raden\n")
                          .meeting;
    EXPECT_EQ(item(m, u("Punkt")).body,
        u("Vi gick igenom:\n\n- Första punkten\n  - Under första\n    - Ännu djupare\n"
          "- Andra punkten som är så lång att den bryts över raden"));
}

TEST(Variations, DecisionsOnlyAtTheEnd)
{
    const ImportResult r = importUtf8("2024-02-06\n\n1. Budget 2025 (Tony)\n\nTony presenterar.\n\n"
                                      "2. Lokalplan för skolorna\n\nDiskussion om lokalerna.\n\n"
                                      "3. Utcheckning\n\n"
                                      "BESLUT\n"
                                      "Budget 2025 (Tony)\n"
                                      "Beslut: Ledningsgruppen beslutar att anta budgeten.\n"
                                      "• Ledningsgruppen beslutar att anta lokalplanen.\n"
                                      "• Nästa möte hålls digitalt.\n");
    const Meeting &m = r.meeting;
    EXPECT_EQ(titles(m.items),
        u("Budget 2025|Lokalplan för skolorna|Utcheckning|Beslut").split(QLatin1Char('|')));
    ASSERT_EQ(m.items.size(), 4);
    EXPECT_EQ(
        m.items.at(0).decisions.value(0).text, u("Ledningsgruppen beslutar att anta budgeten."));
    EXPECT_EQ(
        m.items.at(1).decisions.value(0).text, u("Ledningsgruppen beslutar att anta lokalplanen."));
    EXPECT_TRUE(m.items.at(2).decisions.isEmpty());
    // Fits no item: kept in an item of its own, with a warning on its line.
    EXPECT_EQ(m.items.at(3).decisions.value(0).text, u("Nästa möte hålls digitalt."));
    EXPECT_TRUE(hasWarningAt(r, 17));
    EXPECT_EQ(decisionCount(m), 3);
    EXPECT_EQ(m.items.at(3).decisions.value(0).number, 3);
}

TEST(Variations, DecisionInBlockAndItemIsStoredOnce)
{
    const ImportResult r
        = importUtf8("2024-02-06\n\nBESLUT\n"
                     "Punkt 2: Ledningsgruppen beslutar att anta budgeten för 2025\n"
                     "\nINFORMATION\n\n1. Incheckning\n\n2. Budget\n\n"
                     "Beslut: Ledningsgruppen beslutar att anta budgeten för 2025.\n"
                     "Beslut: Ledningsgruppen beslutar att godkänna tidplanen.\n");
    const Meeting &m = r.meeting;
    EXPECT_EQ(decisionCount(m), 2);
    const AgendaItem &budget = item(m, u("Budget"));
    ASSERT_EQ(budget.decisions.size(), 2);
    EXPECT_EQ(
        budget.decisions.at(0).text, u("Ledningsgruppen beslutar att anta budgeten för 2025."));
    EXPECT_EQ(budget.decisions.at(0).number, 1);
    EXPECT_EQ(budget.decisions.at(1).number, 2);
    EXPECT_TRUE(r.warnings.isEmpty()) << r.warnings.value(0).message.toStdString();
}

TEST(Variations, AnotherBodysDecisionIsNews)
{
    const Meeting m = importUtf8("2024-02-06\n\n1. Nytt\n\nNämnden beslutade att anta planen. "
                                 "Det beslutades att mötet flyttas.\n")
                          .meeting;
    const AgendaItem &news = item(m, u("Nytt"));
    ASSERT_EQ(news.decisions.size(), 1);
    EXPECT_EQ(news.decisions.at(0).text, u("Det beslutades att mötet flyttas."));
    EXPECT_EQ(news.body, u("Nämnden beslutade att anta planen."));
}

TEST(Variations, NoAttendeeBlockAndItemsNumberedWithParentheses)
{
    const ImportResult r = importUtf8("Mötesanteckningar 2024-03-05\n\n1) Incheckning\n\n"
                                      "2) Skolval\n\nText om skolvalet.\n\n3) Utcheckning\n");
    EXPECT_TRUE(r.meeting.attendees.isEmpty());
    EXPECT_EQ(r.meeting.date, QDate(2024, 3, 5));
    EXPECT_EQ(
        titles(r.meeting.items), u("Incheckning|Skolval|Utcheckning").split(QLatin1Char('|')));
    EXPECT_EQ(r.meeting.items.value(1).body, u("Text om skolvalet."));
}

TEST(Variations, MissingDateTakesTheCallersAndSaysSo)
{
    const char *text = "Deltagare: Tony Mufic\n\n1. Punkt\n\nSvar senast 23 maj.\n";
    const ImportResult without = importUtf8(text);
    EXPECT_FALSE(without.hasDate);
    EXPECT_FALSE(without.meeting.date.isValid());
    EXPECT_TRUE(hasWarningAt(without, 0));
    const ImportResult with = importUtf8(text, {QDate(2024, 5, 2), {}, {}});
    EXPECT_FALSE(with.hasDate);
    EXPECT_EQ(with.meeting.date, QDate(2024, 5, 2));
    EXPECT_TRUE(hasWarningAt(with, 0));
}

TEST(Variations, SubGroupsGuestsAndPresenterWithoutColon)
{
    const Meeting m = importUtf8("2024-02-06\nDeltagare LG: Tony Mufic, Lila Ericsson\n"
                                 "SG: Maria Holm,\nBirgitta Forssman\n"
                                 "Gäster: Antonio Alas (punkt 2)\n"
                                 "Frånvarande: Karin Gerken och Mats Nilsson\n\n"
                                 "1. Inledning\n\n2. Skoltempen\n\nFöredragande Antonio Alas\n\n"
                                 "Antonio visar verktyget.\n")
                          .meeting;
    EXPECT_EQ(names(m, AttendanceStatus::Present, u("SG")),
        u("Maria Holm|Birgitta Forssman").split(QLatin1Char('|')));
    EXPECT_EQ(names(m, AttendanceStatus::Guest), QStringList {u("Antonio Alas")});
    EXPECT_EQ(m.attendees.value(4).note, u("punkt 2"));
    EXPECT_EQ(names(m, AttendanceStatus::Absent, u("LG")),
        u("Karin Gerken|Mats Nilsson").split(QLatin1Char('|')));
    EXPECT_EQ(item(m, u("Skoltempen")).presenter, u("Antonio Alas"));
    EXPECT_EQ(item(m, u("Skoltempen")).body, u("Antonio visar verktyget."));
}

TEST(Variations, UnrecognisedHeaderTextGoesToNotesWithItsLine)
{
    const ImportResult r = importUtf8("2024-02-06\nDeltagare: Tony Mufic\n\n"
                                      "Mötet började med en kort presentationsrunda där alla\n"
                                      "berättade om sin vecka.\n\n1. Punkt\n");
    EXPECT_EQ(r.meeting.notes,
        u("Mötet började med en kort presentationsrunda där alla berättade om sin vecka."));
    EXPECT_TRUE(hasWarningAt(r, 4));
}

TEST(Variations, HyphenatedBreaksAndPageBreakJunk)
{
    const Meeting m = importUtf8("2024-02-06\n\n1. Punkt\n\n"
                                 "Gruppen diskuterar hur de ska ändra sitt arbets-\n"
                                 "sätt inom skol-\n"
                                 "och fritidsförvaltningen och hur arbetet ska\n\n"
                                 "helsingborg.se Postadress 251 89 Helsingborg · Kontaktcenter "
                                 "042-10 50 00 · kontaktcenter@helsingborg.se\n\n"
                                 "mailto:kontaktcenter@helsingborg.se\n\n"
                                 "följas upp.\n")
                          .meeting;
    EXPECT_EQ(item(m, u("Punkt")).body,
        u("Gruppen diskuterar hur de ska ändra sitt arbetssätt inom skol- och "
          "fritidsförvaltningen och hur arbetet ska följas upp."));
}

TEST(Variations, WeekdayThatDoesNotMatchTheDateIsAWarning)
{
    const ImportResult r = importUtf8("Onsdagen den 6 feb 2024\n\n1. Punkt\n");
    EXPECT_EQ(r.meeting.date, QDate(2024, 2, 6));
    EXPECT_TRUE(hasWarningAt(r, 1));
}

TEST(Variations, KortInformationWithInitials)
{
    const Meeting m = importUtf8("2024-02-06\n\n1. Kort info\n\nSkolval (MBH)\nMaria informerar "
                                 "om skolvalet.\n\nNy e-tjänst (TM, LE)\nTony visar tjänsten.\n")
                          .meeting;
    const AgendaItem &info = item(m, u("Kort info"));
    ASSERT_EQ(info.children.size(), 2);
    EXPECT_EQ(info.children.at(0).responsible, u("MBH"));
    EXPECT_EQ(info.children.at(1).title, u("Ny e-tjänst"));
    EXPECT_EQ(info.children.at(1).responsible, u("TM, LE"));
    EXPECT_EQ(info.children.at(1).body, u("Tony visar tjänsten."));
}

TEST(Variations, NumberedLineOutOfSequenceStaysInTheTextWithAWarning)
{
    const ImportResult r = importUtf8("2024-02-06\n\n1. Inledning\n\n2. Budget\n\nText.\n\n"
                                      "7. Något helt annat\n\nMer text.\n\n3. Utcheckning\n");
    EXPECT_EQ(titles(r.meeting.items), u("Inledning|Budget|Utcheckning").split(QLatin1Char('|')));
    EXPECT_TRUE(item(r.meeting, u("Budget")).body.contains(u("7. Något helt annat")));
    EXPECT_TRUE(hasWarningAt(r, 9));
}

TEST(Variations, NamesOnePerLineUnderABareLabel)
{
    const ImportResult r = importUtf8("Mötesanteckningar\nLedningsgrupp HSS\n2024-02-06\n\n"
                                      "Deltagare\nTony Mufic\nLila Ericsson\nMaria Holm\n\n"
                                      "1. Punkt\n");
    EXPECT_EQ(names(r.meeting, AttendanceStatus::Present),
        u("Tony Mufic|Lila Ericsson|Maria Holm").split(QLatin1Char('|')));
    EXPECT_EQ(r.meeting.title, u("Mötesanteckningar"));
    EXPECT_EQ(r.meeting.body.name, u("Ledningsgrupp HSS"));
    EXPECT_TRUE(r.warnings.isEmpty()) << r.warnings.value(0).message.toStdString();
}

TEST(Variations, NoDecisionsEndsTheBlock)
{
    const ImportResult r = importUtf8("2024-02-06\n\nBESLUT\nInga beslutspunkter\n\n"
                                      "Mötet inleddes med en presentationsrunda.\n\n1. Punkt\n");
    EXPECT_EQ(decisionCount(r.meeting), 0);
    EXPECT_EQ(r.meeting.notes, u("Mötet inleddes med en presentationsrunda."));
    EXPECT_TRUE(hasWarningAt(r, 6));
}

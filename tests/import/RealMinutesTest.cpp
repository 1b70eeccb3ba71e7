// The group's real minutes (text taken from their PDFs), imported as they are.

#include "ImportTestSupport.h"
#include "MinutesImporter.h"

#include <gtest/gtest.h>

using namespace minutebook;
using namespace minutebook::test;

namespace {
QString u(const char *text)
{
    return QString::fromUtf8(text);
}

ImportResult importFixture(const char *name, const ImportOptions &options = {})
{
    auto result = MinutesImporter::importBytes(fixtureBytes(QString::fromUtf8(name)), options);
    if (!result) {
        ADD_FAILURE() << result.error().toStdString();
        return {};
    }
    return result.value();
}

const char *const file000 = "000_5397a611eeb88258.txt";
const char *const file001 = "001_3ea6e064d8c2aaa1.txt";
const char *const file004 = "004_1547915e6f520cec.txt";

void expectNoJunk(const Meeting &meeting)
{
    const QString text = meetingText(meeting);
    for (const char *junk : {"helsingborg.se", "mailto", "Postadress", "Kontaktcenter", "042-10"})
        EXPECT_FALSE(text.contains(u(junk), Qt::CaseInsensitive)) << junk;
}
} // namespace

TEST(RealMinutes000, AttendeesIncludingNamesWrappedOverLines)
{
    const Meeting m = importFixture(file000).meeting;
    EXPECT_EQ(names(m, AttendanceStatus::Present, u("LG")),
        u("Tony Mufic|Peter Abrahamsson|Maria Boman Hansson|Karin Gerken|Susanne Fras|"
          "Lila Ericsson|Eva Koltai Arthursson|Susanne Lundberg|Cecilia Wickenberg Rosengren|"
          "Thomas Karlegatt|Mats Nilsson|Annacarin Jendland")
            .split(QLatin1Char('|')));
    EXPECT_TRUE(names(m, AttendanceStatus::Absent).isEmpty()); // "Frånvarande:" is empty
    EXPECT_EQ(m.body.shortName, u("LG"));
    EXPECT_EQ(m.title, u("Mötesanteckningar"));
}

TEST(RealMinutes000, HasNoDateAndSaysSo)
{
    const ImportResult r = importFixture(file000);
    EXPECT_FALSE(r.hasDate);
    EXPECT_FALSE(r.meeting.date.isValid());
    EXPECT_TRUE(hasWarningAt(r, 0));

    const ImportResult given = importFixture(file000, {QDate(2025, 5, 13), {}, {}});
    EXPECT_FALSE(given.hasDate);
    EXPECT_EQ(given.meeting.date, QDate(2025, 5, 13));
}

TEST(RealMinutes000, ItemsInOrderWithResponsibleFromParentheses)
{
    const Meeting m = importFixture(file000).meeting;
    EXPECT_EQ(titles(m.items),
        u("Incheckning och uppdatering om föregående möte|Information från systergrupper|"
          "Aktuellt läge i VP arbetet|Information om förslag till budget 2026|"
          "Innovationsgruppen berättar om aktuella piloter|Kort information|Utcheckning")
            .split(QLatin1Char('|')));
    EXPECT_EQ(item(m, u("Aktuellt läge i VP arbetet")).responsible, u("Lila"));
    EXPECT_EQ(item(m, u("Information om förslag till budget 2026")).responsible, u("Tony"));
    EXPECT_TRUE(item(m, u("Utcheckning")).body.isEmpty());
}

TEST(RealMinutes000, KortInformationSubItems)
{
    const Meeting m = importFixture(file000).meeting;
    const AgendaItem &info = item(m, u("Kort information"));
    EXPECT_EQ(titles(info.children),
        u("Rektorsutbildningar|Avtal klart med SL|Skolinspektionen granskning|"
          "Förslag på grundskolevalskampanj – Go/No go?|"
          "Kunskapstjänster NE digitalt, hur gör vi framöver?|Förberedelser inför LG mötet 10/6|"
          "RISE partnerskap|Google vs M365|BUMS dagar nästa år, Datum?")
            .split(QLatin1Char('|')));
    ASSERT_EQ(info.children.size(), 9);
    EXPECT_TRUE(info.children.at(0).responsible.isEmpty());
    EXPECT_EQ(info.children.at(1).responsible, u("Karin"));
    EXPECT_EQ(info.children.at(6).responsible, u("Cecilia och Susanne F"));
    EXPECT_EQ(info.children.at(7).responsible, u("Susanne F"));
    EXPECT_EQ(info.children.at(0).body,
        u("Peter informerar om att ett tiotal rektorer blivit klara med sin rektorsutbildning."));
    EXPECT_TRUE(info.body.isEmpty());
}

TEST(RealMinutes000, BumsDecisionIsStoredOnceAndLinkedToItsItem)
{
    const Meeting m = importFixture(file000).meeting;
    // It stands in the BESLUT block and again under its sub-item, worded slightly differently.
    EXPECT_EQ(decisionCount(m), 1);
    const AgendaItem &bums = item(m, u("Kort information")).children.value(8);
    ASSERT_EQ(bums.decisions.size(), 1);
    EXPECT_EQ(bums.decisions.at(0).text, u("BUMS-dagarna ska genomföras den 28–29 april 2026."));
    EXPECT_EQ(bums.decisions.at(0).number, 1);
    EXPECT_EQ(bums.responsible, u("Thomas"));
    EXPECT_FALSE(bums.body.contains(u("Beslut")));
}

TEST(RealMinutes000, BulletsWrappedLinesAndHyphenatedBreaks)
{
    const Meeting m = importFixture(file000).meeting;
    const QString sisters = item(m, u("Information från systergrupper")).body;
    EXPECT_TRUE(sisters.startsWith(u("Styrgruppen diskuterade följande:\n\n- Kommande kontorsmöte, "
                                     "info kommer ges om att flytta mail till molnet samt om "
                                     "skolvalet\n- Förvaltningen ska")))
        << sisters.toStdString();
    EXPECT_TRUE(sisters.contains(u("Alla detaljer inte ännu klara.\n\nÖvriga systergrupper:\n\n"
                                   "- Alla nätverk")))
        << sisters.toStdString();
    EXPECT_TRUE(item(m, u("Incheckning och uppdatering om föregående möte"))
                    .body.contains(u("inom ramen för VP och VP-uppdragen. Även")));
}

TEST(RealMinutes000, ADeadlineWithoutAnAssigneeIsNoAssignment)
{
    const Meeting m = importFixture(file000).meeting;
    const AgendaItem &vp = item(m, u("Aktuellt läge i VP arbetet"));
    EXPECT_TRUE(vp.actions.isEmpty());
    EXPECT_TRUE(vp.body.contains(u("Ytterligare synpunkter lämnas senast 23 maj.")));
    EXPECT_FALSE(vp.deferredTo.isValid());
    EXPECT_TRUE(m.minuteTaker.isEmpty());
}

TEST(RealMinutes001, StyrgruppenIsASubGroup)
{
    const Meeting m = importFixture(file001).meeting;
    EXPECT_EQ(names(m, AttendanceStatus::Present, u("Styrgruppen")),
        u("Maria Holm|Birgitta Forssman|Annette Holm Persson|Elisabeth Svenningsson")
            .split(QLatin1Char('|')));
    const QStringList lg = names(m, AttendanceStatus::Present, u("LG"));
    EXPECT_EQ(lg.size(), 12);
    EXPECT_TRUE(lg.contains(u("Mats Nilsson")));
    EXPECT_TRUE(lg.contains(u("Cecilia Wickenberg Rosengren")));
    EXPECT_TRUE(names(m, AttendanceStatus::Absent).isEmpty());
}

TEST(RealMinutes001, NoDecisionsAndPresenter)
{
    const Meeting m = importFixture(file001).meeting;
    EXPECT_EQ(decisionCount(m), 0); // "Inga beslutspunkter"
    const AgendaItem &ish = item(m, u("Beredning av Kvalitetsrapport ISH"));
    EXPECT_EQ(ish.presenter, u("Cecilia Wickenberg Rosengren"));
    EXPECT_TRUE(ish.body.startsWith(u("Cecilia gör en kort introduktion")));
    EXPECT_EQ(titles(m.items),
        u("Återkoppling från föregående möte|Nytt från systergrupper|"
          "Beredning av Kvalitetsrapport ISH|Kort info om VDH den 6 november|"
          "Så jobbar vi i Teams. Uppföljning från förra LG mötet|Kort information|"
          "Avslut och utcheckning")
            .split(QLatin1Char('|')));
}

TEST(RealMinutes001, PageBreakJunkIsRemovedAndSubItemsFollowIt)
{
    const Meeting m = importFixture(file001).meeting;
    expectNoJunk(m);
    const AgendaItem &info = item(m, u("Kort information"));
    ASSERT_EQ(info.children.size(), 2);
    EXPECT_EQ(info.children.at(0).title, u("Info om HSS Webbar inför skolvalskampanjen"));
    EXPECT_EQ(info.children.at(0).responsible, u("Anna Segerfalk Larsson"));
    EXPECT_EQ(info.children.at(1).title, u("Att leda mot skolan mål"));
    EXPECT_TRUE(info.children.at(1).body.startsWith(u("Tony informerar att den antologi")));
}

TEST(RealMinutes001, AMatterThatReturnsIsNoAssignment)
{
    const Meeting m = importFixture(file001).meeting;
    const AgendaItem &teams = item(m, u("Så jobbar vi i Teams. Uppföljning från förra LG mötet"));
    EXPECT_TRUE(teams.actions.isEmpty());
    EXPECT_TRUE(teams.body.endsWith(u("Ärendet återkommer till ledningsgruppen.")));
    EXPECT_TRUE(
        item(m, u("Nytt från systergrupper")).body.startsWith(u("Styrgruppen\n\nTony och")));
}

TEST(RealMinutes004, HeaderDateTimePlaceAndGroup)
{
    const ImportResult r = importFixture(file004);
    const Meeting &m = r.meeting;
    EXPECT_TRUE(r.hasDate);
    EXPECT_EQ(m.date, QDate(2024, 2, 6));
    EXPECT_EQ(m.start, QTime(12, 0));
    EXPECT_EQ(m.end, QTime(16, 0));
    EXPECT_EQ(m.place, u("Jupiter"));
    EXPECT_EQ(m.body.organisation, u("Skol och fritidsförvaltningen"));
    EXPECT_EQ(m.body.name, u("HSS Ledningsgrupp"));
    EXPECT_EQ(m.body.shortName, u("LG"));
    EXPECT_EQ(m.notes, u("Helsingborgstads skolors ledningsgrupp"));
    EXPECT_EQ(names(m, AttendanceStatus::Present).size(), 12);
    EXPECT_TRUE(r.warnings.isEmpty()) << r.warnings.value(0).message.toStdString();
}

TEST(RealMinutes004, CallerNamesWin)
{
    const Meeting m = importFixture(file004, {{}, u("Ledningsgrupp HSS"), u("LG-HSS")}).meeting;
    EXPECT_EQ(m.body.name, u("Ledningsgrupp HSS"));
    EXPECT_EQ(m.body.shortName, u("LG-HSS"));
    EXPECT_TRUE(m.notes.contains(u("HSS Ledningsgrupp"))); // the file's own name is kept
}

TEST(RealMinutes004, PresentersListsAndSubItems)
{
    const Meeting m = importFixture(file004).meeting;
    EXPECT_EQ(titles(m.items),
        u("Återkoppling från föregående möte|Nytt från systergrupper|Skoltempen och betygsresultat|"
          "Avdelningar verksamhetsplaner|Kort information|Utcheckning")
            .split(QLatin1Char('|')));
    EXPECT_EQ(
        item(m, u("Skoltempen och betygsresultat")).presenter, u("Lila Ericsson och Antonio Alas"));
    const QString plans = item(m, u("Avdelningar verksamhetsplaner")).body;
    EXPECT_TRUE(plans.contains(u("\n\n1. Finns det ett värde i att samlat ta del av med "
                                 "avdelningars verksamhetsplaner?\n2. Vad tänkte du när du läste "
                                 "igenom verksamhetsplanerna?\n   - Är det sammantaget rätt saker "
                                 "som görs?")))
        << plans.toStdString();
    EXPECT_TRUE(
        plans.contains(u("   - Andra reflektioner?\n3. Något att tänka på i fortsättningen?")));
    EXPECT_EQ(titles(item(m, u("Kort information")).children),
        u("Skolplikt|Hacksheild prisutdelning|Tillsammans Hbg, Ledningsgruppsutbildning")
            .split(QLatin1Char('|')));
}

TEST(RealMinutes004, NoDecisionsNoJunk)
{
    const Meeting m = importFixture(file004).meeting;
    // "Nämnden har fattat beslut om …" is news from another body, not a decision.
    EXPECT_EQ(decisionCount(m), 0);
    expectNoJunk(m);
    for (const AgendaItem &i : m.items) {
        EXPECT_FALSE(i.deferredTo.isValid());
        EXPECT_TRUE(i.actions.isEmpty());
    }
}

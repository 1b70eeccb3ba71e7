#include "MeetingText.h"
#include "MeetingBuilders.h"

#include <gtest/gtest.h>

using namespace minutebook;

TEST(MeetingText, ShowsHeaderAttendanceItemsDecisionsAndActions)
{
    const QString text = MeetingText::format(test::sampleMeeting());
    for (const char *expected : {"Ledningsgrupp HSS (LG)", "2024-02-06 12:00–16:00",
             "Place: Jupiter", "Minute-taker: Maria Boman Hansson", "Present (LG): Lila Ericsson",
             "Present (Styrgruppen): Maria Holm", "Absent: Karin Gerken",
             "Guests: Antonio Alas (Skoltempen)", "2. Skoltempen och betygsresultat (LE)",
             "Presenter: Lila Ericsson och Antonio Alas",
             "Decision (LG 2024-02-06 §2): Ledningsgruppen beslutar att följa upp i maj.",
             "Assignment: Lila får i uppdrag att sammanställa resultaten. — Lila Ericsson, due "
             "2024-03-01 [open]",
             "  3.1. Skolplikt (KG)", "Moved to the meeting on 2024-03-12"}) {
        EXPECT_TRUE(text.contains(QString::fromUtf8(expected))) << expected << "\n"
                                                                << text.toStdString();
    }
}

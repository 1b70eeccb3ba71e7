// The property the issue asks for: every word of the input that is not page furniture ends up
// somewhere in the imported meeting. Checked on the real minutes and on generated ones written
// in the ways real files differ.

#include "ImportTestSupport.h"
#include "MinutesImporter.h"
#include "MinutesTextWriter.h"
#include "SyntheticMinutes.h"
#include "TextDecoder.h"

#include <gtest/gtest.h>

using namespace minutebook;
using namespace minutebook::test;

namespace {
QString decode(const QByteArray &bytes)
{
    const auto decoded = TextDecoder::decode(bytes);
    return decoded.ok() ? decoded->text : QString();
}

void expectNothingDropped(const QByteArray &bytes, const QString &what)
{
    const auto result = MinutesImporter::importBytes(bytes);
    ASSERT_TRUE(result.ok()) << what.toStdString() << ": " << result.error().toStdString();
    const QStringList missing = missingWords(decode(bytes), result->meeting);
    EXPECT_TRUE(missing.isEmpty())
        << what.toStdString() << " lost: " << missing.join(QLatin1Char(' ')).toStdString();
}
} // namespace

TEST(NothingDropped, RealMinutes)
{
    for (const char *name :
        {"000_5397a611eeb88258.txt", "001_3ea6e064d8c2aaa1.txt", "004_1547915e6f520cec.txt"}) {
        expectNothingDropped(fixtureBytes(QString::fromUtf8(name)), QString::fromUtf8(name));
    }
}

TEST(NothingDropped, TheCheckNoticesALostParagraph)
{
    // The property must be able to fail: take words away from a correct import.
    const QByteArray bytes = fixtureBytes(QStringLiteral("004_1547915e6f520cec.txt"));
    const auto result = MinutesImporter::importBytes(bytes);
    ASSERT_TRUE(result.ok());
    Meeting damaged = result->meeting;
    damaged.items[3].body.clear();
    EXPECT_TRUE(missingWords(decode(bytes), damaged).contains(QStringLiteral("transparenta")));
    damaged = result->meeting;
    damaged.notes.clear();
    EXPECT_TRUE(missingWords(decode(bytes), damaged).contains(QStringLiteral("helsingborgstads")));
    damaged = result->meeting;
    damaged.attendees.removeLast();
    EXPECT_TRUE(missingWords(decode(bytes), damaged).contains(QStringLiteral("boman")));
}

TEST(NothingDropped, GeneratedMinutesInManyShapes)
{
    SyntheticMinutes generator(300, 7);
    for (int i = 0; i < generator.meetingCount(); ++i) {
        const Meeting meeting = generator.meeting(i);
        const TextVariation variation = TextVariation::random(quint64(i) * 7919 + 1);
        const WrittenMinutes written = MinutesTextWriter::write(meeting, variation);
        expectNothingDropped(
            written.bytes, QStringLiteral("meeting %1 (%2)").arg(i).arg(variation.describe()));
        if (HasFailure())
            return; // one clear failure, not three hundred
    }
}

TEST(NothingDropped, TextBeforeTheItemsAndOddLinesAreKept)
{
    const char *text = "Välkomna!\n"
                       "Deltagare LG: Tony Mufic\n"
                       "Ordförande: Lila Ericsson\n"
                       "\n"
                       "RESULTATEN\n"
                       "Zyxel plopp 42 snarf.\n"
                       "\n"
                       "1. Punkt\n"
                       "\n"
                       "?? konstig rad ??\n"
                       "§§§ 12 %%% under\n"
                       "Beslut\n"
                       "\n"
                       "2. Sista punkten\n"
                       "BESLUT:\n"
                       "Inga beslut\n";
    expectNothingDropped(QByteArray(text), QStringLiteral("odd lines"));
}

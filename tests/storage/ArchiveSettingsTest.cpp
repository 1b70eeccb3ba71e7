// The archive's own settings (ArchiveSettings): the language its minutes are written in is
// kept in the archive, read by every connection, refused when it is not a language the program
// writes or the archive is read-only; a copy of the whole archive takes it along. On both
// backends.

#include "ArchiveSettings.h"
#include "ArchiveCopy.h"
#include "MinutesGenerator.h"
#include "TestBackend.h"

using namespace minutebook;
using namespace minutebook::test;

namespace {
class ArchiveSettingsTest : public BackendTest
{
};

QString stored(const Database &database)
{
    const Result<QString> language = ArchiveSettings(database).documentLanguage();
    EXPECT_TRUE(language.ok()) << language.error().toStdString();
    return language.ok() ? language.value() : QStringLiteral("(unreadable)");
}
} // namespace

TEST_P(ArchiveSettingsTest, AnArchiveWithoutALanguageFollowsTheProgramAndAnOverrideWins)
{
    EXPECT_EQ(stored(database()), QString());
    const ArchiveSettings settings(database());
    const QLocale german(QLocale::German, QLocale::Germany);
    EXPECT_EQ(settings.documentLocale({}, german).value(), german);
    EXPECT_EQ(
        settings.documentLocale(QStringLiteral("sv"), german).value().language(), QLocale::Swedish);
}

TEST_P(ArchiveSettingsTest, TheLanguageIsKeptInTheArchiveForEveryConnection)
{
    const ArchiveSettings settings(database());
    ASSERT_TRUE(settings.setDocumentLanguage(QStringLiteral("sv")).ok());
    auto other = archive().open();
    ASSERT_TRUE(other);
    EXPECT_EQ(stored(*other), QStringLiteral("sv"));
    EXPECT_EQ(ArchiveSettings(*other).documentLocale({}, QLocale::c()).value().language(),
        QLocale::Swedish);
    // Changed, not added.
    ASSERT_TRUE(ArchiveSettings(*other).setDocumentLanguage(QStringLiteral("en")).ok());
    EXPECT_EQ(stored(database()), QStringLiteral("en"));
    EXPECT_EQ(archive().scalar(QStringLiteral("SELECT count(*) FROM archive_settings")).toInt(), 1);
    // An override is for once: what is stored stays.
    EXPECT_EQ(settings.documentLocale(QStringLiteral("sv")).value().language(), QLocale::Swedish);
    EXPECT_EQ(stored(database()), QStringLiteral("en"));
}

TEST_P(ArchiveSettingsTest, ALanguageTheProgramDoesNotWriteAndAReadOnlyArchiveAreRefused)
{
    const ArchiveSettings settings(database());
    ASSERT_TRUE(settings.setDocumentLanguage(QStringLiteral("sv")).ok());
    for (const char *bad : {"fi", "", "SV", "sv_SE"}) {
        const Status s = settings.setDocumentLanguage(QLatin1String(bad));
        EXPECT_FALSE(s.ok()) << bad;
        EXPECT_TRUE(s.error().contains(QStringLiteral("sv, en"))
            || s.error().contains(QStringLiteral("en, sv")))
            << s.error().toStdString();
    }
    Database::Options readOnly;
    readOnly.readOnly = true;
    auto reader = archive().open(readOnly);
    ASSERT_TRUE(reader);
    ASSERT_TRUE(reader->isReadOnly());
    EXPECT_FALSE(ArchiveSettings(*reader).setDocumentLanguage(QStringLiteral("en")).ok());
    EXPECT_EQ(stored(*reader), QStringLiteral("sv"));
    EXPECT_EQ(stored(database()), QStringLiteral("sv"));
}

TEST_P(ArchiveSettingsTest, ACopyOfTheWholeArchiveTakesItsLanguageAnAppendedOneKeepsTheTargets)
{
    ASSERT_TRUE(MinutesGenerator(database()).generate(2, 5).ok());
    ASSERT_TRUE(ArchiveSettings(database()).setDocumentLanguage(QStringLiteral("sv")).ok());
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    // The target was opened once by a program in English, which gave it that language.
    auto target = Database::open(dir.filePath(QStringLiteral("copy.db")));
    ASSERT_TRUE(target.ok()) << target.error().toStdString();
    ASSERT_TRUE(ArchiveSettings(*target.value()).setDocumentLanguage(QStringLiteral("en")).ok());
    const auto copied = ArchiveCopy::copy(database(), *target.value(), {});
    ASSERT_TRUE(copied.ok()) << copied.error().toStdString();
    EXPECT_EQ(stored(*target.value()), QStringLiteral("sv"));

    auto other = Database::open(dir.filePath(QStringLiteral("other.db")));
    ASSERT_TRUE(other.ok());
    ASSERT_TRUE(MinutesGenerator(*other.value()).generate(1, 9).ok());
    ASSERT_TRUE(ArchiveSettings(*other.value()).setDocumentLanguage(QStringLiteral("en")).ok());
    ArchiveCopy::Options append;
    append.append = true;
    const auto appended = ArchiveCopy::copy(database(), *other.value(), append);
    ASSERT_TRUE(appended.ok()) << appended.error().toStdString();
    EXPECT_EQ(stored(*other.value()), QStringLiteral("en"));
}

MINUTEBOOK_ON_BOTH_BACKENDS(ArchiveSettingsTest);

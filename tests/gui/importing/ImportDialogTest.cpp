#include "ImportDialog.h"
#include "FakeDialogs.h"
#include "FindChild.h"
#include "ImportPreviewModel.h"
#include "Language.h"
#include "MeetingCounts.h"
#include "QtPrinting.h"
#include "TestDatabase.h"
#include "WarningCollector.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QListWidget>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace minutebook;
using minutebook::test::FakeDialogs;

namespace {
QPushButton *importButton(const ImportDialog &dialog)
{
    return test::child<QPushButton>(&dialog, "importButton");
}

QListWidget *warnings(const ImportDialog &dialog)
{
    return test::child<QListWidget>(&dialog, "importWarnings");
}

/// The files the dialog lists, reached through its table.
ImportPreviewModel *preview(const ImportDialog &dialog)
{
    return qobject_cast<ImportPreviewModel *>(
        test::child<QTableView>(&dialog, "importPreview")->model());
}

QString fixture(const char *name)
{
    return QStringLiteral(MINUTEBOOK_TEST_DATA "/") + QLatin1String(name);
}

const QStringList fixtures()
{
    return {fixture("000_5397a611eeb88258.txt"), fixture("001_3ea6e064d8c2aaa1.txt"),
        fixture("004_1547915e6f520cec.txt")};
}

QModelIndex cell(const ImportPreviewModel *model, int row, int column)
{
    return model->index(row, column);
}

/// Gives the rows of files without date and group what the user would type.
void fillIn(ImportPreviewModel *model, const QDate &date)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->flags(cell(model, row, ImportPreviewModel::DateColumn)) & Qt::ItemIsEditable) {
            EXPECT_TRUE(model->setData(cell(model, row, ImportPreviewModel::DateColumn), date));
        }
        if (model->file(row).group.isEmpty()) {
            EXPECT_TRUE(model->setData(
                cell(model, row, ImportPreviewModel::GroupColumn), QStringLiteral("LG")));
        }
    }
}

int meetingCount(const Database &db)
{
    const Result<int> count = MeetingRepository(db).count();
    EXPECT_TRUE(count.ok());
    return count.ok() ? count.value() : -1;
}

class ImportDialogTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        // The group used last is a user setting; start every test without one.
        QSettings().remove(QStringLiteral("import/lastGroup"));
        db = test::generatedDatabase(0);
        ASSERT_TRUE(db);
    }
    std::unique_ptr<Database> db;
    FakeDialogs dialogs;
};
} // namespace

TEST_F(ImportDialogTest, PreviewShowsCountsAndWarnings)
{
    ImportDialog dialog(*db, dialogs, fixtures());
    const ImportPreviewModel *model = preview(dialog);
    ASSERT_EQ(model->rowCount(), 3);
    // 004 gives its date and group in the header.
    EXPECT_EQ(cell(model, 2, ImportPreviewModel::StatusColumn).data().toString(),
        QStringLiteral("Ready"));
    EXPECT_EQ(model->file(2).date, QDate(2024, 2, 6));
    EXPECT_EQ(cell(model, 2, ImportPreviewModel::GroupColumn).data().toString(),
        QStringLiteral("HSS Ledningsgrupp"));
    EXPECT_EQ(cell(model, 2, ImportPreviewModel::PresentColumn).data().toInt(), 12);
    EXPECT_EQ(cell(model, 2, ImportPreviewModel::ItemsColumn).data().toInt(), 9);
    EXPECT_EQ(cell(model, 0, ImportPreviewModel::DecisionsColumn).data().toInt(), 1);
    EXPECT_EQ(cell(model, 0, ImportPreviewModel::ItemsColumn).data().toInt(), 16);

    // The warnings of the selected file, with their line numbers.
    const ImportFile &first = model->file(0);
    ASSERT_FALSE(first.result.warnings.isEmpty());
    test::child<QTableView>(&dialog, "importPreview")->selectRow(0);
    ASSERT_EQ(warnings(dialog)->count(), first.result.warnings.size());
    // A warning about the whole file (line 0) has no line; the others say theirs.
    const ImportWarning &warning = first.result.warnings.first();
    EXPECT_EQ(warnings(dialog)->item(0)->text(),
        warning.line > 0 ? QStringLiteral("Line %1: %2").arg(warning.line).arg(warning.message)
                         : warning.message);
    test::child<QTableView>(&dialog, "importPreview")->selectRow(2);
    EXPECT_EQ(warnings(dialog)->count(), 0);
}

TEST_F(ImportDialogTest, FileWithoutDateBlocksImportUntilDateIsSet)
{
    ImportDialog dialog(*db, dialogs, {fixture("000_5397a611eeb88258.txt")});
    ImportPreviewModel *model = preview(dialog);
    ASSERT_EQ(model->rowCount(), 1);
    EXPECT_EQ(model->file(0).state(), ImportFile::State::NeedsDate);
    EXPECT_EQ(cell(model, 0, ImportPreviewModel::DateColumn).data().toString(),
        QStringLiteral("Choose a date"));
    EXPECT_FALSE(importButton(dialog)->isEnabled());
    ASSERT_TRUE(
        model->setData(cell(model, 0, ImportPreviewModel::GroupColumn), QStringLiteral("LG")));
    EXPECT_FALSE(importButton(dialog)->isEnabled()) << "still no date";
    dialog.importAll(); // refused while a date is missing
    EXPECT_EQ(meetingCount(*db), 0);

    ASSERT_TRUE(model->setData(cell(model, 0, ImportPreviewModel::DateColumn), QDate(2025, 5, 20)));
    EXPECT_TRUE(importButton(dialog)->isEnabled());
    QTest::mouseClick(importButton(dialog), Qt::LeftButton);
    ASSERT_EQ(dialog.importedMeetings().size(), 1);
    const Result<Meeting> meeting = MeetingRepository(*db).load(dialog.importedMeetings().first());
    ASSERT_TRUE(meeting.ok()) << meeting.error().toStdString();
    EXPECT_EQ(meeting->date, QDate(2025, 5, 20));
    EXPECT_EQ(meeting->body.name, QStringLiteral("LG"));
}

TEST_F(ImportDialogTest, ImportWritesMeetingsToTheDatabase)
{
    ImportDialog dialog(*db, dialogs, fixtures());
    fillIn(preview(dialog), QDate(2025, 6, 1));
    ASSERT_TRUE(importButton(dialog)->isEnabled());
    QTest::mouseClick(importButton(dialog), Qt::LeftButton);
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    ASSERT_EQ(dialog.importedMeetings().size(), 3);
    EXPECT_EQ(meetingCount(*db), 3);
    const Result<Meeting> last = MeetingRepository(*db).load(dialog.importedMeetings().last());
    ASSERT_TRUE(last.ok()) << last.error().toStdString();
    EXPECT_EQ(last->date, QDate(2024, 2, 6));
    EXPECT_EQ(last->body.name, QStringLiteral("HSS Ledningsgrupp"));
    EXPECT_EQ(MeetingCounts::of(last.value()).items, 9);
    ASSERT_EQ(dialogs.messages.size(), 1);
    EXPECT_EQ(dialogs.warnings, 0);
    // The next import offers the group used last for files that name none.
    EXPECT_EQ(ImportDialog::lastGroup(), QStringLiteral("HSS Ledningsgrupp"));
    EXPECT_TRUE(dialogs.messages.first().contains(QStringLiteral("3 meeting")))
        << dialogs.messages.first().toStdString();
}

TEST_F(ImportDialogTest, SameFileAgainShowsAlreadyImported)
{
    const QStringList file {fixture("004_1547915e6f520cec.txt")};
    {
        ImportDialog first(*db, dialogs, file);
        first.importAll();
        ASSERT_EQ(first.importedMeetings().size(), 1);
    }
    ImportDialog again(*db, dialogs, file);
    ImportPreviewModel *model = preview(again);
    EXPECT_EQ(model->file(0).state(), ImportFile::State::AlreadyImported);
    EXPECT_EQ(cell(model, 0, ImportPreviewModel::StatusColumn).data().toString(),
        QStringLiteral("Already imported"));
    EXPECT_FALSE(importButton(again)->isEnabled());
    ASSERT_TRUE(test::child<QCheckBox>(&again, "importAnyway")->isEnabled());
    test::child<QCheckBox>(&again, "importAnyway")->setChecked(true);
    EXPECT_TRUE(model->file(0).force);
    EXPECT_TRUE(importButton(again)->isEnabled());
    again.importAll();
    EXPECT_EQ(again.importedMeetings().size(), 1);
    EXPECT_EQ(meetingCount(*db), 2);
}

TEST_F(ImportDialogTest, BadFilesShowAnErrorAndTheOthersStillImport)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString empty = dir.filePath(QStringLiteral("empty.txt"));
    const QString binary = dir.filePath(QStringLiteral("picture.txt"));
    QFile emptyFile(empty);
    ASSERT_TRUE(emptyFile.open(QIODevice::WriteOnly));
    emptyFile.close();
    QFile binaryFile(binary);
    ASSERT_TRUE(binaryFile.open(QIODevice::WriteOnly));
    binaryFile.write(QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\x01\0", 20).repeated(50));
    binaryFile.close();

    ImportDialog dialog(*db, dialogs, {empty, binary, fixture("004_1547915e6f520cec.txt")});
    const ImportPreviewModel *model = preview(dialog);
    EXPECT_EQ(model->file(0).state(), ImportFile::State::Error);
    EXPECT_EQ(model->file(1).state(), ImportFile::State::Error);
    EXPECT_EQ(cell(model, 1, ImportPreviewModel::StatusColumn).data().toString(),
        QStringLiteral("Cannot be imported"));
    test::child<QTableView>(&dialog, "importPreview")->selectRow(1);
    ASSERT_EQ(warnings(dialog)->count(), 1);
    EXPECT_EQ(warnings(dialog)->item(0)->text(), model->file(1).error);

    ASSERT_TRUE(importButton(dialog)->isEnabled());
    dialog.importAll();
    EXPECT_EQ(dialog.importedMeetings().size(), 1);
    EXPECT_EQ(meetingCount(*db), 1);
    ASSERT_EQ(dialogs.warnings, 1);
    EXPECT_TRUE(dialogs.messages.last().contains(QStringLiteral("empty.txt")));
    EXPECT_TRUE(dialogs.messages.last().contains(QStringLiteral("picture.txt")));
}

TEST_F(ImportDialogTest, CancelAfterTheFirstFileKeepsTheFirst)
{
    ImportDialog dialog(*db, dialogs, fixtures());
    fillIn(preview(dialog), QDate(2025, 6, 1));
    int seen = 0;
    QObject::connect(&dialog, &ImportDialog::fileImported, &dialog, [&] {
        ++seen;
        auto *progress = dialog.findChild<QProgressDialog *>();
        ASSERT_TRUE(progress);
        progress->cancel();
    });
    dialog.importAll();
    EXPECT_EQ(seen, 1);
    ASSERT_EQ(dialog.importedMeetings().size(), 1);
    EXPECT_EQ(meetingCount(*db), 1);
    EXPECT_EQ(preview(dialog)->file(0).state(), ImportFile::State::Imported);
    EXPECT_EQ(preview(dialog)->file(1).meetingId, 0);
    EXPECT_NE(preview(dialog)->file(1).state(), ImportFile::State::Imported);
    ASSERT_EQ(dialogs.messages.size(), 1);
    EXPECT_TRUE(dialogs.messages.first().contains(QStringLiteral("cancelled")));
}

TEST_F(ImportDialogTest, ModelPassesTheModelTester)
{
    test::WarningCollector collector;
    test::WarningCollector::warnings().clear();
    ImportPreviewModel model(*db);
    QAbstractItemModelTester tester(
        &model, QAbstractItemModelTester::FailureReportingMode::Warning);
    model.setFiles(fixtures(), QString());
    fillIn(&model, QDate(2025, 6, 1));
    model.setForce(2, true);
    for (int row = 0; row < model.rowCount(); ++row)
        EXPECT_TRUE(model.importFile(row).ok());
    EXPECT_EQ(model.file(2).state(), ImportFile::State::Imported);
    EXPECT_FALSE(
        model.flags(cell(&model, 2, ImportPreviewModel::GroupColumn)) & Qt::ItemIsEditable);
    EXPECT_TRUE(test::WarningCollector::warnings().isEmpty())
        << test::WarningCollector::warnings().join(QLatin1Char('\n')).toStdString();
}

// Not a check: writes the picture for docs/images when MINUTEBOOK_SCREENSHOT names the file
// (MINUTEBOOK_EXTRA_QM may name a .qm with strings not yet in the shipped translations).
TEST_F(ImportDialogTest, Screenshot)
{
    const QString target = qEnvironmentVariable("MINUTEBOOK_SCREENSHOT");
    if (target.isEmpty())
        GTEST_SKIP() << "set MINUTEBOOK_SCREENSHOT to write a screenshot";
    Language::install(*qApp, QStringLiteral("sv"));
    QTranslator extra;
    if (extra.load(qEnvironmentVariable("MINUTEBOOK_EXTRA_QM")))
        QCoreApplication::installTranslator(&extra);
    {
        ImportDialog first(*db, dialogs, {fixture("001_3ea6e064d8c2aaa1.txt")});
        fillIn(preview(first), QDate(2025, 3, 4));
        first.importAll();
    }
    ImportDialog dialog(*db, dialogs, fixtures());
    preview(dialog)->setData(
        cell(preview(dialog), 1, ImportPreviewModel::GroupColumn), QStringLiteral("LG"));
    test::child<QTableView>(&dialog, "importPreview")->selectRow(0);
    dialog.show();
    QCoreApplication::processEvents();
    EXPECT_TRUE(dialog.grab().save(target));
    QCoreApplication::removeTranslator(&extra);
    Language::install(*qApp, QStringLiteral("en"));
}

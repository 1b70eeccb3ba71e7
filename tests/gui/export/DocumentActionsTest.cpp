// File menu → Print…, Print preview…, Export as PDF/HTML/Markdown…, Export archive… and
// Settings…, driven on a real MainWindow with FakeDialogs answering the file and print dialogs.
// The files written are checked with poppler's pdfinfo/pdftotext where a PDF is involved.

#include "DocumentActions.h"
#include "ApprovalActions.h"
#include "Approvals.h"
#include "ArchiveExportDialog.h"
#include "ArchiveExportTask.h"
#include "ArchiveExporter.h"
#include "ArchiveSettings.h"
#include "DocumentSettings.h"
#include "DocumentSettingsDialog.h"
#include "FakeDialogs.h"
#include "FindChild.h"
#include "Language.h"
#include "MainWindow.h"
#include "MeetingListView.h"
#include "MeetingSessions.h"
#include "MinutesExporter.h"
#include "QtPrinting.h"
#include "TestDatabase.h"
#include "WarningCollector.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPainter>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QProcess>
#include <QProgressDialog>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace minutebook;

namespace {
bool havePoppler()
{
    return !QStandardPaths::findExecutable(QStringLiteral("pdfinfo")).isEmpty()
        && !QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty();
}

QString runTool(const QString &tool, const QStringList &arguments)
{
    QProcess process;
    process.start(tool, arguments);
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return {};
    return QString::fromUtf8(process.readAllStandardOutput());
}

int pdfPages(const QString &path)
{
    const QString info = runTool(QStringLiteral("pdfinfo"), {path});
    const auto match = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info);
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

QStringList entries(const QString &directory)
{
    return QDir(directory).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
}

// The document settings for one test, in a settings folder of its own: ctest runs tests in
// parallel processes, which must not see each other's settings.
class DocumentSettingsGuard
{
public:
    explicit DocumentSettingsGuard(const DocumentSettings &settings = {})
    {
        EXPECT_TRUE(m_config.isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_config.path());
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_config.path());
        QSettings stored;
        settings.save(stored);
    }
    DocumentSettingsGuard(const DocumentSettingsGuard &) = delete;
    DocumentSettingsGuard &operator=(const DocumentSettingsGuard &) = delete;

private:
    QTemporaryDir m_config;
};

// A database file with generated meetings and a started main window showing the newest.
class WindowFixture
{
public:
    explicit WindowFixture(int meetings)
    {
        EXPECT_TRUE(m_dir.isValid());
        auto opened = Database::open(m_dir.filePath(QStringLiteral("board.db")));
        EXPECT_TRUE(opened.ok()) << opened.error().toStdString();
        m_database = std::move(opened.value());
        if (meetings > 0) {
            EXPECT_TRUE(MinutesGenerator(*m_database).generate(meetings, 7).ok());
        }
        m_sessions = std::make_unique<MeetingSessions>(*m_database);
        m_window = std::make_unique<MainWindow>(*m_sessions, dialogs);
        m_window->show();
        m_window->start();
        QCoreApplication::processEvents();
        m_actions = m_window->findChild<DocumentActions *>();
        EXPECT_NE(m_actions, nullptr);
    }

    QString path(const QString &name) const { return m_dir.filePath(name); }
    MainWindow &window() { return *m_window; }
    DocumentActions &actions() { return *m_actions; }
    const Database &database() const { return *m_database; }

    test::FakeDialogs dialogs;

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<MeetingSessions> m_sessions;
    std::unique_ptr<MainWindow> m_window;
    DocumentActions *m_actions = nullptr;
};

QStringList menuTexts(const QMenu *menu)
{
    QStringList texts;
    for (const QAction *action : menu->actions())
        texts.append(action->isSeparator() ? QStringLiteral("--") : action->text());
    return texts;
}

QString writeLogo(const QString &path)
{
    QImage image(200, 60, QImage::Format_ARGB32);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.fillRect(QRect(0, 0, 100, 60), QColor(0, 70, 140));
    painter.end();
    EXPECT_TRUE(image.save(path));
    return path;
}
} // namespace

TEST(DocumentActions, FileMenuHasTheEntriesBeforeQuit)
{
    const DocumentSettingsGuard settings;
    WindowFixture fixture(3);
    const QStringList texts = menuTexts(test::child<QMenu>(&fixture.window(), "fileMenu"));
    const qsizetype print = texts.indexOf(QStringLiteral("&Print…"));
    ASSERT_GE(print, 0) << texts.join(QLatin1Char('|')).toStdString();
    EXPECT_EQ(texts.mid(print, 9),
        QStringList(
            {QStringLiteral("&Print…"), QStringLiteral("Print pre&view…"), QStringLiteral("--"),
                QStringLiteral("Export as P&DF…"), QStringLiteral("Export as &HTML…"),
                QStringLiteral("Export as &Markdown…"), QStringLiteral("E&xport archive…"),
                QStringLiteral("--"), QStringLiteral("&Settings…")}));
    EXPECT_EQ(texts.constLast(), QStringLiteral("&Quit"));
    EXPECT_EQ(texts.at(texts.size() - 2), QStringLiteral("--"));
    EXPECT_EQ(texts.at(print - 1), QStringLiteral("--"));
    EXPECT_EQ(fixture.actions().printAction()->shortcut(), QKeySequence(QKeySequence::Print));
}

TEST(DocumentActions, MeetingActionsAreDisabledWithoutAMeeting)
{
    const DocumentSettingsGuard settings;
    WindowFixture fixture(0); // the example is declined: no meeting at all
    ASSERT_EQ(fixture.window().currentMeetingId(), 0);
    DocumentActions &actions = fixture.actions();
    for (QAction *action : {actions.printAction(), actions.previewAction(),
             actions.exportAction(MinutesExporter::Format::Pdf),
             actions.exportAction(MinutesExporter::Format::Html),
             actions.exportAction(MinutesExporter::Format::Markdown)})
        EXPECT_FALSE(action->isEnabled()) << action->text().toStdString();
    EXPECT_TRUE(actions.archiveAction()->isEnabled());
    EXPECT_TRUE(actions.settingsAction()->isEnabled());

    WindowFixture withMeetings(2);
    ASSERT_NE(withMeetings.window().currentMeetingId(), 0);
    EXPECT_TRUE(withMeetings.actions().printAction()->isEnabled());
    EXPECT_TRUE(withMeetings.actions().exportAction(MinutesExporter::Format::Pdf)->isEnabled());
}

TEST(DocumentActions, ExportsThePdfOfTheShownMeeting)
{
    if (!havePoppler())
        GTEST_SKIP() << "poppler-utils not installed";
    const DocumentSettingsGuard settings;
    WindowFixture fixture(5);
    const Result<Meeting> meeting
        = MeetingRepository(fixture.database()).load(fixture.window().currentMeetingId());
    ASSERT_TRUE(meeting.ok());
    fixture.dialogs.saveFile = fixture.path(QStringLiteral("minutes")); // no suffix given
    fixture.actions().exportAction(MinutesExporter::Format::Pdf)->trigger();

    EXPECT_EQ(fixture.dialogs.warnings, 0)
        << fixture.dialogs.messages.join(QLatin1Char('\n')).toStdString();
    ASSERT_EQ(fixture.dialogs.suggestedFiles.size(), 1);
    EXPECT_TRUE(fixture.dialogs.suggestedFiles.constFirst().endsWith(
        meeting.value().date.toString(Qt::ISODate) + QLatin1Char(' ') + meeting.value().body.name
        + QStringLiteral(".pdf")))
        << fixture.dialogs.suggestedFiles.constFirst().toStdString();
    const QString pdf = fixture.path(QStringLiteral("minutes.pdf"));
    const QString info = runTool(QStringLiteral("pdfinfo"), {pdf});
    EXPECT_TRUE(info.contains(QStringLiteral("Metadata Stream: yes"))) << info.toStdString();
    EXPECT_GE(pdfPages(pdf), 1);
    const QString text
        = runTool(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")}).simplified();
    EXPECT_TRUE(text.contains(meeting.value().body.name)) << text.toStdString();
    EXPECT_TRUE(text.contains(meeting.value().items.constFirst().title));
    EXPECT_TRUE(text.contains(QStringLiteral("Page 1 of"))) << text.toStdString();
}

TEST(DocumentActions, ExportsHtmlAndMarkdownWithTheSettings)
{
    DocumentSettings stored;
    stored.organisation = QStringLiteral("Nacka kommun");
    stored.footerText = QStringLiteral("Box 123, 131 81 Nacka");
    const DocumentSettingsGuard settings(stored);
    WindowFixture fixture(5);
    const Result<Meeting> meeting
        = MeetingRepository(fixture.database()).load(fixture.window().currentMeetingId());
    ASSERT_TRUE(meeting.ok());
    for (const auto format : {MinutesExporter::Format::Html, MinutesExporter::Format::Markdown}) {
        const QString file
            = fixture.path(QStringLiteral("minutes.") + MinutesExporter::suffix(format));
        fixture.dialogs.saveFile = file;
        fixture.actions().exportAction(format)->trigger();
        QFile written(file);
        ASSERT_TRUE(written.open(QIODevice::ReadOnly)) << file.toStdString();
        const QString text = QString::fromUtf8(written.readAll());
        EXPECT_TRUE(text.contains(meeting.value().items.constFirst().title));
        EXPECT_TRUE(text.contains(QStringLiteral("Nacka kommun")));
        EXPECT_TRUE(text.contains(QStringLiteral("Box 123, 131 81 Nacka")));
    }
    EXPECT_EQ(fixture.dialogs.warnings, 0);
}

TEST(DocumentActions, AnUnwritablePathGivesAnErrorAndNoFile)
{
    const DocumentSettingsGuard settings;
    WindowFixture fixture(2);
    QTemporaryDir out;
    // A folder that does not exist: even root cannot write there.
    const QString file = out.filePath(QStringLiteral("missing/folder/minutes.pdf"));
    fixture.dialogs.saveFile = file;
    fixture.actions().exportAction(MinutesExporter::Format::Pdf)->trigger();
    ASSERT_EQ(fixture.dialogs.warnings, 1);
    EXPECT_TRUE(fixture.dialogs.messages.constLast().startsWith(QStringLiteral("Not exported\n")));
    EXPECT_TRUE(fixture.dialogs.messages.constLast().contains(file))
        << fixture.dialogs.messages.constLast().toStdString();
    EXPECT_TRUE(entries(out.path()).isEmpty());
}

TEST(DocumentActions, PrintPaintsThePagesWithTheFooter)
{
    if (!havePoppler())
        GTEST_SKIP() << "poppler-utils not installed";
    DocumentSettings stored;
    stored.organisation = QStringLiteral("Nacka kommun");
    stored.footerText = QStringLiteral("Box 123, 131 81 Nacka");
    const DocumentSettingsGuard settings(stored);
    WindowFixture fixture(4);

    // Cancelled in the print dialog: nothing printed, nothing said.
    fixture.actions().printAction()->trigger();
    EXPECT_EQ(fixture.dialogs.printDialogs, 1);
    EXPECT_TRUE(fixture.dialogs.messages.isEmpty());

    // The fake print dialog points the printer at a PDF file: what the printer gets.
    fixture.dialogs.printFile = fixture.path(QStringLiteral("printed.pdf"));
    fixture.actions().printAction()->trigger();
    EXPECT_EQ(fixture.dialogs.printDialogs, 2);
    EXPECT_EQ(fixture.dialogs.warnings, 0)
        << fixture.dialogs.messages.join(QLatin1Char('\n')).toStdString();
    const int pages = pdfPages(fixture.dialogs.printFile);
    ASSERT_GE(pages, 1);
    const QString text
        = runTool(QStringLiteral("pdftotext"), {fixture.dialogs.printFile, QStringLiteral("-")})
              .simplified();
    EXPECT_TRUE(text.contains(QStringLiteral("Page %1 of %1").arg(pages))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Box 123, 131 81 Nacka")));
    EXPECT_TRUE(text.contains(QStringLiteral("Nacka kommun")));
}

TEST(DocumentActions, PrintPreviewOpensWithThePagesOfTheMinutes)
{
    if (!havePoppler())
        GTEST_SKIP() << "poppler-utils not installed";
    const DocumentSettingsGuard settings;
    WindowFixture fixture(3);
    QPrintPreviewDialog *preview = fixture.actions().printPreview();
    ASSERT_NE(preview, nullptr);
    QCoreApplication::processEvents();
    EXPECT_TRUE(preview->isVisible());
    auto *pages = preview->findChild<QPrintPreviewWidget *>();
    ASSERT_NE(pages, nullptr);
    pages->updatePreview();

    // The same paint path onto a printer writing PDF gives as many pages as the preview shows.
    fixture.dialogs.printFile = fixture.path(QStringLiteral("printed.pdf"));
    fixture.actions().printAction()->trigger();
    const int printed = pdfPages(fixture.dialogs.printFile);
    ASSERT_GE(printed, 1);
    EXPECT_EQ(pages->pageCount(), printed);
    preview->close();
}

TEST(DocumentActions, ArchiveExportWritesEveryMeetingOfThePeriod)
{
    const DocumentSettingsGuard settings;
    WindowFixture fixture(12);
    QTemporaryDir out;
    MeetingFilter all;
    const auto meetings = MeetingRepository(fixture.database()).list(all);
    ASSERT_TRUE(meetings.ok());
    ASSERT_EQ(meetings.value().size(), 12);
    // From the fifth newest meeting to the second newest: a period, not a whole year.
    const QDate from = meetings.value().at(4).date;
    const QDate to = meetings.value().at(1).date;
    int inPeriod = 0;
    for (const MeetingSummary &m : meetings.value())
        inPeriod += m.date >= from && m.date <= to ? 1 : 0;
    ASSERT_GE(inPeriod, 4);

    ArchiveRequest request;
    request.from = from;
    request.to = to;
    request.directory = out.path();
    QVector<int> progress;
    QObject::connect(&fixture.actions(), &DocumentActions::archiveExportStarted,
        [&progress](ArchiveExportTask *task, QProgressDialog *dialog) {
            EXPECT_TRUE(dialog->isVisible());
            QObject::connect(task, &ArchiveExportTask::progressed,
                [&progress](int done, int) { progress.append(done); });
        });
    ASSERT_TRUE(fixture.actions().runArchiveExport(request))
        << fixture.dialogs.messages.join(QLatin1Char('\n')).toStdString();
    const QStringList files = entries(out.path());
    EXPECT_EQ(files.filter(QStringLiteral(".pdf")).size(), inPeriod)
        << files.join(QLatin1Char(',')).toStdString();
    EXPECT_TRUE(files.contains(QStringLiteral("index.html")));
    EXPECT_TRUE(files.contains(QStringLiteral("decisions.csv")));
    EXPECT_TRUE(files.contains(QStringLiteral("actions.csv")));
    EXPECT_TRUE(files.contains(ArchiveExporter::fileName(
        MeetingRepository(fixture.database()).load(meetings.value().at(4).id).value())));
    EXPECT_EQ(files.size(), inPeriod + 3) << "no staging folder left";
    EXPECT_EQ(progress.constLast(), inPeriod);
    EXPECT_TRUE(
        fixture.dialogs.messages.constLast().contains(QStringLiteral("%1 meeting").arg(inPeriod)))
        << fixture.dialogs.messages.constLast().toStdString();
}

TEST(DocumentActions, ArchiveExportCancelLeavesNoFiles)
{
    const DocumentSettingsGuard settings;
    WindowFixture fixture(12);
    QTemporaryDir out;
    ArchiveRequest request; // every body, every year
    request.directory = out.path();
    int clicks = 0;
    QObject::connect(&fixture.actions(), &DocumentActions::archiveExportStarted,
        [&clicks](ArchiveExportTask *task, QProgressDialog *dialog) {
            // The worker waits while the user clicks Cancel on the first report, so the click
            // lands before the export could finish.
            QObject::connect(
                task, &ArchiveExportTask::progressed, dialog,
                [&clicks, dialog](int done, int) {
                    if (done != 1)
                        return;
                    auto *cancel = dialog->findChild<QPushButton *>();
                    ASSERT_NE(cancel, nullptr);
                    QTest::mouseClick(cancel, Qt::LeftButton);
                    ++clicks;
                },
                Qt::BlockingQueuedConnection);
        });
    EXPECT_FALSE(fixture.actions().runArchiveExport(request));
    EXPECT_EQ(clicks, 1);
    EXPECT_TRUE(entries(out.path()).isEmpty())
        << entries(out.path()).join(QLatin1Char(',')).toStdString();
    EXPECT_TRUE(fixture.dialogs.messages.constLast().contains(QStringLiteral("cancelled")))
        << fixture.dialogs.messages.constLast().toStdString();
    EXPECT_EQ(fixture.dialogs.warnings, 0);
}

TEST(DocumentActions, ArchiveDialogAsksForBodyPeriodAndAnExistingFolder)
{
    const DocumentSettingsGuard settings;
    WindowFixture fixture(6);
    const Result<Meeting> meeting
        = MeetingRepository(fixture.database()).load(fixture.window().currentMeetingId());
    ASSERT_TRUE(meeting.ok());
    ArchiveExportDialog dialog(
        fixture.database(), fixture.dialogs, meeting.value().body.name, 2024, &fixture.window());
    auto *group = test::child<QComboBox>(&dialog, "archiveGroup");
    auto *folder = test::child<QLineEdit>(&dialog, "archiveFolder");
    auto *exportButton = test::child<QPushButton>(&dialog, "exportButton");
    auto *to = test::child<QDateEdit>(&dialog, "toDate");
    EXPECT_EQ(group->currentText(), meeting.value().body.name);
    EXPECT_EQ(test::child<QSpinBox>(&dialog, "year")->value(), 2024);
    EXPECT_FALSE(exportButton->isEnabled() && folder->text().isEmpty());

    QTemporaryDir out;
    fixture.dialogs.directory = out.path();
    for (QPushButton *button : dialog.findChildren<QPushButton *>()) {
        if (button->text() == QStringLiteral("Choose…"))
            button->click();
    }
    EXPECT_EQ(folder->text(), QDir::toNativeSeparators(out.path()));
    EXPECT_TRUE(exportButton->isEnabled());
    ArchiveRequest request = dialog.request();
    EXPECT_EQ(request.body, meeting.value().body.name);
    EXPECT_EQ(request.from, QDate(2024, 1, 1));
    EXPECT_EQ(request.to, QDate(2024, 12, 31));
    EXPECT_EQ(request.directory, out.path());

    test::child<QRadioButton>(&dialog, "period")->setChecked(true);
    test::child<QDateEdit>(&dialog, "fromDate")->setDate(QDate(2024, 3, 1));
    to->setDate(QDate(2024, 2, 1));
    EXPECT_FALSE(exportButton->isEnabled()) << "a period that ends before it starts";
    to->setDate(QDate(2024, 6, 30));
    group->setCurrentIndex(0);
    request = dialog.request();
    EXPECT_TRUE(request.body.isEmpty()) << "all groups";
    EXPECT_EQ(request.from, QDate(2024, 3, 1));
    EXPECT_EQ(request.to, QDate(2024, 6, 30));

    folder->setText(out.filePath(QStringLiteral("missing")));
    exportButton->click();
    EXPECT_EQ(fixture.dialogs.warnings, 1);
    EXPECT_EQ(dialog.result(), int(QDialog::Rejected)) << "the dialog stays open";
}

TEST(DocumentActions, SettingsDialogStoresOrganisationLogoAndFooter)
{
    const DocumentSettingsGuard settings;
    WindowFixture fixture(1);
    QTemporaryDir dir;
    const QString logo = writeLogo(dir.filePath(QStringLiteral("logo.png")));
    QFile broken(dir.filePath(QStringLiteral("broken.png")));
    ASSERT_TRUE(broken.open(QIODevice::WriteOnly));
    broken.write("not an image");
    broken.close();

    // Driven through the menu: the modal dialog is filled in and saved once it is up.
    QTimer::singleShot(0, [&] {
        auto *dialog = qobject_cast<DocumentSettingsDialog *>(QApplication::activeModalWidget());
        ASSERT_NE(dialog, nullptr);
        fixture.dialogs.files = {broken.fileName()};
        test::child<QPushButton>(dialog, "chooseLogo")->click();
        EXPECT_EQ(fixture.dialogs.warnings, 1) << "an unreadable logo is refused at once";
        EXPECT_FALSE(test::child<QPushButton>(dialog, "removeLogo")->isEnabled());
        fixture.dialogs.files = {logo};
        test::child<QPushButton>(dialog, "chooseLogo")->click();
        EXPECT_FALSE(test::child<QLabel>(dialog, "logoPreview")->pixmap().isNull());
        test::child<QLineEdit>(dialog, "organisation")->setText(QStringLiteral("Nacka kommun"));
        test::child<QLineEdit>(dialog, "footerText")
            ->setText(QStringLiteral("Box 123, 131 81 Nacka"));
        dialog->accept();
    });
    fixture.actions().settingsAction()->trigger();
    const DocumentSettings stored = DocumentSettings::load(QSettings());
    EXPECT_EQ(stored.organisation, QStringLiteral("Nacka kommun"));
    EXPECT_EQ(stored.footerText, QStringLiteral("Box 123, 131 81 Nacka"));
    EXPECT_EQ(stored.logoFile, logo);
}

TEST(DocumentActions, ApprovedMinutesAreExportedAndPrintedAsTheirStoredCopy)
{
    if (!havePoppler())
        GTEST_SKIP() << "poppler-utils not installed";
    DocumentSettings before;
    before.organisation = QStringLiteral("Nacka kommun");
    const DocumentSettingsGuard settings(before);
    WindowFixture fixture(2);
    const qint64 id = fixture.window().currentMeetingId();
    const Meeting meeting = MeetingRepository(fixture.database()).load(id).value();
    auto *approvals = fixture.window().findChild<ApprovalActions *>();
    ASSERT_NE(approvals, nullptr);
    ApprovalRequest request;
    request.by = {meeting.attendees.at(0).person.name};
    request.date = meeting.date;
    ASSERT_TRUE(approvals->approveWith(request).ok());
    const QByteArray stored = Approvals(fixture.database()).storedDocument(id).value();
    ASSERT_TRUE(stored.startsWith("%PDF"));

    // The organisation's settings change after approval; the exported PDF does not.
    DocumentSettings after;
    after.organisation = QStringLiteral("Värmdö kommun");
    after.footerText = QStringLiteral("Ny sidfot");
    QSettings changed;
    after.save(changed);
    changed.sync();
    fixture.dialogs.saveFile = fixture.path(QStringLiteral("exported.pdf"));
    fixture.actions().exportAction(MinutesExporter::Format::Pdf)->trigger();
    QFile exported(fixture.dialogs.saveFile);
    ASSERT_TRUE(exported.open(QIODevice::ReadOnly));
    EXPECT_EQ(exported.readAll(), stored);

    // Printed: the stored pages, drawn as they are (images, no fonts of their own), all of them.
    fixture.dialogs.printFile = fixture.path(QStringLiteral("printed.pdf"));
    fixture.actions().printAction()->trigger();
    EXPECT_EQ(fixture.dialogs.warnings, 0)
        << fixture.dialogs.messages.join(QLatin1Char('\n')).toStdString();
    EXPECT_EQ(pdfPages(fixture.dialogs.printFile), pdfPages(fixture.dialogs.saveFile));
    const QString text
        = runTool(QStringLiteral("pdftotext"), {fixture.dialogs.printFile, QStringLiteral("-")});
    EXPECT_FALSE(text.contains(QStringLiteral("Värmdö"))) << text.toStdString();
    EXPECT_TRUE(text.simplified().isEmpty()) << "the stored pages are printed as pictures";
}

// The minutes are printed in the archive's language (File → Settings…, kept in the archive),
// whatever language the window speaks: a Swedish group's minutes from an English program.
TEST(DocumentActions, TheMinutesArePrintedInTheArchivesLanguageChosenInTheSettings)
{
    if (!havePoppler())
        GTEST_SKIP() << "poppler-utils not installed";
    const DocumentSettingsGuard settings;
    WindowFixture fixture(1);
    ASSERT_EQ(ArchiveSettings(fixture.database()).documentLanguage().value(), QString());

    QString shown;
    QTimer::singleShot(0, [&] {
        auto *dialog = qobject_cast<DocumentSettingsDialog *>(QApplication::activeModalWidget());
        ASSERT_NE(dialog, nullptr);
        auto *language = test::child<QComboBox>(dialog, "documentLanguage");
        EXPECT_TRUE(language->isEnabled());
        shown = language->currentData().toString();
        language->setCurrentIndex(language->findData(QStringLiteral("sv")));
        dialog->accept();
    });
    fixture.actions().settingsAction()->trigger();
    // Not set yet, the archive showed the program's language.
    EXPECT_EQ(shown, Language::code(QLocale()));
    EXPECT_EQ(ArchiveSettings(fixture.database()).documentLanguage().value(), QStringLiteral("sv"));

    fixture.dialogs.printFile = fixture.path(QStringLiteral("printed.pdf"));
    fixture.actions().printAction()->trigger();
    ASSERT_EQ(fixture.dialogs.warnings, 0)
        << fixture.dialogs.messages.join(QLatin1Char('\n')).toStdString();
    const int pages = pdfPages(fixture.dialogs.printFile);
    ASSERT_GE(pages, 1);
    const QString text
        = runTool(QStringLiteral("pdftotext"), {fixture.dialogs.printFile, QStringLiteral("-")})
              .simplified();
    EXPECT_TRUE(text.contains(QStringLiteral("Sida %1 av %1").arg(pages))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("BESLUT"))) << text.toStdString();
    EXPECT_FALSE(text.contains(QStringLiteral("Page 1 of"))) << text.toStdString();
    // The window itself still speaks English.
    EXPECT_EQ(fixture.actions().printAction()->text(), QStringLiteral("&Print…"));
}

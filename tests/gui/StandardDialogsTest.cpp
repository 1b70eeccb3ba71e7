// Qt's own buttons and dialogs in the program's language. Qt 6 brings no Swedish for them, so
// Language::install loads ours (resources/translations/qt_extra_sv.ts) after Qt's; in English
// they stay Qt's. Real widgets, built as the program builds them.

#include "FindChild.h"
#include "Language.h"
#include "QtPrinting.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTextEdit>
#include <QToolButton>
#include <QTreeView>

#include <memory>

using namespace minutebook;

namespace {

class StandardDialogs : public ::testing::Test
{
protected:
    void speak(const char *language)
    {
        Language::install(*QCoreApplication::instance(), QString::fromLatin1(language));
    }
    void TearDown() override
    {
        // The rest of the process speaks English again, with the formats it had.
        speak("en");
        QLocale::setDefault(m_formats);
    }

private:
    const QLocale m_formats;
};

QStringList buttonTexts(
    const QDialogButtonBox &box, const QVector<QDialogButtonBox::StandardButton> &buttons)
{
    QStringList texts;
    for (const auto button : buttons)
        texts.append(box.button(button) ? box.button(button)->text() : QStringLiteral("(none)"));
    return texts;
}

QStringList actionTexts(const QList<QAction *> &actions)
{
    QStringList texts;
    // A menu shows an action's shortcut after a tab: "&Ångra\tCtrl+Z".
    for (const QAction *action : actions) {
        if (!action->isSeparator())
            texts.append(action->text().section(QLatin1Char('\t'), 0, 0));
    }
    return texts;
}

template<typename T>
QStringList texts(const QWidget &root, QString (T::*text)() const)
{
    QStringList found;
    const auto children = root.findChildren<T *>();
    for (const T *child : children)
        found.append((child->*text)());
    return found;
}

QStringList actionTexts(const QWidget &root)
{
    return actionTexts(root.findChildren<QAction *>());
}

} // namespace

TEST_F(StandardDialogs, ButtonBoxSpeaksSwedish)
{
    speak("sv");
    const QDialogButtonBox box(
        QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::Save);
    EXPECT_EQ(
        buttonTexts(box, {QDialogButtonBox::Ok, QDialogButtonBox::Cancel, QDialogButtonBox::Save}),
        QStringList({QStringLiteral("OK"), QStringLiteral("Avbryt"), QStringLiteral("Spara")}));
}

TEST_F(StandardDialogs, EveryStandardButtonSpeaksSwedish)
{
    speak("sv");
    // QPlatformTheme::defaultStandardButtonText, through a box holding every standard button.
    const QVector<QPair<QDialogButtonBox::StandardButton, const char *>> expected {
        {QDialogButtonBox::Ok, "OK"},
        {QDialogButtonBox::Save, "Spara"},
        {QDialogButtonBox::SaveAll, "Spara alla"},
        {QDialogButtonBox::Open, "Öppna"},
        {QDialogButtonBox::Yes, "&Ja"},
        {QDialogButtonBox::YesToAll, "Ja till &alla"},
        {QDialogButtonBox::No, "&Nej"},
        {QDialogButtonBox::NoToAll, "N&ej till alla"},
        {QDialogButtonBox::Abort, "Avbryt"},
        {QDialogButtonBox::Retry, "Försök igen"},
        {QDialogButtonBox::Ignore, "Ignorera"},
        {QDialogButtonBox::Close, "Stäng"},
        {QDialogButtonBox::Cancel, "Avbryt"},
        {QDialogButtonBox::Discard, "Förkasta"},
        {QDialogButtonBox::Help, "Hjälp"},
        {QDialogButtonBox::Apply, "Verkställ"},
        {QDialogButtonBox::Reset, "Återställ"},
        {QDialogButtonBox::RestoreDefaults, "Återställ standardvärden"},
    };
    QDialogButtonBox::StandardButtons all;
    for (const auto &button : expected)
        all |= button.first;
    const QDialogButtonBox box(all);
    for (const auto &button : expected) {
        ASSERT_TRUE(box.button(button.first));
        EXPECT_EQ(box.button(button.first)->text(), QString::fromUtf8(button.second));
    }
}

TEST_F(StandardDialogs, MessageBoxSpeaksSwedish)
{
    speak("sv");
    QMessageBox box(QMessageBox::Question, QStringLiteral("Fråga"), QStringLiteral("Text"),
        QMessageBox::Yes | QMessageBox::No | QMessageBox::Cancel);
    EXPECT_EQ(box.button(QMessageBox::Yes)->text(), QStringLiteral("&Ja"));
    EXPECT_EQ(box.button(QMessageBox::No)->text(), QStringLiteral("&Nej"));
    EXPECT_EQ(box.button(QMessageBox::Cancel)->text(), QStringLiteral("Avbryt"));
    box.setDetailedText(QStringLiteral("Detaljer"));
    EXPECT_TRUE(texts(box, &QPushButton::text).contains(QStringLiteral("Visa detaljer...")))
        << texts(box, &QPushButton::text).join(QLatin1Char('|')).toStdString();
    // QMessageBox::information and friends: one OK button.
    QMessageBox information(
        QMessageBox::Information, QStringLiteral("Info"), QStringLiteral("Text"), QMessageBox::Ok);
    EXPECT_EQ(information.button(QMessageBox::Ok)->text(), QStringLiteral("OK"));
}

TEST_F(StandardDialogs, TextMenusSpeakSwedish)
{
    speak("sv");
    const QStringList expected {QStringLiteral("&Ångra"), QStringLiteral("&Gör om"),
        QStringLiteral("Klipp &ut"), QStringLiteral("&Kopiera"), QStringLiteral("Klistra &in"),
        QStringLiteral("Ta bort"), QStringLiteral("Markera allt")};
    QLineEdit line(QStringLiteral("text"));
    const std::unique_ptr<QMenu> lineMenu(line.createStandardContextMenu());
    EXPECT_EQ(actionTexts(lineMenu->actions()), expected);
    QTextEdit text(QStringLiteral("text"));
    const std::unique_ptr<QMenu> textMenu(text.createStandardContextMenu());
    EXPECT_EQ(actionTexts(textMenu->actions()), expected);
}

TEST_F(StandardDialogs, FileDialogSpeaksSwedish)
{
    speak("sv");
    QTemporaryDir folder;
    // Qt's own dialog, as the program gets it without a platform's (offscreen, KDE with Qt 6).
    QFileDialog dialog(nullptr, QStringLiteral("Spara protokollet"), folder.path());
    dialog.setOption(QFileDialog::DontUseNativeDialog);
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    EXPECT_EQ(test::child<QLabel>(&dialog, "lookInLabel")->text(), QStringLiteral("Leta i:"));
    EXPECT_EQ(test::child<QLabel>(&dialog, "fileNameLabel")->text(), QStringLiteral("Fil&namn:"));
    EXPECT_EQ(
        test::child<QLabel>(&dialog, "fileTypeLabel")->text(), QStringLiteral("Filer av typen:"));
    EXPECT_EQ(
        test::child<QToolButton>(&dialog, "backButton")->toolTip(), QString::fromUtf8("Bakåt"));
    EXPECT_EQ(test::child<QToolButton>(&dialog, "toParentButton")->toolTip(),
        QString::fromUtf8("Överordnad mapp"));
    const auto *buttons = test::child<QDialogButtonBox>(&dialog, "buttonBox");
    EXPECT_EQ(buttonTexts(*buttons, {QDialogButtonBox::Save, QDialogButtonBox::Cancel}),
        QStringList({QStringLiteral("&Spara"), QStringLiteral("Avbryt")}));
    const QAbstractItemModel *files = test::child<QTreeView>(&dialog, "treeView")->model();
    QStringList columns;
    for (int column = 0; column < files->columnCount(); ++column)
        columns.append(files->headerData(column, Qt::Horizontal).toString());
    EXPECT_EQ(columns,
        QStringList({QStringLiteral("Namn"), QStringLiteral("Storlek"), QStringLiteral("Typ"),
            QString::fromUtf8("Ändrad")}));
    EXPECT_TRUE(actionTexts(dialog).contains(QStringLiteral("&Ny mapp")));
}

TEST_F(StandardDialogs, PrintDialogsSpeakSwedish)
{
    speak("sv");
    QPrinter printer;
    QPrintDialog print(&printer);
    EXPECT_EQ(print.windowTitle(), QStringLiteral("Skriv ut"));
    const QStringList buttons = texts(print, &QPushButton::text);
    EXPECT_TRUE(buttons.contains(QStringLiteral("Skriv &ut")))
        << buttons.join(QLatin1Char('|')).toStdString();
    EXPECT_TRUE(buttons.contains(QStringLiteral("&Egenskaper")))
        << buttons.join(QLatin1Char('|')).toStdString();
    EXPECT_TRUE(buttons.contains(QStringLiteral("Avbryt")))
        << buttons.join(QLatin1Char('|')).toStdString();
    const QStringList groups = texts(print, &QGroupBox::title);
    EXPECT_TRUE(groups.contains(QStringLiteral("Skrivare")))
        << groups.join(QLatin1Char('|')).toStdString();
    EXPECT_TRUE(groups.contains(QStringLiteral("Utskriftsintervall")))
        << groups.join(QLatin1Char('|')).toStdString();

    QPrintPreviewDialog preview(&printer);
    EXPECT_EQ(preview.windowTitle(), QStringLiteral("Förhandsgranskning"));
    const QStringList actions = actionTexts(preview);
    for (const char *text : {"Skriv ut", "Sidinställningar", "Zooma in", "Zooma ut", "Första sidan",
             "Föregående sida", "Nästa sida", "Sista sidan", "Stående", "Liggande"})
        EXPECT_TRUE(actions.contains(QString::fromUtf8(text)))
            << text << " in " << actions.join(QLatin1Char('|')).toStdString();
}

TEST_F(StandardDialogs, EnglishKeepsQtTexts)
{
    speak("en");
    const QDialogButtonBox box(
        QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::Save);
    EXPECT_EQ(
        buttonTexts(box, {QDialogButtonBox::Ok, QDialogButtonBox::Cancel, QDialogButtonBox::Save}),
        QStringList({QStringLiteral("OK"), QStringLiteral("Cancel"), QStringLiteral("Save")}));
    QLineEdit line(QStringLiteral("text"));
    const std::unique_ptr<QMenu> menu(line.createStandardContextMenu());
    EXPECT_EQ(actionTexts(menu->actions()).constFirst(), QStringLiteral("&Undo"));
}

TEST_F(StandardDialogs, ChangingLanguageReplacesTheTranslators)
{
    speak("sv");
    speak("en");
    const QDialogButtonBox box(QDialogButtonBox::Cancel);
    EXPECT_EQ(box.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("Cancel"));
    speak("sv");
    const QDialogButtonBox again(QDialogButtonBox::Cancel);
    EXPECT_EQ(again.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("Avbryt"));
}

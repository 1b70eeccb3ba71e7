// The shipped translations: Swedish complete (ours and ours of Qt's dialogs), English plurals
// filled, and the GUI really in Swedish when the Swedish translation is installed.

#include "FakeDialogs.h"
#include "FindChild.h"
#include "MainWindow.h"
#include "MeetingListModel.h"
#include "MeetingListView.h"
#include "MeetingSessions.h"
#include "QtPrinting.h"
#include "TestDatabase.h"
#include "WarningCollector.h"

#include <QFile>
#include <QMenuBar>
#include <QRegularExpression>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace minutebook;

namespace {
struct TsMessage
{
    QString context;
    QString source;
    QString comment;
    QString translation;
    bool unfinished = false;
    bool plural = false;
    QStringList forms;
};

QVector<TsMessage> readTs(const QString &file)
{
    QFile f(QStringLiteral(MINUTEBOOK_TRANSLATIONS "/") + file);
    EXPECT_TRUE(f.open(QIODevice::ReadOnly)) << file.toStdString();
    QVector<TsMessage> messages;
    QString context;
    QXmlStreamReader xml(&f);
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("message")) {
            messages.append(TsMessage());
            messages.last().context = context;
            messages.last().plural
                = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        } else if (xml.name() == QLatin1String("source") && !messages.isEmpty()) {
            messages.last().source = xml.readElementText();
        } else if (xml.name() == QLatin1String("comment") && !messages.isEmpty()) {
            messages.last().comment = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation") && !messages.isEmpty()) {
            const auto type = xml.attributes().value(QLatin1String("type"));
            messages.last().unfinished = type == QLatin1String("unfinished")
                || type == QLatin1String("obsolete") || type == QLatin1String("vanished");
            if (!messages.last().plural)
                messages.last().translation = xml.readElementText();
        } else if (xml.name() == QLatin1String("numerusform") && !messages.isEmpty()) {
            messages.last().forms.append(xml.readElementText());
        }
    }
    EXPECT_FALSE(xml.hasError()) << xml.errorString().toStdString();
    return messages;
}
} // namespace

TEST(Translations, SwedishIsComplete)
{
    const QVector<TsMessage> messages = readTs(QStringLiteral("minutebook_sv.ts"));
    EXPECT_GT(messages.size(), 50);
    for (const TsMessage &m : messages) {
        EXPECT_FALSE(m.unfinished) << m.source.toStdString();
        if (m.plural) {
            EXPECT_EQ(m.forms.size(), 2) << m.source.toStdString();
            for (const QString &form : m.forms)
                EXPECT_FALSE(form.isEmpty()) << m.source.toStdString();
        } else {
            EXPECT_FALSE(m.translation.isEmpty()) << m.source.toStdString();
        }
    }
}

// Ours of Qt's standard buttons and dialogs (Qt 6 has no Swedish of its own): every message
// translated, placeholders, line breaks and one mnemonic at most kept, and compiled into :/i18n.
TEST(Translations, SwedishOfQtDialogsIsComplete)
{
    const QVector<TsMessage> messages = readTs(QStringLiteral("qt_extra_sv.ts"));
    EXPECT_GT(messages.size(), 200);
    QTranslator compiled;
    ASSERT_TRUE(compiled.load(QStringLiteral(":/i18n/qt_extra_sv.qm")));
    const QRegularExpression placeholder(QStringLiteral("%\\d"));
    const auto placeholders = [&placeholder](const QString &text) {
        QStringList found;
        for (auto it = placeholder.globalMatch(text); it.hasNext();)
            found.append(it.next().captured());
        found.sort();
        return found;
    };
    const auto mnemonics = [](const QString &text) {
        return text.count(QLatin1Char('&')) - 2 * text.count(QStringLiteral("&&"));
    };
    for (const TsMessage &m : messages) {
        const std::string where = (m.context + QStringLiteral(": ") + m.source).toStdString();
        EXPECT_FALSE(m.unfinished) << where;
        EXPECT_FALSE(m.plural) << where;
        EXPECT_FALSE(m.translation.isEmpty()) << where;
        EXPECT_EQ(placeholders(m.translation), placeholders(m.source)) << where;
        EXPECT_EQ(m.translation.count(QLatin1Char('\n')), m.source.count(QLatin1Char('\n')))
            << where;
        EXPECT_LE(mnemonics(m.translation), 1) << where;
        EXPECT_EQ(mnemonics(m.translation) == 1, mnemonics(m.source) == 1) << where;
        const QByteArray comment = m.comment.toUtf8();
        EXPECT_EQ(compiled.translate(m.context.toUtf8().constData(), m.source.toUtf8().constData(),
                      comment.isEmpty() ? nullptr : comment.constData()),
            m.translation)
            << where;
    }
}

TEST(Translations, EnglishHasEveryPluralForm)
{
    const QVector<TsMessage> messages = readTs(QStringLiteral("minutebook_en.ts"));
    EXPECT_GT(messages.size(), 50);
    for (const TsMessage &m : messages) {
        if (!m.plural)
            continue;
        EXPECT_EQ(m.forms.size(), 2) << m.source.toStdString();
        for (const QString &form : m.forms)
            EXPECT_FALSE(form.isEmpty()) << m.source.toStdString();
        EXPECT_FALSE(m.unfinished) << m.source.toStdString();
    }
}

TEST(Translations, EnglishPluralsCount)
{
    QTranslator english;
    ASSERT_TRUE(english.load(QStringLiteral(":/i18n/minutebook_en.qm")));
    QCoreApplication::installTranslator(&english);
    const QString one = MainWindow::tr("%Ln meeting(s)", nullptr, 1);
    const QString many = MainWindow::tr("%Ln meeting(s)", nullptr, 24);
    QCoreApplication::removeTranslator(&english);
    EXPECT_EQ(one, QStringLiteral("1 meeting"));
    EXPECT_EQ(many, QStringLiteral("24 meetings"));
}

TEST(Translations, TheMainWindowSpeaksSwedish)
{
    QTranslator swedish;
    ASSERT_TRUE(swedish.load(QStringLiteral(":/i18n/minutebook_sv.qm")));
    QCoreApplication::installTranslator(&swedish);
    {
        const auto db = test::generatedDatabase(30);
        ASSERT_TRUE(db);
        test::FakeDialogs dialogs;
        MeetingSessions sessions(*db);
        MainWindow window(sessions, dialogs);
        window.start();
        QStringList menus;
        const auto actions = window.menuBar()->actions();
        for (const QAction *action : actions)
            menus.append(action->text());
        EXPECT_EQ(menus,
            QStringList({QStringLiteral("&Arkiv"), QStringLiteral("&Redigera"),
                QString::fromUtf8("&Möte"), QStringLiteral("&Visa"), QString::fromUtf8("&Hjälp")}));
        const MeetingListModel *model
            = test::child<MeetingListView>(&window, "meetingList")->model();
        EXPECT_EQ(model->headerData(0, Qt::Horizontal).toString(), QStringLiteral("Datum"));
        EXPECT_EQ(model->headerData(1, Qt::Horizontal).toString(), QStringLiteral("Grupp"));
        EXPECT_EQ(model->headerData(2, Qt::Horizontal).toString(), QStringLiteral("Plats"));
        EXPECT_EQ(MainWindow::tr("%Ln meeting(s)", nullptr, 1), QString::fromUtf8("1 möte"));
        EXPECT_EQ(MainWindow::tr("%Ln meeting(s)", nullptr, 30), QString::fromUtf8("30 möten"));
        // Large counts in Swedish digit groups (a no-break space), as the status bar shows them.
        const QLocale before;
        QLocale::setDefault(QLocale(QLocale::Swedish, QLocale::Sweden));
        EXPECT_EQ(MainWindow::tr("%Ln meeting(s)", nullptr, 100010),
            QString::fromUtf8("100\u00a0010 möten"));
        QLocale::setDefault(before);
    }
    QCoreApplication::removeTranslator(&swedish);
}

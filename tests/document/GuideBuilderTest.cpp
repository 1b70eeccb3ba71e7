// The user guide built into HTML (GuideBuilder): every section reachable from the contents, the
// page's language and title set, pictures copied beside it, a picture that is not there refused
// with the page's name; and the guide in docs/guide builds in both languages with every task.

#include "GuideBuilder.h"

#include <QImage>
#include <QRegularExpression>

#include <gtest/gtest.h>

using namespace minutebook;

namespace {
QString readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

QStringList matches(const QString &text, const QString &pattern)
{
    QStringList out;
    for (auto m = QRegularExpression(pattern).globalMatch(text); m.hasNext();)
        out << m.next().captured(1);
    return out;
}
} // namespace

TEST(GuideBuilder, EverySectionIsInTheContentsAndHasItsAnchor)
{
    const QString html = GuideBuilder::toHtml(
        QStringLiteral("# Handbok\n\nInledning.\n\n## Skriva under mötet\n\nText.\n\n"
                       "### Närvaro\n\nMer.\n\n## Hitta ett beslut\n\nSlut.\n"),
        QStringLiteral("sv"));
    EXPECT_TRUE(html.contains(QStringLiteral("<html lang=\"sv\">"))) << html.toStdString();
    EXPECT_TRUE(html.contains(QStringLiteral("<title>Handbok</title>")));
    EXPECT_TRUE(html.contains(QStringLiteral("Innehåll")));
    const QStringList links = matches(html, QStringLiteral("<a href=\"#([^\"]+)\">"));
    EXPECT_EQ(links,
        QStringList({QStringLiteral("skriva-under-mötet"), QStringLiteral("hitta-ett-beslut")}));
    for (const QString &link : links)
        EXPECT_TRUE(html.contains(QStringLiteral("name=\"%1\"").arg(link))) << link.toStdString();
    EXPECT_TRUE(html.contains(QStringLiteral("name=\"närvaro\""))) << "third-level anchors too";
    // The contents come after the introduction, before the first section.
    EXPECT_LT(html.indexOf(QStringLiteral("Inledning")), html.indexOf(QStringLiteral("Innehåll")));
    EXPECT_LT(html.indexOf(QStringLiteral("Innehåll")), html.indexOf(QStringLiteral("Text.")));
}

TEST(GuideBuilder, PicturesAreCopiedAndAMissingOneNamesThePage)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString source = dir.filePath(QStringLiteral("guide"));
    const QString output = dir.filePath(QStringLiteral("out"));
    // As wide as a screen: shown a page wide, its height in proportion.
    QImage picture(1520, 380, QImage::Format_RGB32);
    picture.fill(Qt::white);
    ASSERT_TRUE(QDir().mkpath(source + QStringLiteral("/en/images")));
    ASSERT_TRUE(picture.save(source + QStringLiteral("/en/images/window.png")));
    ASSERT_TRUE(writeFile(source + QStringLiteral("/en/index.md"),
        "# Guide\n\n## Writing\n\n![The window](images/window.png)\n"));
    const Status built = GuideBuilder::build(source, output);
    ASSERT_TRUE(built.ok()) << built.error().toStdString();
    const QString html = readAll(output + QStringLiteral("/en/index.html"));
    EXPECT_TRUE(html.contains(QStringLiteral("images/window.png")));
    EXPECT_TRUE(html.contains(QStringLiteral("width=\"700\""))
        && html.contains(QStringLiteral("height=\"175\"")))
        << html.toStdString();
    EXPECT_FALSE(QImage(output + QStringLiteral("/en/images/window.png")).isNull());

    ASSERT_TRUE(writeFile(source + QStringLiteral("/en/index.md"),
        "# Guide\n\n## Writing\n\n![The window](images/gone.png)\n"));
    const Status missing = GuideBuilder::build(source, output);
    ASSERT_FALSE(missing.ok());
    EXPECT_TRUE(missing.error().contains(QStringLiteral("en/index.md")))
        << missing.error().toStdString();
    EXPECT_TRUE(missing.error().contains(QStringLiteral("images/gone.png")));
}

// The guide itself: both languages build, with the tasks the guide promises as sections and a
// picture on every page that exists.
TEST(GuideBuilder, TheGuideBuildsInSwedishAndEnglishWithItsTasks)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const Status built = GuideBuilder::build(QStringLiteral(MINUTEBOOK_GUIDE_SOURCE), dir.path());
    ASSERT_TRUE(built.ok()) << built.error().toStdString();
    for (const char *language : {"sv", "en"}) {
        const QString html
            = readAll(dir.filePath(QLatin1String(language) + QStringLiteral("/index.html")));
        ASSERT_FALSE(html.isEmpty()) << language;
        EXPECT_TRUE(
            html.contains(QStringLiteral("<html lang=\"%1\">").arg(QLatin1String(language))));
        // Eight tasks, each linked from the contents.
        EXPECT_GE(matches(html, QStringLiteral("<a href=\"#([^\"]+)\">")).size(), 8) << language;
        const QStringList pictures = matches(html, QStringLiteral("<img src=\"([^\"]+)\""));
        EXPECT_GE(pictures.size(), 4) << language;
        for (const QString &picture : pictures)
            EXPECT_FALSE(
                QImage(dir.filePath(QLatin1String(language) + QLatin1Char('/') + picture)).isNull())
                << language << " " << picture.toStdString();
    }
}

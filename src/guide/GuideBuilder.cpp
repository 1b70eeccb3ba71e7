#include "GuideBuilder.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFragment>

namespace minutebook {

namespace {
// "Skriva anteckningar under mötet" → "skriva-anteckningar-under-motet"-like ids: letters and
// digits kept (å, ä, ö too: HTML ids may hold them), the rest one dash.
QString anchorFor(const QString &heading)
{
    QString id;
    for (const QChar c : heading.toLower()) {
        if (c.isLetterOrNumber())
            id += c;
        else if (!id.isEmpty() && !id.endsWith(QLatin1Char('-')))
            id += QLatin1Char('-');
    }
    while (id.endsWith(QLatin1Char('-')))
        id.chop(1);
    return id;
}

constexpr int maxPictureWidth = 700;

const char *contentsTitle(const QString &language)
{
    return language == QLatin1String("sv") ? "Innehåll" : "Contents";
}

// The guide's own look, the same in a browser and in the program's help window: readable
// line length, the screenshots scaled down with their page.
const char *styleSheet = "body { font-family: sans-serif !important; font-size: 12pt !important; "
                         "max-width: 52em; margin: 1em auto; padding: 0 1em; line-height: 1.45; }\n"
                         "img { max-width: 100%; height: auto; }\n"
                         "code, kbd { font-family: monospace; }\n";
} // namespace

QString GuideBuilder::toHtml(
    const QString &markdown, const QString &language, const QString &pageFolder)
{
    QTextDocument document;
    document.setMarkdown(markdown, QTextDocument::MarkdownDialectGitHub);
    // Screenshots are as wide as the screen they were taken on: shown at most a page wide
    // (in the help window too, which knows no CSS max-width).
    if (!pageFolder.isEmpty()) {
        for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
            for (auto it = block.begin(); !it.atEnd(); ++it) {
                const QTextFragment fragment = it.fragment();
                QTextImageFormat image = fragment.charFormat().toImageFormat();
                if (!image.isValid())
                    continue;
                const QSize size = QImageReader(QDir(pageFolder).filePath(image.name())).size();
                if (!size.isValid() || size.width() <= maxPictureWidth)
                    continue;
                image.setWidth(maxPictureWidth);
                image.setHeight(qreal(size.height()) * maxPictureWidth / size.width());
                QTextCursor cursor(&document);
                cursor.setPosition(fragment.position());
                cursor.setPosition(
                    fragment.position() + fragment.length(), QTextCursor::KeepAnchor);
                cursor.setCharFormat(image);
            }
        }
    }
    QString title;
    QStringList contents;
    // Every heading gets an anchor; the second level makes the contents list.
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        const int level = block.blockFormat().headingLevel();
        if (level == 0)
            continue;
        const QString text = block.text().trimmed();
        if (level == 1 && title.isEmpty())
            title = text;
        const QString id = anchorFor(text);
        QTextCursor cursor(block);
        cursor.setPosition(block.position());
        cursor.setPosition(block.position() + block.length() - 1, QTextCursor::KeepAnchor);
        QTextCharFormat anchor;
        anchor.setAnchor(true);
        anchor.setAnchorNames({id});
        cursor.mergeCharFormat(anchor);
        if (level == 2)
            contents
                << QStringLiteral("<li><a href=\"#%1\">%2</a></li>").arg(id, text.toHtmlEscaped());
    }
    document.setMetaInformation(QTextDocument::DocumentTitle, title);
    QString html = document.toHtml();
    html.replace(QStringLiteral("<html>"), QStringLiteral("<html lang=\"%1\">").arg(language));
    html.replace(
        QStringLiteral("</style>"), QString::fromLatin1(styleSheet) + QStringLiteral("</style>"));
    if (!contents.isEmpty()) {
        // After the first heading and its introduction: before the first section.
        const QString list = QStringLiteral("<h2>%1</h2>\n<ul>\n%2\n</ul>\n")
                                 .arg(QString::fromUtf8(contentsTitle(language)),
                                     contents.join(QLatin1Char('\n')));
        const QRegularExpression firstSection(QStringLiteral("<h2[ >]"));
        const qsizetype at = html.indexOf(firstSection);
        if (at >= 0)
            html.insert(at, list);
    }
    return html;
}

Status GuideBuilder::build(const QString &sourceDir, const QString &outputDir)
{
    const QDir source(sourceDir);
    const QStringList languages = source.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    if (languages.isEmpty())
        return Status::failure(QStringLiteral("%1 holds no guide").arg(sourceDir));
    for (const QString &language : languages) {
        const QString page = source.filePath(language + QStringLiteral("/index.md"));
        QFile in(page);
        if (!in.open(QIODevice::ReadOnly))
            return Status::failure(QStringLiteral("%1: %2").arg(page, in.errorString()));
        const QString markdown = QString::fromUtf8(in.readAll());
        // Every image the page shows must be there.
        static const QRegularExpression image(QStringLiteral(R"(!\[[^\]]*\]\(([^)\s]+)\))"));
        for (auto m = image.globalMatch(markdown); m.hasNext();) {
            const QString file = m.next().captured(1);
            if (!QFileInfo::exists(source.filePath(language + QLatin1Char('/') + file)))
                return Status::failure(
                    QStringLiteral("%1 shows %2, which is not there").arg(page, file));
        }
        const QDir out(QDir(outputDir).filePath(language));
        if (!QDir().mkpath(out.filePath(QStringLiteral("images"))))
            return Status::failure(QStringLiteral("cannot make %1").arg(out.path()));
        QSaveFile html(out.filePath(QStringLiteral("index.html")));
        if (!html.open(QIODevice::WriteOnly))
            return Status::failure(
                QStringLiteral("%1: %2").arg(html.fileName(), html.errorString()));
        html.write(toHtml(markdown, language, source.filePath(language)).toUtf8());
        if (!html.commit())
            return Status::failure(
                QStringLiteral("%1: %2").arg(html.fileName(), html.errorString()));
        const QDir images(source.filePath(language + QStringLiteral("/images")));
        for (const QString &name : images.entryList(QDir::Files)) {
            const QString target = out.filePath(QStringLiteral("images/") + name);
            QFile::remove(target);
            if (!QFile::copy(images.filePath(name), target))
                return Status::failure(QStringLiteral("cannot copy %1").arg(images.filePath(name)));
        }
    }
    return {};
}

} // namespace minutebook

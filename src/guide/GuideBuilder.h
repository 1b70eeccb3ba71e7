#pragma once

// The user guide as HTML: each language's Markdown (docs/guide/LANG/index.md) through Qt's own
// Markdown reader (QTextDocument::setMarkdown) into one HTML page, with a contents list linking
// every section and the page's language and title set; its screenshots are copied beside it.
// Run at build time by minutebook-guide; the program's Help → User Guide shows the result.

#include "Result.h"

#include <QString>

namespace minutebook {

class GuideBuilder
{
public:
    /// `markdown` in `language` ("sv", "en") as a whole HTML page; pictures wider than a page
    /// are shown a page wide (read from `pageFolder`, the folder the page's links start from).
    static QString toHtml(
        const QString &markdown, const QString &language, const QString &pageFolder = {});
    /// Builds `sourceDir/LANG/index.md` into `outputDir/LANG/index.html` and copies
    /// `sourceDir/LANG/images/` to `outputDir/LANG/images/`, for every language folder there.
    /// Fails, naming the file, when a page cannot be read or written or names an image that
    /// is not there.
    static Status build(const QString &sourceDir, const QString &outputDir);
};

} // namespace minutebook

#pragma once

// Lines of text taken from a PDF, made regular: odd spaces (non-breaking, thin, tabs) become
// one plain space, Symbol-font bullets from the private use area become "•" (or "▪" for the
// square third-level one), zero-width characters go, and page furniture is flagged as junk.

#include <QString>
#include <QVector>

namespace minutebook {

struct SourceLine
{
    int number = 0; ///< 1-based line in the file
    QString text; ///< normalised and trimmed; empty for a blank line
    bool junk = false; ///< page furniture (address, phone, mail link, page number, header)
    bool pageStart = false; ///< first line after a form feed

    bool isBlank() const { return text.isEmpty(); }
};

class LineCleaner
{
public:
    /// One line made regular (see the class comment); trimmed, inner spaces collapsed.
    static QString normalise(const QString &line);

    /// The text (with "\n" line ends) as numbered, normalised lines with junk flagged.
    static QVector<SourceLine> split(const QString &text);
};

} // namespace minutebook

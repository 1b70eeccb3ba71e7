#pragma once

// Bytes of a text file to a QString. UTF-8 when the bytes are valid UTF-8, UTF-16 when a byte
// order mark says so, otherwise Windows-1252 (what older Windows tools wrote; for printable text
// a superset of Latin-1, with quotes, dashes and bullets at 0x80-0x9F). Line ends become "\n"
// and a byte order mark is dropped, so line numbers match what an editor shows.

#include "ImportResult.h"
#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace minutebook {

struct DecodedText
{
    QString text;
    TextEncoding encoding = TextEncoding::Utf8;
};

class TextDecoder
{
    Q_DECLARE_TR_FUNCTIONS(minutebook::TextDecoder)

public:
    /// Fails for empty input and for binary data (NUL bytes, many control characters).
    [[nodiscard]] static Result<DecodedText> decode(const QByteArray &bytes);

    /// Windows-1252; the five bytes it leaves undefined become U+FFFD.
    static QString fromWindows1252(const QByteArray &bytes);

    /// CRLF, CR and the Unicode line and paragraph separators become "\n".
    static QString normaliseLineEnds(const QString &text);

private:
    static bool looksBinary(const QString &text);
};

} // namespace minutebook

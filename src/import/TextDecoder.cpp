#include "TextDecoder.h"

#include <QStringDecoder>

#include <algorithm>
#include <optional>

namespace minutebook {

namespace {
// Windows-1252 at 0x80-0x9F; 0 where the code page defines nothing.
constexpr char16_t windows1252High[32] = {
    0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, // 0x80
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0, // 0x88
    0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, // 0x90
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178, // 0x98
};

bool startsWith(const QByteArray &bytes, const char *prefix, int length)
{
    return bytes.size() >= length && std::equal(prefix, prefix + length, bytes.constData());
}

std::optional<QString> decodeStrict(QStringConverter::Encoding encoding, QByteArrayView bytes)
{
    QStringDecoder decoder(encoding, QStringConverter::Flag::Stateless);
    QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return std::nullopt;
    return text;
}
} // namespace

Result<DecodedText> TextDecoder::decode(const QByteArray &bytes)
{
    if (bytes.trimmed().isEmpty())
        return Result<DecodedText>::failure(tr("The file is empty."));

    DecodedText out;
    if (startsWith(bytes, "\xFF\xFE", 2) || startsWith(bytes, "\xFE\xFF", 2)) {
        const auto encoding
            = bytes.at(0) == '\xFF' ? QStringConverter::Utf16LE : QStringConverter::Utf16BE;
        const auto text = decodeStrict(encoding, QByteArrayView(bytes).sliced(2));
        if (!text)
            return Result<DecodedText>::failure(
                tr("The file says it is UTF-16 text but is not; it cannot be read as minutes."));
        out.text = *text;
        out.encoding = TextEncoding::Utf16;
    } else if (bytes.contains('\0')) {
        return Result<DecodedText>::failure(
            tr("The file contains binary data (NUL bytes); it is not a plain-text minutes file."));
    } else if (const auto text = decodeStrict(QStringConverter::Utf8, bytes)) {
        out.text = *text;
        out.encoding = TextEncoding::Utf8;
    } else {
        out.text = fromWindows1252(bytes);
        out.encoding = TextEncoding::Windows1252;
    }
    if (out.text.startsWith(QChar(0xFEFF)))
        out.text.remove(0, 1);
    out.text = normaliseLineEnds(out.text);
    if (out.text.trimmed().isEmpty())
        return Result<DecodedText>::failure(tr("The file is empty."));
    if (looksBinary(out.text))
        return Result<DecodedText>::failure(
            tr("The file contains binary data (control characters); it is not a plain-text "
               "minutes file."));
    return out;
}

QString TextDecoder::fromWindows1252(const QByteArray &bytes)
{
    QString out(bytes.size(), Qt::Uninitialized);
    QChar *dst = out.data();
    for (const char c : bytes) {
        const auto byte = static_cast<unsigned char>(c);
        char16_t unit = byte;
        if (byte >= 0x80 && byte < 0xA0)
            unit = windows1252High[byte - 0x80] != 0 ? windows1252High[byte - 0x80] : 0xFFFD;
        *dst++ = QChar(unit);
    }
    return out;
}

QString TextDecoder::normaliseLineEnds(const QString &text)
{
    const bool plain = !text.contains(QLatin1Char('\r')) && !text.contains(QChar(0x2028))
        && !text.contains(QChar(0x2029));
    if (plain)
        return text;
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\r')) {
            out += QLatin1Char('\n');
            if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
        } else if (c == QChar(0x2028) || c == QChar(0x2029)) {
            out += QLatin1Char('\n');
        } else {
            out += c;
        }
    }
    return out;
}

bool TextDecoder::looksBinary(const QString &text)
{
    // Text taken from PDFs has the odd control character; a binary file has many.
    qsizetype odd = 0;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        const bool control = (u < 0x20 && u != u'\n' && u != u'\t' && u != u'\f' && u != u'\v')
            || u == 0x7F || u == 0xFFFD || u == 0xFFFE || u == 0xFFFF;
        if (control)
            ++odd;
    }
    return odd > qMax<qsizetype>(2, text.size() / 100);
}

} // namespace minutebook

#include "TextDecoder.h"

#include <gtest/gtest.h>

using namespace minutebook;

namespace {
QString decoded(const QByteArray &bytes)
{
    const auto result = TextDecoder::decode(bytes);
    EXPECT_TRUE(result.ok()) << result.error().toStdString();
    return result.ok() ? result->text : QString();
}
} // namespace

TEST(TextDecoder, ValidUtf8IsReadAsUtf8AndLosesItsBom)
{
    const auto result = TextDecoder::decode(QByteArray("\xEF\xBB\xBF"
                                                       "Frånvarande: Åsa"));
    ASSERT_TRUE(result.ok());
    EXPECT_EQ(result->encoding, TextEncoding::Utf8);
    EXPECT_EQ(result->text, QString::fromUtf8("Frånvarande: Åsa"));
}

TEST(TextDecoder, LineEndsBecomeNewlines)
{
    EXPECT_EQ(decoded("a\r\nb\rc\nd\r\n"), QStringLiteral("a\nb\nc\nd\n"));
    EXPECT_EQ(decoded("a\r\rb"), QStringLiteral("a\n\nb"));
    EXPECT_EQ(
        TextDecoder::normaliseLineEnds(QStringLiteral("a") + QChar(0x2028) + QStringLiteral("b")),
        QStringLiteral("a\nb"));
}

TEST(TextDecoder, InvalidUtf8IsReadAsWindows1252)
{
    // "Frånvarande – Åsa • “citat” €" in Windows-1252: 0x96 is an en dash and 0x95 a
    // bullet there, not C1 control characters as in ISO-8859-1.
    const QByteArray bytes("Fr\xE5nvarande \x96 \xC5sa \x95 \x93"
                           "citat\x94 \x80");
    const auto result = TextDecoder::decode(bytes);
    ASSERT_TRUE(result.ok());
    EXPECT_EQ(result->encoding, TextEncoding::Windows1252);
    EXPECT_EQ(result->text, QString::fromUtf8("Frånvarande – Åsa • “citat” €"));
}

TEST(TextDecoder, UndefinedWindows1252BytesBecomeReplacementCharacters)
{
    EXPECT_EQ(TextDecoder::fromWindows1252(QByteArray("a\x81"
                                                      "b")),
        QStringLiteral("a") + QChar(0xFFFD) + QStringLiteral("b"));
}

TEST(TextDecoder, Utf16WithBomIsRead)
{
    const QString text = QString::fromUtf8("Deltagare LG: Åsa");
    QByteArray bytes("\xFF\xFE");
    for (const QChar c : text) {
        bytes += char(c.unicode() & 0xFF);
        bytes += char(c.unicode() >> 8);
    }
    const auto result = TextDecoder::decode(bytes);
    ASSERT_TRUE(result.ok()) << result.error().toStdString();
    EXPECT_EQ(result->encoding, TextEncoding::Utf16);
    EXPECT_EQ(result->text, text);
}

TEST(TextDecoder, EmptyAndBinaryInputFailWithAMessage)
{
    for (const QByteArray &bytes :
        {QByteArray(), QByteArray(" \r\n\t "), QByteArray("\xEF\xBB\xBF")}) {
        const auto result = TextDecoder::decode(bytes);
        EXPECT_FALSE(result.ok());
        EXPECT_TRUE(result.error().contains(QStringLiteral("empty")))
            << result.error().toStdString();
    }
    const auto nul = TextDecoder::decode(QByteArray("PK\x03\x04\0\0\x14\0", 8));
    EXPECT_FALSE(nul.ok());
    EXPECT_TRUE(nul.error().contains(QStringLiteral("binary")));

    QByteArray controls;
    for (int i = 0; i < 200; ++i)
        controls += char(1 + i % 8);
    const auto binary = TextDecoder::decode(controls);
    EXPECT_FALSE(binary.ok());
    EXPECT_TRUE(binary.error().contains(QStringLiteral("binary")));
}

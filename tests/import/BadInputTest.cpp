// Files that are not minutes fail with a message a user can act on, never with a meeting
// made up from noise.

#include "MinutesImporter.h"

#include <QBuffer>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace minutebook;

namespace {
void expectFailure(const Result<ImportResult> &result, const char *fragment)
{
    ASSERT_FALSE(result.ok());
    EXPECT_TRUE(result.error().contains(QString::fromUtf8(fragment), Qt::CaseInsensitive))
        << result.error().toStdString();
}
} // namespace

TEST(BadInput, EmptyFiles)
{
    expectFailure(MinutesImporter::importBytes(QByteArray()), "empty");
    expectFailure(MinutesImporter::importBytes(QByteArray("\n\n  \r\n")), "empty");
    expectFailure(MinutesImporter::importText(QString()), "empty");
}

TEST(BadInput, BinaryFiles)
{
    QByteArray pdf("%PDF-1.7\n%\xE2\xE3\xCF\xD3\n1 0 obj\n<< /Type /Catalog >>\nstream\n");
    pdf += QByteArray(64, '\0');
    expectFailure(MinutesImporter::importBytes(pdf), "binary");
    QByteArray noise;
    for (int i = 0; i < 4096; ++i)
        noise += char((i * 73 + 11) % 255 + 1);
    expectFailure(MinutesImporter::importBytes(noise), "binary");
}

TEST(BadInput, TextWithoutAnyStructureIsNotMinutes)
{
    expectFailure(MinutesImporter::importBytes(
                      "Det var en gång en katt som hette Måns.\nHan bodde i en stuga vid sjön.\n"),
        "does not look like minutes");
    expectFailure(
        MinutesImporter::importBytes("int main() { return 0; }\n"), "does not look like minutes");
}

TEST(BadInput, TooLargeFiles)
{
    const QByteArray big(int(MinutesImporter::maxFileSize) + 10, 'a');
    expectFailure(MinutesImporter::importBytes(big), "too large");
    QBuffer buffer;
    buffer.setData(big);
    expectFailure(MinutesImporter::importFile(buffer), "too large");
}

TEST(BadInput, UnreadableDevicesAndMissingFiles)
{
    QTemporaryDir dir;
    expectFailure(
        MinutesImporter::importPath(dir.filePath(QStringLiteral("missing.txt"))), "missing.txt");
    QBuffer writeOnly;
    ASSERT_TRUE(writeOnly.open(QIODevice::WriteOnly));
    expectFailure(MinutesImporter::importFile(writeOnly), "cannot be read");
}

TEST(BadInput, AClosedDeviceIsOpenedForReading)
{
    QBuffer buffer;
    buffer.setData("2024-02-06\n\n1. Punkt\n\nText.\n");
    const auto result = MinutesImporter::importFile(buffer);
    ASSERT_TRUE(result.ok()) << result.error().toStdString();
    EXPECT_EQ(result->meeting.date, QDate(2024, 2, 6));
}

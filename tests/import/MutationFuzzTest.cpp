// Randomized mutation fuzzing of the importer, run by ctest: thousands of damaged inputs (byte
// flips, inserted and deleted bytes, shuffled and repeated lines, truncation, random Unicode).
// Each must give a meeting or a clean failure with a message; never a crash (the sanitizer
// build turns memory errors and undefined behaviour into failures).

#include "ImportTestSupport.h"
#include "MinutesImporter.h"
#include "MinutesTextWriter.h"
#include "Numbering.h"
#include "SyntheticMinutes.h"

#include <gtest/gtest.h>

using namespace minutebook;
using namespace minutebook::test;

namespace {
class Mutator
{
public:
    explicit Mutator(quint64 seed)
        : m_state(seed)
    { }

    quint64 next()
    {
        m_state += 0x9E3779B97F4A7C15ULL;
        quint64 z = m_state;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    int pick(int n) { return n <= 0 ? 0 : int(next() % quint64(n)); }

    QByteArray mutate(QByteArray bytes)
    {
        const int rounds = 1 + pick(8);
        for (int r = 0; r < rounds; ++r)
            bytes = once(bytes);
        return bytes;
    }

    QString randomUnicode(int length)
    {
        static const char16_t interesting[] = {0x0000, 0x000C, 0x00A0, 0x00AD, 0x2009, 0x2022,
            0x2013, 0x2028, 0xD800, 0xDC00, 0xE000, 0xF0B7, 0xF0A7, 0xFEFF, 0xFFFD, 0xFFFF, u'\n',
            u'\r', u'.', u'1', u'(', u')', u':', u'-', u'o', u'§'};
        QString out;
        for (int i = 0; i < length; ++i) {
            if (pick(3) == 0)
                out += QChar(interesting[pick(int(std::size(interesting)))]);
            else
                out += QChar(char16_t(1 + pick(0xFFFE)));
        }
        return out;
    }

private:
    QByteArray once(const QByteArray &in)
    {
        QByteArray b = in;
        const int size = int(b.size());
        switch (pick(8)) {
        case 0: // flip bits
            for (int i = 0; i < 1 + pick(16) && size > 0; ++i)
                b[pick(size)] = char(b.at(pick(size)) ^ char(1 << pick(8)));
            break;
        case 1: // insert random bytes
            b.insert(pick(size + 1), QByteArray::number(next(), 36) + char(pick(256)));
            break;
        case 2: // delete a run
            if (size > 0)
                b.remove(pick(size), 1 + pick(64));
            break;
        case 3: // truncate
            b.truncate(pick(size + 1));
            break;
        case 4: // shuffle lines
        case 5: { // repeat or drop lines
            QList<QByteArray> lines = b.split('\n');
            const int n = int(lines.size());
            for (int i = 0; i < 1 + pick(10) && n > 1; ++i) {
                if (pick(2) == 0)
                    lines.swapItemsAt(pick(n), pick(n));
                else
                    lines.insert(pick(n), lines.at(pick(n)));
            }
            b = lines.join('\n');
            break;
        }
        case 6: // random Unicode as UTF-8
            b.insert(pick(size + 1), randomUnicode(1 + pick(20)).toUtf8());
            break;
        default: // a structural token
            static const char *tokens[] = {"\n1. ", "\nBESLUT\n",
                "Beslut: ", "\nDeltagare LG: ", "Frånvarande:", " senast 23 maj",
                "Föredragande: ", " (Tony)", "\n\n", "\nKort information\n", "\r\n", "\f",
                "mailto:x@y.se\n", "\xE2\x80\xA2 ", "Punkten läggs in på LG-mötet den 31 februari.",
                "Vid anteckningarna "};
            b.insert(pick(size + 1), tokens[pick(int(std::size(tokens)))]);
            break;
        }
        return b;
    }

    quint64 m_state;
};

void expectClean(const Result<ImportResult> &result, const std::string &what)
{
    if (!result.ok()) {
        EXPECT_FALSE(result.error().trimmed().isEmpty()) << what;
        return;
    }
    const Meeting &m = result->meeting;
    int expected = 0;
    forEachItem(m.items, [&](const AgendaItem &item, const QString &, int) {
        for (const Decision &d : item.decisions)
            EXPECT_EQ(d.number, ++expected) << what;
        EXPECT_FALSE(item.title.isNull() && item.decisions.isEmpty() && item.body.isNull()
            && item.children.isEmpty())
            << what;
    });
    for (const ImportWarning &w : result->warnings) {
        EXPECT_GE(w.line, 0) << what;
        EXPECT_FALSE(w.message.isEmpty()) << what;
    }
    EXPECT_EQ(result->hasDate, m.date.isValid()) << what;
}

QVector<QByteArray> seeds()
{
    QVector<QByteArray> out;
    for (const char *name :
        {"000_5397a611eeb88258.txt", "001_3ea6e064d8c2aaa1.txt", "004_1547915e6f520cec.txt"})
        out.append(fixtureBytes(QString::fromUtf8(name)));
    SyntheticMinutes generator(6, 99);
    for (int i = 0; i < generator.meetingCount(); ++i)
        out.append(MinutesTextWriter::write(generator.meeting(i), TextVariation::random(quint64(i)))
                       .bytes);
    return out;
}
} // namespace

TEST(MutationFuzz, MutatedBytesGiveAMeetingOrACleanFailure)
{
    const QVector<QByteArray> inputs = seeds();
    Mutator mutator(20240206);
    int ok = 0;
    const int runs = 3000;
    for (int i = 0; i < runs && !HasFailure(); ++i) {
        const QByteArray bytes = mutator.mutate(inputs.at(i % inputs.size()));
        const auto result = MinutesImporter::importBytes(bytes);
        expectClean(result, "run " + std::to_string(i));
        ok += result.ok() ? 1 : 0;
    }
    // Most mutations leave minutes recognisable; a fuzzer that only ever fails tests nothing.
    EXPECT_GT(ok, runs / 2);
}

TEST(MutationFuzz, RandomUnicodeText)
{
    Mutator mutator(42);
    for (int i = 0; i < 1500 && !HasFailure(); ++i) {
        QString text = mutator.randomUnicode(1 + mutator.pick(400));
        if (i % 2 == 0)
            text.prepend(QStringLiteral("2024-02-06\n1. Punkt\n"));
        const auto result = MinutesImporter::importText(text);
        expectClean(result, "run " + std::to_string(i));
    }
}

TEST(MutationFuzz, LongAndDegenerateLines)
{
    const QByteArray cases[] = {QByteArray(200000, 'a'), QByteArray(100000, '\n'),
        QByteArray("1. ") + QByteArray(50000, '('), QByteArray(30000, '.') + "\n1. A\n",
        QByteArray("Deltagare: ") + QByteArray(20000, ',') + "\n1. A\n",
        QByteArray("2024-02-06\n") + QByteArray("1. A\n").repeated(5000),
        QByteArray("BESLUT\n") + QByteArray("Beslut: x\n").repeated(3000)};
    for (const QByteArray &bytes : cases)
        expectClean(MinutesImporter::importBytes(bytes), bytes.left(20).toStdString());
}

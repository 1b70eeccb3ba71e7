#include "LineCleaner.h"

#include "PageJunk.h"

namespace minutebook {

namespace {
bool isOddSpace(char16_t u)
{
    return u == u'\t' || u == u'\v' || u == u'\f' || u == 0x00A0 || (u >= 0x2000 && u <= 0x200A)
        || u == 0x202F || u == 0x205F || u == 0x3000 || u < 0x20 || (u >= 0x7F && u < 0xA0);
}

bool isZeroWidth(char16_t u)
{
    return u == 0x200B || u == 0x200C || u == 0x200D || u == 0x2060 || u == 0xFEFF;
}

bool isPrivateUse(char16_t u)
{
    return u >= 0xE000 && u <= 0xF8FF;
}

// Word's third-level bullet is a Wingdings square; keep it apart so the depth survives.
bool isSquareGlyph(char16_t u)
{
    return u == 0xF0A7 || u == 0xF0A8 || u == 0xF06E || u == 0xF0FC;
}
} // namespace

QString LineCleaner::normalise(const QString &line)
{
    QString out(line.size() + 1, Qt::Uninitialized);
    QChar *dst = out.data();
    QChar *const begin = dst;
    bool pendingSpace = false;
    const qsizetype size = line.size();
    for (qsizetype i = 0; i < size; ++i) {
        const char16_t u = line.at(i).unicode();
        if (u == u' ' || isOddSpace(u)) {
            pendingSpace = dst != begin;
            continue;
        }
        if (isZeroWidth(u))
            continue;
        if (pendingSpace) {
            *dst++ = QLatin1Char(' ');
            pendingSpace = false;
        }
        if (u == 0x00AD) {
            // A soft hyphen only shows where it broke the line; there it is a hyphen.
            if (QStringView(line).sliced(i + 1).trimmed().isEmpty())
                *dst++ = QLatin1Char('-');
        } else if (isPrivateUse(u)) {
            *dst++ = isSquareGlyph(u) ? QChar(0x25AA) : QChar(0x2022);
        } else {
            *dst++ = QChar(u);
        }
    }
    out.truncate(dst - begin);
    return out;
}

QVector<SourceLine> LineCleaner::split(const QString &text)
{
    QVector<SourceLine> lines;
    const QStringList raw = text.split(QLatin1Char('\n'));
    lines.reserve(raw.size());
    int number = 0;
    for (const QString &r : raw) {
        SourceLine line;
        line.number = ++number;
        line.pageStart = r.contains(QLatin1Char('\f'));
        line.text = normalise(r);
        lines.append(line);
    }
    // A final newline does not make a line of its own.
    if (lines.size() > 1 && lines.constLast().isBlank() && raw.constLast().isEmpty())
        lines.removeLast();
    PageJunk::flag(lines);
    return lines;
}

} // namespace minutebook

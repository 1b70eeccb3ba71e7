#include "ImportTestSupport.h"

#include "LineCleaner.h"
#include "LineShape.h"
#include "MinutesImporter.h"
#include "TextDecoder.h"

#include <QFile>

#include <algorithm>
#include <functional>

#include <gtest/gtest.h>

namespace minutebook::test {

namespace {
// Words the importer reads as structure rather than keeps as text.
const QSet<QString> &formatWords()
{
    static const QSet<QString> words = [] {
        QSet<QString> w;
        const char *list = "deltagare närvarande frånvarande gäster adjungerade beslut "
                           "beslutspunkter inga information föredragande plats vid "
                           "anteckningarna antecknat av den kl datum tid punkt "
                           "måndag måndagen tisdag tisdagen onsdag onsdagen torsdag torsdagen "
                           "fredag fredagen lördag lördagen söndag söndagen "
                           "januari jan februari feb mars mar april apr maj juni jun juli jul "
                           "augusti aug september sep sept oktober okt november nov december "
                           "dec";
        for (const QString &word : QString::fromUtf8(list).split(QLatin1Char(' ')))
            w.insert(word);
        return w;
    }();
    return words;
}

void appendItems(QString &out, const QVector<AgendaItem> &items)
{
    for (const AgendaItem &i : items) {
        out += i.title + QLatin1Char('\n') + i.presenter + QLatin1Char('\n') + i.responsible
            + QLatin1Char('\n') + i.body + QLatin1Char('\n');
        for (const Decision &d : i.decisions)
            out += d.text + QLatin1Char('\n');
        for (const ActionItem &a : i.actions)
            out += a.text + QLatin1Char('\n') + a.assignee + QLatin1Char('\n');
        appendItems(out, i.children);
    }
}
} // namespace

QByteArray fixtureBytes(const QString &name)
{
    QFile file(QStringLiteral(MINUTEBOOK_TEST_DATA "/") + name);
    if (!file.open(QIODevice::ReadOnly)) {
        ADD_FAILURE() << "missing fixture " << name.toStdString();
        return {};
    }
    return file.readAll();
}

ImportResult importUtf8(const char *text, const ImportOptions &options)
{
    auto result = MinutesImporter::importBytes(QByteArray(text), options);
    if (!result) {
        ADD_FAILURE() << "import failed: " << result.error().toStdString();
        return {};
    }
    return result.value();
}

const AgendaItem *findItem(const Meeting &meeting, const QString &title)
{
    for (const AgendaItem &i : meeting.items) {
        if (i.title == title)
            return &i;
    }
    return nullptr;
}

const AgendaItem &item(const Meeting &meeting, const QString &title)
{
    static const AgendaItem none;
    const AgendaItem *found = findItem(meeting, title);
    if (!found)
        ADD_FAILURE() << "no item titled " << title.toStdString() << "; items are "
                      << titles(meeting.items).join(QStringLiteral(" | ")).toStdString();
    return found ? *found : none;
}

QStringList titles(const QVector<AgendaItem> &items)
{
    QStringList out;
    for (const AgendaItem &i : items)
        out.append(i.title);
    return out;
}

QStringList names(const Meeting &meeting, AttendanceStatus status, const QString &group)
{
    QStringList out;
    for (const Attendance &a : meeting.attendees) {
        if (a.status == status && (group.isNull() || a.groupLabel == group))
            out.append(a.person.name);
    }
    return out;
}

int decisionCount(const Meeting &meeting)
{
    int count = 0;
    std::function<void(const QVector<AgendaItem> &)> count_in = [&](const auto &items) {
        for (const AgendaItem &i : items) {
            count += int(i.decisions.size());
            count_in(i.children);
        }
    };
    count_in(meeting.items);
    return count;
}

bool hasWarningAt(const ImportResult &result, int line)
{
    return std::any_of(result.warnings.cbegin(), result.warnings.cend(),
        [&](const ImportWarning &w) { return w.line == line; });
}

QStringList wordsOf(const QString &text)
{
    QStringList out;
    QString current;
    bool letter = false;
    auto flush = [&] {
        if (letter)
            out.append(current);
        current.clear();
        letter = false;
    };
    for (const QChar c : text) {
        if (c.isLetterOrNumber()) {
            current += c.toLower();
            letter = letter || c.isLetter();
        } else {
            flush();
        }
    }
    flush();
    return out;
}

QString meetingText(const Meeting &m)
{
    QString out = m.body.name + QLatin1Char('\n') + m.body.shortName + QLatin1Char('\n')
        + m.body.organisation + QLatin1Char('\n') + m.title + QLatin1Char('\n') + m.place
        + QLatin1Char('\n') + m.minuteTaker + QLatin1Char('\n') + m.notes + QLatin1Char('\n');
    for (const Attendance &a : m.attendees)
        out += a.person.name + QLatin1Char(' ') + a.groupLabel + QLatin1Char(' ') + a.note
            + QLatin1Char('\n');
    appendItems(out, m.items);
    return out;
}

QStringList missingWords(const QString &input, const Meeting &meeting)
{
    const QString text = meetingText(meeting);
    const QStringList have = wordsOf(text);
    const QSet<QString> haveSet(have.cbegin(), have.cend());
    const QString lower = text.toLower();
    QStringList missing;
    for (const SourceLine &line : LineCleaner::split(TextDecoder::normaliseLineEnds(input))) {
        if (line.junk)
            continue;
        // A bullet glyph ("o", "•") is layout, not a word.
        QString words = line.text;
        QString afterBullet;
        if (LineShape::bullet(words, &afterBullet))
            words = afterBullet;
        for (const QString &word : wordsOf(words)) {
            if (haveSet.contains(word) || formatWords().contains(word))
                continue;
            // A word broken by a hyphen at a line end is whole in the meeting ("arbets-" and
            // "sätt" are in "arbetssätt").
            if (word.size() >= 3 && lower.contains(word))
                continue;
            missing.append(word);
        }
    }
    return missing;
}

} // namespace minutebook::test

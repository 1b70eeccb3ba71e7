#pragma once

// Shared helpers of the importer tests: fixtures, finding items, and the "nothing dropped"
// check that compares the words of a minutes text with the words of the imported meeting.

#include "ImportResult.h"
#include "Meeting.h"

#include <QByteArray>
#include <QSet>
#include <QString>
#include <QStringList>

namespace minutebook::test {

QByteArray fixtureBytes(const QString &name);

/// Imports text given as UTF-8 source (the tests' own literals).
ImportResult importUtf8(const char *text, const ImportOptions &options = {});

/// Top-level item by title; a failing expectation and a dummy when missing.
const AgendaItem &item(const Meeting &meeting, const QString &title);
const AgendaItem *findItem(const Meeting &meeting, const QString &title);

QStringList titles(const QVector<AgendaItem> &items);
QStringList names(const Meeting &meeting, AttendanceStatus status, const QString &group = {});
int decisionCount(const Meeting &meeting);
bool hasWarningAt(const ImportResult &result, int line);

/// Lower-case words with at least one letter.
QStringList wordsOf(const QString &text);

/// Every text field of the meeting: title, body, place, people, notes, items, decisions,
/// assignments.
QString meetingText(const Meeting &meeting);

/// Words of `input` (junk lines left out, as the importer's LineCleaner flags them) that
/// appear nowhere in the meeting, apart from the format's own words ("Deltagare", "Beslut",
/// "Föredragande", weekdays, months, …) that the importer reads as structure.
QStringList missingWords(const QString &input, const Meeting &meeting);

} // namespace minutebook::test

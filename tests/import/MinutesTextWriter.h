#pragma once

// Test helper: writes a Meeting as text shaped like the group's minutes taken from a PDF, with
// the variations real files have (header or none, long or ISO date, bullets of every kind,
// odd spaces, wrapped and hyphenated lines, page-break junk, decisions in the items, at the
// top, at the end or both, "1." or "1)" numbering, CRLF, Windows-1252), and the meeting the
// importer is expected to read back from it.

#include "Meeting.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace minutebook::test {

struct TextVariation
{
    enum class Decisions { InItems, AtTop, AtEnd, Both };

    int width = 90;
    bool header = true;
    bool longDate = true;
    bool attendees = true;
    Decisions decisions = Decisions::InItems;
    bool decisionLabel = true; ///< "Beslut: …" rather than the sentence alone
    QChar numberStyle = QLatin1Char('.');
    QString bullet = QStringLiteral("•");
    QString subBullet = QStringLiteral("o");
    QString space = QStringLiteral(" "); ///< after a bullet
    bool hyphenate = false;
    bool pageJunk = false;
    bool presenterColon = true;
    bool minuteTaker = true;
    bool crlf = false;
    bool windows1252 = false;

    static TextVariation random(quint64 seed);
    QString describe() const;
};

struct WrittenMinutes
{
    QString text;
    QByteArray bytes; ///< encoded as the variation says
    Meeting expected; ///< what the importer should read back
};

class MinutesTextWriter
{
public:
    static WrittenMinutes write(const Meeting &meeting, const TextVariation &variation);

    static QByteArray toWindows1252(const QString &text);

private:
    MinutesTextWriter(const Meeting &meeting, const TextVariation &variation);

    void header();
    void attendees();
    void decisionBlock();
    void items();
    void item(int index, const AgendaItem &item, AgendaItem &expected);
    void body(const QString &markdown);
    void paragraph(const QString &text, const QString &firstPrefix = {});
    void insertJunk();
    QString dateLine() const;
    QString expectedAssignee(const QString &assignee) const;
    QString dayMonth(const QDate &date) const;

    const Meeting &m_meeting;
    const TextVariation &m_variation;
    Meeting m_expected;
    QStringList m_lines;
    quint64 m_state;
};

} // namespace minutebook::test

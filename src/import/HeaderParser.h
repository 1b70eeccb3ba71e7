#pragma once

// Everything before the first numbered item: organisation and group name, the date and time
// line ("Tisdagen den 6 feb 2024, 12.00–16.00", "2024-02-06"), "Plats: …", the title line
// ("Mötesanteckningar"), attendee blocks, a decisions block and section headings in capitals.
// What it does not recognise goes to the meeting notes, with a warning.

#include "AttendeeParser.h"
#include "DecisionBlock.h"
#include "ImportResult.h"
#include "LineCleaner.h"

#include <QCoreApplication>
#include <QStringList>
#include <QVector>

namespace minutebook {

class HeaderParser
{
    Q_DECLARE_TR_FUNCTIONS(minutebook::HeaderParser)

public:
    HeaderParser(const QVector<SourceLine> &lines, const ImportOptions &options, int wideWidth,
        ImportResult &result);

    /// Reads lines [0, end).
    void parse(int end);

    const QVector<DecisionEntry> &decisions() const { return m_decisions; }
    const QString &decisionTitle() const { return m_decisionTitle; }
    bool foundDecisionBlock() const { return !m_decisionTitle.isEmpty(); }
    bool foundTitle() const { return !m_result.meeting.title.isEmpty(); }
    const QStringList &notes() const { return m_notes; }
    /// The label of the main attendee block ("LG"), empty without one.
    QString mainGroup() const { return m_attendees.mainGroup(); }

    /// "Mötesanteckningar", "Minnesanteckningar LG 2024-02-06", "Protokoll".
    static bool isTitleLine(const QString &line);

    /// A section heading in capitals that only arranges the items: "INFORMATION",
    /// "DISKUSSIONSPUNKTER", "DAGORDNING", "ÖVRIGA FRÅGOR". Other lines in capitals are text.
    static bool isSectionHeading(const QString &line);

private:
    int readLine(int index, int end);
    int readDecisionBlock(int index, int end);
    bool readDate(const QString &text, int line);
    bool readPlace(const QString &text);
    bool readName(const QString &text);
    void takeDate(const QDate &date, const QString &text, int line);
    void keep(const SourceLine &line, bool warn);
    void endParagraph();
    QString nextText(int index, int end) const;

    const QVector<SourceLine> &m_lines;
    const ImportOptions &m_options;
    int m_wideWidth;
    ImportResult &m_result;
    AttendeeParser m_attendees;
    QVector<DecisionEntry> m_decisions;
    QString m_decisionTitle;
    QStringList m_notes;
    QString m_paragraph; // notes paragraph being collected
    bool m_pastHeader = false; // an attendee or decisions block has been read
};

} // namespace minutebook

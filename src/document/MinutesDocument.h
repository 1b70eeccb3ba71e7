#pragma once

// The minutes of one meeting as a QTextDocument, in the layout the organisation uses: header,
// attendance, a summary of the decisions, the numbered items, the minute-taker. Preview, print,
// PDF, HTML and Markdown all render this one document, so they can never disagree.

#include "DocumentOptions.h"
#include "Language.h"
#include "Meeting.h"

#include <QCoreApplication>
#include <QLocale>

#include <memory>

class QTextDocument;

namespace minutebook {

class MinutesWriter;

class MinutesDocument
{
public:
    /// Labels, dates and times are in `locale`'s language (the archive's document language,
    /// whatever the program speaks); `options` add the organisation's name and logo to the
    /// header.
    explicit MinutesDocument(const QLocale &locale = QLocale(), DocumentOptions options = {});

    /// Replaces the content of `document` with the minutes of `meeting`.
    void build(const Meeting &meeting, QTextDocument &document) const;
    /// A new document with the minutes of `meeting`.
    std::unique_ptr<QTextDocument> create(const Meeting &meeting) const;
    /// For outputs without pages (HTML, Markdown): adds what paged outputs draw in every page
    /// footer, the footer text, as the last paragraph. Nothing when there is no footer text.
    void appendFooterText(QTextDocument &document) const;

private:
    /// The document's words in its own language: every tr() of this class is this one (so
    /// lupdate still finds them in this class's context), not the program's translators.
    QString tr(const char *source) const
    {
        return Language::translate(m_locale, "minutebook::MinutesDocument", source);
    }

    void writeHeader(MinutesWriter &out, const Meeting &meeting) const;
    void writeAttendance(MinutesWriter &out, const Meeting &meeting) const;
    void writeDecisionSummary(MinutesWriter &out, const Meeting &meeting) const;
    void writeItem(MinutesWriter &out, const Meeting &meeting, const AgendaItem &item,
        const QString &number, int depth) const;
    void writeDecisions(MinutesWriter &out, const Meeting &meeting, const AgendaItem &item,
        const QString &number) const;
    void writeActions(MinutesWriter &out, const AgendaItem &item) const;
    void writeFooter(MinutesWriter &out, const Meeting &meeting) const;
    void writeAmendments(MinutesWriter &out, const Meeting &meeting) const;
    void writeApproval(MinutesWriter &out, const Meeting &meeting) const;

    QLocale m_locale;
    DocumentOptions m_options;
};

} // namespace minutebook

#pragma once

// What a sentence of minutes says in so many words: a decision ("Ledningsgruppen beslutar att
// …", "Det beslutades att …"), an assignment ("Lila får i uppdrag att …", "Karin ansvarar för
// …", "Tony återkommer …", with "senast 23 maj" as the due date), or a deferral ("Punkten läggs
// in på LG-mötet den 23 mars").

#include <QString>
#include <QStringList>
#include <QVector>

namespace minutebook {

struct SentenceSpan
{
    qsizetype start = 0;
    qsizetype length = 0;
};

class PhraseRules
{
public:
    /// `decidingGroups`: names the meeting's own group goes by ("LG", "Ledningsgrupp HSS",
    /// whose first word in definite form, "Ledningsgruppen", counts too); "Ledningsgruppen",
    /// "Gruppen", "Mötet" and "Vi" always count. Another group's decision ("Nämnden beslutade
    /// att …") is news, not a decision of this meeting.
    explicit PhraseRules(const QStringList &decidingGroups = {});

    /// Sentences of a paragraph; abbreviations such as "kl." and "t.ex." do not end one.
    static QVector<SentenceSpan> sentences(const QString &text);

    bool isDecision(const QString &sentence) const;

    /// Who is assigned, as written ("Lila", "Maria H"); empty when the sentence assigns nothing.
    static QString assignee(const QString &sentence);

    /// The words after "senast" ("23 maj", "2024-05-23", "vecka 12"); empty when none.
    static QString dueText(const QString &sentence);

    /// The part of the sentence after "läggs in på", "tas upp på", "flyttas till", … where the
    /// date of the later meeting stands; empty when the sentence defers nothing.
    static QString deferralText(const QString &sentence);

private:
    QStringList m_groups; // lower case
};

} // namespace minutebook

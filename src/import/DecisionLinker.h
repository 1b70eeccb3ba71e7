#pragma once

// Puts the entries of a decisions block where they belong: the item the entry names ("Punkt 3:
// …", or a title line above it matching an item's title), else the item that already holds the
// same decision, else (for a block outside the items) the one item whose title and text share
// clearly more words with it than any other; a block inside an item falls back to that item.
// An entry that fits nowhere gets an item of its own, with a warning. The same decision is
// never stored twice: it is kept once, in the longer wording.

#include "DecisionBlock.h"
#include "ImportResult.h"

#include <QCoreApplication>
#include <QVector>

namespace minutebook {

class DecisionLinker
{
    Q_DECLARE_TR_FUNCTIONS(minutebook::DecisionLinker)

public:
    /// `numbers`: the number each top-level item had in the file.
    DecisionLinker(
        QVector<AgendaItem> &items, QVector<int> &numbers, QVector<ImportWarning> &warnings);

    /// `home`: index of the item the block stands in, -1 for a block outside the items.
    void link(const QVector<DecisionEntry> &entries, const QString &blockTitle, int home);

    /// Share of words two texts have in common (0 to 1).
    static double similarity(const QString &a, const QString &b);

    /// Share of content words (four letters or more, not "beslutar", "Ledningsgruppen", …)
    /// two decisions have in common.
    static double decisionSimilarity(const QString &a, const QString &b);

    /// Numbers every decision of the meeting in document order, from 1.
    static void numberDecisions(QVector<AgendaItem> &items);

private:
    /// True when `scope` (with its sub-items; all items when null) already holds the same
    /// decision; it is then kept once, in the longer wording.
    bool mergeInto(AgendaItem *scope, const DecisionEntry &entry);
    AgendaItem *byNumber(int number);
    AgendaItem *byHeading(const QString &heading);
    AgendaItem *byWords(const QString &text);
    void addUnlinked(const DecisionEntry &entry, const QString &blockTitle);

    QVector<AgendaItem> &m_items;
    QVector<int> &m_numbers;
    QVector<ImportWarning> &m_warnings;
};

} // namespace minutebook

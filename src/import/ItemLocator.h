#pragma once

// Finds the numbered top-level items of the minutes. A digit alone does not make an item:
// numbered lists inside an item's text start again at 1 and may even reach the next item's
// number. So every numbered line is a candidate with a score for its form (a blank line before
// and after, a short title without a full stop, the numbering style the other items use) and
// a penalty for looking like part of a list (numbered neighbours without a blank line), and the
// items are the chain of candidates with consecutive numbers, in order, that scores best.

#include "LineCleaner.h"

#include <QString>
#include <QVector>

namespace minutebook {

struct ItemHead
{
    int index = 0; ///< index of the title line in the lines
    int number = 0; ///< the number as written
    QString title; ///< without the number and without "(Responsible)"
    QString responsible;
    int bodyStart = 0; ///< index of the first line after the title
};

class ItemLocator
{
public:
    ItemLocator(const QVector<SourceLine> &lines, int wideWidth);

    QVector<ItemHead> locate() const;

    /// Indexes of numbered lines shaped like items that do not continue the numbering of the
    /// items found; they stay in the body of the item they stand in, with a warning.
    QVector<int> strays(const QVector<ItemHead> &items) const;

private:
    struct Candidate
    {
        int index = 0;
        int number = 0;
        QChar style;
        int form = 0;
    };

    QVector<Candidate> candidates() const;
    int formScore(int index, const QString &rest, QChar style, int number) const;
    bool blankBefore(int index) const;
    bool blankAfter(int index) const;
    int neighbour(int index, int step) const;
    ItemHead head(const Candidate &candidate) const;

    const QVector<SourceLine> &m_lines;
    int m_wideWidth;
};

} // namespace minutebook

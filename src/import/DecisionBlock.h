#pragma once

// A block of decisions under a heading such as "BESLUT" or "Beslutspunkter", at the top of the
// minutes, at the end, or both. Its entries are bullets, numbered lines, paragraphs, or a title
// line followed by "Beslut: …" (the title names the item the decision belongs to). "Inga
// beslutspunkter" means there are none.

#include "TextBlock.h"

#include <QString>
#include <QVector>

namespace minutebook {

struct DecisionEntry
{
    int line = 0;
    QString heading; ///< the item it names, as written ("Beslut om BUMS dagar (Thomas)")
    QString text;
    int itemNumber = 0; ///< from "Punkt 3:", "§ 3", 0 when not given
};

class DecisionBlock
{
public:
    /// "BESLUT", "Beslutspunkter", "Fattade beslut:"; mixed case only when `mixedCase`.
    static bool isHeading(const QString &line, bool mixedCase);

    /// "Inga beslutspunkter", "Inga beslut fattades", "Inga beslut".
    static bool isNone(const QString &text);

    static QVector<DecisionEntry> entries(const QVector<TextBlock> &blocks);

private:
    static DecisionEntry entry(const TextBlock &block);
};

} // namespace minutebook

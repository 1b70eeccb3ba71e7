#pragma once

// Reads the cleaned lines of one minutes file into a meeting. The order matters: the
// minute-taker line is taken out first (it may stand anywhere), then the numbered items are
// located, the header before them is read (it gives the date that dates without a year need),
// then each item, and last the decisions blocks are linked to the items.

#include "DecisionBlock.h"
#include "ImportResult.h"
#include "ItemLocator.h"
#include "LineCleaner.h"
#include "Result.h"

#include <QCoreApplication>
#include <QVector>

namespace minutebook {

class HeaderParser;
struct ItemContext;

class MinutesParser
{
    Q_DECLARE_TR_FUNCTIONS(minutebook::MinutesParser)

public:
    MinutesParser(QVector<SourceLine> lines, ImportOptions options);

    [[nodiscard]] Result<ImportResult> parse();

    /// Lines at least this long were wrapped by the page: 60 % of the width most lines
    /// stay within (the 90th percentile of non-blank line lengths), at least 24 characters.
    static int wideWidth(const QVector<SourceLine> &lines);

private:
    struct Block
    {
        QString title;
        QVector<SourceLine> lines;
        int home = -1;
    };

    void takeMinuteTaker();
    void finishHeader(const HeaderParser &header);
    void resolveDate();
    void parseItems(const QVector<ItemHead> &heads, const ItemContext &context);
    QVector<SourceLine> splitSpan(int from, int to, bool last, int home);
    bool onlyBlankUntil(int from, int to) const;
    void warnStrays(const ItemLocator &locator, const QVector<ItemHead> &heads);
    bool hasStructure(const HeaderParser &header) const;

    QVector<SourceLine> m_lines;
    ImportOptions m_options;
    ImportResult m_result;
    QVector<int> m_numbers; // the number each top-level item had in the file
    QVector<Block> m_blocks; // decisions blocks inside the items' text
    int m_wide = 0;
};

} // namespace minutebook

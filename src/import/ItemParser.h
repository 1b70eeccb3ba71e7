#pragma once

// Builds one agenda item from the blocks of its text: "Föredragande" lines become the presenter,
// "Beslut: …" lines and sentences such as "Ledningsgruppen beslutar att …" decisions,
// "X får i uppdrag att …" sentences assignments (lifted out of the body, which the document
// shows next to them), a deferral sentence sets deferredTo and stays in the text. Under a
// "Kort information" item each heading line starts a sub-item; a name in parentheses after it
// is that sub-item's responsible.

#include "ImportResult.h"
#include "ItemLocator.h"
#include "NameResolver.h"
#include "PhraseRules.h"
#include "TextBlock.h"

#include <QCoreApplication>
#include <QDate>
#include <QVector>

namespace minutebook {

struct ItemContext
{
    QDate meetingDate; ///< for dates without a year; may be invalid
    PhraseRules rules;
    NameResolver names;
};

class ItemParser
{
    Q_DECLARE_TR_FUNCTIONS(minutebook::ItemParser)

public:
    ItemParser(const ItemContext &context, QVector<ImportWarning> &warnings);

    AgendaItem parse(const ItemHead &head, const QVector<TextBlock> &blocks) const;

    /// "Kort information", "Kort info", "Övrig information", "Övrigt", "Information".
    static bool isShortInfo(const QString &title);

private:
    void fill(AgendaItem &item, const QVector<TextBlock> &blocks) const;
    void takeLabel(
        AgendaItem &item, const QVector<TextBlock> &blocks, int &i, QVector<TextBlock> &kept) const;
    void takeDecisions(AgendaItem &item, const QVector<TextBlock> &blocks, int &i) const;
    QString liftPhrases(AgendaItem &item, const TextBlock &block) const;
    ActionItem action(const QString &sentence, const QString &assignee, int line) const;
    static void addDecision(AgendaItem &item, const QString &text);

    const ItemContext &m_context;
    QVector<ImportWarning> &m_warnings;
};

} // namespace minutebook

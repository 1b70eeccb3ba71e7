#pragma once

// The hits of one search, grouped by meeting in the order of each meeting's best hit: a row per
// meeting (date, group, how many hits) with a row per hit under it (the item and a snippet).
// The snippet's match markers (highlightStart/End) become bold in HighlightedRole, for the
// delegate that paints it, and are removed from the plain text.

#include "Records.h"

#include <QAbstractItemModel>

namespace minutebook {

class SearchHitModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Role {
        MeetingIdRole = Qt::UserRole + 1,
        ItemIdRole,
        HighlightedRole,
        /// The words the hit's snippet marks as matched (the forms in the text, which a
        /// search for an inflection or a compound part did not type).
        MatchedWordsRole,
        IsMeetingRole,
    };

    explicit SearchHitModel(QObject *parent = nullptr);

    void setHits(const QVector<SearchHit> &hits);
    /// In the order the search ranked them.
    const QVector<SearchHit> &hits() const { return m_hits; }
    int meetingCount() const { return int(m_groups.size()); }
    /// The row of a hit, under its meeting's row.
    QModelIndex indexOfHit(int hit) const;

    /// The snippet as plain text without markers.
    static QString plainSnippet(const QString &snippet);
    /// The snippet as HTML, escaped, with the matches in <b>.
    static QString htmlSnippet(const QString &snippet);
    static QStringList matchedWords(const QString &snippet);
    static QString kindName(HitKind kind);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    struct Group
    {
        qint64 meetingId = 0;
        QVector<int> hits; ///< indexes into m_hits, in rank order
    };
    QVector<SearchHit> m_hits;
    QVector<Group> m_groups;
    QVector<QPair<int, int>> m_placeOfHit; ///< hit → (group, row in group)
};

} // namespace minutebook

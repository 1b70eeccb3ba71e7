#pragma once

// The hits of one search as a table: meeting date, body, item, kind and the snippet. The
// snippet's match markers (highlightStart/End) are kept in HighlightedRole for the delegate
// that shows them bold, and removed from the plain text.

#include "Records.h"

#include <QAbstractTableModel>

namespace minutebook {

class SearchHitModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { DateColumn, ItemColumn, KindColumn, SnippetColumn, ColumnCount };
    enum Role { MeetingIdRole = Qt::UserRole + 1, ItemIdRole, HighlightedRole };

    explicit SearchHitModel(QObject *parent = nullptr);

    void setHits(const QVector<SearchHit> &hits);
    const QVector<SearchHit> &hits() const { return m_hits; }

    /// The snippet as plain text without markers.
    static QString plainSnippet(const QString &snippet);
    /// The snippet as HTML, escaped, with the matches in <b>.
    static QString htmlSnippet(const QString &snippet);
    static QString kindName(HitKind kind);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVector<SearchHit> m_hits;
};

} // namespace minutebook

#pragma once

// A table read from the database a page at a time as the view scrolls (canFetchMore/
// fetchMore), so a register of hundreds of thousands of rows opens at once. Subclasses say how
// to count and how to read one page; this class does the bookkeeping views expect.

#include <QAbstractTableModel>

namespace minutebook {

class PagedTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    static constexpr int pageSize = 200;

    explicit PagedTableModel(QObject *parent = nullptr);

    /// Forgets what was loaded and starts again from the first page.
    void reload();
    /// How many rows the filter selects, loaded or not.
    int totalCount() const { return m_total; }

    int rowCount(const QModelIndex &parent = {}) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

signals:
    /// Reading from the database failed; the message is for the user.
    void loadFailed(const QString &message);
    void totalCountChanged(int count);

protected:
    /// The number of rows, or an error message in `error`.
    virtual int countRows(QString *error) const = 0;
    /// Reads `limit` rows from `offset` into a list of the subclass's own; returns how many or
    /// -1 with `error`. Nothing may be appended to the model's rows yet (see appendPage).
    virtual int readPage(int offset, int limit, QString *error) = 0;
    /// Moves the page read last into the rows the model shows.
    virtual void appendPage() = 0;
    virtual void clearRows() = 0;
    virtual int loadedRows() const = 0;

private:
    int m_total = 0;
    bool m_atEnd = true;
    bool m_busy = false; ///< inside a reset or an insert: no fetching from signal handlers
};

} // namespace minutebook

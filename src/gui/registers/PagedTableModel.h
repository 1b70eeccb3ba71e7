#pragma once

// A table read from the database a page at a time as the view scrolls (canFetchMore/
// fetchMore), so a register of hundreds of thousands of rows opens at once. Subclasses say how
// to count and how to read one page; this class does the bookkeeping views expect.

#include <QAbstractTableModel>
#include <QVector>

#include <algorithm>

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
    /// The rows of one meeting were written (MeetingSessions::meetingChanged): the loaded rows
    /// of that meeting show what is stored now and stay where they are, even when they no
    /// longer match the filter (a row marked done stays in "Open" until the next reload, as
    /// the user expects of the row just acted on); rows deleted go; when the meeting has new
    /// rows for the filter and every page is loaded, the model reloads.
    void refreshMeeting(qint64 meetingId);

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
    /// What refreshMeeting needs from a subclass: the loaded rows replaced with what is stored
    /// (`changed`), the loaded rows no longer stored (`gone`), and whether the filter selects
    /// rows of the meeting that are not loaded (`added`).
    struct MeetingRows
    {
        QVector<int> changed;
        QVector<int> gone;
        bool added = false;
    };
    /// False with `error` when reading failed.
    virtual bool refreshMeetingRows(qint64 meetingId, MeetingRows *out, QString *error) = 0;
    /// Removes loaded rows (indexes in any order), announcing it to views.
    void removeLoadedRows(QVector<int> rows);
    virtual void eraseRow(int row) = 0;

    /// refreshMeetingRows for a row type with `meetingId` and an id member: `stored` is every
    /// row of the meeting as stored (no other filter), `selected` the filter's rows of it.
    template<typename Row>
    static void compareRows(QVector<Row> &rows, const QVector<Row> &stored,
        const QVector<Row> &selected, qint64 meetingId, qint64 Row::*id, MeetingRows *out)
    {
        auto find = [id](const QVector<Row> &in, qint64 wanted) {
            return std::find_if(
                in.begin(), in.end(), [&](const Row &r) { return r.*id == wanted; });
        };
        for (int i = 0; i < rows.size(); ++i) {
            if (rows.at(i).meetingId != meetingId)
                continue;
            const auto found = find(stored, rows.at(i).*id);
            if (found == stored.end()) {
                out->gone.append(i);
            } else {
                rows[i] = *found;
                out->changed.append(i);
            }
        }
        for (const Row &r : selected) {
            const auto loaded = std::find_if(
                rows.begin(), rows.end(), [&](const Row &x) { return x.*id == r.*id; });
            if (loaded == rows.end())
                out->added = true;
        }
    }

private:
    int m_total = 0;
    bool m_atEnd = true;
    bool m_busy = false; ///< inside a reset or an insert: no fetching from signal handlers
};

} // namespace minutebook

#pragma once

// The search pane: a field that searches every meeting as you type (through SearchRunner, off
// the GUI thread), filters for kind, group, person and year, and the hits grouped by meeting,
// each with its item and a two-line snippet with the matched words in bold; the count of all
// hits follows the first page. Down in the field goes to the hits, Up from the first hit back;
// Enter (or a double-click) opens the meeting at the hit's item with the words highlighted.

#include "SearchIndex.h"

#include <QWidget>

#include <memory>

class QModelIndex;
class QTimer;

namespace minutebook {

class Database;
class SearchHitModel;
class SearchRunner;
namespace Ui {
class SearchPane;
}

class SearchPane : public QWidget
{
    Q_OBJECT

public:
    explicit SearchPane(const Database &database, QWidget *parent = nullptr);
    ~SearchPane() override;

    SearchRunner *runner() const { return m_runner; }
    /// Puts the cursor in the search field with its text selected.
    void focusField();
    /// Fills the group and person choices again, e.g. after an import.
    void reloadChoices();
    /// Searches now for what the field and filters say, without waiting for more typing.
    void searchNow();
    /// A meeting was written: the shown search runs again (after a pause, as typing does) so
    /// the hits say what the minutes say now.
    void refreshHits(qint64 meetingId);
    /// The words of `text` worth highlighting in the minutes: every wanted word or phrase,
    /// without quotes, stars or excluded words.
    static QStringList highlightTerms(const QString &text);

signals:
    void hitActivated(qint64 meetingId, qint64 itemId, const QStringList &terms);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    SearchOptions options() const;
    void showResults(
        const QVector<SearchHit> &hits, const QString &error, const QString &correctedTo);
    void showCount(int total);
    void activate(const QModelIndex &index);
    /// The words to highlight for a hit (or a meeting row: all its hits).
    QStringList termsFor(const QModelIndex &index) const;

    std::unique_ptr<Ui::SearchPane> m_ui; ///< layout from ui/SearchPane.ui
    const Database &m_database;
    SearchHitModel *m_model = nullptr;
    SearchRunner *m_runner = nullptr;
    QTimer *m_typingPause = nullptr;
    QString m_searched; ///< what the shown hits are hits of (the correction, if any)
    QString m_correctionNote; ///< "No hits for … showing …", kept above the count
};

} // namespace minutebook

#include "MeetingListView.h"

#include "BodyRepository.h"
#include "MeetingListModel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace minutebook {

MeetingListView::MeetingListView(const Database &database, QWidget *parent)
    : QWidget(parent)
    , m_database(database)
    , m_model(new MeetingListModel(database, this))
    , m_bodyFilter(new QComboBox(this))
    , m_yearFilter(new QComboBox(this))
    , m_textFilter(new QLineEdit(this))
    , m_textDelay(new QTimer(this))
    , m_view(new QTableView(this))
{
    auto *groupLabel = new QLabel(tr("&Group:"), this);
    groupLabel->setBuddy(m_bodyFilter);
    auto *yearLabel = new QLabel(tr("&Year:"), this);
    yearLabel->setBuddy(m_yearFilter);
    m_bodyFilter->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_bodyFilter->setMinimumContentsLength(12);

    auto *filters = new QHBoxLayout;
    filters->addWidget(groupLabel);
    filters->addWidget(m_bodyFilter, 1);
    filters->addSpacing(8);
    filters->addWidget(yearLabel);
    filters->addWidget(m_yearFilter);

    // A table, not a tree view: QTreeView fetches another page at every relayout, QTableView
    // only when the last loaded row comes into sight.
    m_view->setModel(m_model);
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    m_view->setTabKeyNavigation(false);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    QHeaderView *rows = m_view->verticalHeader();
    rows->hide();
    rows->setSectionResizeMode(QHeaderView::Fixed);
    rows->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    QHeaderView *header = m_view->horizontalHeader();
    header->setHighlightSections(false);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(MeetingListModel::PlaceColumn, QHeaderView::Stretch);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(filters);
    m_textFilter->setPlaceholderText(tr("Filter by title, place, group or date"));
    m_textFilter->setClearButtonEnabled(true);
    layout->addWidget(m_textFilter);
    layout->addWidget(m_view, 1);
    setFocusProxy(m_view);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &MeetingListView::onCurrentRowChanged);
    connect(m_bodyFilter, &QComboBox::currentIndexChanged, this, &MeetingListView::applyFilter);
    connect(m_yearFilter, &QComboBox::currentIndexChanged, this, &MeetingListView::applyFilter);
    // A short pause after typing, so a list of 100,000 meetings is not counted per keystroke.
    m_textDelay->setSingleShot(true);
    m_textDelay->setInterval(200);
    connect(m_textFilter, &QLineEdit::textChanged, m_textDelay, qOverload<>(&QTimer::start));
    connect(m_textDelay, &QTimer::timeout, this, &MeetingListView::applyFilter);
    connect(m_model, &MeetingListModel::loadFailed, this, &MeetingListView::loadFailed);

    fillBodyChoices();
    fillYearChoices();
}

qint64 MeetingListView::currentMeetingId() const
{
    return m_model->meetingId(m_view->currentIndex().row());
}

QString MeetingListView::emptyText() const
{
    if (!m_textFilter->text().trimmed().isEmpty())
        return tr("No meetings match “%1”.").arg(m_textFilter->text().trimmed());
    if (m_bodyFilter->currentIndex() > 0 || m_yearFilter->currentIndex() > 0)
        return tr("No meetings match the chosen group and year.");
    return tr("There are no meetings in this database yet.");
}

void MeetingListView::reload()
{
    fillBodyChoices();
    fillYearChoices();
    {
        const QSignalBlocker blocker(m_textFilter);
        m_textFilter->clear();
    }
    m_model->setFilter({});
}

bool MeetingListView::selectNewest()
{
    if (m_model->rowCount() == 0 && m_model->canFetchMore({}))
        m_model->fetchMore({});
    if (m_model->rowCount() == 0) {
        emit currentMeetingChanged(0);
        return false;
    }
    const QModelIndex newest = m_model->index(0, 0);
    m_view->selectionModel()->setCurrentIndex(
        newest, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollToTop();
    return true;
}

bool MeetingListView::selectMeeting(qint64 meetingId)
{
    // Pages are fetched lazily; a meeting far down an enormous list is not worth loading all.
    constexpr int maxPages = 50;
    int row = 0;
    for (int page = 0; page <= maxPages; ++page) {
        for (; row < m_model->rowCount(); ++row) {
            if (m_model->meetingId(row) != meetingId)
                continue;
            const QModelIndex index = m_model->index(row, 0);
            m_view->selectionModel()->setCurrentIndex(
                index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            m_view->scrollTo(index);
            return true;
        }
        if (!m_model->canFetchMore({}))
            break;
        m_model->fetchMore({});
    }
    return false;
}

void MeetingListView::fillBodyChoices()
{
    const QSignalBlocker blocker(m_bodyFilter);
    m_bodyFilter->clear();
    m_bodyFilter->addItem(tr("All groups"), qint64(0));
    // Without bodies there is nothing to choose; the model reports any database failure.
    const Result<QVector<Body>> bodies = BodyRepository(m_database).list();
    if (!bodies.ok())
        return;
    for (const Body &body : bodies.value()) {
        const QString text = body.shortName.isEmpty() || body.shortName == body.name
            ? body.name
            : body.shortName + QStringLiteral(" – ") + body.name;
        m_bodyFilter->addItem(text, body.id);
        m_bodyFilter->setItemData(m_bodyFilter->count() - 1, body.name, Qt::ToolTipRole);
    }
}

void MeetingListView::fillYearChoices()
{
    const QSignalBlocker blocker(m_yearFilter);
    m_yearFilter->clear();
    m_yearFilter->addItem(tr("All years"), 0);
    // The newest and the oldest meeting bound the years: two one-row queries, whatever the size.
    const MeetingRepository meetings(m_database);
    const Result<int> total = meetings.count();
    if (!total.ok() || total.value() == 0)
        return;
    MeetingFilter newest;
    newest.limit = 1;
    MeetingFilter oldest = newest;
    oldest.offset = total.value() - 1;
    const auto first = meetings.list(newest);
    const auto last = meetings.list(oldest);
    if (!first.ok() || !last.ok() || first.value().isEmpty() || last.value().isEmpty())
        return;
    const int from = last.value().constFirst().date.year();
    for (int year = first.value().constFirst().date.year(); year >= from; --year)
        m_yearFilter->addItem(QString::number(year), year);
}

void MeetingListView::applyFilter()
{
    MeetingFilter filter;
    filter.bodyId = m_bodyFilter->currentData().toLongLong();
    filter.year = m_yearFilter->currentData().toInt();
    filter.text = m_textFilter->text();
    m_textDelay->stop();
    m_model->setFilter(filter);
    selectNewest();
}

void MeetingListView::onCurrentRowChanged(const QModelIndex &current)
{
    emit currentMeetingChanged(m_model->meetingId(current.row()));
}

} // namespace minutebook

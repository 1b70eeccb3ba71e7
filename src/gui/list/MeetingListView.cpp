#include "MeetingListView.h"

#include "BodyRepository.h"
#include "MeetingListModel.h"
#include "ui_MeetingListView.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QScrollBar>
#include <QSignalBlocker>
#include <QStyleOptionViewItem>
#include <QTableView>
#include <QTimer>

namespace minutebook {

MeetingListView::MeetingListView(const Database &database, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::MeetingListView>())
    , m_database(database)
    , m_model(new MeetingListModel(database, this))
    , m_textDelay(new QTimer(this))
{
    m_ui->setupUi(this);
    // Names for screen readers: the filter and the list have no labels beside them.
    m_ui->meetingFilter->setAccessibleName(tr("Filter the meetings"));
    m_ui->meetingTable->setAccessibleName(tr("Meetings"));
    m_ui->meetingTable->setModel(m_model);
    QHeaderView *rows = m_ui->meetingTable->verticalHeader();
    rows->setSectionResizeMode(QHeaderView::Fixed);
    rows->setDefaultSectionSize(m_ui->meetingTable->fontMetrics().height() + 8);
    QHeaderView *header = m_ui->meetingTable->horizontalHeader();
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(MeetingListModel::PlaceColumn, QHeaderView::Stretch);
    setFocusProxy(m_ui->meetingTable);

    connect(m_ui->meetingTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &MeetingListView::onCurrentRowChanged);
    connect(m_ui->bodyFilter, &QComboBox::currentIndexChanged, this, &MeetingListView::applyFilter);
    connect(m_ui->yearFilter, &QComboBox::currentIndexChanged, this, &MeetingListView::applyFilter);
    // A short pause after typing, so a list of 100,000 meetings is not counted per keystroke.
    m_textDelay->setSingleShot(true);
    m_textDelay->setInterval(200);
    connect(m_ui->meetingFilter, &QLineEdit::textChanged, m_textDelay, qOverload<>(&QTimer::start));
    connect(m_textDelay, &QTimer::timeout, this, &MeetingListView::applyFilter);
    connect(m_model, &MeetingListModel::loadFailed, this, &MeetingListView::loadFailed);
    connect(m_model, &QAbstractItemModel::modelReset, this, &MeetingListView::fitColumns);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &MeetingListView::fitColumns);

    fillBodyChoices();
    fillYearChoices();
}

MeetingListView::~MeetingListView() = default;

void MeetingListView::fitColumns()
{
    QTableView *table = m_ui->meetingTable;
    const QHeaderView *header = table->horizontalHeader();
    int width = 2 * table->frameWidth() + table->verticalScrollBar()->sizeHint().width();
    QStyleOptionViewItem option;
    option.initFrom(table);
    option.features = QStyleOptionViewItem::HasDisplay;
    const int rows = qMin(m_model->rowCount(), 200); // what the first screens show
    for (int c = 0; c < MeetingListModel::ColumnCount; ++c) {
        int column = header->sectionSizeHint(c);
        if (c == MeetingListModel::PlaceColumn) {
            column = qMax(column, table->fontMetrics().averageCharWidth() * 12);
        } else {
            for (int r = 0; r < rows; ++r) {
                column = qMax(
                    column, table->itemDelegate()->sizeHint(option, m_model->index(r, c)).width());
            }
        }
        width += column;
    }
    table->setMinimumWidth(width);
    // The rows come after the header first sized its columns (the model loads in pages).
    for (int c = 0; c < MeetingListModel::ColumnCount; ++c) {
        if (c != MeetingListModel::PlaceColumn)
            table->resizeColumnToContents(c);
    }
}

qint64 MeetingListView::currentMeetingId() const
{
    return m_model->meetingId(m_ui->meetingTable->currentIndex().row());
}

QString MeetingListView::emptyText() const
{
    if (!m_ui->meetingFilter->text().trimmed().isEmpty())
        return tr("No meetings match “%1”.").arg(m_ui->meetingFilter->text().trimmed());
    if (m_ui->bodyFilter->currentIndex() > 0 || m_ui->yearFilter->currentIndex() > 0)
        return tr("No meetings match the chosen group and year.");
    return tr("There are no meetings in this database yet.");
}

void MeetingListView::reload()
{
    fillBodyChoices();
    fillYearChoices();
    {
        const QSignalBlocker blocker(m_ui->meetingFilter);
        m_ui->meetingFilter->clear();
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
    m_ui->meetingTable->selectionModel()->setCurrentIndex(
        newest, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_ui->meetingTable->scrollToTop();
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
            m_ui->meetingTable->selectionModel()->setCurrentIndex(
                index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            m_ui->meetingTable->scrollTo(index);
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
    const QSignalBlocker blocker(m_ui->bodyFilter);
    m_ui->bodyFilter->clear();
    m_ui->bodyFilter->addItem(tr("All groups"), qint64(0));
    // Without bodies there is nothing to choose; the model reports any database failure.
    const Result<QVector<Body>> bodies = BodyRepository(m_database).list();
    if (!bodies.ok())
        return;
    for (const Body &body : bodies.value()) {
        const QString text = body.shortName.isEmpty() || body.shortName == body.name
            ? body.name
            : body.shortName + QStringLiteral(" – ") + body.name;
        m_ui->bodyFilter->addItem(text, body.id);
        m_ui->bodyFilter->setItemData(m_ui->bodyFilter->count() - 1, body.name, Qt::ToolTipRole);
    }
}

void MeetingListView::fillYearChoices()
{
    const QSignalBlocker blocker(m_ui->yearFilter);
    m_ui->yearFilter->clear();
    m_ui->yearFilter->addItem(tr("All years"), 0);
    // The oldest and the newest meeting bound the years: two index lookups, whatever the size
    // (reading the oldest as the last row of the list walked the whole archive at start-up).
    const auto range = MeetingRepository(m_database).dateRange();
    if (!range.ok() || !range.value().first.isValid() || !range.value().second.isValid())
        return;
    const int from = range.value().first.year();
    for (int year = range.value().second.year(); year >= from; --year)
        m_ui->yearFilter->addItem(QString::number(year), year);
}

void MeetingListView::applyFilter()
{
    MeetingFilter filter;
    filter.bodyId = m_ui->bodyFilter->currentData().toLongLong();
    filter.year = m_ui->yearFilter->currentData().toInt();
    filter.text = m_ui->meetingFilter->text();
    m_textDelay->stop();
    m_model->setFilter(filter);
    selectNewest();
}

void MeetingListView::onCurrentRowChanged(const QModelIndex &current)
{
    emit currentMeetingChanged(m_model->meetingId(current.row()));
}

} // namespace minutebook

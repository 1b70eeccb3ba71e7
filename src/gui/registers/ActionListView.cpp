#include "ActionListView.h"

#include "ActionListModel.h"
#include "CsvExport.h"
#include "Dialogs.h"
#include "MeetingSessions.h"
#include "RegisterCsv.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace minutebook {

ActionListView::ActionListView(MeetingSessions &sessions, Dialogs &dialogs, QWidget *parent)
    : QWidget(parent)
    , m_sessions(sessions)
    , m_database(sessions.database())
    , m_dialogs(dialogs)
    , m_model(new ActionListModel(sessions.database(), this))
    , m_person(new QComboBox(this))
    , m_status(new QComboBox(this))
    , m_filter(new QLineEdit(this))
    , m_markDone(new QPushButton(tr("Mark done"), this))
    , m_count(new QLabel(this))
    , m_view(new QTableView(this))
    , m_typingPause(new QTimer(this))
{
    m_person->setEditable(true);
    m_person->setInsertPolicy(QComboBox::NoInsert);
    m_person->lineEdit()->setPlaceholderText(tr("Everybody"));
    m_status->addItem(tr("Open"), OpenOnly);
    m_status->addItem(tr("Done"), DoneOnly);
    m_status->addItem(tr("All"), Every);
    m_filter->setPlaceholderText(tr("Filter assignments"));
    m_filter->setClearButtonEnabled(true);
    m_separator = CsvExport::separatorChoice(this);
    m_separator->setObjectName(QStringLiteral("actionSeparator"));
    m_person->setObjectName(QStringLiteral("actionPerson"));
    m_status->setObjectName(QStringLiteral("actionStatus"));
    m_view->setObjectName(QStringLiteral("actionListView"));
    // Names for screen readers: these have no label beside them.
    m_person->setAccessibleName(tr("Person"));
    m_status->setAccessibleName(tr("Status"));
    m_filter->setAccessibleName(tr("Filter assignments"));
    m_view->setAccessibleName(tr("Assignments"));
    auto *exportButton = new QPushButton(tr("Export CSV…"), this);
    m_markDone->setEnabled(false);

    auto *top = new QHBoxLayout;
    top->addWidget(m_person);
    top->addWidget(m_status);
    top->addWidget(m_filter, 1);
    top->addWidget(m_count);
    top->addWidget(m_markDone);
    top->addWidget(m_separator);
    top->addWidget(exportButton);

    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSortIndicator(ActionListModel::DueColumn, Qt::AscendingOrder);
    m_view->setSortingEnabled(true);
    m_view->setColumnWidth(ActionListModel::AssigneeColumn, 160);
    m_view->setColumnWidth(ActionListModel::TextColumn, 360);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);

    m_typingPause->setSingleShot(true);
    m_typingPause->setInterval(200);
    connect(m_typingPause, &QTimer::timeout, this, &ActionListView::applyFilter);
    connect(m_filter, &QLineEdit::textChanged, m_typingPause, qOverload<>(&QTimer::start));
    connect(m_person, &QComboBox::currentTextChanged, m_typingPause, qOverload<>(&QTimer::start));
    connect(m_status, &QComboBox::currentIndexChanged, this, &ActionListView::applyFilter);
    connect(m_markDone, &QPushButton::clicked, this, &ActionListView::toggleCurrent);
    connect(exportButton, &QPushButton::clicked, this, &ActionListView::exportCsv);
    connect(m_model, &ActionListModel::totalCountChanged, this,
        [this](int count) { m_count->setText(tr("%n assignment(s)", nullptr, count)); });
    connect(m_model, &ActionListModel::loadFailed, this, [this](const QString &message) {
        m_dialogs.warning(this, tr("Assignments not shown"), message);
    });
    // One source of truth: whatever changes a meeting, the rows of that meeting follow.
    connect(&sessions, &MeetingSessions::actionStatusChanged, m_model,
        [this](qint64, qint64 actionId, ActionStatus status, const QDate &date) {
            m_model->showStatus(actionId, status, date);
        });
    connect(&sessions, &MeetingSessions::meetingChanged, m_model, &ActionListModel::refreshMeeting);
    connect(m_model, &ActionListModel::dataChanged, this, &ActionListView::updateButton);
    connect(m_model, &ActionListModel::modelReset, this, &ActionListView::updateButton);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &ActionListView::updateButton);
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &index) {
        emit openRequested(index.data(ActionListModel::MeetingIdRole).toLongLong(),
            index.data(ActionListModel::ItemIdRole).toLongLong());
    });
    reload();
}

void ActionListView::reload()
{
    {
        const QSignalBlocker blocker(m_person);
        const QString person = m_person->currentText();
        m_person->clear();
        m_person->addItem(QString());
        const auto people = RegisterRepository(m_database).assignees();
        if (people.ok())
            m_person->addItems(people.value());
        m_person->setEditText(person);
    }
    applyFilter();
}

void ActionListView::applyFilter()
{
    m_typingPause->stop();
    RegisterFilter filter;
    filter.assignee = m_person->currentText().trimmed();
    filter.openOnly = m_status->currentData().toInt() == OpenOnly;
    filter.doneOnly = m_status->currentData().toInt() == DoneOnly;
    filter.text = m_filter->text();
    m_model->setFilter(filter);
}

void ActionListView::updateButton()
{
    const ActionRecord *a = m_model->record(m_view->currentIndex().row());
    m_markDone->setEnabled(a != nullptr);
    m_markDone->setText(a && a->status == ActionStatus::Done ? tr("Mark open") : tr("Mark done"));
}

bool ActionListView::toggleCurrent()
{
    const ActionRecord *a = m_model->record(m_view->currentIndex().row());
    if (!a)
        return false;
    const ActionStatus to
        = a->status == ActionStatus::Done ? ActionStatus::Open : ActionStatus::Done;
    // An edit of the assignment's meeting, on that meeting's undo stack (made the active one).
    if (Status s = m_sessions.setActionStatus(a->meetingId, a->actionId, to); !s) {
        m_dialogs.warning(this, tr("Not saved"), s.error());
        return false;
    }
    return true;
}

bool ActionListView::exportCsv()
{
    return CsvExport::save(m_dialogs, this, tr("Export assignments"), tr("assignments.csv"),
        [this]() -> Result<QByteArray> {
            const auto rows = m_model->allRows();
            if (!rows.ok())
                return rows.status();
            return RegisterCsv::actions(rows.value(), {CsvExport::separator(m_separator), true});
        });
}

} // namespace minutebook

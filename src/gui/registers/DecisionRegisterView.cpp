#include "DecisionRegisterView.h"

#include "MeetingSessions.h"

#include "BodyRepository.h"
#include "CsvExport.h"
#include "DecisionRegisterModel.h"
#include "Dialogs.h"
#include "RegisterCsv.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace minutebook {

DecisionRegisterView::DecisionRegisterView(
    MeetingSessions &sessions, Dialogs &dialogs, QWidget *parent)
    : QWidget(parent)
    , m_database(sessions.database())
    , m_dialogs(dialogs)
    , m_model(new DecisionRegisterModel(sessions.database(), this))
    , m_filter(new QLineEdit(this))
    , m_body(new QComboBox(this))
    , m_count(new QLabel(this))
    , m_view(new QTableView(this))
    , m_typingPause(new QTimer(this))
{
    m_filter->setPlaceholderText(tr("Filter decisions"));
    m_filter->setClearButtonEnabled(true);
    m_separator = CsvExport::separatorChoice(this);
    m_separator->setObjectName(QStringLiteral("decisionSeparator"));
    m_filter->setObjectName(QStringLiteral("decisionFilter"));
    m_view->setObjectName(QStringLiteral("decisionRegisterView"));
    // Names for screen readers: these have no label beside them.
    m_filter->setAccessibleName(tr("Filter decisions"));
    m_body->setAccessibleName(tr("Group"));
    m_view->setAccessibleName(tr("Decisions"));
    auto *exportButton = new QPushButton(tr("Export CSV…"), this);

    auto *top = new QHBoxLayout;
    top->addWidget(m_filter, 1);
    top->addWidget(m_body);
    top->addWidget(m_count);
    top->addStretch();
    top->addWidget(m_separator);
    top->addWidget(exportButton);

    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSortIndicatorShown(true);
    // Sorting is done by the model's query, newest first to begin with.
    m_view->horizontalHeader()->setSortIndicator(
        DecisionRegisterModel::DateColumn, Qt::DescendingOrder);
    m_view->setSortingEnabled(true);
    m_view->setColumnWidth(DecisionRegisterModel::ReferenceColumn, 170);
    m_view->setColumnWidth(DecisionRegisterModel::ItemColumn, 220);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);

    m_typingPause->setSingleShot(true);
    m_typingPause->setInterval(200);
    connect(m_typingPause, &QTimer::timeout, this, &DecisionRegisterView::applyFilter);
    connect(m_filter, &QLineEdit::textChanged, m_typingPause, qOverload<>(&QTimer::start));
    connect(m_body, &QComboBox::currentIndexChanged, this, &DecisionRegisterView::applyFilter);
    connect(exportButton, &QPushButton::clicked, this, &DecisionRegisterView::exportCsv);
    connect(
        m_model, &DecisionRegisterModel::totalCountChanged, this, &DecisionRegisterView::showCount);
    // One source of truth: whatever changes a meeting, the register's rows of it follow.
    connect(&sessions, &MeetingSessions::meetingChanged, m_model,
        &DecisionRegisterModel::refreshMeeting);
    connect(m_model, &DecisionRegisterModel::loadFailed, this, [this](const QString &message) {
        m_dialogs.warning(this, tr("Decisions not shown"), message);
    });
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &index) {
        emit openRequested(index.data(DecisionRegisterModel::MeetingIdRole).toLongLong(),
            index.data(DecisionRegisterModel::ItemIdRole).toLongLong());
    });
    reload();
}

void DecisionRegisterView::reload()
{
    {
        const QSignalBlocker blocker(m_body);
        const QString body = m_body->currentData().toString();
        m_body->clear();
        m_body->addItem(tr("All groups"));
        const auto bodies = BodyRepository(m_database).list();
        if (bodies.ok()) {
            for (const Body &b : bodies.value())
                m_body->addItem(b.shortName.isEmpty() ? b.name : b.shortName, b.name);
        }
        m_body->setCurrentIndex(qMax(0, m_body->findData(body)));
    }
    applyFilter();
}

void DecisionRegisterView::applyFilter()
{
    m_typingPause->stop();
    RegisterFilter filter;
    filter.text = m_filter->text();
    filter.body = m_body->currentData().toString();
    m_model->setFilter(filter);
}

void DecisionRegisterView::showCount(int count)
{
    m_count->setText(tr("%n decision(s)", nullptr, count));
}

bool DecisionRegisterView::exportCsv()
{
    return CsvExport::save(m_dialogs, this, tr("Export decisions"), tr("decisions.csv"),
        [this]() -> Result<QByteArray> {
            const auto rows = m_model->allRows();
            if (!rows.ok())
                return rows.status();
            return RegisterCsv::decisions(rows.value(), {CsvExport::separator(m_separator), true});
        });
}

} // namespace minutebook

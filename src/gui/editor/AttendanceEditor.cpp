#include "AttendanceEditor.h"

#include "AttendanceModel.h"
#include "MeetingSession.h"
#include "UndoKeyFilter.h"

#include <QComboBox>
#include <QCompleter>
#include <QGridLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStringListModel>
#include <QTreeView>
#include <QVBoxLayout>

namespace minutebook {

AttendanceEditor::AttendanceEditor(MeetingSession &session, QWidget *parent)
    : QWidget(parent)
    , m_view(new QTreeView(this))
    , m_guestName(new QLineEdit(this))
    , m_guestNote(new QLineEdit(this))
    , m_addGuest(new QPushButton(tr("Add &guest"), this))
    , m_memberName(new QLineEdit(this))
    , m_memberGroup(new QComboBox(this))
    , m_addMember(new QPushButton(tr("Add to &roster"), this))
    , m_message(new QLabel(this))
    , m_completer(new QCompleter(this))
{
    auto *title = new QLabel(tr("<b>Attendance</b> (Space marks present or absent)"), this);
    m_view->header()->hide();
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_completer->setModel(new QStringListModel(this));
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setFilterMode(Qt::MatchContains);
    m_guestName->setCompleter(m_completer);
    m_guestName->setPlaceholderText(tr("Guest's name"));
    m_guestNote->setPlaceholderText(tr("What they presented"));
    m_memberName->setPlaceholderText(tr("New member's name"));
    m_memberGroup->setEditable(true);
    m_memberGroup->lineEdit()->setPlaceholderText(tr("Sub-group"));
    m_message->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_message->setWordWrap(true);
    m_message->hide();
    for (QWidget *w : {static_cast<QWidget *>(m_guestName), static_cast<QWidget *>(m_guestNote),
             static_cast<QWidget *>(m_memberName), static_cast<QWidget *>(m_memberGroup)})
        UndoKeyFilter::install(w);

    // Name above what goes with it, so both stay readable in a narrow column.
    auto *lines = new QGridLayout;
    lines->addWidget(m_guestName, 0, 0);
    lines->addWidget(m_addGuest, 0, 1);
    lines->addWidget(m_guestNote, 1, 0, 1, 2);
    lines->addWidget(m_memberName, 2, 0);
    lines->addWidget(m_addMember, 2, 1);
    lines->addWidget(m_memberGroup, 3, 0, 1, 2);
    lines->setColumnStretch(0, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(title);
    layout->addWidget(m_view, 1);
    layout->addLayout(lines);
    layout->addWidget(m_message);

    connect(m_addGuest, &QPushButton::clicked, this, &AttendanceEditor::addGuest);
    connect(m_guestName, &QLineEdit::returnPressed, this, &AttendanceEditor::addGuest);
    connect(m_guestNote, &QLineEdit::returnPressed, this, &AttendanceEditor::addGuest);
    connect(m_addMember, &QPushButton::clicked, this, &AttendanceEditor::addMember);
    connect(m_memberName, &QLineEdit::returnPressed, this, &AttendanceEditor::addMember);
    connect(m_memberName, &QLineEdit::textEdited, this, &AttendanceEditor::checkMemberName);
    setSession(session);
}

void AttendanceEditor::setSession(MeetingSession &session)
{
    if (m_session == &session)
        return;
    if (m_session) {
        disconnect(m_session, nullptr, this, nullptr);
        disconnect(m_session->attendance(), nullptr, m_view, nullptr);
    }
    m_session = &session;
    QItemSelectionModel *old = m_view->selectionModel();
    m_view->setModel(session.attendance());
    if (old && old != m_view->selectionModel())
        old->deleteLater();
    connect(&session, &MeetingSession::loaded, this, &AttendanceEditor::refresh);
    connect(session.attendance(), &QAbstractItemModel::rowsInserted, m_view, &QTreeView::expandAll);
    refresh();
}

QString AttendanceEditor::messageText() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void AttendanceEditor::refresh()
{
    m_view->expandAll();
    const bool editable = m_session->meetingId() != 0 && !m_session->isReadOnly();
    for (QWidget *w : {static_cast<QWidget *>(m_guestName), static_cast<QWidget *>(m_guestNote),
             static_cast<QWidget *>(m_addGuest), static_cast<QWidget *>(m_memberName),
             static_cast<QWidget *>(m_memberGroup), static_cast<QWidget *>(m_addMember)})
        w->setEnabled(editable);
    static_cast<QStringListModel *>(m_completer->model())->setStringList(m_session->personNames());
    QStringList groups;
    const AttendanceModel *model = m_session->attendance();
    for (int g = 0; g < model->rowCount(); ++g) {
        const QModelIndex first = model->index(0, 0, model->index(g, 0));
        const auto *a = first.isValid()
            ? model->attendance(first.data(AttendanceModel::PersonIdRole).toLongLong())
            : nullptr;
        if (a && a->status != AttendanceStatus::Guest && !a->groupLabel.isEmpty())
            groups << a->groupLabel;
    }
    const QString typed = m_memberGroup->currentText();
    m_memberGroup->clear();
    m_memberGroup->addItems(groups);
    m_memberGroup->setEditText(typed.isEmpty() && !groups.isEmpty() ? groups.first() : typed);
    m_message->hide();
}

void AttendanceEditor::addGuest()
{
    if (m_guestName->text().trimmed().isEmpty()) {
        m_message->setText(tr("Type the guest's name first."));
        m_message->show();
        return;
    }
    m_session->addGuest(m_guestName->text(), m_guestNote->text());
    m_guestName->clear();
    m_guestNote->clear();
    m_message->hide();
    m_guestName->setFocus();
}

void AttendanceEditor::checkMemberName()
{
    const QString name = m_memberName->text().simplified();
    const AttendanceModel *model = m_session->attendance();
    for (int g = 0; g < model->rowCount(); ++g) {
        const QModelIndex group = model->index(g, 0);
        for (int r = 0; r < model->rowCount(group); ++r) {
            const auto *a = model->attendance(
                model->index(r, 0, group).data(AttendanceModel::PersonIdRole).toLongLong());
            if (a && a->status != AttendanceStatus::Guest && !name.isEmpty()
                && a->person.name.simplified().compare(name, Qt::CaseInsensitive) == 0) {
                m_message->setText(tr("%1 is already on the roster.").arg(a->person.name));
                m_message->show();
                return;
            }
        }
    }
    m_message->hide();
}

void AttendanceEditor::addMember()
{
    const Status s = m_session->addRosterMember(m_memberName->text(), m_memberGroup->currentText());
    if (!s) {
        // Pointed out, not thrown away: the name stays in the line for correction.
        m_message->setText(s.error());
        m_message->show();
        return;
    }
    m_memberName->clear();
    m_message->hide();
    static_cast<QStringListModel *>(m_completer->model())->setStringList(m_session->personNames());
}

} // namespace minutebook

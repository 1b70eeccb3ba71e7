#include "AttendanceEditor.h"

#include "AttendanceModel.h"
#include "Colours.h"
#include "MeetingSession.h"
#include "UndoKeyFilter.h"
#include "ui_AttendanceEditor.h"

#include <QComboBox>
#include <QCompleter>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QPushButton>
#include <QStringListModel>
#include <QTreeView>

namespace minutebook {

AttendanceEditor::AttendanceEditor(MeetingSession &session, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::AttendanceEditor>())
    , m_completer(new QCompleter(this))
{
    m_ui->setupUi(this);
    m_ui->message->setPalette(Colours::warningPalette(m_ui->message->palette()));
    m_ui->memberGroup->lineEdit()->setPlaceholderText(tr("Sub-group"));
    m_ui->message->hide();
    m_completer->setModel(new QStringListModel(this));
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setFilterMode(Qt::MatchContains);
    m_ui->guestName->setCompleter(m_completer);
    for (QWidget *w :
        {static_cast<QWidget *>(m_ui->guestName), static_cast<QWidget *>(m_ui->guestNote),
            static_cast<QWidget *>(m_ui->memberName), static_cast<QWidget *>(m_ui->memberGroup)})
        UndoKeyFilter::install(w);

    connect(m_ui->addGuestButton, &QPushButton::clicked, this, &AttendanceEditor::addGuest);
    connect(m_ui->guestName, &QLineEdit::returnPressed, this, &AttendanceEditor::addGuest);
    connect(m_ui->guestNote, &QLineEdit::returnPressed, this, &AttendanceEditor::addGuest);
    connect(m_ui->addMemberButton, &QPushButton::clicked, this, &AttendanceEditor::addMember);
    connect(m_ui->memberName, &QLineEdit::returnPressed, this, &AttendanceEditor::addMember);
    connect(m_ui->memberName, &QLineEdit::textEdited, this, &AttendanceEditor::checkMemberName);
    setSession(session);
}

AttendanceEditor::~AttendanceEditor() = default;

void AttendanceEditor::setSession(MeetingSession &session)
{
    if (m_session == &session)
        return;
    if (m_session) {
        disconnect(m_session, nullptr, this, nullptr);
        disconnect(m_session->attendance(), nullptr, m_ui->attendanceView, nullptr);
    }
    m_session = &session;
    QItemSelectionModel *old = m_ui->attendanceView->selectionModel();
    m_ui->attendanceView->setModel(session.attendance());
    if (old && old != m_ui->attendanceView->selectionModel())
        old->deleteLater();
    connect(&session, &MeetingSession::loaded, this, &AttendanceEditor::refresh);
    connect(session.attendance(), &QAbstractItemModel::rowsInserted, m_ui->attendanceView,
        &QTreeView::expandAll);
    refresh();
}

QString AttendanceEditor::messageText() const
{
    return m_ui->message->isHidden() ? QString() : m_ui->message->text();
}

void AttendanceEditor::refresh()
{
    m_ui->attendanceView->expandAll();
    const bool editable = m_session->meetingId() != 0 && !m_session->isReadOnly();
    for (QWidget *w : {static_cast<QWidget *>(m_ui->guestName),
             static_cast<QWidget *>(m_ui->guestNote), static_cast<QWidget *>(m_ui->addGuestButton),
             static_cast<QWidget *>(m_ui->memberName), static_cast<QWidget *>(m_ui->memberGroup),
             static_cast<QWidget *>(m_ui->addMemberButton)})
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
    const QString typed = m_ui->memberGroup->currentText();
    m_ui->memberGroup->clear();
    m_ui->memberGroup->addItems(groups);
    m_ui->memberGroup->setEditText(typed.isEmpty() && !groups.isEmpty() ? groups.first() : typed);
    m_ui->message->hide();
}

void AttendanceEditor::addGuest()
{
    if (m_ui->guestName->text().trimmed().isEmpty()) {
        m_ui->message->setText(tr("Type the guest's name first."));
        m_ui->message->show();
        return;
    }
    m_session->addGuest(m_ui->guestName->text(), m_ui->guestNote->text());
    m_ui->guestName->clear();
    m_ui->guestNote->clear();
    m_ui->message->hide();
    m_ui->guestName->setFocus();
}

void AttendanceEditor::checkMemberName()
{
    const QString name = m_ui->memberName->text().simplified();
    const AttendanceModel *model = m_session->attendance();
    for (int g = 0; g < model->rowCount(); ++g) {
        const QModelIndex group = model->index(g, 0);
        for (int r = 0; r < model->rowCount(group); ++r) {
            const auto *a = model->attendance(
                model->index(r, 0, group).data(AttendanceModel::PersonIdRole).toLongLong());
            if (a && a->status != AttendanceStatus::Guest && !name.isEmpty()
                && a->person.name.simplified().compare(name, Qt::CaseInsensitive) == 0) {
                m_ui->message->setText(tr("%1 is already on the roster.").arg(a->person.name));
                m_ui->message->show();
                return;
            }
        }
    }
    m_ui->message->hide();
}

void AttendanceEditor::addMember()
{
    const Status s
        = m_session->addRosterMember(m_ui->memberName->text(), m_ui->memberGroup->currentText());
    if (!s) {
        // Pointed out, not thrown away: the name stays in the line for correction.
        m_ui->message->setText(s.error());
        m_ui->message->show();
        return;
    }
    m_ui->memberName->clear();
    m_ui->message->hide();
    static_cast<QStringListModel *>(m_completer->model())->setStringList(m_session->personNames());
}

} // namespace minutebook

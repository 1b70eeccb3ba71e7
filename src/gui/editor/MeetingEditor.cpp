#include "MeetingEditor.h"

#include "AgendaModel.h"
#include "AgendaTreeView.h"
#include "AttendanceEditor.h"
#include "Colours.h"
#include "DatePrompt.h"
#include "HeaderEditor.h"
#include "ItemEditor.h"
#include "MeetingSession.h"
#include "MeetingSessions.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

namespace minutebook {

MeetingEditor::MeetingEditor(MeetingSessions &sessions, QWidget *parent)
    : QWidget(parent)
    , m_sessions(sessions)
    , m_session(sessions.session(0).value()) // the empty session: no meeting chosen yet
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_notice(new QLabel(this))
    , m_readOnly(new QLabel(this))
{
    m_header = new HeaderEditor(*m_session, this);
    m_left = new QSplitter(Qt::Vertical, m_splitter);
    m_attendance = new AttendanceEditor(*m_session, m_left);
    m_left->addWidget(buildAgenda());
    m_item = new ItemEditor(*m_session, m_splitter);
    m_header->setObjectName(QStringLiteral("headerEditor"));
    m_attendance->setObjectName(QStringLiteral("attendanceEditor"));
    m_item->setObjectName(QStringLiteral("itemEditor"));
    m_splitter->addWidget(m_left);
    m_splitter->addWidget(m_item);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);
    m_left->setChildrenCollapsible(false);
    m_left->setStretchFactor(0, 2);
    m_left->setStretchFactor(1, 3);

    m_notice->setWordWrap(true);
    m_notice->setPalette(Colours::warningPalette(m_notice->palette()));
    m_notice->hide();
    m_readOnly->setText(tr("These minutes are approved: they can be read but no longer changed."));
    // A note on amber from the palette (dark amber in a dark theme), its text the theme's.
    QPalette note = m_readOnly->palette();
    note.setColor(QPalette::Window, Colours::noteBackground(note));
    m_readOnly->setPalette(note);
    m_readOnly->setAutoFillBackground(true);
    m_readOnly->setMargin(4);
    m_readOnly->hide();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_readOnly);
    layout->addWidget(m_header);
    layout->addWidget(m_splitter, 1);
    layout->addWidget(m_notice);

    createActions();
    connect(m_item, &ItemEditor::nextItemRequested, this, &MeetingEditor::addNextItem);
    // A session that is not shown has nobody else to tell (a reload failed, say).
    connect(&sessions, &MeetingSessions::failed, this, &MeetingEditor::showNotice);
    MeetingSession *first = m_session;
    m_session = nullptr;
    bind(*first);
}

void MeetingEditor::bind(MeetingSession &session)
{
    if (m_session == &session)
        return;
    if (m_session) {
        disconnect(m_session, nullptr, this, nullptr);
        disconnect(m_session->agenda(), nullptr, m_agendaView, nullptr);
        disconnect(m_session->agenda(), nullptr, this, nullptr);
    }
    m_session = &session;
    connect(m_session, &MeetingSession::failed, this, &MeetingEditor::showNotice);
    connect(m_session, &MeetingSession::saved, this, [this] {
        m_notice->hide();
        emit saved();
    });
    connect(m_session, &MeetingSession::itemAdded, this, &MeetingEditor::selectItem);
    connect(m_session, &MeetingSession::loaded, this, &MeetingEditor::updateActions);
    connect(m_session, &MeetingSession::headerChanged, this, &MeetingEditor::headerChanged);
    m_header->setSession(session);
    m_attendance->setSession(session);
    m_item->setSession(session);
    QItemSelectionModel *oldSelection = m_agendaView->selectionModel();
    m_agendaView->setModel(session.agenda());
    if (oldSelection && oldSelection != m_agendaView->selectionModel())
        oldSelection->deleteLater();
    connect(m_agendaView->selectionModel(), &QItemSelectionModel::currentChanged, this,
        [this](const QModelIndex &current) {
            m_item->setItem(m_session->agenda()->itemId(current));
            updateActions();
        });
    connect(session.agenda(), &QAbstractItemModel::modelReset, m_agendaView, &QTreeView::expandAll);
    connect(session.agenda(), &QAbstractItemModel::rowsInserted, m_agendaView,
        [this](const QModelIndex &parent) { m_agendaView->expand(parent); });
    connect(session.agenda(), &QAbstractItemModel::rowsMoved, m_agendaView,
        [this](const QModelIndex &, int, int, const QModelIndex &to) { m_agendaView->expand(to); });
    emit undoStackChanged(session.undoStack());
}

QWidget *MeetingEditor::buildAgenda()
{
    auto *box = new QWidget(m_left);
    auto *title = new QLabel(tr("<b>Agenda</b> (Enter: next item, Tab: sub-item)"), box);
    m_agendaView = new AgendaTreeView(box);
    m_agendaView->setObjectName(QStringLiteral("agendaView"));
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(title);
    layout->addWidget(m_agendaView, 1);
    connect(m_agendaView, &AgendaTreeView::addRequested, this, &MeetingEditor::addNextItem);
    connect(m_agendaView, &AgendaTreeView::indentRequested, this, &MeetingEditor::indentCurrent);
    connect(m_agendaView, &AgendaTreeView::outdentRequested, this, &MeetingEditor::outdentCurrent);
    connect(m_agendaView, &AgendaTreeView::moveUpRequested, this, &MeetingEditor::moveCurrentUp);
    connect(
        m_agendaView, &AgendaTreeView::moveDownRequested, this, &MeetingEditor::moveCurrentDown);
    connect(m_agendaView, &AgendaTreeView::removeRequested, this, &MeetingEditor::removeCurrent);
    return box;
}

QAction *MeetingEditor::addAction(
    const QString &text, const QKeySequence &key, void (MeetingEditor::*slot)())
{
    auto *action = new QAction(text, this);
    if (!key.isEmpty())
        action->setShortcut(key);
    connect(action, &QAction::triggered, this, slot);
    m_editActions.append(action);
    return action;
}

void MeetingEditor::createActions()
{
    addAction(
        tr("New &Item"), QKeySequence(Qt::CTRL | Qt::Key_Return), &MeetingEditor::addNextItem);
    addAction(tr("New &Sub-item"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Return),
        &MeetingEditor::addSubItem);
    addAction(
        tr("Re&move Item"), QKeySequence(Qt::CTRL | Qt::Key_Delete), &MeetingEditor::removeCurrent);
    addAction(
        tr("Move Item U&p"), QKeySequence(Qt::ALT | Qt::Key_Up), &MeetingEditor::moveCurrentUp);
    addAction(tr("Move Item &Down"), QKeySequence(Qt::ALT | Qt::Key_Down),
        &MeetingEditor::moveCurrentDown);
    addAction(
        tr("I&ndent Item"), QKeySequence(Qt::ALT | Qt::Key_Right), &MeetingEditor::indentCurrent);
    addAction(
        tr("&Outdent Item"), QKeySequence(Qt::ALT | Qt::Key_Left), &MeetingEditor::outdentCurrent);
    m_editActions.append(nullptr);
    addAction(tr("Add De&cision"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B),
        &MeetingEditor::addDecision);
    addAction(tr("Add &Assignment"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U),
        &MeetingEditor::addAssignment);
    addAction(tr("De&fer Item…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K),
        &MeetingEditor::deferCurrent);
    m_newMeeting = new QAction(tr("New Meeting &from Previous…"), this);
    m_newMeeting->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    connect(m_newMeeting, &QAction::triggered, this, &MeetingEditor::newMeetingFromPrevious);
}

void MeetingEditor::updateActions()
{
    const bool editable = m_session->meetingId() != 0 && !m_session->isReadOnly();
    const bool hasItem = currentItemId() != 0;
    for (int i = 0; i < m_editActions.size(); ++i) {
        if (QAction *a = m_editActions.at(i))
            a->setEnabled(editable && (i == 0 || hasItem));
    }
    m_newMeeting->setEnabled(m_session->meetingId() != 0 && !m_session->archiveIsReadOnly());
    m_readOnly->setText(m_session->archiveIsReadOnly()
            ? tr("This archive is open read-only (the file cannot be written): its minutes can "
                 "be read, searched, printed and exported, but not changed.")
            : tr("These minutes are approved: they can be read but no longer changed."));
    m_readOnly->setVisible(m_session->isReadOnly());
}

QUndoStack *MeetingEditor::undoStack() const
{
    return m_session->undoStack();
}

void MeetingEditor::showMeeting(qint64 meetingId)
{
    // What was typed in the meeting shown so far is written before another one is shown.
    const Status pending = m_session->flush();
    const Result<MeetingSession *> next = m_sessions.session(meetingId);
    if (next)
        bind(*next.value());
    if (!pending)
        showNotice(pending.error());
    else if (!next)
        showNotice(next.error());
    else
        m_notice->hide();
    m_agendaView->expandAll();
    const qint64 first = m_session->agenda()->childId(0, 0);
    if (first != 0)
        selectItem(first);
    updateActions();
}

qint64 MeetingEditor::meetingId() const
{
    return m_session->meetingId();
}

qint64 MeetingEditor::currentItemId() const
{
    return m_session->agenda()->itemId(m_agendaView->currentIndex());
}

void MeetingEditor::selectItem(qint64 itemId)
{
    const QModelIndex index = m_session->agenda()->indexOf(itemId);
    if (!index.isValid())
        return;
    m_agendaView->setCurrentIndex(index);
    m_agendaView->scrollTo(index);
    m_item->setItem(itemId);
}

void MeetingEditor::openItem(qint64 itemId, const QStringList &terms)
{
    selectItem(itemId);
    m_item->highlight(terms);
}

void MeetingEditor::showNotice(const QString &message)
{
    m_notice->setText(message);
    m_notice->show();
}

QString MeetingEditor::noticeText() const
{
    return m_notice->isHidden() ? QString() : m_notice->text();
}

void MeetingEditor::addNextItem()
{
    if (m_session->meetingId() == 0 || m_session->isReadOnly())
        return;
    const qint64 id = m_session->addItemAfter(currentItemId());
    if (id == 0)
        return;
    selectItem(id);
    m_item->titleEdit()->setFocus();
}

void MeetingEditor::addSubItem()
{
    if (currentItemId() == 0 || m_session->isReadOnly())
        return;
    const qint64 id = m_session->addChildItem(currentItemId());
    if (id == 0)
        return;
    selectItem(id);
    m_item->titleEdit()->setFocus();
}

void MeetingEditor::removeCurrent()
{
    m_session->removeItem(currentItemId());
}

void MeetingEditor::moveCurrentUp()
{
    m_session->moveUp(currentItemId());
}

void MeetingEditor::moveCurrentDown()
{
    m_session->moveDown(currentItemId());
}

void MeetingEditor::indentCurrent()
{
    m_session->indent(currentItemId());
}

void MeetingEditor::outdentCurrent()
{
    m_session->outdent(currentItemId());
}

void MeetingEditor::addDecision()
{
    m_item->addDecision();
}

void MeetingEditor::addAssignment()
{
    m_item->addAssignment();
}

void MeetingEditor::deferCurrent()
{
    m_item->deferWithPrompt();
}

void MeetingEditor::newMeetingFromPrevious()
{
    if (m_session->meetingId() == 0)
        return;
    const Result<QDate> proposed = m_session->proposedNextDate();
    const QDate date = DatePrompt::ask(this, tr("New meeting from previous"),
        tr("Date of the next meeting of %1:").arg(m_session->header().body.name),
        proposed.ok() ? proposed.value() : m_session->header().date.addDays(7), QDate());
    if (!date.isValid())
        return;
    const Result<qint64> created = createNextMeeting(date);
    if (!created)
        showNotice(created.error());
}

Result<qint64> MeetingEditor::createNextMeeting(const QDate &date)
{
    const Result<qint64> created = m_session->createNextMeeting(date);
    if (created.ok())
        emit meetingCreated(created.value());
    return created;
}

} // namespace minutebook

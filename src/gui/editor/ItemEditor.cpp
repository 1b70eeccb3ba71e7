#include "ItemEditor.h"

#include "AgendaModel.h"
#include "BodyTextEdit.h"
#include "DatePrompt.h"
#include "ItemRecordsModel.h"
#include "MeetingRules.h"
#include "MeetingSession.h"
#include "UndoKeyFilter.h"

#include <QAction>
#include <QCompleter>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QStringListModel>
#include <QTableView>
#include <QTextBlock>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace minutebook {

ItemEditor::ItemEditor(MeetingSession &session, QWidget *parent)
    : QWidget(parent)
    , m_recordsModel(new ItemRecordsModel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(buildFields(), 3);
    layout->addWidget(buildRecords(), 2);
    setSession(session);
}

void ItemEditor::setSession(MeetingSession &session)
{
    if (m_session == &session)
        return;
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = &session;
    connect(&session, &MeetingSession::itemChanged, this, [this](qint64 id) {
        if (id == m_itemId)
            showItem();
    });
    connect(&session, &MeetingSession::loaded, this, [this] {
        refreshNames();
        setItem(0);
    });
    refreshNames();
    setItem(0);
}

void ItemEditor::refreshNames()
{
    const QStringList names = m_session->personNames();
    for (QCompleter *c : {m_presenterCompleter, m_assigneeCompleter})
        static_cast<QStringListModel *>(c->model())->setStringList(names);
}

QWidget *ItemEditor::buildFields()
{
    auto *box = new QWidget(this);
    m_title = new QLineEdit(box);
    m_presenter = new QLineEdit(box);
    m_responsible = new QLineEdit(box);
    m_body = new BodyTextEdit(box);
    m_warning = new QLabel(box);
    m_deferred = new QLabel(box);
    m_warning->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_warning->setWordWrap(true);
    m_title->setPlaceholderText(tr("What the item is about"));
    m_presenter->setPlaceholderText(tr("Who presents it"));
    m_responsible->setPlaceholderText(tr("Initials"));
    m_responsible->setMaximumWidth(
        m_responsible->fontMetrics().horizontalAdvance(QLatin1Char('M')) * 8);
    m_body->setPlaceholderText(
        tr("What was said. \"- \" starts a bullet, Tab makes a sub-bullet."));
    for (QWidget *w : {static_cast<QWidget *>(m_title), static_cast<QWidget *>(m_presenter),
             static_cast<QWidget *>(m_responsible)})
        UndoKeyFilter::install(w);
    m_presenterCompleter = new QCompleter(new QStringListModel(this), this);
    m_presenterCompleter->setCaseSensitivity(Qt::CaseInsensitive);
    m_presenterCompleter->setFilterMode(Qt::MatchContains);
    m_presenter->setCompleter(m_presenterCompleter);

    auto *bold = new QToolButton(box);
    bold->setText(tr("B"));
    bold->setToolTip(tr("Bold (Ctrl+B)"));
    QFont boldFont = bold->font();
    boldFont.setBold(true);
    bold->setFont(boldFont);
    auto *bullets = new QToolButton(box);
    bullets->setText(tr("• List"));
    bullets->setToolTip(tr("Bullet list (Ctrl+Shift+L); Tab in a list makes a sub-bullet"));
    auto *link = new QToolButton(box);
    link->setText(tr("Link"));
    link->setToolTip(tr("Make the selection a link (Ctrl+K)"));
    connect(bold, &QToolButton::clicked, m_body, &BodyTextEdit::toggleBold);
    connect(bullets, &QToolButton::clicked, m_body, &BodyTextEdit::toggleBulletList);
    auto askLink = [this] {
        const QString selected = m_body->textCursor().selectedText();
        if (selected.contains(QLatin1Char('.')) && !selected.contains(QLatin1Char(' '))) {
            m_body->makeLink(QString());
            return;
        }
        const QString url = QInputDialog::getText(this, tr("Link"), tr("Address of the link:"),
            QLineEdit::Normal, QStringLiteral("https://"));
        if (!url.isEmpty())
            m_body->makeLink(url);
    };
    connect(link, &QToolButton::clicked, this, askLink);
    auto shortcut = [this](QKeySequence key, auto slot) {
        auto *s = new QShortcut(key, m_body, slot);
        s->setContext(Qt::WidgetShortcut);
    };
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_B), [this] { m_body->toggleBold(); });
    shortcut(
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L), [this] { m_body->toggleBulletList(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_K), askLink);

    auto *tools = new QHBoxLayout;
    tools->addWidget(bold);
    tools->addWidget(bullets);
    tools->addWidget(link);
    tools->addStretch(1);
    tools->addWidget(m_deferred);

    auto *form = new QFormLayout;
    form->addRow(tr("&Title:"), m_title);
    auto *people = new QHBoxLayout;
    people->addWidget(m_presenter, 1);
    auto *responsibleLabel = new QLabel(tr("&Responsible:"), box);
    responsibleLabel->setBuddy(m_responsible);
    people->addWidget(responsibleLabel);
    people->addWidget(m_responsible);
    auto *presenterLabel = new QLabel(tr("&Presenter:"), box);
    presenterLabel->setBuddy(m_presenter);
    form->addRow(presenterLabel, people);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addLayout(tools);
    layout->addWidget(m_body, 1);
    layout->addWidget(m_warning);

    connect(m_title, &QLineEdit::textEdited, this, [this](const QString &t) {
        m_session->setItemField(m_itemId, MeetingSession::ItemTitle, t);
    });
    connect(m_title, &QLineEdit::returnPressed, this, &ItemEditor::nextItemRequested);
    connect(m_presenter, &QLineEdit::textEdited, this, [this](const QString &t) {
        m_session->setItemField(m_itemId, MeetingSession::ItemPresenter, t);
    });
    connect(m_responsible, &QLineEdit::textEdited, this, [this](const QString &t) {
        m_session->setItemField(m_itemId, MeetingSession::ItemResponsible, t);
    });
    connect(m_body, &BodyTextEdit::markdownEdited, this, [this](const QString &markdown) {
        m_session->setItemField(m_itemId, MeetingSession::ItemBody, markdown);
    });
    return box;
}

QWidget *ItemEditor::buildRecords()
{
    auto *box = new QWidget(this);
    m_decisionText = new QLineEdit(box);
    m_actionText = new QLineEdit(box);
    m_assignee = new QLineEdit(box);
    m_due = new QDateEdit(MeetingRules::defaultDueDate(QDate::currentDate()), box);
    m_due->setCalendarPopup(true);
    m_decisionButton = new QPushButton(tr("&Decision"), box);
    m_actionButton = new QPushButton(tr("&Assignment"), box);
    m_deferButton = new QPushButton(tr("De&fer…"), box);
    m_decisionButton->setToolTip(tr("Add the decision (Ctrl+Shift+B)"));
    m_actionButton->setToolTip(tr("Add the assignment (Ctrl+Shift+U)"));
    m_deferButton->setToolTip(tr("Move the item to a later meeting (Ctrl+Shift+K)"));
    m_decisionText->setPlaceholderText(tr("The meeting decided…"));
    m_actionText->setPlaceholderText(tr("Assignment: what is to be done"));
    m_assignee->setPlaceholderText(tr("Who does it (name)"));
    for (QWidget *w : {static_cast<QWidget *>(m_decisionText), static_cast<QWidget *>(m_actionText),
             static_cast<QWidget *>(m_assignee), static_cast<QWidget *>(m_due)})
        UndoKeyFilter::install(w);
    m_assigneeCompleter = new QCompleter(new QStringListModel(this), this);
    m_assigneeCompleter->setCaseSensitivity(Qt::CaseInsensitive);
    m_assigneeCompleter->setFilterMode(Qt::MatchContains);
    m_assignee->setCompleter(m_assigneeCompleter);

    m_records = new QTableView(box);
    m_records->setModel(m_recordsModel);
    m_records->verticalHeader()->hide();
    m_records->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_records->setWordWrap(true);
    m_records->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_records->horizontalHeader()->setSectionResizeMode(
        ItemRecordsModel::TextColumn, QHeaderView::Stretch);
    auto *remove
        = new QShortcut(QKeySequence::Delete, m_records, [this] { removeSelectedRecord(); });
    remove->setContext(Qt::WidgetShortcut);
    connect(m_recordsModel, &ItemRecordsModel::decisionEditRequested, this,
        [this](const Decision &before, const Decision &after) {
            m_session->editDecision(before, after);
        });
    connect(m_recordsModel, &ItemRecordsModel::actionEditRequested, this,
        [this](const ActionItem &before, const ActionItem &after) {
            m_session->editAction(before, after);
        });

    auto *grid = new QGridLayout;
    grid->addWidget(m_decisionText, 0, 0, 1, 2);
    grid->addWidget(m_decisionButton, 0, 2);
    grid->addWidget(m_actionText, 1, 0, 1, 2);
    grid->addWidget(m_actionButton, 1, 2);
    grid->addWidget(m_assignee, 2, 0);
    grid->addWidget(m_due, 2, 1);
    grid->setColumnStretch(0, 1);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(grid);
    layout->addWidget(m_records, 1);
    auto *deferRow = new QHBoxLayout;
    deferRow->addStretch(1);
    deferRow->addWidget(m_deferButton);
    layout->addLayout(deferRow);

    connect(m_decisionButton, &QPushButton::clicked, this, &ItemEditor::addDecision);
    connect(m_decisionText, &QLineEdit::returnPressed, this, &ItemEditor::addDecision);
    connect(m_actionButton, &QPushButton::clicked, this, &ItemEditor::addAssignment);
    connect(m_actionText, &QLineEdit::returnPressed, this, &ItemEditor::addAssignment);
    connect(m_assignee, &QLineEdit::returnPressed, this, &ItemEditor::addAssignment);
    connect(m_deferButton, &QPushButton::clicked, this, &ItemEditor::deferWithPrompt);
    connect(m_due, &QDateEdit::dateChanged, this, &ItemEditor::updateWarnings);
    return box;
}

void ItemEditor::setItem(qint64 itemId)
{
    m_itemId = m_session->agenda()->item(itemId) ? itemId : 0;
    m_terms.clear();
    showItem();
}

void ItemEditor::showItem()
{
    const AgendaItem *item = m_session->agenda()->item(m_itemId);
    const AgendaItem empty;
    const AgendaItem &shown = item ? *item : empty;
    const bool editable = item && !m_session->isReadOnly();
    for (QLineEdit *e : {m_title, m_presenter, m_responsible}) {
        e->setReadOnly(!editable);
        e->setEnabled(item != nullptr);
    }
    m_body->setReadOnly(!editable);
    m_body->setEnabled(item != nullptr);
    for (QWidget *w : {static_cast<QWidget *>(m_decisionText), static_cast<QWidget *>(m_actionText),
             static_cast<QWidget *>(m_assignee), static_cast<QWidget *>(m_due),
             static_cast<QWidget *>(m_decisionButton), static_cast<QWidget *>(m_actionButton),
             static_cast<QWidget *>(m_deferButton)})
        w->setEnabled(editable);
    // Set only when different, so the cursor stays where the secretary types; a title shown
    // anew starts at its beginning.
    if (m_title->text() != shown.title) {
        m_title->setText(shown.title);
        if (!m_title->hasFocus())
            m_title->setCursorPosition(0);
    }
    if (m_presenter->text() != shown.presenter) {
        m_presenter->setText(shown.presenter);
        if (!m_presenter->hasFocus())
            m_presenter->setCursorPosition(0);
    }
    if (m_responsible->text() != shown.responsible)
        m_responsible->setText(shown.responsible);
    m_body->setMarkdownQuietly(shown.body);
    m_recordsModel->setEditable(editable);
    m_recordsModel->setItem(shown);
    m_deferred->setText(shown.deferredTo.isValid()
            ? tr("Deferred to %1").arg(QLocale().toString(shown.deferredTo, QLocale::ShortFormat))
            : QString());
    m_deferButton->setEnabled(editable && !shown.deferredTo.isValid());
    updateWarnings();
    highlight(m_terms);
}

void ItemEditor::updateWarnings()
{
    QStringList warnings;
    const AgendaItem *item = m_session->agenda()->item(m_itemId);
    if (item && item->title.trimmed().isEmpty())
        warnings << tr("The item has no title yet.");
    if (item && m_due->isEnabled() && m_due->date() < QDate::currentDate())
        warnings << tr("The due date of the new assignment is in the past.");
    if (item) {
        for (const ActionItem &a : item->actions) {
            if (MeetingRules::isOverdue(a, QDate::currentDate()) && !item->deferredTo.isValid()
                && !m_session->isReadOnly()) {
                warnings << tr("An open assignment is past its due date.");
                break;
            }
        }
    }
    m_warning->setText(warnings.join(QLatin1Char(' ')));
    m_warning->setVisible(!warnings.isEmpty());
    const QString frame = item && item->title.trimmed().isEmpty() && !m_title->hasFocus()
        ? QStringLiteral("QLineEdit { border: 1px solid #b00020; }")
        : QString();
    if (m_title->styleSheet() != frame)
        m_title->setStyleSheet(frame);
}

QString ItemEditor::warningText() const
{
    return m_warning->isHidden() ? QString() : m_warning->text();
}

void ItemEditor::addDecision()
{
    if (m_itemId == 0)
        return;
    const QString text = m_decisionText->text().trimmed();
    if (text.isEmpty()) {
        m_decisionText->setFocus();
        return;
    }
    if (m_session->addDecision(m_itemId, text) != 0)
        m_decisionText->clear();
}

void ItemEditor::addAssignment()
{
    if (m_itemId == 0)
        return;
    const QString text = m_actionText->text().trimmed();
    if (text.isEmpty()) {
        m_actionText->setFocus();
        return;
    }
    ActionItem action;
    action.text = text;
    action.assignee = m_assignee->text().trimmed();
    action.due = m_due->date();
    if (m_session->addAction(m_itemId, action) == 0)
        return;
    m_actionText->clear();
    m_assignee->clear();
    m_actionText->setFocus();
    updateWarnings();
}

void ItemEditor::deferWithPrompt()
{
    const AgendaItem *item = m_session->agenda()->item(m_itemId);
    if (!item)
        return;
    const QDate meetingDate = m_session->header().date;
    const Result<QDate> proposed = m_session->proposedNextDate();
    const QDate date = DatePrompt::ask(this, tr("Defer item"),
        tr("Defer “%1” to the meeting on:").arg(item->title),
        proposed.ok() ? proposed.value() : meetingDate.addDays(7), meetingDate.addDays(1));
    if (date.isValid())
        m_session->defer(m_itemId, date);
}

void ItemEditor::removeSelectedRecord()
{
    const QModelIndex current = m_records->currentIndex();
    if (!current.isValid() || m_session->isReadOnly())
        return;
    const qint64 id = current.data(ItemRecordsModel::RecordIdRole).toLongLong();
    if (current.data(ItemRecordsModel::IsDecisionRole).toBool())
        m_session->removeDecision(m_itemId, id);
    else
        m_session->removeAction(m_itemId, id);
}

void ItemEditor::highlight(const QStringList &terms)
{
    m_terms = terms;
    QList<QTextEdit::ExtraSelection> selections;
    QTextCharFormat marked;
    marked.setBackground(QColor(0xff, 0xe0, 0x66));
    for (const QString &term : terms) {
        if (term.trimmed().isEmpty())
            continue;
        QTextCursor found(m_body->document());
        while (true) {
            found = m_body->document()->find(term.trimmed(), found);
            if (found.isNull())
                break;
            selections.append({found, marked});
        }
    }
    m_body->setExtraSelections(selections);
    if (!selections.isEmpty())
        m_body->setTextCursor(QTextCursor(selections.constFirst().cursor.block()));
}

int ItemEditor::highlightCount() const
{
    return int(m_body->extraSelections().size());
}

} // namespace minutebook

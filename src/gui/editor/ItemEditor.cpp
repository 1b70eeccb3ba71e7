#include "ItemEditor.h"

#include "AgendaModel.h"
#include "BodyTextEdit.h"
#include "Colours.h"
#include "DatePrompt.h"
#include "ItemRecordsModel.h"
#include "MeetingRules.h"
#include "MeetingSession.h"
#include "UndoKeyFilter.h"
#include "ui_ItemEditor.h"

#include <QAction>
#include <QCompleter>
#include <QDateEdit>
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

namespace minutebook {

ItemEditor::ItemEditor(MeetingSession &session, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ItemEditor>())
    , m_recordsModel(new ItemRecordsModel(this))
{
    m_ui->setupUi(this);
    m_ui->warning->setPalette(Colours::warningPalette(m_ui->warning->palette()));
    setUpFields();
    setUpRecords();
    setSession(session);
}

ItemEditor::~ItemEditor() = default;

QLineEdit *ItemEditor::titleEdit() const
{
    return m_ui->itemTitle;
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

void ItemEditor::setUpFields()
{
    m_ui->itemResponsible->setMaximumWidth(
        m_ui->itemResponsible->fontMetrics().horizontalAdvance(QLatin1Char('M')) * 8);
    for (QWidget *w :
        {static_cast<QWidget *>(m_ui->itemTitle), static_cast<QWidget *>(m_ui->itemPresenter),
            static_cast<QWidget *>(m_ui->itemResponsible)})
        UndoKeyFilter::install(w);
    m_presenterCompleter = new QCompleter(new QStringListModel(this), this);
    m_presenterCompleter->setCaseSensitivity(Qt::CaseInsensitive);
    m_presenterCompleter->setFilterMode(Qt::MatchContains);
    m_ui->itemPresenter->setCompleter(m_presenterCompleter);

    connect(m_ui->boldButton, &QToolButton::clicked, m_ui->itemBody, &BodyTextEdit::toggleBold);
    connect(m_ui->bulletsButton, &QToolButton::clicked, m_ui->itemBody,
        &BodyTextEdit::toggleBulletList);
    auto askLink = [this] {
        const QString selected = m_ui->itemBody->textCursor().selectedText();
        if (selected.contains(QLatin1Char('.')) && !selected.contains(QLatin1Char(' '))) {
            m_ui->itemBody->makeLink(QString());
            return;
        }
        const QString url = QInputDialog::getText(this, tr("Link"), tr("Address of the link:"),
            QLineEdit::Normal, QStringLiteral("https://"));
        if (!url.isEmpty())
            m_ui->itemBody->makeLink(url);
    };
    connect(m_ui->linkButton, &QToolButton::clicked, this, askLink);
    // What each key does is its "What's This" text: Help → Keyboard Shortcuts lists it.
    auto shortcut = [this](QKeySequence key, const QString &does, auto slot) {
        auto *s = new QShortcut(key, m_ui->itemBody, slot);
        s->setContext(Qt::WidgetShortcut);
        s->setWhatsThis(does);
    };
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_B), tr("Bold (in an item's text)"),
        [this] { m_ui->itemBody->toggleBold(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L), tr("Bullet list (in an item's text)"),
        [this] { m_ui->itemBody->toggleBulletList(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_K), tr("Link (in an item's text)"), askLink);

    connect(m_ui->itemTitle, &QLineEdit::textEdited, this, [this](const QString &t) {
        m_session->setItemField(m_itemId, MeetingSession::ItemTitle, t);
    });
    connect(m_ui->itemTitle, &QLineEdit::returnPressed, this, &ItemEditor::nextItemRequested);
    connect(m_ui->itemPresenter, &QLineEdit::textEdited, this, [this](const QString &t) {
        m_session->setItemField(m_itemId, MeetingSession::ItemPresenter, t);
    });
    connect(m_ui->itemResponsible, &QLineEdit::textEdited, this, [this](const QString &t) {
        m_session->setItemField(m_itemId, MeetingSession::ItemResponsible, t);
    });
    connect(m_ui->itemBody, &BodyTextEdit::markdownEdited, this, [this](const QString &markdown) {
        m_session->setItemField(m_itemId, MeetingSession::ItemBody, markdown);
    });
}

void ItemEditor::setUpRecords()
{
    m_ui->dueDate->setDate(MeetingRules::defaultDueDate(QDate::currentDate()));
    for (QWidget *w :
        {static_cast<QWidget *>(m_ui->decisionText), static_cast<QWidget *>(m_ui->assignmentText),
            static_cast<QWidget *>(m_ui->assignee), static_cast<QWidget *>(m_ui->dueDate)})
        UndoKeyFilter::install(w);
    m_assigneeCompleter = new QCompleter(new QStringListModel(this), this);
    m_assigneeCompleter->setCaseSensitivity(Qt::CaseInsensitive);
    m_assigneeCompleter->setFilterMode(Qt::MatchContains);
    m_ui->assignee->setCompleter(m_assigneeCompleter);

    QTableView *records = m_ui->itemRecords;
    records->setModel(m_recordsModel);
    records->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    records->horizontalHeader()->setSectionResizeMode(
        ItemRecordsModel::TextColumn, QHeaderView::Stretch);
    auto *remove = new QShortcut(QKeySequence::Delete, records, [this] { removeSelectedRecord(); });
    remove->setContext(Qt::WidgetShortcut);
    remove->setWhatsThis(tr("Remove the chosen decision or assignment (in the item's list)"));
    connect(m_recordsModel, &ItemRecordsModel::decisionEditRequested, this,
        [this](const Decision &before, const Decision &after) {
            m_session->editDecision(before, after);
        });
    connect(m_recordsModel, &ItemRecordsModel::actionEditRequested, this,
        [this](const ActionItem &before, const ActionItem &after) {
            m_session->editAction(before, after);
        });

    connect(m_ui->decisionButton, &QPushButton::clicked, this, &ItemEditor::addDecision);
    connect(m_ui->decisionText, &QLineEdit::returnPressed, this, &ItemEditor::addDecision);
    connect(m_ui->assignmentButton, &QPushButton::clicked, this, &ItemEditor::addAssignment);
    connect(m_ui->assignmentText, &QLineEdit::returnPressed, this, &ItemEditor::addAssignment);
    connect(m_ui->assignee, &QLineEdit::returnPressed, this, &ItemEditor::addAssignment);
    connect(m_ui->deferButton, &QPushButton::clicked, this, &ItemEditor::deferWithPrompt);
    connect(m_ui->dueDate, &QDateEdit::dateChanged, this, &ItemEditor::updateWarnings);
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
    for (QLineEdit *e : {m_ui->itemTitle, m_ui->itemPresenter, m_ui->itemResponsible}) {
        e->setReadOnly(!editable);
        e->setEnabled(item != nullptr);
    }
    m_ui->itemBody->setReadOnly(!editable);
    m_ui->itemBody->setEnabled(item != nullptr);
    for (QWidget *w : {static_cast<QWidget *>(m_ui->decisionText),
             static_cast<QWidget *>(m_ui->assignmentText), static_cast<QWidget *>(m_ui->assignee),
             static_cast<QWidget *>(m_ui->dueDate), static_cast<QWidget *>(m_ui->decisionButton),
             static_cast<QWidget *>(m_ui->assignmentButton),
             static_cast<QWidget *>(m_ui->deferButton)})
        w->setEnabled(editable);
    // Set only when different, so the cursor stays where the secretary types; a title shown
    // anew starts at its beginning.
    if (m_ui->itemTitle->text() != shown.title) {
        m_ui->itemTitle->setText(shown.title);
        if (!m_ui->itemTitle->hasFocus())
            m_ui->itemTitle->setCursorPosition(0);
    }
    if (m_ui->itemPresenter->text() != shown.presenter) {
        m_ui->itemPresenter->setText(shown.presenter);
        if (!m_ui->itemPresenter->hasFocus())
            m_ui->itemPresenter->setCursorPosition(0);
    }
    if (m_ui->itemResponsible->text() != shown.responsible)
        m_ui->itemResponsible->setText(shown.responsible);
    m_ui->itemBody->setMarkdownQuietly(shown.body);
    m_recordsModel->setEditable(editable);
    m_recordsModel->setItem(shown);
    m_ui->deferred->setText(shown.deferredTo.isValid()
            ? tr("Deferred to %1").arg(QLocale().toString(shown.deferredTo, QLocale::ShortFormat))
            : QString());
    m_ui->deferButton->setEnabled(editable && !shown.deferredTo.isValid());
    updateWarnings();
    highlight(m_terms);
}

void ItemEditor::updateWarnings()
{
    QStringList warnings;
    const AgendaItem *item = m_session->agenda()->item(m_itemId);
    if (item && item->title.trimmed().isEmpty())
        warnings << tr("The item has no title yet.");
    if (item && m_ui->dueDate->isEnabled() && m_ui->dueDate->date() < QDate::currentDate())
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
    m_ui->warning->setText(warnings.join(QLatin1Char(' ')));
    m_ui->warning->setVisible(!warnings.isEmpty());
    const QString frame = item && item->title.trimmed().isEmpty() && !m_ui->itemTitle->hasFocus()
        ? QStringLiteral("QLineEdit { border: 1px solid %1; }")
              .arg(Colours::warning(m_ui->itemTitle->palette()).name())
        : QString();
    if (m_ui->itemTitle->styleSheet() != frame)
        m_ui->itemTitle->setStyleSheet(frame);
}

QString ItemEditor::warningText() const
{
    return m_ui->warning->isHidden() ? QString() : m_ui->warning->text();
}

void ItemEditor::addDecision()
{
    if (m_itemId == 0)
        return;
    const QString text = m_ui->decisionText->text().trimmed();
    if (text.isEmpty()) {
        m_ui->decisionText->setFocus();
        return;
    }
    if (m_session->addDecision(m_itemId, text) != 0)
        m_ui->decisionText->clear();
}

void ItemEditor::addAssignment()
{
    if (m_itemId == 0)
        return;
    const QString text = m_ui->assignmentText->text().trimmed();
    if (text.isEmpty()) {
        m_ui->assignmentText->setFocus();
        return;
    }
    ActionItem action;
    action.text = text;
    action.assignee = m_ui->assignee->text().trimmed();
    action.due = m_ui->dueDate->date();
    if (m_session->addAction(m_itemId, action) == 0)
        return;
    m_ui->assignmentText->clear();
    m_ui->assignee->clear();
    m_ui->assignmentText->setFocus();
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
    const QModelIndex current = m_ui->itemRecords->currentIndex();
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
    marked.setBackground(Colours::noteBackground(m_ui->itemBody->palette()));
    marked.setForeground(m_ui->itemBody->palette().color(QPalette::Text));
    for (const QString &term : terms) {
        if (term.trimmed().isEmpty())
            continue;
        QTextCursor found(m_ui->itemBody->document());
        while (true) {
            found = m_ui->itemBody->document()->find(term.trimmed(), found);
            if (found.isNull())
                break;
            selections.append({found, marked});
        }
    }
    m_ui->itemBody->setExtraSelections(selections);
    if (!selections.isEmpty())
        m_ui->itemBody->setTextCursor(QTextCursor(selections.constFirst().cursor.block()));
}

int ItemEditor::highlightCount() const
{
    return int(m_ui->itemBody->extraSelections().size());
}

} // namespace minutebook

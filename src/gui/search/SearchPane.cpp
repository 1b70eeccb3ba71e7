#include "SearchPane.h"

#include "BodyRepository.h"
#include "FtsQuery.h"
#include "HighlightDelegate.h"
#include "PersonRepository.h"
#include "SearchHitModel.h"
#include "SearchRunner.h"
#include "ui_SearchPane.h"

#include <QComboBox>
#include <QDate>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QTimer>
#include <QTreeView>

namespace minutebook {

namespace {
// Long enough to let a word be typed in one go, short enough to feel immediate.
constexpr int typingPauseMs = 150;
} // namespace

SearchPane::SearchPane(const Database &database, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::SearchPane>())
    , m_database(database)
    , m_model(new SearchHitModel(this))
    , m_runner(new SearchRunner(database, this))
    , m_typingPause(new QTimer(this))
{
    m_ui->setupUi(this);
    m_ui->kind->addItem(tr("All kinds"));
    m_ui->kind->addItem(tr("Items"), int(HitKind::Item));
    m_ui->kind->addItem(tr("Decisions"), int(HitKind::Decision));
    m_ui->kind->addItem(tr("Assignments"), int(HitKind::Action));
    m_ui->kind->addItem(tr("Meetings"), int(HitKind::Meeting));
    m_ui->person->lineEdit()->setPlaceholderText(tr("Any person"));
    // Names for screen readers: the pane's fields have no labels beside them.
    m_ui->searchField->setAccessibleName(tr("Search all meetings"));
    m_ui->kind->setAccessibleName(tr("Kind"));
    m_ui->body->setAccessibleName(tr("Group"));
    m_ui->person->setAccessibleName(tr("Person"));
    m_ui->year->setAccessibleName(tr("Year"));
    m_ui->searchResults->setAccessibleName(tr("Search hits"));
    m_ui->searchResults->setModel(m_model);
    // A hit: its item on one line, a two-line snippet under it.
    m_ui->searchResults->setItemDelegate(
        new HighlightDelegate(SearchHitModel::HighlightedRole, 3, this));
    m_ui->searchResults->installEventFilter(this);
    m_ui->searchField->installEventFilter(this);

    m_typingPause->setSingleShot(true);
    m_typingPause->setInterval(typingPauseMs);
    connect(m_typingPause, &QTimer::timeout, this, &SearchPane::searchNow);
    connect(m_ui->searchField, &QLineEdit::textChanged, m_typingPause, qOverload<>(&QTimer::start));
    connect(m_ui->searchField, &QLineEdit::returnPressed, this, [this] {
        if (m_model->hits().isEmpty() || m_typingPause->isActive())
            return;
        const QModelIndex current = m_ui->searchResults->currentIndex();
        activate(current.isValid() ? current : m_model->indexOfHit(0));
    });
    connect(m_ui->kind, &QComboBox::currentIndexChanged, this, &SearchPane::searchNow);
    connect(m_ui->body, &QComboBox::currentIndexChanged, this, &SearchPane::searchNow);
    connect(
        m_ui->person, &QComboBox::currentTextChanged, m_typingPause, qOverload<>(&QTimer::start));
    connect(m_ui->year, &QSpinBox::valueChanged, m_typingPause, qOverload<>(&QTimer::start));
    connect(m_runner, &SearchRunner::finished, this, &SearchPane::showResults);
    connect(m_runner, &SearchRunner::counted, this, &SearchPane::showCount);
    connect(m_ui->searchResults, &QTreeView::doubleClicked, this, &SearchPane::activate);
    reloadChoices();
}

SearchPane::~SearchPane() = default;

void SearchPane::focusField()
{
    m_ui->searchField->setFocus(Qt::ShortcutFocusReason);
    m_ui->searchField->selectAll();
}

void SearchPane::reloadChoices()
{
    const QSignalBlocker bodyBlocker(m_ui->body);
    const QString body = m_ui->body->currentData().toString();
    m_ui->body->clear();
    m_ui->body->addItem(tr("All groups"));
    const auto bodies = BodyRepository(m_database).list();
    if (bodies.ok()) {
        for (const Body &b : bodies.value())
            m_ui->body->addItem(b.shortName.isEmpty() ? b.name : b.shortName, b.name);
    }
    m_ui->body->setCurrentIndex(qMax(0, m_ui->body->findData(body)));
    const QSignalBlocker personBlocker(m_ui->person);
    const QString person = m_ui->person->currentText();
    m_ui->person->clear();
    m_ui->person->addItem(QString());
    // The persons of the attendance lists: a small table, quick even for 100,000 meetings.
    const auto people = PersonRepository(m_database).list();
    if (people.ok()) {
        for (const Person &p : people.value())
            m_ui->person->addItem(p.name);
    }
    m_ui->person->setEditText(person);
}

SearchOptions SearchPane::options() const
{
    SearchOptions o;
    o.body = m_ui->body->currentData().toString();
    o.person = m_ui->person->currentText().trimmed();
    if (m_ui->kind->currentData().isValid())
        o.kinds = {static_cast<HitKind>(m_ui->kind->currentData().toInt())};
    if (m_ui->year->value() > 0) {
        o.from = QDate(m_ui->year->value(), 1, 1);
        o.to = QDate(m_ui->year->value(), 12, 31);
    }
    o.limit = 200;
    return o;
}

void SearchPane::searchNow()
{
    m_typingPause->stop();
    const QString text = m_ui->searchField->text();
    const FtsQuery query = FtsQuery::fromUserText(text);
    if (query.isEmpty()) {
        m_model->setHits({});
        m_ui->status->setText(query.hint);
        return;
    }
    m_ui->status->setText(tr("Searching…"));
    m_runner->request(text, options());
}

void SearchPane::refreshHits(qint64 meetingId)
{
    Q_UNUSED(meetingId) // any meeting may now match, or no longer match
    if (!FtsQuery::fromUserText(m_ui->searchField->text()).isEmpty() && !m_typingPause->isActive())
        m_typingPause->start();
}

void SearchPane::showResults(
    const QVector<SearchHit> &hits, const QString &error, const QString &correctedTo)
{
    m_model->setHits(hits);
    m_ui->searchResults->expandAll();
    m_searched = correctedTo.isEmpty() ? m_ui->searchField->text() : correctedTo;
    m_correctionNote = correctedTo.isEmpty()
        ? QString()
        : tr("No hits for “%1”. Showing hits for “%2”.")
              .arg(m_ui->searchField->text().trimmed(), correctedTo);
    QString status;
    if (!error.isEmpty())
        status = error;
    else if (hits.isEmpty())
        status = tr("No hits.");
    else if (hits.size() < options().limit)
        status = tr("%n hit(s)", nullptr, int(hits.size()));
    else
        // The count follows (showCount); never show the page size as if it were the total.
        status = tr("Showing the first %1 hits; counting…").arg(hits.size());
    m_ui->status->setText(
        m_correctionNote.isEmpty() ? status : m_correctionNote + QLatin1Char(' ') + status);
    if (!hits.isEmpty() && !m_ui->searchResults->currentIndex().isValid())
        m_ui->searchResults->setCurrentIndex(m_model->indexOfHit(0));
}

void SearchPane::showCount(int total)
{
    const int shown = int(m_model->hits().size());
    QString status;
    if (total > SearchRunner::countCap)
        status = tr("More than %L1 hits; showing the first %2.")
                     .arg(SearchRunner::countCap)
                     .arg(shown);
    else
        status = tr("%Ln hit(s); showing the first %1.", nullptr, total).arg(shown);
    m_ui->status->setText(
        m_correctionNote.isEmpty() ? status : m_correctionNote + QLatin1Char(' ') + status);
}

QStringList SearchPane::termsFor(const QModelIndex &index) const
{
    QStringList terms = highlightTerms(m_searched);
    QModelIndexList rows {index};
    if (index.data(SearchHitModel::IsMeetingRole).toBool()) {
        rows.clear();
        for (int r = 0; r < m_model->rowCount(index); ++r)
            rows.append(m_model->index(r, 0, index));
    }
    for (const QModelIndex &row : rows) {
        for (const QString &w : row.data(SearchHitModel::MatchedWordsRole).toStringList()) {
            if (!terms.contains(w, Qt::CaseInsensitive))
                terms.append(w);
        }
    }
    return terms;
}

void SearchPane::activate(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    emit hitActivated(index.data(SearchHitModel::MeetingIdRole).toLongLong(),
        index.data(SearchHitModel::ItemIdRole).toLongLong(), termsFor(index));
}

bool SearchPane::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    const auto *key = static_cast<QKeyEvent *>(event);
    QTreeView *results = m_ui->searchResults;
    if (watched == m_ui->searchField && key->key() == Qt::Key_Down && !m_model->hits().isEmpty()) {
        // From the field into the hits, at the one that is current (the first at first).
        if (!results->currentIndex().isValid())
            results->setCurrentIndex(m_model->indexOfHit(0));
        results->setFocus(Qt::TabFocusReason);
        return true;
    }
    if (watched == results && key->key() == Qt::Key_Up
        && results->indexAbove(results->currentIndex()) == QModelIndex()) {
        m_ui->searchField->setFocus(Qt::BacktabFocusReason);
        return true;
    }
    if (watched == results && (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)) {
        activate(results->currentIndex());
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

QStringList SearchPane::highlightTerms(const QString &text)
{
    QStringList terms;
    QString rest = text;
    while (!rest.trimmed().isEmpty()) {
        rest = rest.trimmed();
        const bool excluded = rest.startsWith(QLatin1Char('-'));
        if (excluded)
            rest.remove(0, 1);
        QString term;
        if (rest.startsWith(QLatin1Char('"'))) {
            const int close = int(rest.indexOf(QLatin1Char('"'), 1));
            term = rest.mid(1, close < 0 ? -1 : close - 1);
            rest = close < 0 ? QString() : rest.mid(close + 1);
        } else {
            const int space = int(rest.indexOf(QLatin1Char(' ')));
            term = rest.left(space < 0 ? rest.size() : space);
            rest = space < 0 ? QString() : rest.mid(space + 1);
            while (term.endsWith(QLatin1Char('*')))
                term.chop(1);
        }
        term = term.trimmed();
        if (!excluded && !term.isEmpty() && !terms.contains(term))
            terms.append(term);
    }
    return terms;
}

} // namespace minutebook

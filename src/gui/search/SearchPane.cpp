#include "SearchPane.h"

#include "BodyRepository.h"
#include "FtsQuery.h"
#include "HighlightDelegate.h"
#include "PersonRepository.h"
#include "SearchHitModel.h"
#include "SearchRunner.h"

#include <QComboBox>
#include <QDate>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

namespace minutebook {

namespace {
// Long enough to let a word be typed in one go, short enough to feel immediate.
constexpr int typingPauseMs = 150;
} // namespace

SearchPane::SearchPane(const Database &database, QWidget *parent)
    : QWidget(parent)
    , m_database(database)
    , m_field(new QLineEdit(this))
    , m_kind(new QComboBox(this))
    , m_body(new QComboBox(this))
    , m_person(new QComboBox(this))
    , m_year(new QSpinBox(this))
    , m_status(new QLabel(this))
    , m_view(new QTreeView(this))
    , m_model(new SearchHitModel(this))
    , m_runner(new SearchRunner(database, this))
    , m_typingPause(new QTimer(this))
{
    m_field->setObjectName(QStringLiteral("searchField"));
    m_field->setPlaceholderText(tr("Search all meetings"));
    m_field->setClearButtonEnabled(true);
    m_field->setToolTip(tr("Words (all must occur), \"exact phrase\", prefix* and -word to leave "
                           "out."));
    m_kind->addItem(tr("All kinds"));
    m_kind->addItem(tr("Items"), int(HitKind::Item));
    m_kind->addItem(tr("Decisions"), int(HitKind::Decision));
    m_kind->addItem(tr("Assignments"), int(HitKind::Action));
    m_kind->addItem(tr("Meetings"), int(HitKind::Meeting));
    m_person->setEditable(true);
    m_person->setInsertPolicy(QComboBox::NoInsert);
    m_person->lineEdit()->setPlaceholderText(tr("Any person"));
    m_person->setToolTip(tr("Only meetings the person attended, items they presented and "
                            "assignments given to them."));
    m_year->setRange(0, 9999);
    m_year->setSpecialValueText(tr("All years"));
    m_year->setValue(0);

    auto *filters = new QGridLayout;
    filters->addWidget(m_kind, 0, 0);
    filters->addWidget(m_body, 0, 1);
    filters->addWidget(m_person, 1, 0);
    filters->addWidget(m_year, 1, 1);

    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setItemDelegateForColumn(SearchHitModel::SnippetColumn,
        new HighlightDelegate(SearchHitModel::HighlightedRole, this));
    m_view->header()->setStretchLastSection(true);
    m_status->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_field);
    layout->addLayout(filters);
    layout->addWidget(m_status);
    layout->addWidget(m_view, 1);

    m_typingPause->setSingleShot(true);
    m_typingPause->setInterval(typingPauseMs);
    connect(m_typingPause, &QTimer::timeout, this, &SearchPane::searchNow);
    connect(m_field, &QLineEdit::textChanged, m_typingPause, qOverload<>(&QTimer::start));
    connect(m_field, &QLineEdit::returnPressed, this, [this] {
        if (m_model->rowCount() > 0 && !m_typingPause->isActive())
            activate(m_model->index(0, 0));
    });
    connect(m_kind, &QComboBox::currentIndexChanged, this, &SearchPane::searchNow);
    connect(m_body, &QComboBox::currentIndexChanged, this, &SearchPane::searchNow);
    connect(m_person, &QComboBox::currentTextChanged, m_typingPause, qOverload<>(&QTimer::start));
    connect(m_year, &QSpinBox::valueChanged, m_typingPause, qOverload<>(&QTimer::start));
    connect(m_runner, &SearchRunner::finished, this, &SearchPane::showResults);
    connect(m_view, &QTreeView::activated, this, &SearchPane::activate);
    reloadChoices();
}

void SearchPane::focusField()
{
    m_field->setFocus(Qt::ShortcutFocusReason);
    m_field->selectAll();
}

void SearchPane::reloadChoices()
{
    const QSignalBlocker bodyBlocker(m_body);
    const QString body = m_body->currentData().toString();
    m_body->clear();
    m_body->addItem(tr("All groups"));
    const auto bodies = BodyRepository(m_database).list();
    if (bodies.ok()) {
        for (const Body &b : bodies.value())
            m_body->addItem(b.shortName.isEmpty() ? b.name : b.shortName, b.name);
    }
    m_body->setCurrentIndex(qMax(0, m_body->findData(body)));
    const QSignalBlocker personBlocker(m_person);
    const QString person = m_person->currentText();
    m_person->clear();
    m_person->addItem(QString());
    // The persons of the attendance lists: a small table, quick even for 100,000 meetings.
    const auto people = PersonRepository(m_database).list();
    if (people.ok()) {
        for (const Person &p : people.value())
            m_person->addItem(p.name);
    }
    m_person->setEditText(person);
}

SearchOptions SearchPane::options() const
{
    SearchOptions o;
    o.body = m_body->currentData().toString();
    o.person = m_person->currentText().trimmed();
    if (m_kind->currentData().isValid())
        o.kinds = {static_cast<HitKind>(m_kind->currentData().toInt())};
    if (m_year->value() > 0) {
        o.from = QDate(m_year->value(), 1, 1);
        o.to = QDate(m_year->value(), 12, 31);
    }
    o.limit = 200;
    return o;
}

void SearchPane::searchNow()
{
    m_typingPause->stop();
    const QString text = m_field->text();
    const FtsQuery query = FtsQuery::fromUserText(text);
    if (query.isEmpty()) {
        m_model->setHits({});
        m_status->setText(query.hint);
        return;
    }
    m_status->setText(tr("Searching…"));
    m_runner->request(text, options());
}

void SearchPane::refreshHits(qint64 meetingId)
{
    Q_UNUSED(meetingId) // any meeting may now match, or no longer match
    if (!FtsQuery::fromUserText(m_field->text()).isEmpty() && !m_typingPause->isActive())
        m_typingPause->start();
}

void SearchPane::showResults(const QVector<SearchHit> &hits, const QString &error)
{
    m_model->setHits(hits);
    if (!error.isEmpty())
        m_status->setText(error);
    else if (hits.isEmpty())
        m_status->setText(tr("No hits."));
    else
        m_status->setText(tr("%n hit(s)", nullptr, int(hits.size())));
    m_view->resizeColumnToContents(SearchHitModel::DateColumn);
}

void SearchPane::activate(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    const QModelIndex row = m_model->index(index.row(), 0);
    emit hitActivated(row.data(SearchHitModel::MeetingIdRole).toLongLong(),
        row.data(SearchHitModel::ItemIdRole).toLongLong(), highlightTerms(m_field->text()));
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

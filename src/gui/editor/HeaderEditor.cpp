#include "HeaderEditor.h"

#include "Colours.h"
#include "DateText.h"
#include "MeetingSession.h"
#include "UndoKeyFilter.h"
#include "ui_HeaderEditor.h"

#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QTimeEdit>

namespace minutebook {

namespace {
// A time edit cannot be empty; midnight stands for "not given" and shows as a dash.
const QTime noTime(0, 0);

QTime fromEdit(const QTimeEdit *edit)
{
    return edit->time() == noTime ? QTime() : edit->time();
}
} // namespace

HeaderEditor::HeaderEditor(MeetingSession &session, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::HeaderEditor>())
{
    m_ui->setupUi(this);
    m_ui->warning->setPalette(Colours::warningPalette(m_ui->warning->palette()));
    QFont big = m_ui->summary->font();
    big.setPointSizeF(big.pointSizeF() * 1.15);
    big.setBold(true);
    m_ui->summary->setFont(big);
    m_ui->warning->hide();
    for (QTimeEdit *t : {m_ui->start, m_ui->end}) {
        t->setMinimumTime(noTime);
        t->setSpecialValueText(QStringLiteral("–"));
        t->setDisplayFormat(QStringLiteral("HH:mm"));
    }
    for (QWidget *w : {static_cast<QWidget *>(m_ui->title), static_cast<QWidget *>(m_ui->date),
             static_cast<QWidget *>(m_ui->start), static_cast<QWidget *>(m_ui->end),
             static_cast<QWidget *>(m_ui->place), static_cast<QWidget *>(m_ui->minuteTaker)})
        UndoKeyFilter::install(w);

    connect(m_ui->title, &QLineEdit::textEdited, this,
        [this](const QString &t) { m_session->setHeaderField(MeetingSession::TitleField, t); });
    connect(m_ui->place, &QLineEdit::textEdited, this,
        [this](const QString &t) { m_session->setHeaderField(MeetingSession::PlaceField, t); });
    connect(m_ui->minuteTaker, &QLineEdit::textEdited, this, [this](const QString &t) {
        m_session->setHeaderField(MeetingSession::MinuteTakerField, t);
    });
    connect(m_ui->date, &QDateEdit::dateChanged, this, [this](const QDate &d) {
        if (!m_showing)
            m_session->setHeaderField(MeetingSession::DateField, d);
    });
    connect(m_ui->start, &QTimeEdit::timeChanged, this, [this] {
        if (!m_showing)
            m_session->setHeaderField(MeetingSession::StartField, fromEdit(m_ui->start));
    });
    connect(m_ui->end, &QTimeEdit::timeChanged, this, [this] {
        if (!m_showing)
            m_session->setHeaderField(MeetingSession::EndField, fromEdit(m_ui->end));
    });
    setSession(session);
}

void HeaderEditor::setSession(MeetingSession &session)
{
    if (m_session == &session)
        return;
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = &session;
    connect(&session, &MeetingSession::loaded, this, &HeaderEditor::showHeader);
    connect(&session, &MeetingSession::headerChanged, this, &HeaderEditor::showHeader);
    showHeader();
}

HeaderEditor::~HeaderEditor() = default;

QString HeaderEditor::summaryText() const
{
    return m_ui->summary->text();
}

QString HeaderEditor::warningText() const
{
    return m_ui->warning->text();
}

void HeaderEditor::showHeader()
{
    const Meeting &m = m_session->header();
    m_showing = true;
    const bool editable = m.id != 0 && !m_session->isReadOnly();
    for (QLineEdit *e : {m_ui->title, m_ui->place, m_ui->minuteTaker})
        e->setReadOnly(!editable);
    for (QAbstractSpinBox *e :
        {static_cast<QAbstractSpinBox *>(m_ui->date), static_cast<QAbstractSpinBox *>(m_ui->start),
            static_cast<QAbstractSpinBox *>(m_ui->end)})
        e->setReadOnly(!editable);
    // Only what differs is set, so the cursor stays where the secretary is typing.
    if (m_ui->title->text() != m.title)
        m_ui->title->setText(m.title);
    if (m_ui->place->text() != m.place)
        m_ui->place->setText(m.place);
    if (m_ui->minuteTaker->text() != m.minuteTaker)
        m_ui->minuteTaker->setText(m.minuteTaker);
    if (m.date.isValid() && m_ui->date->date() != m.date)
        m_ui->date->setDate(m.date);
    if (fromEdit(m_ui->start) != m.start)
        m_ui->start->setTime(m.start.isValid() ? m.start : noTime);
    if (fromEdit(m_ui->end) != m.end)
        m_ui->end->setTime(m.end.isValid() ? m.end : noTime);
    m_showing = false;

    const QLocale locale;
    QStringList parts;
    if (m.id != 0) {
        parts << m.body.name << DateText::meetingTime(m.date, m.start, m.end, locale);
        if (!m.place.isEmpty())
            parts << m.place;
    }
    m_ui->summary->setText(parts.join(QStringLiteral(" · ")));
    m_ui->status->setText(m.id == 0               ? QString()
            : m.status == MeetingStatus::Approved ? tr("Approved — read only")
                                                  : tr("Draft — saved as you type"));
    const bool endBeforeStart = m.start.isValid() && m.end.isValid() && m.end < m.start;
    m_ui->warning->setText(endBeforeStart
            ? tr("The end time is before the start time. It is saved as typed; "
                 "correct it when you can.")
            : QString());
    m_ui->warning->setVisible(endBeforeStart);
}

} // namespace minutebook

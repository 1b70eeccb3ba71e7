#include "NoMeetingPanel.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace minutebook {

namespace {
constexpr int columnWidth = 360;

QToolButton *actionButton(QWidget *parent, const QString &name)
{
    auto *button = new QToolButton(parent);
    button->setObjectName(name);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    button->setMinimumHeight(32);
    button->hide(); // until it has its action
    return button;
}
} // namespace

NoMeetingPanel::NoMeetingPanel(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("noMeetingPanel"));
    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("noMeetingHeading"));
    QFont big = m_heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_heading->setFont(big);
    m_heading->setWordWrap(true);
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("noMeetingText"));
    m_text->setWordWrap(true);
    m_text->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_text->installEventFilter(this);
    m_newMeeting = actionButton(this, QStringLiteral("noMeetingNew"));
    m_import = actionButton(this, QStringLiteral("noMeetingImport"));
    m_example = new QPushButton(tr("Load the example minutes"), this);
    m_example->setObjectName(QStringLiteral("noMeetingExample"));
    m_example->setMinimumHeight(32);
    connect(m_example, &QPushButton::clicked, this, &NoMeetingPanel::loadExampleRequested);

    auto *column = new QVBoxLayout;
    column->setSpacing(10);
    column->addWidget(m_heading);
    column->addWidget(m_text);
    column->addSpacing(8);
    column->addWidget(m_newMeeting);
    column->addWidget(m_import);
    column->addWidget(m_example);
    column->addStretch(1);
    // A column of reading width in the middle of the editor's place. Stretches around it, not
    // an alignment flag: a word-wrapped label in an aligned widget gets too little height.
    auto *centre = new QWidget(this);
    centre->setLayout(column);
    centre->setMinimumWidth(columnWidth);
    centre->setMaximumWidth(440);
    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(centre, 3);
    row->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addLayout(row);
    layout->addStretch(2);
    setState(false, false, QString());
}

bool NoMeetingPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_text && event->type() == QEvent::Resize)
        fitText();
    return QWidget::eventFilter(watched, event);
}

void NoMeetingPanel::fitText()
{
    // The editor's stacked place does not pass height-for-width down to a word-wrapped label:
    // it is given the height its text needs at the width it got.
    // (QLabel::heightForWidth would not do: it never answers less than the height it has.)
    const QRect room = m_text->contentsRect();
    if (room.width() <= 0)
        return;
    const int needed
        = m_text->fontMetrics()
              .boundingRect(QRect(0, 0, room.width(), 100000), Qt::TextWordWrap, m_text->text())
              .height()
        + m_text->height() - room.height();
    if (needed != m_text->height())
        m_text->setFixedHeight(needed);
}

void NoMeetingPanel::setActions(QAction *newMeeting, QAction *import)
{
    m_newMeeting->setDefaultAction(newMeeting);
    m_import->setDefaultAction(import);
}

void NoMeetingPanel::setState(bool archiveEmpty, bool canLoadExample, const QString &reason)
{
    if (archiveEmpty) {
        m_heading->setText(tr("No meetings yet"));
        m_text->setText(tr("Start the minutes of your next meeting, read in the minutes you "
                           "already have, or look around in made-up example minutes first."));
    } else {
        m_heading->setText(tr("No meeting chosen"));
        m_text->setText(
            reason.isEmpty() ? tr("Choose a meeting in the list, or start a new one.") : reason);
    }
    fitText();
    m_newMeeting->setVisible(m_newMeeting->defaultAction() != nullptr);
    m_import->setVisible(archiveEmpty && m_import->defaultAction() != nullptr);
    m_example->setVisible(archiveEmpty && canLoadExample);
}

} // namespace minutebook

#include "MeetingView.h"

#include "ArchiveSettings.h"
#include "MinutesDocument.h"

#include <QApplication>
#include <QClipboard>
#include <QMenu>
#include <QTextBrowser>
#include <QTextDocument>
#include <QVBoxLayout>

namespace minutebook {

MeetingView::MeetingView(const Database &database, QWidget *parent)
    : QWidget(parent)
    , m_database(database)
    , m_repository(database)
    , m_browser(new QTextBrowser(this))
{
    m_browser->setObjectName(QStringLiteral("minutesBrowser"));
    m_browser->setOpenExternalLinks(true);
    // Our own menu: Qt's Swedish translation is not installed everywhere (Debian ships none for
    // Qt 6), and an English "Select All" in a Swedish window looks broken.
    m_browser->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_browser, &QWidget::customContextMenuRequested, this, &MeetingView::showContextMenu);
    m_browser->setPlaceholderText(tr("Choose a meeting in the list to read its minutes."));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_browser);
    setFocusProxy(m_browser);
}

void MeetingView::showMeeting(qint64 id)
{
    if (id == 0) {
        showNothing(tr("Choose a meeting in the list to read its minutes."));
        return;
    }
    const Result<Meeting> meeting = m_repository.load(id);
    if (!meeting.ok()) {
        showNothing(tr("The minutes could not be shown. %1").arg(meeting.error()));
        return;
    }
    auto *document = new QTextDocument(this);
    document->setDocumentMargin(16);
    // As printed: in the archive's document language.
    const Result<QLocale> locale = ArchiveSettings(m_database).documentLocale();
    MinutesDocument(locale ? locale.value() : QLocale()).build(meeting.value(), *document);
    setDocument(document);
    m_meetingId = id;
}

void MeetingView::showNothing(const QString &reason)
{
    m_browser->setPlaceholderText(reason);
    setDocument(new QTextDocument(this));
    m_meetingId = 0;
}

void MeetingView::showContextMenu(const QPoint &position)
{
    QMenu menu(this);
    QAction *copy = menu.addAction(tr("&Copy"), m_browser, &QTextEdit::copy);
    copy->setEnabled(m_browser->textCursor().hasSelection());
    const QString link = m_browser->anchorAt(position);
    if (!link.isEmpty()) {
        menu.addAction(
            tr("Copy &Link Address"), this, [link] { QApplication::clipboard()->setText(link); });
    }
    menu.addSeparator();
    menu.addAction(tr("Select &All"), m_browser, &QTextEdit::selectAll);
    menu.exec(m_browser->viewport()->mapToGlobal(position));
}

QString MeetingView::plainText() const
{
    return m_browser->document()->toPlainText();
}

void MeetingView::setDocument(QTextDocument *document)
{
    // The browser does not own documents it did not create: the previous one is ours to delete,
    // once the browser has let go of it.
    QTextDocument *previous = m_document;
    m_browser->setDocument(document);
    m_document = document;
    delete previous;
}

} // namespace minutebook

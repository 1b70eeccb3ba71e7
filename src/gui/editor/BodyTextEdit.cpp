#include "BodyTextEdit.h"

#include <QKeyEvent>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextList>
#include <QUrl>

namespace minutebook {

namespace {
// One bullet style for every level: Markdown writes "-" for it, and the Markdown is what is kept.
QTextListFormat::Style styleFor(int)
{
    return QTextListFormat::ListDisc;
}
} // namespace

BodyTextEdit::BodyTextEdit(QWidget *parent)
    : QTextEdit(parent)
{
    setAcceptRichText(true);
    setUndoRedoEnabled(false);
    setTabChangesFocus(false);
    connect(this, &QTextEdit::textChanged, this, [this] {
        if (!m_quiet)
            emit markdownEdited(markdown());
    });
}

QString BodyTextEdit::markdown() const
{
    return document()->toMarkdown(QTextDocument::MarkdownDialectGitHub).trimmed();
}

void BodyTextEdit::setMarkdownQuietly(const QString &text)
{
    if (text == markdown())
        return;
    m_quiet = true;
    const int position = textCursor().position();
    document()->setMarkdown(text, QTextDocument::MarkdownDialectGitHub);
    QTextCursor cursor(document());
    cursor.setPosition(qMin(position, document()->characterCount() - 1));
    setTextCursor(cursor);
    m_quiet = false;
}

void BodyTextEdit::toggleBold()
{
    QTextCharFormat format;
    format.setFontWeight(fontWeight() > QFont::Normal ? QFont::Normal : QFont::Bold);
    textCursor().mergeCharFormat(format);
    mergeCurrentCharFormat(format);
}

void BodyTextEdit::toggleBulletList()
{
    QTextCursor cursor = textCursor();
    if (QTextList *list = cursor.currentList()) {
        QTextBlockFormat plain;
        plain.setObjectIndex(-1);
        plain.setIndent(0);
        list->remove(cursor.block());
        cursor.setBlockFormat(plain);
        return;
    }
    QTextListFormat format;
    format.setStyle(QTextListFormat::ListDisc);
    format.setIndent(1);
    cursor.createList(format);
}

void BodyTextEdit::makeLink(const QString &url)
{
    QTextCursor cursor = textCursor();
    if (!cursor.hasSelection())
        cursor.select(QTextCursor::WordUnderCursor);
    const QString selected = cursor.selectedText();
    const QUrl self = QUrl::fromUserInput(selected);
    const bool isAddress = selected.contains(QLatin1Char('.')) && self.isValid()
        && !selected.contains(QLatin1Char(' '));
    const QString target = isAddress ? self.toString() : url;
    if (target.isEmpty() || selected.isEmpty())
        return;
    QTextCharFormat format;
    format.setAnchor(true);
    format.setAnchorHref(target);
    format.setFontUnderline(true);
    format.setForeground(palette().link());
    cursor.mergeCharFormat(format);
}

bool BodyTextEdit::changeListLevel(int delta)
{
    QTextCursor cursor = textCursor();
    QTextList *list = cursor.currentList();
    if (!list)
        return false;
    const int indent = list->format().indent() + delta;
    if (indent < 1)
        return false;
    QTextListFormat format = list->format();
    format.setIndent(indent);
    format.setStyle(styleFor(indent));
    cursor.createList(format);
    return true;
}

bool BodyTextEdit::event(QEvent *event)
{
    // The meeting's undo (Edit menu) must win over the text control's own key handling.
    if (event->type() == QEvent::ShortcutOverride) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo)
            || key->keyCombination() == QKeyCombination(Qt::CTRL | Qt::SHIFT, Qt::Key_Z)) {
            event->ignore();
            return true;
        }
    }
    return QTextEdit::event(event);
}

void BodyTextEdit::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Tab && changeListLevel(+1))
        return;
    if (event->key() == Qt::Key_Backtab && changeListLevel(-1))
        return;
    if (event->key() == Qt::Key_Space && !textCursor().currentList()) {
        const QString line = textCursor().block().text();
        if ((line == QLatin1String("-") || line == QLatin1String("*"))
            && textCursor().positionInBlock() == 1) {
            QTextCursor cursor = textCursor();
            cursor.deletePreviousChar();
            setTextCursor(cursor);
            toggleBulletList();
            return;
        }
    }
    QTextEdit::keyPressEvent(event);
}

} // namespace minutebook

#pragma once

// The text of an agenda item: rich text as the secretary types it (bullets, sub-bullets, bold,
// links), stored as Markdown. Tab and Shift+Tab in a list make a sub-bullet or take it back;
// "- " at the start of a line starts a bullet list. Undo is the meeting's (the widget's own is
// off), so its Ctrl+Z is left to the window.

#include <QTextEdit>

namespace minutebook {

class BodyTextEdit : public QTextEdit
{
    Q_OBJECT

public:
    explicit BodyTextEdit(QWidget *parent = nullptr);

    QString markdown() const;
    /// Replaces the text without signalling an edit.
    void setMarkdownQuietly(const QString &markdown);

    void toggleBold();
    void toggleBulletList();
    /// Makes the selection a link: to itself when it is an address, else to `url`.
    void makeLink(const QString &url);
    /// Sub-bullet (+1) or back (-1), when the cursor is in a list.
    bool changeListLevel(int delta);

signals:
    /// The user changed the text (not setMarkdownQuietly).
    void markdownEdited(const QString &markdown);

protected:
    bool event(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    bool m_quiet = false;
};

} // namespace minutebook

#pragma once

// Help → User Guide (F1): the user guide built from docs/guide (src/guide) shown in a window of
// its own, in the program's language (English where a language has no guide), with Back,
// Contents and Open in Browser. Where the guide is: $MINUTEBOOK_GUIDE_DIR, else installed
// beside the program (share/minutebook/guide), else the build folder's.

#include <QDialog>
#include <QUrl>

class QTextBrowser;

namespace minutebook {

class GuideWindow : public QDialog
{
    Q_OBJECT

public:
    /// The guide's page in `language` ("sv", "en"), or English; an empty URL when no guide is
    /// found (`searched` then lists where it was looked for).
    static QUrl page(const QString &language, QStringList *searched = nullptr);

    /// Shows `page` (from page()).
    explicit GuideWindow(const QUrl &page, QWidget *parent = nullptr);

    QTextBrowser *browser() const { return m_browser; }

private:
    QTextBrowser *m_browser = nullptr;
    QUrl m_home;
};

} // namespace minutebook

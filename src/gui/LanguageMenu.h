#pragma once

// View > Language: the language Minutebook speaks from its next start (the system's, Swedish
// or English), kept in the settings. Translators are installed once at start-up, so a change
// waits for the next start rather than leaving half the window in the old language.

#include <QMenu>

class QActionGroup;

namespace minutebook {

class Dialogs;

class LanguageMenu : public QMenu
{
    Q_OBJECT

public:
    LanguageMenu(Dialogs &dialogs, QWidget *parent = nullptr);

    /// The saved choice: a code of Language::available(), or empty to follow the system.
    static QString savedChoice();
    static void saveChoice(const QString &code);

private:
    void choose(const QString &code);

    Dialogs &m_dialogs;
    QActionGroup *m_group = nullptr;
};

} // namespace minutebook

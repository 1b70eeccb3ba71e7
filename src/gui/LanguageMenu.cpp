#include "LanguageMenu.h"

#include "Dialogs.h"
#include "Language.h"

#include <QActionGroup>
#include <QSettings>

namespace minutebook {

namespace {
const char settingsKey[] = "language";

// Each language by its own name, untranslated: whoever looks for "Svenska" in an English
// window must find it.
QString nativeName(const QString &code)
{
    if (code == QLatin1String("sv"))
        return QStringLiteral("Svenska");
    if (code == QLatin1String("en"))
        return QStringLiteral("English");
    const QString name = QLocale(code).nativeLanguageName();
    return name.left(1).toUpper() + name.mid(1);
}
} // namespace

LanguageMenu::LanguageMenu(Dialogs &dialogs, QWidget *parent)
    : QMenu(tr("&Language"), parent)
    , m_dialogs(dialogs)
    , m_group(new QActionGroup(this))
{
    const QString saved = savedChoice();
    QStringList codes {QString()};
    codes.append(Language::available());
    for (const QString &code : codes) {
        QAction *action = addAction(code.isEmpty() ? tr("System language") : nativeName(code));
        action->setCheckable(true);
        action->setChecked(code == saved);
        action->setData(code);
        m_group->addAction(action);
        connect(action, &QAction::triggered, this, [this, code] { choose(code); });
    }
}

QString LanguageMenu::savedChoice()
{
    const QString code = QSettings().value(QLatin1String(settingsKey)).toString();
    return Language::available().contains(code) ? code : QString();
}

void LanguageMenu::saveChoice(const QString &code)
{
    QSettings().setValue(QLatin1String(settingsKey), code);
}

void LanguageMenu::choose(const QString &code)
{
    if (code == savedChoice())
        return;
    saveChoice(code);
    m_dialogs.information(parentWidget(), tr("Language"),
        tr("Minutebook will use the new language the next time it starts."));
}

} // namespace minutebook

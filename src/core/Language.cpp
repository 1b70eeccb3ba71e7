#include "Language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace minutebook {

namespace {
// The name of every translator install() creates, so a second call can find and replace them.
const QString translatorName = QStringLiteral("minutebook::Language");

QTranslator *newTranslator(QCoreApplication &app)
{
    // Parented to the application: they live as long as it does.
    auto *translator = new QTranslator(&app);
    translator->setObjectName(translatorName);
    return translator;
}
} // namespace

QLocale Language::install(QCoreApplication &app, const QString &choice)
{
    // A translator removes itself from the application when deleted.
    qDeleteAll(app.findChildren<QTranslator *>(translatorName, Qt::FindDirectChildrenOnly));
    const QLocale locale = choice.isEmpty() ? QLocale::system() : QLocale(choice);
    QLocale::setDefault(locale);
    auto *own = newTranslator(app);
    if (own->load(
            locale, QStringLiteral("minutebook"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(own);
    auto *qt = newTranslator(app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    // Qt 6 brings no Swedish for its own buttons and dialogs (Debian 12 has only a Qt 4-era
    // qt_sv.qm), so we ship it: qt_extra_LANGUAGE.qm, for the language our own translation is in
    // (never Swedish dialogs around English menus). Installed last, it is searched first.
    auto *dialogs = newTranslator(app);
    if (!own->isEmpty()
        && dialogs->load(QLocale(own->language()), QStringLiteral("qt_extra"), QStringLiteral("_"),
            QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(dialogs);
    return locale;
}

QStringList Language::available()
{
    return {QStringLiteral("en"), QStringLiteral("sv")};
}

} // namespace minutebook

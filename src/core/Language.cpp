#include "Language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace minutebook {

QLocale Language::install(QCoreApplication &app, const QString &choice)
{
    const QLocale locale = choice.isEmpty() ? QLocale::system() : QLocale(choice);
    QLocale::setDefault(locale);
    // Parented to the application: they live as long as it does.
    auto *own = new QTranslator(&app);
    if (own->load(
            locale, QStringLiteral("minutebook"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(own);
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    return locale;
}

QStringList Language::available()
{
    return {QStringLiteral("en"), QStringLiteral("sv")};
}

} // namespace minutebook

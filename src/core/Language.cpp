#include "Language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QMutex>
#include <QTranslator>

#include <map>
#include <memory>

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

QString Language::code(const QLocale &locale)
{
    const QString language = QLocale::languageToCode(locale.language());
    return available().contains(language) ? language : QStringLiteral("en");
}

QString Language::translate(
    const QLocale &locale, const char *context, const char *source, const char *disambiguation)
{
    // One translator per language, loaded when first asked for and kept: not installed in the
    // application, so it never changes what the program itself speaks.
    static QMutex mutex;
    static std::map<QString, std::unique_ptr<QTranslator>> translators;
    const QString language = code(locale);
    const QTranslator *translator = nullptr;
    {
        const QMutexLocker lock(&mutex);
        auto found = translators.find(language);
        if (found == translators.end()) {
            auto loaded = std::make_unique<QTranslator>();
            if (!loaded->load(QStringLiteral("minutebook_") + language, QStringLiteral(":/i18n")))
                loaded.reset();
            found = translators.emplace(language, std::move(loaded)).first;
        }
        translator = found->second.get();
    }
    const QString translated
        = translator ? translator->translate(context, source, disambiguation) : QString();
    return translated.isEmpty() ? QString::fromUtf8(source) : translated;
}

} // namespace minutebook

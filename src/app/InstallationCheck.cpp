#include "InstallationCheck.h"

#include <QDialogButtonBox>
#include <QLocale>
#include <QPushButton>
#include <QSqlDatabase>
#include <QTextStream>

namespace minutebook {

namespace {
// "&Avbryt" → "Avbryt", "Save && close" → "Save & close".
QString withoutMnemonic(const QString &text)
{
    QString plain;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('&') && i + 1 < text.size())
            ++i;
        plain.append(text.at(i));
    }
    return plain;
}
} // namespace

QStringList InstallationCheck::standardButtonTexts()
{
    // A real button box: its texts come from the platform theme through the translators, as in
    // every dialog of the program.
    const QDialogButtonBox box(
        QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::Save);
    QStringList texts;
    for (const auto button :
        {QDialogButtonBox::Ok, QDialogButtonBox::Cancel, QDialogButtonBox::Save})
        texts.append(withoutMnemonic(box.button(button)->text()));
    return texts;
}

bool InstallationCheck::report(QTextStream &out)
{
    out << tr("Minutebook %1 (Qt %2)")
               .arg(QCoreApplication::applicationVersion(), QString::fromLatin1(qVersion()))
        << '\n';
    struct Driver
    {
        QString name;
        QString package;
    };
    const Driver drivers[] = {
        {QStringLiteral("QSQLITE"), QStringLiteral("libqt6sql6-sqlite")},
        {QStringLiteral("QPSQL"), QStringLiteral("libqt6sql6-psql")},
    };
    for (const Driver &driver : drivers) {
        const QString state = QSqlDatabase::isDriverAvailable(driver.name)
            ? tr("ok")
            : tr("missing (package %1)").arg(driver.package);
        out << tr("Qt SQL driver %1: %2").arg(driver.name, state) << '\n';
    }
    //: The name of the language of this translation, as it would be said in a sentence.
    const QString language = tr("English");
    out << tr("Language: %1 (%2)").arg(language, QLocale().name()) << '\n';
    out << tr("Buttons: %1").arg(standardButtonTexts().join(QStringLiteral(", "))) << '\n';
    out.flush();
    return QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE"));
}

} // namespace minutebook

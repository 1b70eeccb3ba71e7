#include "GuideWindow.h"

#include <QCoreApplication>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace minutebook {

namespace {
QStringList guideFolders()
{
    QStringList folders;
    const QString chosen = qEnvironmentVariable("MINUTEBOOK_GUIDE_DIR");
    if (!chosen.isEmpty())
        folders << chosen;
    // Installed: PREFIX/bin/minutebook and PREFIX/share/minutebook/guide.
    folders << QDir(QCoreApplication::applicationDirPath())
                   .absoluteFilePath(QStringLiteral("../share/minutebook/guide"));
#ifdef MINUTEBOOK_GUIDE_BUILD_DIR
    folders << QStringLiteral(MINUTEBOOK_GUIDE_BUILD_DIR);
#endif
    return folders;
}
} // namespace

QUrl GuideWindow::page(const QString &language, QStringList *searched)
{
    const QStringList folders = guideFolders();
    if (searched)
        *searched = folders;
    for (const QString &folder : folders) {
        for (const QString &tried : {language, QStringLiteral("en")}) {
            const QFileInfo file(QDir(folder).filePath(tried + QStringLiteral("/index.html")));
            if (file.isFile())
                return QUrl::fromLocalFile(file.canonicalFilePath());
        }
    }
    return {};
}

GuideWindow::GuideWindow(const QUrl &page, QWidget *parent)
    : QDialog(parent)
    , m_browser(new QTextBrowser(this))
    , m_home(page)
{
    setWindowTitle(tr("Minutebook User Guide"));
    setObjectName(QStringLiteral("guideWindow"));
    // A window beside the main one, not a dialog in front of it: the secretary reads and works.
    setWindowFlag(Qt::Window);
    setWindowModality(Qt::NonModal);
    m_browser->setObjectName(QStringLiteral("guideBrowser"));
    m_browser->setAccessibleName(tr("User guide"));
    m_browser->setOpenExternalLinks(true);
    m_browser->setSource(page);

    auto *back = new QPushButton(tr("&Back"), this);
    back->setObjectName(QStringLiteral("guideBack"));
    back->setEnabled(false);
    connect(back, &QPushButton::clicked, m_browser, &QTextBrowser::backward);
    connect(m_browser, &QTextBrowser::backwardAvailable, back, &QPushButton::setEnabled);
    auto *contents = new QPushButton(tr("&Contents"), this);
    contents->setObjectName(QStringLiteral("guideContents"));
    connect(contents, &QPushButton::clicked, this, [this] { m_browser->setSource(m_home); });
    auto *external = new QPushButton(tr("Open in &Browser"), this);
    external->setObjectName(QStringLiteral("guideInBrowser"));
    connect(external, &QPushButton::clicked, this,
        [this] { QDesktopServices::openUrl(m_browser->source()); });
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(tr("Close"), QDialogButtonBox::RejectRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *navigation = new QHBoxLayout;
    navigation->addWidget(back);
    navigation->addWidget(contents);
    navigation->addStretch(1);
    navigation->addWidget(external);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(navigation);
    layout->addWidget(m_browser, 1);
    layout->addWidget(buttons);
    resize(820, 760);
    m_browser->setFocus();
}

} // namespace minutebook

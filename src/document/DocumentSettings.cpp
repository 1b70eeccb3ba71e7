#include "DocumentSettings.h"

#include <QDir>
#include <QFileInfo>
#include <QImageReader>
#include <QPainter>
#include <QSettings>
#include <QSvgRenderer>

namespace minutebook {

namespace {
const char organisationKey[] = "document/organisation";
const char footerTextKey[] = "document/footerText";
const char logoKey[] = "document/logo";

// A settings file edited by hand may hold "Box 123, 131 81 Nacka" without quotes, which INI
// reads as a list.
QString text(const QVariant &value, const QString &separator = QStringLiteral(", "))
{
    if (value.typeId() == QMetaType::QStringList)
        return value.toStringList().join(separator).trimmed();
    return value.toString().trimmed();
}

// PDF/A-1 allows no transparency: a logo with an alpha channel would lose it (or turn black
// where it was transparent), so it is flattened onto the white of the page here.
QImage onWhite(const QImage &image)
{
    QImage opaque(image.size(), QImage::Format_RGB32);
    opaque.fill(Qt::white);
    QPainter painter(&opaque);
    painter.drawImage(0, 0, image);
    painter.end();
    return opaque;
}

QImage renderSvg(QSvgRenderer &svg, int maxHeight)
{
    QSizeF size = svg.defaultSize();
    if (size.isEmpty())
        size = svg.viewBoxF().size();
    if (size.isEmpty())
        size = QSizeF(maxHeight, maxHeight);
    const QSize pixels = size.scaled(QSizeF(8 * maxHeight, maxHeight), Qt::KeepAspectRatio)
                             .toSize()
                             .expandedTo(QSize(1, 1));
    QImage image(pixels, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    svg.render(&painter);
    painter.end();
    return image;
}
} // namespace

DocumentSettings DocumentSettings::load(const QSettings &settings)
{
    DocumentSettings stored;
    stored.organisation = text(settings.value(QLatin1String(organisationKey)));
    stored.footerText = text(settings.value(QLatin1String(footerTextKey)));
    stored.logoFile = text(settings.value(QLatin1String(logoKey)), QStringLiteral(","));
    return stored;
}

void DocumentSettings::save(QSettings &settings) const
{
    settings.setValue(QLatin1String(organisationKey), organisation.trimmed());
    settings.setValue(QLatin1String(footerTextKey), footerText.trimmed());
    settings.setValue(QLatin1String(logoKey), logoFile);
}

Result<DocumentOptions> DocumentSettings::options() const
{
    DocumentOptions options;
    options.organisation = organisation.trimmed();
    options.footerText = footerText.trimmed();
    if (!logoFile.isEmpty()) {
        Result<QImage> logo = loadLogo(logoFile);
        if (!logo)
            return logo.status();
        options.logo = logo.value();
    }
    return options;
}

Result<QImage> DocumentSettings::loadLogo(const QString &fileName, int maxHeight)
{
    const QString shown = QDir::toNativeSeparators(fileName);
    if (!QFileInfo(fileName).isFile())
        return Result<QImage>::failure(tr("The logo %1 does not exist.").arg(shown));
    QImage image;
    if (QFileInfo(fileName).suffix().compare(QLatin1String("svg"), Qt::CaseInsensitive) == 0) {
        QSvgRenderer svg(fileName);
        if (!svg.isValid())
            return Result<QImage>::failure(
                tr("The logo %1 is not an SVG image this program can read.").arg(shown));
        image = renderSvg(svg, maxHeight);
    } else {
        QImageReader reader(fileName);
        image = reader.read();
        if (image.isNull())
            return Result<QImage>::failure(
                tr("The logo %1 cannot be read: %2").arg(shown, reader.errorString()));
        if (image.height() > maxHeight)
            image = image.scaledToHeight(maxHeight, Qt::SmoothTransformation);
    }
    return onWhite(image);
}

} // namespace minutebook

#pragma once

// An organisation's document settings for tests and benchmarks: a logo (opaque, as
// DocumentSettings::loadLogo leaves it) with a blue bar, a name and a footer line.

#include "DocumentOptions.h"

#include <QColor>
#include <QImage>
#include <QPainter>

namespace minutebook::test {

inline DocumentOptions sampleOrganisation(const QSize &logoSize, const QString &footer)
{
    QImage logo(logoSize, QImage::Format_RGB32);
    logo.fill(Qt::white);
    QPainter painter(&logo);
    const int w = logoSize.width();
    const int h = logoSize.height();
    painter.fillRect(QRect(w / 30, h / 5, w - 2 * (w / 30), h * 3 / 5), QColor(0x1f, 0x4e, 0x9a));
    painter.end();
    DocumentOptions options;
    options.organisation = QStringLiteral("Nacka kommun");
    options.footerText = footer;
    options.logo = logo;
    return options;
}

} // namespace minutebook::test

// minutebook_render_icon: renders the application icon (SVG) into the PNG sizes of the hicolor
// icon theme while building (resources/CMakeLists.txt), so no PNG is kept in the repository and
// none can fall behind the SVG. Qt's own SVG renderer, no external converter.
//
//   minutebook_render_icon SVG FOLDER SIZE...
//
// writes FOLDER/SIZExSIZE/apps/NAME.png for each SIZE, NAME being the SVG's base name.

#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>
#include <QTextStream>

#include <cstdio>

namespace {
bool render(QSvgRenderer &renderer, int size, const QString &file, QTextStream &err)
{
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    {
        QPainter painter(&image);
        painter.setRenderHints(QPainter::Antialiasing | QPainter::SmoothPixmapTransform);
        renderer.render(&painter, QRectF(0, 0, size, size));
    }
    if (!QDir().mkpath(QFileInfo(file).path()) || !image.save(file, "PNG")) {
        err << "minutebook_render_icon: cannot write " << file << Qt::endl;
        return false;
    }
    return true;
}
} // namespace

int main(int argc, char *argv[])
{
    QTextStream err(stderr);
    if (argc < 4) {
        err << "usage: minutebook_render_icon SVG FOLDER SIZE..." << Qt::endl;
        return 2;
    }
    const QString svg = QString::fromLocal8Bit(argv[1]);
    const QString folder = QString::fromLocal8Bit(argv[2]);
    QSvgRenderer renderer(svg);
    if (!renderer.isValid()) {
        err << "minutebook_render_icon: cannot read the SVG " << svg << Qt::endl;
        return 1;
    }
    renderer.setAspectRatioMode(Qt::KeepAspectRatio);
    const QString name = QFileInfo(svg).completeBaseName();
    for (int i = 3; i < argc; ++i) {
        bool ok = false;
        const int size = QString::fromLocal8Bit(argv[i]).toInt(&ok);
        if (!ok || size < 1 || size > 1024) {
            err << "minutebook_render_icon: not an icon size: " << argv[i] << Qt::endl;
            return 2;
        }
        const QString file
            = QStringLiteral("%1/%2x%2/apps/%3.png").arg(folder, QString::number(size), name);
        if (!render(renderer, size, file, err))
            return 1;
    }
    return 0;
}

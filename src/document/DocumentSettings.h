#pragma once

// The document options as they are stored: in the user's QSettings (group "document"), written
// by the GUI's settings dialog and read by the GUI and the CLI alike. The logo is kept as a file
// path and read when a document is made, so a changed logo file is picked up.

#include "DocumentOptions.h"
#include "Result.h"

#include <QCoreApplication>
#include <QString>

class QSettings;

namespace minutebook {

class DocumentSettings
{
    Q_DECLARE_TR_FUNCTIONS(minutebook::DocumentSettings)

public:
    QString organisation;
    QString footerText;
    QString logoFile; ///< SVG or PNG (or any image Qt reads); empty: no logo

    static DocumentSettings load(const QSettings &settings);
    void save(QSettings &settings) const;

    /// The options for rendering, with the logo read; fails when the logo cannot be read.
    Result<DocumentOptions> options() const;

    /// Reads an SVG or raster image, scaled to at most `maxHeight` pixels high and drawn on
    /// white. Fails with a sentence naming the file.
    static Result<QImage> loadLogo(const QString &fileName, int maxHeight = 240);
};

} // namespace minutebook

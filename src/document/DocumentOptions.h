#pragma once

// What the organisation sets once for all its documents: its name, a logo and a footer text.
// Every output takes these options, so PDF, print, preview, HTML, Markdown and the archive
// look alike; DocumentSettings is where the GUI and the CLI keep and read them.

#include "Meeting.h"

#include <QImage>
#include <QString>

namespace minutebook {

struct DocumentOptions
{
    /// The organisation named at the top of the first page and in every page footer. Empty:
    /// the body's own organisation (Body::organisation) is used.
    QString organisation;
    /// A line under the organisation in every page footer ("Box 123, 131 81 Nacka · 08-718 80
    /// 00"); the last paragraph of HTML and Markdown.
    QString footerText;
    /// Shown at the top of the first page and of the HTML; never in Markdown. Opaque: PDF/A-1
    /// forbids transparency, so DocumentSettings::loadLogo puts it on white.
    QImage logo;

    /// The organisation for the footer of `meeting`'s pages.
    QString footerOrganisation(const Meeting &meeting) const
    {
        return organisation.isEmpty() ? meeting.body.organisation : organisation;
    }
};

} // namespace minutebook

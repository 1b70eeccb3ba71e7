#include "Colours.h"

#include <cmath>

namespace minutebook::Colours {

namespace {
double channel(double c)
{
    return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

double luminance(const QColor &c)
{
    const QColor rgb = c.toRgb();
    return 0.2126 * channel(rgb.redF()) + 0.7152 * channel(rgb.greenF())
        + 0.0722 * channel(rgb.blueF());
}

bool isDark(const QPalette &palette)
{
    return luminance(palette.color(QPalette::Base)) < 0.2;
}

// The background of `backgrounds` the text reads worst on.
double worstContrast(const QColor &text, const QList<QColor> &backgrounds)
{
    double worst = 21;
    for (const QColor &b : backgrounds)
        worst = std::min(worst, contrast(text, b));
    return worst;
}
} // namespace

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor readable(const QColor &wanted, const QList<QColor> &backgrounds, double ratio)
{
    if (backgrounds.isEmpty() || worstContrast(wanted, backgrounds) >= ratio)
        return wanted;
    double average = 0;
    for (const QColor &b : backgrounds)
        average += luminance(b);
    const bool lighten = average / backgrounds.size() < 0.18;
    QColor hsl = wanted.toHsl();
    const double hue = hsl.hslHueF();
    const double saturation = hsl.hslSaturationF();
    double lightness = hsl.lightnessF();
    for (int step = 0; step < 50; ++step) {
        lightness = std::clamp(lightness + (lighten ? 0.02 : -0.02), 0.0, 1.0);
        const QColor tried = QColor::fromHslF(hue, saturation, lightness);
        if (worstContrast(tried, backgrounds) >= ratio)
            return tried.toRgb();
    }
    return lighten ? QColor(Qt::white) : QColor(Qt::black);
}

QColor warning(const QPalette &palette)
{
    // The red of the organisation's own warnings (#b00020), lighter where the theme is dark.
    const QColor red = isDark(palette) ? QColor(0xff, 0x6b, 0x6b) : QColor(0xb0, 0x00, 0x20);
    return readable(red,
        {palette.color(QPalette::Base), palette.color(QPalette::Window),
            palette.color(QPalette::AlternateBase)});
}

QPalette warningPalette(const QPalette &palette)
{
    QPalette out = palette;
    const QColor red = warning(palette);
    out.setColor(QPalette::WindowText, red);
    out.setColor(QPalette::Text, red);
    return out;
}

QColor muted(const QPalette &palette)
{
    // Half-way between the text and its background, then as far towards the text as reading
    // needs.
    const QColor text = palette.color(QPalette::Text);
    const QColor base = palette.color(QPalette::Base);
    const QColor between((text.red() + base.red()) / 2, (text.green() + base.green()) / 2,
        (text.blue() + base.blue()) / 2);
    return readable(
        between, {base, palette.color(QPalette::Window), palette.color(QPalette::AlternateBase)});
}

QColor noteBackground(const QPalette &palette)
{
    // Amber (#fff4d6 in a light theme), dark amber in a dark one; then away from the text until
    // the text reads on it.
    const QColor amber = isDark(palette) ? QColor(0x4a, 0x3c, 0x10) : QColor(0xff, 0xf4, 0xd6);
    const QColor text = palette.color(QPalette::Text);
    const QColor windowText = palette.color(QPalette::WindowText);
    if (std::min(contrast(amber, text), contrast(amber, windowText)) >= 4.5)
        return amber;
    return readable(amber, {text, windowText});
}

} // namespace minutebook::Colours

#pragma once

// The few colours of our own — a warning (a date past due, a title missing), secondary text, a
// note's background (approved minutes, a search hit in the text) — derived from the palette in
// use, so they read in a light and a dark desktop theme alike: each at least 4.5:1 against its
// background (WCAG 2's contrast for text). Nothing else paints a colour of its own.

#include <QColor>
#include <QPalette>

namespace minutebook::Colours {

/// WCAG 2's contrast ratio of two colours, from 1 (the same) to 21 (black on white).
double contrast(const QColor &a, const QColor &b);
/// `wanted` in its own hue, made darker on a light background or lighter on a dark one until
/// it reads at `ratio` against every colour of `backgrounds`.
QColor readable(const QColor &wanted, const QList<QColor> &backgrounds, double ratio = 4.5);

/// Red text that warns, readable on `palette`'s base (fields, lists) and window (labels).
QColor warning(const QPalette &palette = QPalette());
/// Text that says less (an item without a title), readable on base and window.
QColor muted(const QPalette &palette = QPalette());
/// `palette` with its text (WindowText, Text) in the warning colour: for a label that warns.
QPalette warningPalette(const QPalette &palette);
/// Amber behind a note or a marked word, under `palette`'s text colours.
QColor noteBackground(const QPalette &palette = QPalette());

} // namespace minutebook::Colours

#pragma once
// The interface font for a language. Chinese drawn in a font without Chinese glyphs falls back, glyph
// by glyph, to another font with a taller ascent, and styles that size things from the primary font
// (group-box titles under the Windows style) then clip it. So in Chinese the desk uses a font that
// has the glyphs itself: the first installed of the usual Chinese interface families, same size.
#include <QFont>
#include <QString>

class QDateTimeEdit;

namespace ui {

QFont interfaceFont(const QFont &current, const QString &lang);

// Wide enough for its whole display format: QDateTimeEdit's own size hint leaves no room for the
// calendar button under the Windows styles, which cut the minutes off (seen at 100 % and 150 %).
void fitDateTimeEdit(QDateTimeEdit *edit);

} // namespace ui

"""The embedded TrueType font of every PDF: DejaVu Sans (resources/fonts, with its licence).

ReportLab's built-in Helvetica only covers Latin-1: « Łukasz », « Żółć » or « Иван »
would come out as black boxes. Every document registers DejaVu Sans and uses the family
names below instead of Helvetica.
"""

from __future__ import annotations

from tierslieu.paths import resource_dir

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
ITALIC = "DejaVuSans-Oblique"
BOLD_ITALIC = "DejaVuSans-BoldOblique"

_registered = False


def register_fonts() -> str:
    """Register DejaVu Sans (once per process) and return the regular face's name."""
    global _registered
    if _registered:
        return REGULAR
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    folder = resource_dir() / "fonts"
    for name in (REGULAR, BOLD, ITALIC, BOLD_ITALIC):
        pdfmetrics.registerFont(TTFont(name, str(folder / f"{name}.ttf")))
    pdfmetrics.registerFontFamily(REGULAR, normal=REGULAR, bold=BOLD, italic=ITALIC,
                                  boldItalic=BOLD_ITALIC)
    addMapping(REGULAR, 0, 0, REGULAR)
    addMapping(REGULAR, 1, 0, BOLD)
    addMapping(REGULAR, 0, 1, ITALIC)
    addMapping(REGULAR, 1, 1, BOLD_ITALIC)
    _registered = True
    return REGULAR

"""Draw the application icon with QPainter: resources/icons/crec-desktop-<size>.png.

    QT_QPA_PLATFORM=offscreen python tools/make_icon.py

A planning grid on a calendar page: rows of people, columns of days, a few booked blocks.
The PNGs are committed (they are sources of the package, like the .ts files); run this again
only to change the drawing.
"""
from __future__ import annotations

import os
import pathlib
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QRectF, Qt  # noqa: E402
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter, QPen  # noqa: E402

ROOT = pathlib.Path(__file__).resolve().parent.parent
ICONS = ROOT / "resources" / "icons"
SIZES = (16, 32, 48, 64, 128, 256)

NAVY = QColor("#1d3f66")
PAGE = QColor("#ffffff")
HEADER = QColor("#d9572b")
GRID = QColor("#c9d3df")
BLOCKS = (QColor("#2a9d8f"), QColor("#e9a23b"), QColor("#3d7cc9"))
# (row, first column, columns) of the booked blocks on a 4 × 5 grid
BOOKED = ((0, 0, 2, 0), (0, 3, 2, 1), (1, 1, 3, 2), (2, 0, 1, 1), (2, 2, 2, 0), (3, 0, 4, 2))


def draw(size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    s = size / 256.0
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(NAVY)
    p.drawRoundedRect(QRectF(8 * s, 8 * s, 240 * s, 240 * s), 44 * s, 44 * s)
    page = QRectF(40 * s, 52 * s, 176 * s, 160 * s)
    p.setBrush(PAGE)
    p.drawRoundedRect(page, 14 * s, 14 * s)
    p.setBrush(HEADER)
    p.drawRoundedRect(QRectF(page.left(), page.top(), page.width(), 36 * s), 14 * s, 14 * s)
    p.drawRect(QRectF(page.left(), page.top() + 20 * s, page.width(), 16 * s))
    for x in (80, 176):  # the rings of the calendar page
        p.setBrush(PAGE)
        p.drawRoundedRect(QRectF((x - 7) * s, 38 * s, 14 * s, 30 * s), 7 * s, 7 * s)
    rows, cols = 4, 5
    grid = QRectF(page.left() + 12 * s, page.top() + 46 * s, page.width() - 24 * s, page.height() - 56 * s)
    cw, rh = grid.width() / cols, grid.height() / rows
    if size >= 48:
        p.setPen(QPen(GRID, max(1.0, 2 * s)))
        for c in range(1, cols):
            p.drawLine(grid.left() + c * cw, grid.top(), grid.left() + c * cw, grid.bottom())
        p.setPen(Qt.PenStyle.NoPen)
    gap = max(1.0, 4 * s)
    for row, col, span, colour in BOOKED:
        p.setBrush(BLOCKS[colour])
        p.drawRoundedRect(QRectF(grid.left() + col * cw + gap / 2, grid.top() + row * rh + gap / 2,
                                 span * cw - gap, rh - gap), 4 * s, 4 * s)
    p.end()
    return image


def main() -> int:
    app = QGuiApplication(sys.argv[:1])  # noqa: F841 - QPainter on images needs the GUI module up
    ICONS.mkdir(parents=True, exist_ok=True)
    for size in SIZES:
        path = ICONS / f"crec-desktop-{size}.png"
        if not draw(size).save(str(path)):
            raise SystemExit(f"cannot write {path}")
        print(path.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main())

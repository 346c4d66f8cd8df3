"""The colour legend under the grid: one swatch and name per colour in view, in one line.

A plain painted strip over the view's LegendModel (models.py), not a list view: the legend is
on screen from the first paint, and a QListView asked the model a dozen roles per entry, in
Python, at every layout and paint (a tenth of the window's opening). Entries that do not fit
are left out, as the single-line list view did; hovering an entry shows its detail.
"""
from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QToolTip, QWidget

from crec_desktop.ui.grid.data import Choice
from crec_desktop.ui.grid.models import LegendModel

HEIGHT = 24
SWATCH = 12
MARGIN = 4           # before the swatch
GAP = 4              # between the swatch and the name
PADDING = 10         # after the name
DEFAULT_COLOUR = "#888888"


class LegendStrip(QWidget):
    def __init__(self, model: LegendModel, parent: QWidget | None = None):
        super().__init__(parent)
        self.model = model
        self.setFixedHeight(HEIGHT)
        self.setFocusPolicy(Qt.NoFocus)
        self._rects: list[tuple[QRect, QRect, Choice]] | None = None   # (swatch, text, entry)
        model.modelReset.connect(self._entries_changed)

    def _entries_changed(self) -> None:
        self._rects = None
        self.update()

    def entry_rects(self) -> list[tuple[QRect, QRect, Choice]]:
        """Where each entry that fits is drawn: its swatch, its name."""
        if self._rects is None:
            fm = self.fontMetrics()
            rects = []
            x, height = 0, self.height()
            for entry in self.model.entries():
                x += MARGIN
                swatch = QRect(x, (height - SWATCH) // 2, SWATCH, SWATCH)
                x += SWATCH + GAP
                text = QRect(x, 0, fm.horizontalAdvance(entry.label) + 1, height)
                rects.append((swatch, text, entry))
                x = text.right() + 1 + PADDING
            self._rects = rects
        return self._rects

    def resizeEvent(self, event) -> None:
        self._rects = None
        super().resizeEvent(event)

    def paintEvent(self, event) -> None:
        p = QPainter(self)
        p.setPen(self.palette().color(self.foregroundRole()))
        width = self.width()
        for swatch, text, entry in self.entry_rects():
            if text.right() > width:
                break
            p.fillRect(swatch, QColor(entry.colour or DEFAULT_COLOUR))
            p.drawText(text, Qt.AlignLeft | Qt.AlignVCenter, entry.label)
        p.end()

    def entry_at(self, x: int) -> Choice | None:
        for swatch, text, entry in self.entry_rects():
            if swatch.left() <= x <= text.right():
                return entry
        return None

    def event(self, event) -> bool:
        if event.type() == event.Type.ToolTip:
            entry = self.entry_at(event.pos().x())
            if entry is not None:
                QToolTip.showText(event.globalPos(), entry.detail or entry.label, self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)

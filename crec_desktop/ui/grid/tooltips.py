"""What the grid says when the pointer rests: a block's details (and why it is in conflict), an
absence, a holiday or closure, a day's load, a day header."""
from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, QPoint

from crec_desktop.domain.formatting import format_date, format_hours, format_time
from crec_desktop.domain.timeutil import TZ
from crec_desktop.ui.grid.area import HEADER_H, NAMES_W
from crec_desktop.ui.grid.geometry import date_at


def block_tooltip(block, lang: str) -> str:
    e = html.escape
    lines = []
    who = block.member_name or block.member_short or QCoreApplication.translate("GridTooltips", "Travail interne")
    lines.append(f"<b>{e(who)}</b>")
    if block.engagement_number:
        lines.append(f"{e(block.engagement_number)} · {e(block.engagement_title)}")
    day = block.start.astimezone(TZ).date()
    lines.append(f"{e(format_date(day, lang, weekday=True))}, {e(format_time(block.start, lang))} – "
                 f"{e(format_time(block.end, lang))} ({e(format_hours(round(block.hours * 4) / 4, lang))})")
    lines.append(QCoreApplication.translate("GridTooltips", "Provisoire") if block.status == "tentative" else QCoreApplication.translate("GridTooltips", "Confirmée"))
    if block.repeating:
        lines.append(QCoreApplication.translate("GridTooltips", "Fait partie d'une série"))
    if block.location:
        lines.append(QCoreApplication.translate("GridTooltips", "Lieu : %1").replace("%1", e(block.location)))
    if block.note:
        lines.append(f"<i>{e(block.note)}</i>")
    if block.conflict:
        label = QCoreApplication.translate("GridTooltips", "Conflit :")
        lines.append(f"<span style='color:#b42318'><b>{e(label)}</b> {e(block.conflict)}</span>")
    return "<br>".join(lines)


def tooltip_at(view, point: QPoint) -> str:
    area = view.area
    lang = view.lang
    x, y = point.x(), point.y()
    if x >= NAMES_W and y < HEADER_H:
        index = int(area.pos_at(x) // 1)
        day = date_at(index)
        text = format_date(day, lang, weekday=True)
        text = text[0].upper() + text[1:]
        for mark in area.data.marks.get(index, ()):
            label = QCoreApplication.translate("GridTooltips", "Jour férié") if mark.kind == "holiday" else QCoreApplication.translate("GridTooltips", "Fermeture")
            text += f"\n{label} : {mark.name}"
        return text
    placed, _edge, row, pos = area.hit(point)
    if placed is not None:
        return block_tooltip(placed.block, lang)
    if row is None or pos is None:
        return ""
    index = int(pos // 1)
    day = date_at(index)
    lines = [f"{row.name} — {format_date(day, lang, weekday=True)}"]
    for mark in area.data.marks.get(index, ()):
        label = QCoreApplication.translate("GridTooltips", "Jour férié") if mark.kind == "holiday" else QCoreApplication.translate("GridTooltips", "Fermeture")
        lines.append(f"{label} : {mark.name}")
    absence = area.data.absence_on(row.specialist_id, index)
    if absence is not None:
        what = absence.label + (f" ({absence.note})" if absence.note else "")
        lines.append(QCoreApplication.translate("GridTooltips", "Absence : %1").replace("%1", what))
    booked = area.data.booked.get(row.specialist_id, {}).get(index, 0.0)
    available = area.data.available.get(row.specialist_id, {}).get(index, 0.0)
    lines.append(QCoreApplication.translate("GridTooltips", "Réservé %1 sur %2 disponibles")
                 .replace("%1", format_hours(round(booked * 4) / 4, lang))
                 .replace("%2", format_hours(round(available * 4) / 4, lang)))
    return "\n".join(lines)

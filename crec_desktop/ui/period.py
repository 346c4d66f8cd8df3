"""The period on screen: a week (Monday to Sunday) or a calendar month, moving by its own length.

Plain Python (no Qt), shared by the central area now and the planning grid later.
"""
from __future__ import annotations

import calendar
import dataclasses
import datetime as dt

from crec_desktop.domain.formatting import month_name

VIEWS = ("week", "month")


@dataclasses.dataclass(frozen=True)
class Period:
    view: str  # 'week' or 'month'
    first: dt.date
    last: dt.date  # inclusive

    @classmethod
    def containing(cls, day: dt.date, view: str) -> Period:
        if view == "month":
            return cls(view, day.replace(day=1), day.replace(day=calendar.monthrange(day.year, day.month)[1]))
        if view != "week":
            raise ValueError(f"unknown view {view!r}")
        first = day - dt.timedelta(days=day.weekday())
        return cls(view, first, first + dt.timedelta(days=6))

    def shifted(self, steps: int) -> Period:
        """The period steps weeks or months later (earlier when negative)."""
        if self.view == "week":
            return Period.containing(self.first + dt.timedelta(weeks=steps), "week")
        index = self.first.year * 12 + self.first.month - 1 + steps
        return Period.containing(dt.date(index // 12, index % 12 + 1, 1), "month")

    def __contains__(self, day: dt.date) -> bool:
        return self.first <= day <= self.last

    @property
    def week_number(self) -> int:
        return self.first.isocalendar().week

    def month_title(self, lang: str) -> str:
        """Novembre 2026 / November 2026."""
        name = month_name(self.first.month, lang)
        return f"{name[:1].upper()}{name[1:]} {self.first.year}"

    def range_parts(self, lang: str) -> tuple[str, str]:
        """The two ends of the range, repeating only what differs.

        fr: ('23', '29 novembre 2026'), ('30 novembre', '6 décembre 2026'),
            ('29 décembre 2025', '4 janvier 2026');
        en: ('November 23', '29, 2026'), ('November 30', 'December 6, 2026'), ...
        """
        a, b = self.first, self.last
        if lang == "en":
            end = f"{b.day}, {b.year}" if (a.year, a.month) == (b.year, b.month) else \
                f"{month_name(b.month, 'en')} {b.day}, {b.year}"
            start = f"{month_name(a.month, 'en')} {a.day}" + ("" if a.year == b.year else f", {a.year}")
            return start, end

        def day(d: dt.date) -> str:
            return "1er" if d.day == 1 else str(d.day)

        end = f"{day(b)} {month_name(b.month, 'fr')} {b.year}"
        if a.year != b.year:
            start = f"{day(a)} {month_name(a.month, 'fr')} {a.year}"
        elif a.month != b.month:
            start = f"{day(a)} {month_name(a.month, 'fr')}"
        else:
            start = day(a)
        return start, end

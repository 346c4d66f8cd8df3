"""Quebec statutory holidays (jours fériés, CNESST), as the organisation observes them.

The list, and nothing else (DESIGN.md):

- 1 January (Jour de l'An);
- Good Friday *or* Easter Monday — the employer's choice, `Organization.easter_holiday`;
- the Monday before 25 May (Journée nationale des patriotes);
- 24 June (Fête nationale), or 25 June when the 24th is a Sunday;
- 1 July (Fête du Canada), or 2 July when the 1st is a Sunday;
- Labour Day (first Monday of September); Thanksgiving (second Monday of October);
- 25 December (Noël).

No other holiday moves to a weekday. The dates are computed from these rules here (Easter by
dateutil's Gregorian algorithm) and named from our messages catalogue; results are cached per
(year, Easter choice). The `holidays` package (Canada, subdivision QC, `observed=False`) is the
independent oracle of the tests (tests/domain/test_holidays.py), not a run-time dependency: its
import and first use cost about 90 ms, a third of the whole start-up budget of the window.

The organisation's own closures are records in the store; `services.availability` combines both.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import functools

from dateutil.easter import easter as easter_sunday

from crec_desktop.domain.messages import define, tr

GOOD_FRIDAY = "good_friday"
EASTER_MONDAY = "easter_monday"
EASTER_CHOICES = (GOOD_FRIDAY, EASTER_MONDAY)

define({
    "holiday.new_year": ("Jour de l'An", "New Year's Day"),
    "holiday.good_friday": ("Vendredi saint", "Good Friday"),
    "holiday.easter_monday": ("Lundi de Pâques", "Easter Monday"),
    "holiday.patriots": ("Journée nationale des patriotes", "National Patriots' Day"),
    "holiday.fete_nationale": ("Fête nationale du Québec", "Quebec's National Holiday"),
    "holiday.canada_day": ("Fête du Canada", "Canada Day"),
    "holiday.labour_day": ("Fête du Travail", "Labour Day"),
    "holiday.thanksgiving": ("Action de grâce", "Thanksgiving"),
    "holiday.christmas": ("Noël", "Christmas Day"),
})

CODES = ("new_year", "good_friday", "easter_monday", "patriots", "fete_nationale", "canada_day",
         "labour_day", "thanksgiving", "christmas")


@dataclasses.dataclass(frozen=True, order=True)
class Holiday:
    """One statutory holiday: its date and its code (`holiday.<code>` in the catalogue)."""

    date: dt.date
    code: str

    def name(self, lang: str = "fr") -> str:
        return tr(f"holiday.{self.code}", lang)


def _nth_monday(year: int, month: int, n: int) -> dt.date:
    first = dt.date(year, month, 1)
    return first + dt.timedelta(days=(7 - first.weekday()) % 7 + 7 * (n - 1))


def _rule_dates(year: int) -> dict[str, dt.date]:
    """The CNESST list before the Easter choice and the Sunday rules."""
    may_24 = dt.date(year, 5, 24)
    return {
        "new_year": dt.date(year, 1, 1),
        "good_friday": easter_sunday(year) - dt.timedelta(days=2),
        "patriots": may_24 - dt.timedelta(days=may_24.weekday()),  # the Monday before 25 May
        "fete_nationale": dt.date(year, 6, 24),
        "canada_day": dt.date(year, 7, 1),
        "labour_day": _nth_monday(year, 9, 1),
        "thanksgiving": _nth_monday(year, 10, 2),
        "christmas": dt.date(year, 12, 25),
    }


@functools.lru_cache(maxsize=256)
def statutory_holidays(year: int, easter: str = GOOD_FRIDAY) -> tuple[Holiday, ...]:
    """The year's statutory holidays in date order, with the Easter choice and Sunday rules."""
    if easter not in EASTER_CHOICES:
        raise ValueError(f"easter holiday must be one of {EASTER_CHOICES}, not {easter!r}")
    found = _rule_dates(year)
    if easter == EASTER_MONDAY:
        found["easter_monday"] = found.pop("good_friday") + dt.timedelta(days=3)
    for code in ("fete_nationale", "canada_day"):
        if found[code].weekday() == 6:  # Sunday → the Monday (24→25 June, 1→2 July)
            found[code] += dt.timedelta(days=1)
    return tuple(sorted(Holiday(day, code) for code, day in found.items()))


def holidays_between(first: dt.date, last: dt.date, easter: str = GOOD_FRIDAY) -> dict[dt.date, Holiday]:
    """Statutory holidays from first to last inclusive, by date."""
    result: dict[dt.date, Holiday] = {}
    for year in range(first.year, last.year + 1):
        for holiday in statutory_holidays(year, easter):
            if first <= holiday.date <= last:
                result[holiday.date] = holiday
    return result


def holiday_on(day: dt.date, easter: str = GOOD_FRIDAY) -> Holiday | None:
    """The statutory holiday on that day, if any."""
    for holiday in statutory_holidays(day.year, easter):
        if holiday.date == day:
            return holiday
    return None


def is_statutory_holiday(day: dt.date, easter: str = GOOD_FRIDAY) -> bool:
    return holiday_on(day, easter) is not None

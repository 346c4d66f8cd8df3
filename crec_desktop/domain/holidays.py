"""Quebec statutory holidays (jours fériés, CNESST), as the organisation observes them.

The list, and nothing else (DESIGN.md):

- 1 January (Jour de l'An);
- Good Friday *or* Easter Monday — the employer's choice, `Organization.easter_holiday`;
- the Monday before 25 May (Journée nationale des patriotes);
- 24 June (Fête nationale), or 25 June when the 24th is a Sunday;
- 1 July (Fête du Canada), or 2 July when the 1st is a Sunday;
- Labour Day (first Monday of September); Thanksgiving (second Monday of October);
- 25 December (Noël).

No other holiday moves to a weekday. The dates come from the `holidays` package (Canada,
subdivision QC, `observed=False`); each is recognised by its place in the calendar (not by the
package's wording) and named from our messages catalogue, then the two Sunday rules and the
Easter choice are applied. Results are cached per (year, Easter choice).

The organisation's own closures are records in the store; `services.availability` combines both.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import functools
from typing import Iterable

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


def _classify(day: dt.date) -> str | None:
    """Which CNESST holiday a date of the package's QC list is (by its place in the calendar)."""
    month, weekday = day.month, day.weekday()
    if (month, day.day) == (1, 1):
        return "new_year"
    if (month, day.day) == (12, 25):
        return "christmas"
    if (month, day.day) == (6, 24):
        return "fete_nationale"
    if (month, day.day) == (7, 1):
        return "canada_day"
    if month in (3, 4) and weekday == 4:
        return "good_friday"
    if month == 5 and weekday == 0 and 18 <= day.day <= 24:
        return "patriots"
    if month == 9 and weekday == 0 and day.day <= 7:
        return "labour_day"
    if month == 10 and weekday == 0 and 8 <= day.day <= 14:
        return "thanksgiving"
    return None


def _package_dates(year: int) -> Iterable[dt.date]:
    from holidays.countries.canada import Canada  # noqa: PLC0415 - heavy import, only when needed

    return Canada(subdiv="QC", years=year, observed=False).keys()


@functools.lru_cache(maxsize=256)
def statutory_holidays(year: int, easter: str = GOOD_FRIDAY) -> tuple[Holiday, ...]:
    """The year's statutory holidays in date order, with the Easter choice and Sunday rules."""
    if easter not in EASTER_CHOICES:
        raise ValueError(f"easter holiday must be one of {EASTER_CHOICES}, not {easter!r}")
    found: dict[str, dt.date] = {}
    for day in _package_dates(year):
        code = _classify(day)
        if code is not None:
            found[code] = day
    missing = set(CODES) - {"easter_monday"} - set(found)
    if missing:  # a package change we must notice, not paper over
        raise RuntimeError(f"holidays package lacks Quebec holidays {sorted(missing)} for {year}")
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

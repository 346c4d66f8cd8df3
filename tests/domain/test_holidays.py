"""Quebec statutory holidays 2026–2032 against the CNESST rules, written out by hand."""
from __future__ import annotations

import datetime as dt

import pytest

from crec_desktop.domain.holidays import (
    EASTER_MONDAY,
    GOOD_FRIDAY,
    holiday_on,
    holidays_between,
    is_statutory_holiday,
    statutory_holidays,
)

D = dt.date

# Year: (Good Friday, Easter Monday, Patriotes, Fête nationale, Canada Day, Labour Day, Thanksgiving)
# Easter Sundays: 2026-04-05, 2027-03-28, 2028-04-16, 2029-04-01, 2030-04-21, 2031-04-13, 2032-03-28.
# 2029: 24 June and 1 July are Sundays → 25 June and 2 July.
TABLE = {
    2026: (D(2026, 4, 3), D(2026, 4, 6), D(2026, 5, 18), D(2026, 6, 24), D(2026, 7, 1), D(2026, 9, 7), D(2026, 10, 12)),
    2027: (D(2027, 3, 26), D(2027, 3, 29), D(2027, 5, 24), D(2027, 6, 24), D(2027, 7, 1), D(2027, 9, 6), D(2027, 10, 11)),
    2028: (D(2028, 4, 14), D(2028, 4, 17), D(2028, 5, 22), D(2028, 6, 24), D(2028, 7, 1), D(2028, 9, 4), D(2028, 10, 9)),
    2029: (D(2029, 3, 30), D(2029, 4, 2), D(2029, 5, 21), D(2029, 6, 25), D(2029, 7, 2), D(2029, 9, 3), D(2029, 10, 8)),
    2030: (D(2030, 4, 19), D(2030, 4, 22), D(2030, 5, 20), D(2030, 6, 24), D(2030, 7, 1), D(2030, 9, 2), D(2030, 10, 14)),
    2031: (D(2031, 4, 11), D(2031, 4, 14), D(2031, 5, 19), D(2031, 6, 24), D(2031, 7, 1), D(2031, 9, 1), D(2031, 10, 13)),
    2032: (D(2032, 3, 26), D(2032, 3, 29), D(2032, 5, 24), D(2032, 6, 24), D(2032, 7, 1), D(2032, 9, 6), D(2032, 10, 11)),
}


def expected(year: int, easter: str) -> list[dt.date]:
    good_friday, easter_monday, patriots, fete_nationale, canada, labour, thanks = TABLE[year]
    easter_day = good_friday if easter == GOOD_FRIDAY else easter_monday
    return sorted([D(year, 1, 1), easter_day, patriots, fete_nationale, canada, labour, thanks, D(year, 12, 25)])


@pytest.mark.parametrize("easter", [GOOD_FRIDAY, EASTER_MONDAY])
@pytest.mark.parametrize("year", sorted(TABLE))
def test_holidays_match_the_cnesst_table(year, easter):
    assert [h.date for h in statutory_holidays(year, easter)] == expected(year, easter)


def test_2029_applies_both_sunday_rules():
    days = {h.code: h.date for h in statutory_holidays(2029)}
    assert D(2029, 6, 24).weekday() == 6 and D(2029, 7, 1).weekday() == 6
    assert days["fete_nationale"] == D(2029, 6, 25)
    assert days["canada_day"] == D(2029, 7, 2)
    assert not is_statutory_holiday(D(2029, 6, 24)) and not is_statutory_holiday(D(2029, 7, 1))


@pytest.mark.parametrize("day", [
    D(2027, 12, 24), D(2027, 12, 27),  # Christmas 2027 is a Saturday: nothing moves
    D(2027, 12, 31), D(2028, 1, 3),    # New Year 2028 is a Saturday: nothing moves
    D(2028, 6, 23), D(2028, 6, 26),    # 24 June 2028 is a Saturday: only the Sunday rule exists
    D(2028, 6, 30), D(2028, 7, 3),     # 1 July 2028 is a Saturday
    D(2026, 12, 26), D(2026, 11, 11),  # Boxing Day, Remembrance Day: not Quebec statutory holidays
    D(2026, 9, 30), D(2026, 8, 3),     # Truth and Reconciliation, Civic Holiday: not in Quebec
])
def test_nothing_else_is_a_holiday(day):
    assert not is_statutory_holiday(day, GOOD_FRIDAY)
    assert not is_statutory_holiday(day, EASTER_MONDAY)


def test_easter_choice_excludes_the_other_day():
    assert is_statutory_holiday(D(2026, 4, 3), GOOD_FRIDAY)
    assert not is_statutory_holiday(D(2026, 4, 6), GOOD_FRIDAY)
    assert is_statutory_holiday(D(2026, 4, 6), EASTER_MONDAY)
    assert not is_statutory_holiday(D(2026, 4, 3), EASTER_MONDAY)


def test_names_in_both_languages():
    assert holiday_on(D(2026, 5, 18)).name("fr") == "Journée nationale des patriotes"
    assert holiday_on(D(2026, 5, 18)).name("en") == "National Patriots' Day"
    assert holiday_on(D(2026, 6, 24)).name("fr") == "Fête nationale du Québec"
    assert holiday_on(D(2026, 4, 6), EASTER_MONDAY).name("fr") == "Lundi de Pâques"
    assert holiday_on(D(2026, 12, 25)).name("en") == "Christmas Day"
    assert holiday_on(D(2026, 12, 24)) is None


def test_holidays_between_spans_years():
    found = holidays_between(D(2026, 12, 20), D(2027, 1, 5))
    assert list(found) == [D(2026, 12, 25), D(2027, 1, 1)]
    assert found[D(2027, 1, 1)].code == "new_year"


def test_bad_easter_choice_is_refused():
    with pytest.raises(ValueError):
        statutory_holidays(2026, "whit_monday")


def test_the_rules_agree_with_the_holidays_package_2003_to_2050():
    """The `holidays` package (Canada, QC, observed=False) as an independent oracle: the same
    dates, once its Sunday and Easter handling is corrected as DESIGN.md requires."""
    holidays = pytest.importorskip("holidays")
    for year in range(2003, 2051):  # the package knows the Journée nationale des patriotes from 2003
        package = sorted(holidays.country_holidays("CA", subdiv="QC", years=year, observed=False))
        fixed = []
        for day in package:
            if (day.month, day.day) in ((6, 24), (7, 1)) and day.weekday() == 6:
                day += dt.timedelta(days=1)
            fixed.append(day)
        assert [h.date for h in statutory_holidays(year)] == sorted(fixed), year

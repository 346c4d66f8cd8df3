"""services.overview: the figures the main window shows before the planning grid."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from crec_desktop.services.overview import overview, weekdays_between
from tests.ui.sample import WEEK, add_sample


def test_empty_database(db):
    ov = overview(db, *WEEK)
    assert ov.is_empty
    assert (ov.specialists, ov.members, ov.engagements, ov.bookings) == (0, 0, 0, 0)
    assert ov.booked_hours == 0 and ov.loads == ()


def test_week_figures_and_loads(db):
    add_sample(db)
    ov = overview(db, *WEEK)
    assert not ov.is_empty
    assert ov.specialists == 2  # Anne is inactive
    assert ov.members == 2  # one member inactive
    assert ov.engagements == 3 and ov.open_engagements == 2
    assert ov.bookings == 5  # b6 is the next week
    assert ov.booked_hours == Decimal("15.00")
    by_key = {load.key: load for load in ov.loads}
    assert [load.name for load in ov.loads] == ["Luc Gagnon", "Marie Tremblay"]  # by name
    marie, luc = by_key["mtremblay"], by_key["lgagnon"]
    assert (marie.confirmed_hours, marie.tentative_hours, marie.capacity_hours) == (7, 3, 35)
    assert marie.load == Decimal("0.29")
    assert marie.domain == "hr" and marie.domain_name("fr") == "Ressources humaines"
    assert marie.domain_name("en") == "Human resources"
    assert luc.domain == "law"  # the first of his domains
    assert luc.confirmed_hours == Decimal("4.00")  # the night booking clipped at the week's end
    assert luc.absent_days == 2 and luc.capacity_hours == Decimal("18.00")


def test_month_and_a_period_without_bookings(db):
    add_sample(db)
    november = overview(db, dt.date(2026, 11, 1), dt.date(2026, 11, 30))
    assert november.bookings == 5
    luc = next(load for load in november.loads if load.key == "lgagnon")
    assert luc.confirmed_hours == 6  # the whole night booking this time
    december = overview(db, dt.date(2026, 12, 1), dt.date(2026, 12, 31))
    assert december.bookings == 1 and december.booked_hours == 8
    empty = overview(db, dt.date(2027, 1, 4), dt.date(2027, 1, 10))
    assert empty.bookings == 0 and empty.booked_hours == 0
    assert all(load.load == 0 for load in empty.loads)


def test_period_must_be_in_order(db):
    with pytest.raises(ValueError):
        overview(db, dt.date(2026, 11, 29), dt.date(2026, 11, 23))


@pytest.mark.parametrize(("first", "last", "expected"), [
    (dt.date(2026, 11, 23), dt.date(2026, 11, 29), 5),
    (dt.date(2026, 11, 28), dt.date(2026, 11, 29), 0),
    (dt.date(2026, 11, 1), dt.date(2026, 11, 30), 21),
    (dt.date(2026, 11, 27), dt.date(2026, 11, 27), 1),
])
def test_weekdays_between(first, last, expected):
    assert weekdays_between(first, last) == expected

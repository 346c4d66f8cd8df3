"""The one clock: a frozen clock says the same instant until moved; today is Toronto's, whatever
the machine's time zone; and nothing else in the package asks the system for the time."""
from __future__ import annotations

import datetime as dt
import pathlib
import re

import pytest

from crec_desktop.domain.clock import Clock
from crec_desktop.domain.timeutil import UTC, local

PACKAGE = pathlib.Path(__file__).resolve().parents[2] / "crec_desktop"
ASKS_THE_SYSTEM = re.compile(r"datetime\.now\(|date\.today\(|\.utcnow\(|currentDate|currentDateTime|time\.time\(")


def test_a_frozen_clock_stays_until_moved():
    clock = Clock.frozen(local(2026, 11, 25, 10))
    assert clock.is_frozen and clock.now() == clock.now() == dt.datetime(2026, 11, 25, 15, tzinfo=UTC)
    assert clock.now().tzinfo == UTC and clock.today() == dt.date(2026, 11, 25)
    clock.advance(dt.timedelta(hours=14, minutes=30))  # 00:30 the next day in Toronto
    assert clock.today() == dt.date(2026, 11, 26) and clock.local_now().hour == 0
    clock.set(dt.datetime(2027, 7, 14, 3, tzinfo=UTC))  # 23:00 the day before in Toronto (EDT)
    assert clock.today() == dt.date(2027, 7, 13)


def test_today_is_torontos_across_the_clock_change():
    clock = Clock.frozen(dt.datetime(2026, 11, 1, 4, 30, tzinfo=UTC))  # 0:30 EDT, 1 November
    assert clock.today() == dt.date(2026, 11, 1)
    clock.set(dt.datetime(2026, 11, 1, 3, 59, tzinfo=UTC))  # 23:59 EDT, 31 October
    assert clock.today() == dt.date(2026, 10, 31)


def test_the_system_clock_moves_and_is_aware():
    clock = Clock()
    first = clock.now()
    assert not clock.is_frozen and first.tzinfo is not None and clock.now() >= first
    with pytest.raises(RuntimeError):
        clock.advance(dt.timedelta(seconds=1))


def test_a_naive_instant_is_refused():
    with pytest.raises(ValueError):
        Clock.frozen(dt.datetime(2026, 11, 25, 10))


def test_only_the_clock_asks_the_system_for_the_time():
    offenders = []
    for path in sorted(PACKAGE.rglob("*.py")):
        if path == PACKAGE / "domain" / "clock.py":
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if ASKS_THE_SYSTEM.search(line.split("#", 1)[0]):
                offenders.append(f"{path.relative_to(PACKAGE.parent)}:{number}: {line.strip()}")
    assert not offenders, "\n".join(offenders)


def test_the_check_sees_an_offender():
    assert ASKS_THE_SYSTEM.search("day = dt.datetime.now(TZ).date()")
    assert ASKS_THE_SYSTEM.search("self.edit.setDate(QDate.currentDate())")
    assert not ASKS_THE_SYSTEM.search("today = self.clock.today()")

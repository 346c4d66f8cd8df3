"""LetterData: fees, estimates, and the identity that decides whether a letter changed."""
from __future__ import annotations

import dataclasses
import datetime as dt
import json
from decimal import Decimal

import pytest

from crec_desktop.letters.data import content_json_of
from crec_desktop.letters.flowables import break_lines
from crec_desktop.letters.fonts import REGULAR, register_fonts
from tests.letters.sample import ORGANISATION, sample


def test_fees_half_up_on_the_subtotal():
    fees = sample(budget_hours=Decimal("10.50"), hourly_rate=Decimal("113.00")).fees()
    assert (fees.subtotal, fees.tps, fees.tvq, fees.total) == (
        Decimal("1186.50"), Decimal("59.33"), Decimal("118.35"), Decimal("1364.18"))


@pytest.mark.parametrize("status, budget, estimate", [
    ("draft", "10", True), ("sent", "10", True), ("signed", "10", False), ("in_progress", "10", False),
    ("signed", None, True),  # hours taken from the planning
])
def test_estimates(status, budget, estimate):
    data = sample(status=status, budget_hours=Decimal(budget) if budget else None)
    assert data.is_estimate is estimate
    assert data.fee_hours == (Decimal(budget) if budget else Decimal("5.50"))


def test_no_fees_without_rate_or_hours():
    assert sample(hourly_rate=None).fees() is None
    assert sample(budget_hours=None, sessions=()).fees() is None


def test_content_ignores_date_and_version_only():
    base = sample()
    assert base.content_json() == sample(letter_date=dt.date(2030, 1, 1), version=7).content_json()
    for change in (dict(scope="autre"), dict(language="en"), dict(hourly_rate=Decimal("114.00")),
                   dict(sessions=base.sessions[:1]),
                   dict(organisation=dataclasses.replace(ORGANISATION, qst_number="X")),
                   dict(organisation=dataclasses.replace(ORGANISATION, logo_png=b"\x89PNG..."))):
        assert sample(**change).content_json() != base.content_json(), change


def test_json_is_plain_and_round_trips_its_identity():
    data = sample(organisation=dataclasses.replace(ORGANISATION, logo_png=b"logo"))
    stored = json.loads(data.to_json())
    assert stored["hourly_rate"] == "113.00" and stored["letter_date"] == "2026-11-26"
    assert stored["sessions"][0]["start"] == "09:00:00"
    assert "logo_png" not in stored["organisation"] and len(stored["organisation"]["logo_sha256"]) == 64
    assert content_json_of(stored) == data.content_json()


def test_break_lines_keeps_amounts_whole_and_cuts_overlong_words():
    register_fonts()
    amount = "1\u00a0365,33\u00a0$"
    lines = break_lines(" ".join([amount] * 6), REGULAR, 10, 70)
    assert all(line == amount for line in lines)
    cut = break_lines("x" * 80, REGULAR, 10, 100)
    assert len(cut) > 1 and "".join(cut) == "x" * 80
    assert break_lines("a\n\nb", REGULAR, 10, 100) == ["a", "", "b"]
    assert break_lines("(Québec)  G6V", REGULAR, 10, 500) == ["(Québec)  G6V"]

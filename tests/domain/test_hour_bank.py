"""Hour-bank arithmetic over fiscal years (domain.hour_bank) and the engagement workflow."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from crec_desktop.domain import workflow as w
from crec_desktop.domain.hour_bank import ALL, CAP, NONE, YearUse, bank_years, carry_over

D = Decimal


@pytest.mark.parametrize(("left", "rule", "cap", "expected"), [
    (D("30"), NONE, None, D("0")),
    (D("30"), ALL, None, D("30")),
    (D("30"), CAP, D("20"), D("20")),
    (D("12.5"), CAP, D("20"), D("12.5")),
    (D("-8"), ALL, None, D("0")),
    (D("-8"), CAP, D("20"), D("0")),
    (D("0"), ALL, None, D("0")),
])
def test_carry_over_rules(left, rule, cap, expected):
    assert carry_over(left, rule, cap) == expected


def test_unknown_rule_is_a_bug():
    with pytest.raises(ValueError):
        carry_over(D("1"), "some")


def _year(start_year: int, used: str, planned: str = "0") -> YearUse:
    return YearUse(dt.date(start_year, 4, 1), dt.date(start_year + 1, 3, 31), D(used), D(planned))


def test_each_year_carries_into_the_next_up_to_the_cap():
    years = bank_years(D("100"), [_year(2024, "70"), _year(2025, "130"), _year(2026, "40", "50")], CAP, D("20"))
    first, second, third = years
    assert (first.available, first.left, first.carry_out) == (D("100"), D("30"), D("20"))
    assert (second.carried_in, second.available, second.left, second.carry_out) == (D("20"), D("120"), D("-10"), D("0"))
    assert second.over
    assert (third.carried_in, third.available, third.used, third.planned) == (D("0"), D("100"), D("40"), D("50"))
    assert third.left == D("10") and third.carry_out == D("10")  # projected: planned hours included
    assert third.share_used == D("0.90")


def test_all_accumulates_and_none_never_carries():
    chain = bank_years(D("50"), [_year(2024, "20"), _year(2025, "10")], ALL)
    assert [y.carried_in for y in chain] == [D("0"), D("30")]
    assert chain[-1].left == D("70") and chain[-1].carry_out == D("70")
    chain = bank_years(D("50"), [_year(2024, "20"), _year(2025, "10")], NONE)
    assert [y.carried_in for y in chain] == [D("0"), D("0")] and chain[-1].carry_out == D("0")


def test_an_empty_bank_has_no_share():
    (year,) = bank_years(D("0"), [_year(2026, "0")], ALL)
    assert year.share_used is None and year.left == 0


def test_workflow_steps_in_order():
    status = w.DRAFT
    for step, expected in ((w.SEND, w.SENT), (w.SIGN, w.SIGNED), (w.START, w.IN_PROGRESS), (w.COMPLETE, w.COMPLETED)):
        assert step in w.steps_from(status)
        status = w.next_status(status, step)
        assert status == expected
    assert w.steps_from(w.COMPLETED) == () and w.steps_from(w.CANCELLED) == ()
    assert w.steps_from(w.SIGNED) == (w.START, w.CANCEL)
    for status in w.OPEN:
        assert w.next_status(status, w.CANCEL) == w.CANCELLED


def test_workflow_refuses_skipping_or_going_back():
    problem = w.step_problem(w.DRAFT, w.SIGN)
    assert problem.text("fr") == "Ce mandat est « brouillon » : il ne peut pas passer à « signé »."
    assert problem.text("en") == 'This engagement is "draft": it cannot become "signed".'
    assert w.step_problem(w.COMPLETED, w.CANCEL) is not None
    assert w.step_problem(w.SIGNED, "fly").key == "workflow.unknown_step"
    with pytest.raises(ValueError):
        w.next_status(w.CANCELLED, w.START)

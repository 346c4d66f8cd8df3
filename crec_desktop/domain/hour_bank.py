"""A member's hour bank, year by fiscal year: the arithmetic, apart from the database.

Each fiscal year a member is granted its yearly hour bank (`Member.hour_bank`). What it did not
use carries over to the next year by the organisation's rule (`Organization.carry_over`):

- `none`: nothing carries over;
- `all`: every hour left carries over;
- `cap`: what is left carries over, up to `carry_over_cap_hours`.

Over a year: *available* = bank + carried in; *used* = confirmed hours already worked;
*planned* = hours still to come (future confirmed and tentative bookings); *left* = available −
used − planned (negative when the year is overdrawn). What the year passes on to the next one
is the rule applied to what is left — for the current year, a projection assuming the planned
hours take place. Nothing negative ever carries over (an overdrawn year passes on zero).

    years = bank_years(Decimal("100"), [YearUse(first, last, used, planned), …], "cap", Decimal("20"))
    years[-1].left, years[-1].carry_out
"""
from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence
from decimal import Decimal

NONE, ALL, CAP = "none", "all", "cap"
RULES = (NONE, ALL, CAP)
ZERO = Decimal("0.00")


def carry_over(left: Decimal, rule: str, cap: Decimal | None = None) -> Decimal:
    """What a year with `left` hours left passes on to the next one under `rule`."""
    if rule not in RULES:
        raise ValueError(f"unknown carry-over rule {rule!r}")
    if rule == NONE or left <= 0:
        return ZERO
    if rule == ALL:
        return left
    return min(left, cap if cap is not None else ZERO)


@dataclasses.dataclass(frozen=True)
class YearUse:
    """The hours of one fiscal year, as the bookings say."""

    first: dt.date
    last: dt.date
    used: Decimal
    planned: Decimal


@dataclasses.dataclass(frozen=True)
class BankYear:
    """One fiscal year of a member's hour bank."""

    first: dt.date
    last: dt.date
    bank: Decimal        # the yearly hour bank
    carried_in: Decimal  # from the year before, by the rule
    used: Decimal
    planned: Decimal
    carry_out: Decimal   # to the year after, by the rule

    @property
    def available(self) -> Decimal:
        return self.bank + self.carried_in

    @property
    def left(self) -> Decimal:
        return self.available - self.used - self.planned

    @property
    def over(self) -> bool:
        return self.left < 0

    @property
    def share_used(self) -> Decimal | None:
        """Used and planned over available (1 = all of it), None when nothing is available."""
        if self.available <= 0:
            return None
        return ((self.used + self.planned) / self.available).quantize(Decimal("0.01"))


def bank_years(bank: Decimal, years: Sequence[YearUse], rule: str, cap: Decimal | None = None,
               carried_in: Decimal = ZERO) -> list[BankYear]:
    """The chain of fiscal years (consecutive, oldest first), each carrying into the next."""
    out: list[BankYear] = []
    carried = carried_in
    for year in years:
        left = bank + carried - year.used - year.planned
        passed = carry_over(left, rule, cap)
        out.append(BankYear(year.first, year.last, bank, carried, year.used, year.planned, passed))
        carried = passed
    return out

"""The interchange records' fields and how each one goes from file to column and back.

One table per kind of record: (interchange field, column, file -> column, column -> file, value
when the file leaves the field out). Amounts are decimal strings with two places ("95.00"),
hours JSON numbers (12.5, 20), clock times "08:30", dates ISO 8601. Empty fields are left out
of exported records. Used by the import (store.interchange) and the export
(store.interchange_export), so both always agree.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

CENT = Decimal("0.01")


def money(v: str | None) -> Decimal | None:
    return None if v is None else Decimal(v).quantize(CENT)


def hours(v: float | int | None) -> Decimal | None:
    return None if v is None else Decimal(str(v)).quantize(CENT, rounding=ROUND_HALF_UP)


def clock(v: str) -> dt.time:
    return dt.time.fromisoformat(v)


def date(v: str | None) -> dt.date | None:
    return None if v is None else dt.date.fromisoformat(v)


def text_or_none(v: str | None) -> str | None:
    return v if v else None


def money_out(v: Decimal | None) -> str | None:
    return None if v is None else f"{Decimal(v).quantize(CENT):f}"


def hours_out(v: Decimal | None) -> int | float | None:
    if v is None:
        return None
    d = Decimal(v).quantize(CENT)
    return int(d) if d == d.to_integral_value() else float(d)


def clock_out(v: dt.time) -> str:
    return v.strftime("%H:%M")


# (interchange field, column, file -> column, column -> file, default when the file leaves it out)
_S = _I = lambda v: v  # noqa: E731 - as is, both ways
_T = text_or_none
_D = lambda d: d and d.isoformat()  # noqa: E731


def _plain(*names: str) -> list:
    return [(n, n, _T, _I, None) for n in names]


ORG = _plain("name", "short_name", "address", "city", "phone", "email", "gst_number", "qst_number", "signatory_name",
             "signatory_title")
DOMAIN = [("code", "code", _S, _I, None), ("name_fr", "name_fr", _S, _I, None), ("name_en", "name_en", _T, _I, None)]
SPECIALIST = [
    ("key", "key", _S, _I, None), ("name", "name", _S, _I, None), *_plain("title", "email", "phone", "login"),
    ("role", "role", _S, _I, "specialist"), ("hourly_rate", "hourly_rate", money, money_out, None),
    ("weekly_hours", "weekly_hours", hours, hours_out, 35),
    ("workday_start", "workday_start", clock, clock_out, "08:30"),
    ("workday_end", "workday_end", clock, clock_out, "16:30"),
    ("colour", "colour", _T, _I, None), ("active", "active", _S, _I, True)]
MEMBER = [
    ("key", "key", _S, _I, None), ("name", "name", _S, _I, None), *_plain("short_name"),
    ("kind", "kind", _S, _I, None),
    *_plain("sector", "region", "contact_name", "contact_title", "email", "phone", "address"),
    ("hour_bank", "hour_bank", hours, hours_out, None), ("active", "active", _S, _I, True)]
ENGAGEMENT = [
    ("number", "number", _S, _I, None), ("title", "title", _S, _I, None), *_plain("scope"),
    ("budget_hours", "budget_hours", hours, hours_out, None), ("hourly_rate", "hourly_rate", money, money_out, None),
    ("taxable", "taxable", _S, _I, True), ("language", "language", _S, _I, "fr"), ("status", "status", _S, _I, "draft"),
    ("start_date", "start_date", date, _D, None), ("end_date", "end_date", date, _D, None)]
# field order in exported records where references (resolved by the caller) come in between
ENGAGEMENT_ORDER = ("number", "member", "domain", "title", "scope", "lead", "budget_hours", "hourly_rate", "taxable",
                    "language", "status", "start_date", "end_date")
SPECIALIST_ORDER = ("key", "name", "title", "email", "phone", "login", "role", "domains", "hourly_rate", "weekly_hours",
                    "workday_start", "workday_end", "colour", "active")


def columns(rec: dict, table: list) -> dict:
    """Column values from a file record (fields left out take their default)."""
    out = {}
    for name, col, to_col, _, default in table:
        value = rec.get(name, default)
        out[col] = None if value is None else to_col(value)
    return out


def record(row: Any, table: list, order: Iterable[str] | None = None, extra: dict | None = None) -> dict:
    """A file record from a row (a mapping of columns) and extra fields: empty fields left out."""
    values = {name: None if row[col] is None else to_file(row[col]) for name, col, _, to_file, _ in table}
    if extra:
        values.update(extra)
    names = order or [f[0] for f in table]
    return {n: values[n] for n in names if values.get(n) not in (None, "", [])}

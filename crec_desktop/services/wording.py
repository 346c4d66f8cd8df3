"""Message parameters that read right in either language: dates, times, hours, names of days.

A `Message` is rendered late, in the user's language; a date inside it must be written the
French way or the English way at that moment. These helpers give such parameters (themselves
Messages, which `Message.text(lang)` renders with the same language).
"""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

from crec_desktop.domain.formatting import format_date, format_hours, format_time
from crec_desktop.domain.messages import Message, define, msg
from crec_desktop.domain.timeutil import to_local

define({"fmt.lang": ("{fr}", "{en}")})


def localized(fr: str, en: str) -> Message:
    """A parameter that is fr in French and en in English."""
    return msg("fmt.lang", fr=fr, en=en)


def date_param(value: dt.date | dt.datetime, *, weekday: bool = False) -> Message:
    day = to_local(value).date() if isinstance(value, dt.datetime) else value
    return localized(format_date(day, "fr", weekday=weekday), format_date(day, "en", weekday=weekday))


def time_param(value: dt.datetime | dt.time) -> Message:
    return localized(format_time(value, "fr"), format_time(value, "en"))


def hours_param(hours: Decimal | int) -> Message:
    return localized(format_hours(hours, "fr"), format_hours(hours, "en"))

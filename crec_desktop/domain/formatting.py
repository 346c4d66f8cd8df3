"""Dates, times and hours written the Quebec French way (and the English way).

26 novembre 2026, 1er janvier 2027, 9 h 30, 3,5 h — November 26, 2026, 9:30 AM, 3.5 h.
"""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

from crec_desktop.domain.money import NBSP, format_number
from crec_desktop.domain.timeutil import to_local

MONTHS_FR = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
             "septembre", "octobre", "novembre", "décembre")
MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December")
MONTHS_FR_SHORT = ("janv.", "févr.", "mars", "avr.", "mai", "juin", "juill.", "août", "sept.",
                   "oct.", "nov.", "déc.")
WEEKDAYS_FR = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
WEEKDAYS_EN = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def month_name(month: int, lang: str = "fr") -> str:
    return (MONTHS_EN if lang == "en" else MONTHS_FR)[month - 1]


def weekday_name(day: dt.date, lang: str = "fr") -> str:
    return (WEEKDAYS_EN if lang == "en" else WEEKDAYS_FR)[day.weekday()]


def format_date(day: dt.date, lang: str = "fr", *, weekday: bool = False) -> str:
    """26 novembre 2026 / November 26, 2026 (with the weekday in front if asked)."""
    if lang == "en":
        text = f"{MONTHS_EN[day.month - 1]} {day.day}, {day.year}"
        return f"{weekday_name(day, 'en')}, {text}" if weekday else text
    number = "1er" if day.day == 1 else str(day.day)
    text = f"{number} {MONTHS_FR[day.month - 1]} {day.year}"
    return f"{weekday_name(day, 'fr')} {text}" if weekday else text


def format_short_date(day: dt.date, lang: str = "fr") -> str:
    """26 nov. / Nov 26 — for column headers (OQLF abbreviations)."""
    if lang == "en":
        return f"{MONTHS_EN[day.month - 1][:3]} {day.day}"
    return f"{day.day} {MONTHS_FR_SHORT[day.month - 1]}"


def format_time(value: dt.time | dt.datetime, lang: str = "fr") -> str:
    """9 h 30, 13 h (Quebec) / 9:30 AM, 1:00 PM."""
    if isinstance(value, dt.datetime):
        value = to_local(value).time()
    if lang == "en":
        hour12 = value.hour % 12 or 12
        return f"{hour12}:{value.minute:02d}{NBSP}{'AM' if value.hour < 12 else 'PM'}"
    return f"{value.hour}{NBSP}h" + (f"{NBSP}{value.minute:02d}" if value.minute else "")


def format_hours(hours: Decimal | float | int, lang: str = "fr") -> str:
    """3,5 h / 3.5 h; whole hours without decimals (7 h)."""
    value = Decimal(str(hours)).quantize(Decimal("0.01"))
    places = 0 if value == value.to_integral_value() else (1 if (value * 10) == (value * 10).to_integral_value() else 2)
    return f"{format_number(value, lang, places)}{NBSP}h"

"""Money and Quebec sales taxes, in Decimal.

TPS (GST) 5 % and TVQ (QST) 9.975 % are each computed on the amount before taxes (the TVQ is
not charged on the TPS) and each rounded to the cent, half a cent rounding up. The combined rate
is never shown.
"""
from __future__ import annotations

import dataclasses
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

CENT = Decimal("0.01")
TPS_RATE = Decimal("0.05")
TVQ_RATE = Decimal("0.09975")
NBSP = "\u00a0"


def to_money(value: Decimal | int | str) -> Decimal:
    """A Decimal amount rounded to the cent, half up. Floats are refused: they lose cents."""
    if isinstance(value, float):
        raise TypeError("money is never a float; pass a Decimal or a string")
    try:
        return Decimal(value).quantize(CENT, rounding=ROUND_HALF_UP)
    except InvalidOperation as exc:
        raise ValueError(f"not an amount: {value!r}") from exc


@dataclasses.dataclass(frozen=True)
class Fees:
    hours: Decimal
    rate: Decimal
    subtotal: Decimal
    tps: Decimal
    tvq: Decimal
    total: Decimal
    taxable: bool


def fees(hours: Decimal | int | str, rate: Decimal | int | str, *, taxable: bool = True) -> Fees:
    """Hours × rate, then TPS and TVQ each on the subtotal, each rounded half up to the cent."""
    hours_d = Decimal(str(hours)) if not isinstance(hours, Decimal) else hours
    rate_d = to_money(rate)
    subtotal = to_money(hours_d * rate_d)
    tps = to_money(subtotal * TPS_RATE) if taxable else Decimal("0.00")
    tvq = to_money(subtotal * TVQ_RATE) if taxable else Decimal("0.00")
    return Fees(hours_d, rate_d, subtotal, tps, tvq, subtotal + tps + tvq, taxable)


def _group(digits: str, sep: str) -> str:
    out = []
    while len(digits) > 3:
        out.insert(0, digits[-3:])
        digits = digits[:-3]
    out.insert(0, digits)
    return sep.join(out)


def format_number(value: Decimal | int | float, lang: str = "fr", places: int = 2) -> str:
    """1 365,33 in French (no-break space, decimal comma); 1,365.33 in English."""
    quantum = Decimal(1).scaleb(-places)
    amount = Decimal(str(value)).quantize(quantum, rounding=ROUND_HALF_UP)
    sign = "-" if amount < 0 else ""
    whole, _, frac = f"{abs(amount):f}".partition(".")
    if lang == "fr":
        text = _group(whole, NBSP) + ("," + frac if frac else "")
    else:
        text = _group(whole, ",") + ("." + frac if frac else "")
    return sign + text


def format_money(value: Decimal | int, lang: str = "fr") -> str:
    """1 365,33 $ in French, $1,365.33 in English."""
    amount = to_money(value)
    if lang == "fr":
        return f"{format_number(amount, 'fr')}{NBSP}$"
    text = format_number(abs(amount), "en")
    return f"-${text}" if amount < 0 else f"${text}"


def format_rate(value: Decimal, lang: str = "fr") -> str:
    """A tax rate as printed on a letter: 9,975 % / 9.975%."""
    pct = (value * 100).normalize()
    text = f"{pct:f}"
    return f"{text.replace('.', ',')}{NBSP}%" if lang == "fr" else f"{text}%"

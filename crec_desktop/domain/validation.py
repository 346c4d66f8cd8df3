"""Rules for the values people type into the records' forms, as plain functions.

The editors (ui.records) run them as the user types and show the message beside the field; the
services (services.specialists, members, engagements, organisation) run the same functions on
what they are asked to save and refuse with the same messages. Each rule comes in two forms:

- `parse_xxx(text)` for what was typed: a `Checked` (the value read, or the problem);
- `xxx_problem(value)` for a value already typed (Decimal, str): the problem, or None.

    parse_money("1 234,50 $")     # Checked(Decimal("1234.50"), None)
    parse_phone("(418) 555-0142") # Checked("418 555-0142", None)
    parse_postal_code("g1k6g7")   # Checked("G1K 6G7", None)
    email_problem("nom@")         # Message("valid.email")

Empty text is fine unless `required=True` (then "Ce champ est obligatoire."). Amounts and hours
accept the French and the English ways of writing them (1 234,50 or 1,234.50).
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import re
from decimal import Decimal, InvalidOperation
from typing import Generic, TypeVar

from crec_desktop.domain.messages import Message, define, msg

T = TypeVar("T")

MAX_TEXT = 200
MAX_MONEY = Decimal("99999999.99")  # Numeric(10, 2)
MAX_HOURS = Decimal("9999999.99")   # Numeric(9, 2)
MAX_WEEKLY_HOURS = Decimal("80")

define({
    "valid.required": ("Ce champ est obligatoire.", "This field is required."),
    "valid.too_long": ("{max} caractères au plus.", "At most {max} characters."),
    "valid.email": ("Adresse courriel invalide (ex. : nom@exemple.ca).", "Invalid e-mail address (e.g. name@example.ca)."),
    "valid.phone": ("Numéro invalide : 10 chiffres, poste facultatif (ex. : 418 555-0142, poste 211).",
                    "Invalid number: 10 digits, extension optional (e.g. 418 555-0142, ext. 211)."),
    "valid.postal_code": ("Code postal canadien invalide (ex. : G6V 3P5).", "Invalid Canadian postal code (e.g. G6V 3P5)."),
    "valid.money": ("Montant invalide : un nombre en dollars et en cents (ex. : 92,50).",
                    "Invalid amount: a number in dollars and cents (e.g. 92.50)."),
    "valid.money_cents": ("Au plus deux décimales (les cents).", "At most two decimals (the cents)."),
    "valid.money_negative": ("Le montant ne peut pas être négatif.", "The amount cannot be negative."),
    "valid.money_too_big": ("Montant trop élevé.", "Amount too large."),
    "valid.hours": ("Nombre d'heures invalide (ex. : 37,5).", "Invalid number of hours (e.g. 37.5)."),
    "valid.hours_decimals": ("Au plus deux décimales.", "At most two decimals."),
    "valid.hours_negative": ("Le nombre d'heures ne peut pas être négatif.", "The number of hours cannot be negative."),
    "valid.hours_zero": ("Le nombre d'heures doit être plus grand que zéro.", "The number of hours must be more than zero."),
    "valid.hours_max": ("Au plus {max} h.", "At most {max} h."),
    "valid.dates_order": ("La date de fin précède la date de début.", "The end date is before the start date."),
    "valid.times_order": ("La fin de la journée doit suivre son début.", "The end of the day must come after its start."),
    "valid.colour": ("Couleur invalide : #RRVVBB en hexadécimal (ex. : #2e7d32).",
                     "Invalid colour: #RRGGBB in hexadecimal (e.g. #2e7d32)."),
    "valid.key": ("Identifiant invalide : lettres minuscules non accentuées, chiffres, point, tiret ou trait "
                  "bas, 40 caractères au plus.",
                  "Invalid key: unaccented lower-case letters, digits, dot, hyphen or underscore, at most 40 characters."),
    "valid.login": ("Identifiant de connexion invalide : sans espace, 200 caractères au plus.",
                    "Invalid login: no spaces, at most 200 characters."),
    "valid.gst": ("Numéro de TPS invalide : 9 chiffres, RT et 4 chiffres (ex. : 812345678 RT0001).",
                  "Invalid GST number: 9 digits, RT and 4 digits (e.g. 812345678 RT0001)."),
    "valid.qst": ("Numéro de TVQ invalide : 10 chiffres, TQ et 4 chiffres (ex. : 1223456789 TQ0001).",
                  "Invalid QST number: 10 digits, TQ and 4 digits (e.g. 1223456789 TQ0001)."),
    "valid.number": ("Numéro de mandat invalide : l'année, un tiret et un numéro (ex. : 2026-014).",
                     "Invalid engagement number: the year, a hyphen and a number (e.g. 2026-014)."),
    "valid.whole_number": ("Nombre entier invalide.", "Invalid whole number."),
    "valid.range": ("Un nombre de {low} à {high}.", "A number from {low} to {high}."),
    "valid.field": ("{field} : {problem}", "{field}: {problem}"),
})


@dataclasses.dataclass(frozen=True)
class Checked(Generic[T]):
    """What a parse gives: the value read (None for an empty optional field), or the problem."""

    value: T | None
    problem: Message | None = None

    @property
    def ok(self) -> bool:
        return self.problem is None


def _bad(key: str, **params) -> Checked:
    return Checked(None, msg(key, **params))


def clean(text: str | None) -> str:
    """Text without surrounding spaces (None reads as empty)."""
    return (text or "").strip()


# --- text ---------------------------------------------------------------------------------------

def text_problem(value: str | None, *, required: bool = False, max_length: int = MAX_TEXT) -> Message | None:
    value = clean(value)
    if not value:
        return msg("valid.required") if required else None
    if len(value) > max_length:
        return msg("valid.too_long", max=max_length)
    return None


def parse_text(text: str | None, *, required: bool = False, max_length: int = MAX_TEXT) -> Checked[str]:
    problem = text_problem(text, required=required, max_length=max_length)
    return Checked(None, problem) if problem else Checked(clean(text) or None)


def _empty(text: str | None, required: bool) -> Checked | None:
    """The result for empty text (None when there is text to read)."""
    if clean(text):
        return None
    return _bad("valid.required") if required else Checked(None)


# --- e-mail, phone, postal code ---------------------------------------------------------------

_EMAIL = re.compile(r"^[^@\s]+@[^@\s.]+(\.[^@\s.]+)+$")


def email_problem(value: str | None, *, required: bool = False) -> Message | None:
    return parse_email(value, required=required).problem


def parse_email(text: str | None, *, required: bool = False) -> Checked[str]:
    empty = _empty(text, required)
    if empty is not None:
        return empty
    value = clean(text)
    if len(value) > MAX_TEXT or not _EMAIL.match(value):
        return _bad("valid.email")
    return Checked(value)


_EXTENSION = re.compile(r"\s*(?:,\s*)?(?:poste|post\.?|p\.|ext\.?|extension|x|#)\s*(\d{1,6})\s*$", re.IGNORECASE)


def parse_phone(text: str | None, *, required: bool = False) -> Checked[str]:
    """A North American number (10 digits, a leading 1 or +1 allowed), maybe with an
    extension, written the Quebec way: 418 555-0142, poste 211."""
    empty = _empty(text, required)
    if empty is not None:
        return empty
    value = clean(text)
    extension = None
    match = _EXTENSION.search(value)
    if match:
        extension = match.group(1)
        value = value[:match.start()]
    if re.search(r"[^\d\s().+\-]", value):
        return _bad("valid.phone")
    digits = re.sub(r"\D", "", value)
    if len(digits) == 11 and digits[0] == "1":
        digits = digits[1:]
    if len(digits) != 10 or digits[0] in "01" or digits[3] in "01":
        return _bad("valid.phone")
    number = f"{digits[:3]} {digits[3:6]}-{digits[6:]}"
    return Checked(f"{number}, poste {extension}" if extension else number)


def phone_problem(value: str | None, *, required: bool = False) -> Message | None:
    return parse_phone(value, required=required).problem


# Canada Post: letter digit letter, space, digit letter digit; D F I O Q U never, W Z not first.
_POSTAL = re.compile(r"^([ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z])\s?(\d[ABCEGHJ-NPRSTV-Z]\d)$")


def parse_postal_code(text: str | None, *, required: bool = False) -> Checked[str]:
    empty = _empty(text, required)
    if empty is not None:
        return empty
    match = _POSTAL.match(clean(text).upper())
    if not match:
        return _bad("valid.postal_code")
    return Checked(f"{match.group(1)} {match.group(2)}")


def postal_code_problem(value: str | None, *, required: bool = False) -> Message | None:
    return parse_postal_code(value, required=required).problem


# --- numbers: money and hours ------------------------------------------------------------------

_SPACES = re.compile(r"[\s\u00a0\u202f]")


def _grouped(whole: str, mark: str) -> str | None:
    """'1,234,567' → '1234567' when mark groups thousands properly, else None."""
    if re.fullmatch(rf"\d{{1,3}}(?:{re.escape(mark)}\d{{3}})+", whole):
        return whole.replace(mark, "")
    return None


def read_decimal(text: str) -> Decimal | None:
    """1 234,50 / 1,234.50 / 1.234,50 / 92,50 $ / $92.50 as a Decimal; None if it is not a number.

    A lone comma or point is the decimal mark (French first: '1,234' is 1.234, not 1234); a mark
    that appears several times, or before the other one, must group thousands by threes."""
    value = _SPACES.sub("", text).replace("$", "")
    sign = ""
    if value[:1] in "+-":
        sign, value = value[:1], value[1:]
    if not value or not re.fullmatch(r"[\d.,]+", value):
        return None
    commas, points = value.count(","), value.count(".")
    if commas and points:
        mark = "," if value.rfind(",") > value.rfind(".") else "."
        group = "." if mark == "," else ","
        whole, _, frac = value.rpartition(mark)
        whole = _grouped(whole, group) if group in whole else whole
        if whole is None or mark in whole or group in frac:
            return None
        value = f"{whole}.{frac}"
    elif commas > 1 or points > 1:
        value = _grouped(value, "," if commas else ".")
        if value is None:
            return None
    else:
        value = value.replace(",", ".")
    if not re.fullmatch(r"\d*\.?\d*", value) or value in ("", "."):
        return None
    try:
        number = Decimal(sign + value)
    except InvalidOperation:
        return None
    return number if number.is_finite() else None


def decimal_places(value: Decimal) -> int:
    exponent = value.normalize().as_tuple().exponent
    return max(0, -exponent) if isinstance(exponent, int) else 0


def money_problem(value: Decimal | None, *, required: bool = False) -> Message | None:
    if value is None:
        return msg("valid.required") if required else None
    if decimal_places(value) > 2:
        return msg("valid.money_cents")
    if value < 0:
        return msg("valid.money_negative")
    if value > MAX_MONEY:
        return msg("valid.money_too_big")
    return None


def parse_money(text: str | None, *, required: bool = False) -> Checked[Decimal]:
    """Dollars and cents, never negative: '92,50', '1 234,50 $', '$1,234.50'."""
    empty = _empty(text, required)
    if empty is not None:
        return empty
    value = read_decimal(clean(text))
    if value is None:
        return _bad("valid.money")
    problem = money_problem(value)
    return Checked(None, problem) if problem else Checked(value.quantize(Decimal("0.01")))


def hours_problem(value: Decimal | None, *, required: bool = False, maximum: Decimal = MAX_HOURS,
                  positive: bool = False) -> Message | None:
    if value is None:
        return msg("valid.required") if required else None
    if decimal_places(value) > 2:
        return msg("valid.hours_decimals")
    if value < 0:
        return msg("valid.hours_negative")
    if positive and value == 0:
        return msg("valid.hours_zero")
    if value > maximum:
        return msg("valid.hours_max", max=_plain_number(maximum))
    return None


def parse_hours(text: str | None, *, required: bool = False, maximum: Decimal = MAX_HOURS,
                positive: bool = False) -> Checked[Decimal]:
    """Hours: '37,5', '37.5 h', '120'; at most two decimals, never negative, at most maximum."""
    empty = _empty(text, required)
    if empty is not None:
        return empty
    raw = clean(text)
    raw = re.sub(r"\s*h$", "", raw, flags=re.IGNORECASE)
    value = read_decimal(raw)
    if value is None:
        return _bad("valid.hours")
    problem = hours_problem(value, maximum=maximum, positive=positive)
    return Checked(None, problem) if problem else Checked(value.quantize(Decimal("0.01")))


def _plain_number(value: Decimal) -> str:
    text = f"{value.normalize():f}"
    return text


def parse_whole(text: str | None, low: int, high: int, *, required: bool = False) -> Checked[int]:
    empty = _empty(text, required)
    if empty is not None:
        return empty
    raw = _SPACES.sub("", clean(text))
    if not re.fullmatch(r"[+-]?\d+", raw):
        return _bad("valid.whole_number")
    value = int(raw)
    if not low <= value <= high:
        return _bad("valid.range", low=low, high=high)
    return Checked(value)


def whole_problem(value: int | None, low: int, high: int, *, required: bool = False) -> Message | None:
    if value is None:
        return msg("valid.required") if required else None
    return None if low <= value <= high else msg("valid.range", low=low, high=high)


# --- dates and times ----------------------------------------------------------------------------

def dates_problem(start: dt.date | None, end: dt.date | None) -> Message | None:
    """The end (inclusive) on or after the start; open ends are fine."""
    if start is not None and end is not None and end < start:
        return msg("valid.dates_order")
    return None


def times_problem(start: dt.time | None, end: dt.time | None) -> Message | None:
    """A working day ends after it starts."""
    if start is not None and end is not None and end <= start:
        return msg("valid.times_order")
    return None


# --- identifiers and codes ---------------------------------------------------------------------

_COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")
_KEY = re.compile(r"^[a-z0-9][a-z0-9._-]{0,39}$")
_GST = re.compile(r"^(\d{9})\s*RT\s*(\d{4})$")
_QST = re.compile(r"^(\d{10})\s*TQ\s*(\d{4})$")
_NUMBER = re.compile(r"^\d{4}-\d{1,6}$")


def parse_colour(text: str | None, *, required: bool = False) -> Checked[str]:
    empty = _empty(text, required)
    if empty is not None:
        return empty
    value = clean(text)
    if not value.startswith("#"):
        value = "#" + value
    if not _COLOUR.match(value):
        return _bad("valid.colour")
    return Checked(value.lower())


def colour_problem(value: str | None, *, required: bool = False) -> Message | None:
    return parse_colour(value, required=required).problem


def parse_key(text: str | None, *, required: bool = True) -> Checked[str]:
    empty = _empty(text, required)
    if empty is not None:
        return empty
    value = clean(text)
    return Checked(value) if _KEY.match(value) else _bad("valid.key")


def key_problem(value: str | None, *, required: bool = True) -> Message | None:
    return parse_key(value, required=required).problem


def parse_login(text: str | None, *, required: bool = False) -> Checked[str]:
    empty = _empty(text, required)
    if empty is not None:
        return empty
    value = clean(text)
    if len(value) > MAX_TEXT or re.search(r"\s", value):
        return _bad("valid.login")
    return Checked(value)


def login_problem(value: str | None, *, required: bool = False) -> Message | None:
    return parse_login(value, required=required).problem


def _registration(text: str | None, pattern: re.Pattern, letters: str, key: str, required: bool) -> Checked[str]:
    empty = _empty(text, required)
    if empty is not None:
        return empty
    match = pattern.match(_SPACES.sub(" ", clean(text)).upper())
    if not match:
        return _bad(key)
    return Checked(f"{match.group(1)} {letters}{match.group(2)}")


def parse_gst(text: str | None, *, required: bool = False) -> Checked[str]:
    """The TPS (GST) registration number: 812345678 RT0001."""
    return _registration(text, _GST, "RT", "valid.gst", required)


def parse_qst(text: str | None, *, required: bool = False) -> Checked[str]:
    """The TVQ (QST) registration number: 1223456789 TQ0001."""
    return _registration(text, _QST, "TQ", "valid.qst", required)


def gst_problem(value: str | None) -> Message | None:
    return parse_gst(value).problem


def qst_problem(value: str | None) -> Message | None:
    return parse_qst(value).problem


def parse_engagement_number(text: str | None, *, required: bool = True) -> Checked[str]:
    empty = _empty(text, required)
    if empty is not None:
        return empty
    value = clean(text)
    return Checked(value) if _NUMBER.match(value) else _bad("valid.number")


def engagement_number_problem(value: str | None) -> Message | None:
    return parse_engagement_number(value).problem


# --- addresses ------------------------------------------------------------------------------------

@dataclasses.dataclass(frozen=True)
class Address:
    """An address as the forms edit it; stored as one text, Canada Post style:

        5955, rue Saint-Laurent, bureau 300
        Lévis (Québec)  G6V 3P5
    """

    street: str = ""
    city: str = ""
    province: str = "Québec"
    postal_code: str = ""

    def text(self) -> str | None:
        street, city = clean(self.street), clean(self.city)
        province, postal = clean(self.province), clean(self.postal_code)
        last = city
        if province:
            last = f"{last} ({province})" if last else f"({province})"
        if postal:
            last = f"{last}  {postal}" if last else postal
        lines = [line for line in (street, last.strip()) if line]
        if not street and not city and not postal:
            return None
        return "\n".join(lines) or None


_LAST_LINE = re.compile(r"^(?P<city>.*?)\s*(?:\((?P<province>[^)]*)\))?\s*(?P<postal>[A-Za-z]\d[A-Za-z]\s?\d[A-Za-z]\d)?\s*$")


def split_address(text: str | None) -> Address:
    """The parts of a stored address (an address the forms did not write goes whole into street)."""
    text = (text or "").strip()
    if not text:
        return Address()
    lines = text.splitlines()
    match = _LAST_LINE.match(lines[-1].strip()) if len(lines) >= 2 else None
    if match and (match.group("province") or match.group("postal")):
        return Address("\n".join(line.rstrip() for line in lines[:-1]), match.group("city") or "",
                       match.group("province") or "", (match.group("postal") or "").upper())
    return Address(text, "", "", "")


def field_problem(field: Message, problem: Message) -> Message:
    """'Courriel : Adresse courriel invalide…' — a field's problem said by a service."""
    return msg("valid.field", field=field, problem=problem)

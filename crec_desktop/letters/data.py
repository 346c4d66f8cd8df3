"""What an engagement letter is made from: plain, frozen data, no database, no reportlab.

The services gather a `LetterData` from the database; `letters.render` turns it into a PDF. The
same data always gives the same PDF bytes, and `content_json()` is the data's identity once the
date and version are set aside: an issued letter gets a new version only when it changes.

Texts typed by people (names, titles, scope, addresses...) are kept exactly as typed; escaping
them for the PDF is the renderer's job.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import json
from decimal import Decimal
from typing import Any

from crec_desktop.domain.money import Fees, fees

ESTIMATE_STATUSES = ("draft", "sent")


@dataclasses.dataclass(frozen=True)
class LocalText:
    """A name known in French and (maybe) English, e.g. a domain of expertise."""

    fr: str
    en: str | None = None

    def text(self, lang: str) -> str:
        return (self.en or self.fr) if lang == "en" else self.fr


@dataclasses.dataclass(frozen=True)
class Organisation:
    """The letterhead and the organisation's side of the agreement (settings row id 1)."""

    name: str
    short_name: str | None = None
    address: str | None = None  # several lines
    city: str | None = None
    phone: str | None = None
    email: str | None = None
    gst_number: str | None = None
    qst_number: str | None = None
    signatory_name: str | None = None
    signatory_title: str | None = None
    payment_terms_days: int = 30
    # The organisation's own logo (PNG); None draws the built-in CREC logo.
    logo_png: bytes | None = dataclasses.field(default=None, repr=False)

    @property
    def display_short(self) -> str:
        return self.short_name or self.name


@dataclasses.dataclass(frozen=True)
class Recipient:
    """The member organisation and the person the letter is addressed to."""

    name: str
    contact_name: str | None = None
    contact_title: str | None = None
    address: str | None = None  # several lines
    email: str | None = None
    phone: str | None = None


@dataclasses.dataclass(frozen=True)
class AssignedSpecialist:
    name: str
    title: str | None = None
    domains: tuple[LocalText, ...] = ()
    lead: bool = False


@dataclasses.dataclass(frozen=True)
class PlannedSession:
    """One occurrence of a booking for the engagement, in local (Toronto) date and time."""

    day: dt.date
    start: dt.time
    end: dt.time
    hours: Decimal  # real elapsed time
    specialist: str
    location: str | None = None
    tentative: bool = False


@dataclasses.dataclass(frozen=True)
class LetterData:
    """Everything one engagement letter says."""

    number: str
    title: str
    organisation: Organisation
    recipient: Recipient
    letter_date: dt.date
    language: str = "fr"
    version: int | None = None
    status: str = "draft"
    domain: LocalText | None = None
    context: str | None = None
    scope: str | None = None
    deliverables: str | None = None
    exclusions: str | None = None
    start_date: dt.date | None = None
    end_date: dt.date | None = None
    budget_hours: Decimal | None = None
    hourly_rate: Decimal | None = None
    taxable: bool = True
    specialists: tuple[AssignedSpecialist, ...] = ()
    sessions: tuple[PlannedSession, ...] = ()

    # --- what the fees section needs ---------------------------------------------------------

    @property
    def session_hours(self) -> Decimal:
        return sum((s.hours for s in self.sessions), Decimal("0"))

    @property
    def fee_hours(self) -> Decimal | None:
        """The budgeted hours; failing a budget, the planned sessions' hours; else unknown."""
        if self.budget_hours is not None:
            return self.budget_hours
        return self.session_hours if self.sessions else None

    @property
    def is_estimate(self) -> bool:
        """Draft or sent (not yet agreed), or hours taken from the planning, not from a budget."""
        return self.status in ESTIMATE_STATUSES or self.budget_hours is None

    def fees(self) -> Fees | None:
        """Hours × rate with TPS and TVQ (half up, each on the subtotal); None if either is unknown."""
        hours = self.fee_hours
        if hours is None or self.hourly_rate is None:
            return None
        return fees(hours, self.hourly_rate, taxable=self.taxable)

    # --- identity -----------------------------------------------------------------------------

    def with_version(self, version: int | None) -> LetterData:
        return dataclasses.replace(self, version=version)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready: Decimal and dates as strings, the logo as its SHA-256."""
        return _jsonable(self)

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), sort_keys=True, ensure_ascii=False, separators=(",", ":"))

    def content_json(self) -> str:
        """The data without its date and version: equal when the letter would say the same."""
        return content_json_of(self.to_dict())


def content_json_of(data: dict[str, Any]) -> str:
    """content_json() of a stored letter's data (from IssuedLetter.data_json)."""
    rest = {k: v for k, v in data.items() if k not in ("letter_date", "version")}
    return json.dumps(rest, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def _jsonable(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        out = {}
        for f in dataclasses.fields(value):
            item = getattr(value, f.name)
            if f.name == "logo_png":
                out["logo_sha256"] = hashlib.sha256(item).hexdigest() if item else None
            else:
                out[f.name] = _jsonable(item)
        return out
    if isinstance(value, (list, tuple)):
        return [_jsonable(v) for v in value]
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, (dt.date, dt.time)):  # datetime never appears: instants are local here
        return value.isoformat()
    return value

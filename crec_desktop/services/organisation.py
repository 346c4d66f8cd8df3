"""The organisation's settings (administrators only): name and coordinates, tax registration
numbers, signatory, logo, Good Friday or Easter Monday, fiscal year start, hour-bank carry-over;
and its closures (through `services.absences`).

    record = organisation_record(db)              # state, version; organisation_logo(db) the PNG
    update_organisation(db, user, record.version, phone="418 555-0100", carry_over="cap",
                        carry_over_cap_hours=Decimal("20"))
    update_organisation(db, user, version, logo=png_bytes)   # or logo=None to go back to CREC's
    list_closures(db, 2026)

The letters print the logo when one is set (`services.letters` reads `Organization.logo_png`).
The audit log keeps the logo's SHA-256, not its bytes.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib

from sqlalchemy import select
from sqlalchemy.orm import Session

from crec_desktop.domain import validation as v
from crec_desktop.domain.holidays import EASTER_CHOICES
from crec_desktop.domain.hour_bank import CAP, RULES
from crec_desktop.domain.messages import Message, UserError, define, msg
from crec_desktop.services import permissions
from crec_desktop.services.changes import Outcome
from crec_desktop.services.records import (
    KEEP,
    Record,
    RecordError,
    RecordKind,
    dec,
    dec_text,
    normalised,
    read_record,
    replaced,
)
from crec_desktop.services.users import CurrentUser
from crec_desktop.services.writer import Plan, apply, load_for_edit, register, run
from crec_desktop.store.db import Database
from crec_desktop.store.models import Closure, Organization

ORGANIZATION = "organization"
MAX_LOGO_BYTES = 2 * 1024 * 1024
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"

define({
    "field.org_name": ("Nom de l'organisation", "Organisation name"),
    "field.city": ("Ville", "City"),
    "field.gst_number": ("Numéro de TPS", "GST number"),
    "field.qst_number": ("Numéro de TVQ", "QST number"),
    "field.signatory_name": ("Signataire", "Signatory"),
    "field.signatory_title": ("Fonction du ou de la signataire", "Signatory's position"),
    "field.logo": ("Logo", "Logo"),
    "field.easter_holiday": ("Congé de Pâques", "Easter holiday"),
    "field.fiscal_year_start_month": ("Début de l'exercice financier", "Fiscal year start"),
    "field.carry_over": ("Report des heures non utilisées", "Carry-over of unused hours"),
    "field.carry_over_cap_hours": ("Plafond du report", "Carry-over cap"),
    "field.payment_terms_days": ("Délai de paiement (jours)", "Payment terms (days)"),
    "org.bad_choice": ("valeur inconnue : « {value} »", "unknown value: \"{value}\""),
    "org.cap_needed": ("Indiquez le plafond du report.", "Give the carry-over cap."),
    "org.logo_not_png": ("Le logo doit être une image PNG.", "The logo must be a PNG image."),
    "org.logo_too_big": ("Le logo dépasse 2 Mo.", "The logo is larger than 2 MB."),
    "org.logo_unavailable": ("L'ancien logo n'est plus disponible ; choisissez-le de nouveau.",
                             "The former logo is no longer available; choose it again."),
    "action.organization.edit": ("modifier les paramètres de l'organisation", "change the organisation's settings"),
})

LABELS = {"name": msg("field.org_name"), "short_name": msg("field.short_name"), "address": msg("field.address"),
          "city": msg("field.city"), "phone": msg("field.phone"), "email": msg("field.email"),
          "gst_number": msg("field.gst_number"), "qst_number": msg("field.qst_number"),
          "signatory_name": msg("field.signatory_name"), "signatory_title": msg("field.signatory_title"),
          "logo_sha256": msg("field.logo"), "easter_holiday": msg("field.easter_holiday"),
          "fiscal_year_start_month": msg("field.fiscal_year_start_month"), "carry_over": msg("field.carry_over"),
          "carry_over_cap_hours": msg("field.carry_over_cap_hours"),
          "payment_terms_days": msg("field.payment_terms_days")}


@dataclasses.dataclass(frozen=True)
class OrganisationState:
    name: str
    short_name: str | None = None
    address: str | None = None
    city: str | None = None
    phone: str | None = None
    email: str | None = None
    gst_number: str | None = None
    qst_number: str | None = None
    signatory_name: str | None = None
    signatory_title: str | None = None
    logo_sha256: str | None = None  # the logo itself is Organization.logo_png
    easter_holiday: str = "good_friday"
    fiscal_year_start_month: int = 4
    carry_over: str = "none"
    carry_over_cap_hours: str | None = None
    payment_terms_days: int = 30


def logo_hash(png: bytes | None) -> str | None:
    return hashlib.sha256(png).hexdigest() if png else None


class OrganisationKind(RecordKind):
    entity = ORGANIZATION
    model = Organization
    key_column = "id"
    permission = permissions.SETTINGS_EDIT
    labels = LABELS

    def snapshot(self, row: Organization) -> OrganisationState:
        return OrganisationState(row.name, row.short_name, row.address, row.city, row.phone, row.email,
                                 row.gst_number, row.qst_number, row.signatory_name, row.signatory_title,
                                 logo_hash(row.logo_png), row.easter_holiday, row.fiscal_year_start_month,
                                 row.carry_over, dec_text(row.carry_over_cap_hours), row.payment_terms_days)

    def assign(self, row: Organization, state: OrganisationState) -> None:
        for field in dataclasses.fields(state):
            if field.name == "logo_sha256":
                continue
            value = getattr(state, field.name)
            setattr(row, field.name, dec(value) if field.name == "carry_over_cap_hours" else value)
        if logo_hash(row.logo_png) != state.logo_sha256:
            if state.logo_sha256 is not None:  # an undo can put back no logo, not bytes it does not have
                raise UserError(msg("org.logo_unavailable"))
            row.logo_png = None

    def display_name(self, row) -> str:
        return row.name

    def field_problems(self, session: Session, s: OrganisationState) -> list[tuple[str, Message]]:
        address = v.split_address(s.address)
        checks = [
            ("name", v.text_problem(s.name, required=True)),
            ("short_name", v.text_problem(s.short_name)),
            ("address", v.text_problem(s.address, max_length=1000)),
            ("address", v.postal_code_problem(address.postal_code) if address.postal_code else None),
            ("city", v.text_problem(s.city)),
            ("phone", v.phone_problem(s.phone)),
            ("email", v.email_problem(s.email)),
            ("gst_number", v.gst_problem(s.gst_number)),
            ("qst_number", v.qst_problem(s.qst_number)),
            ("signatory_name", v.text_problem(s.signatory_name)),
            ("signatory_title", v.text_problem(s.signatory_title)),
            ("easter_holiday", None if s.easter_holiday in EASTER_CHOICES
             else msg("org.bad_choice", value=s.easter_holiday)),
            ("fiscal_year_start_month", v.whole_problem(s.fiscal_year_start_month, 1, 12, required=True)),
            ("carry_over", None if s.carry_over in RULES else msg("org.bad_choice", value=s.carry_over)),
            ("carry_over_cap_hours", v.hours_problem(dec(s.carry_over_cap_hours), required=s.carry_over == CAP)),
            ("payment_terms_days", v.whole_problem(s.payment_terms_days, 0, 365, required=True)),
        ]
        out = [(name, problem) for name, problem in checks if problem is not None]
        if s.carry_over == CAP and s.carry_over_cap_hours is None:
            out = [(n, p) for n, p in out if n != "carry_over_cap_hours"] + [("carry_over_cap_hours", msg("org.cap_needed"))]
        return out


ORGANISATION = register(OrganisationKind())


def organisation_record(db: Database) -> Record:
    return read_record(db, ORGANISATION, 1)


def organisation_logo(db: Database) -> bytes | None:
    with db.read() as session:
        return session.execute(select(Organization.logo_png).where(Organization.id == 1)).scalar()


def logo_problem(png: bytes) -> Message | None:
    if not png.startswith(PNG_SIGNATURE):
        return msg("org.logo_not_png")
    if len(png) > MAX_LOGO_BYTES:
        return msg("org.logo_too_big")
    return None


_TEXTS = ("short_name", "address", "city", "phone", "email", "gst_number", "qst_number", "signatory_name",
          "signatory_title")


def update_organisation(db: Database, user: CurrentUser, version: int, *, logo=KEEP, **changes) -> Outcome:
    """Change the settings given; `logo` is PNG bytes, None for no logo of its own (the letters
    then draw the CREC's), or KEEP."""
    changes.pop("logo_sha256", None)
    for name, parse in (("gst_number", v.parse_gst), ("qst_number", v.parse_qst)):
        if isinstance(changes.get(name), str) and parse(changes[name]).ok:
            changes[name] = parse(changes[name]).value
    changes = normalised(ORGANISATION, changes, texts=_TEXTS, required=("name",), phones=("phone",),
                         hours=("carry_over_cap_hours",))
    if logo is not KEEP and logo is not None:
        problem = logo_problem(logo)
        if problem is not None:
            raise RecordError([("logo_sha256", problem)], LABELS)

    def work(session: Session) -> Outcome:
        row = load_for_edit(session, ORGANISATION, 1, version)
        before = ORGANISATION.snapshot(row)
        after = replaced(before, **changes)
        if logo is not KEEP:
            permissions.require(user, permissions.SETTINGS_EDIT)  # before touching the row
            row.logo_png = logo or None
            after = dataclasses.replace(after, logo_sha256=logo_hash(logo))
        return apply(session, user, ORGANISATION, "organization.edit", [Plan(row, before, after)])

    return run(db, work)


@dataclasses.dataclass(frozen=True)
class ClosureLine:
    id: int
    version: int
    date: dt.date
    name: str


def list_closures(db: Database, year: int | None = None) -> list[ClosureLine]:
    """The organisation's closures (of one calendar year if given), by date."""
    with db.read() as session:
        query = select(Closure.id, Closure.version, Closure.date, Closure.name).order_by(Closure.date, Closure.name)
        if year is not None:
            query = query.where(Closure.date >= dt.date(year, 1, 1), Closure.date <= dt.date(year, 12, 31))
        return [ClosureLine(*row) for row in session.execute(query)]

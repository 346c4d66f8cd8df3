"""Member organisations: create, edit, deactivate (or delete one without engagements); their
list with this fiscal year's hour bank. Managers and administrators.

    out = create_member(db, user, MemberState(key="fcsdq", name="Fédération …", kind="federation"))
    update_member(db, user, "fcsdq", version, region="03", hour_bank=Decimal("500"))
    list_members(db)      # MemberRow with the hour bank of the current fiscal year
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import re

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from crec_desktop.domain import validation as v
from crec_desktop.domain.hour_bank import BankYear
from crec_desktop.domain.messages import Message, define, msg
from crec_desktop.domain.regions import CODES as REGION_CODES
from crec_desktop.services import permissions
from crec_desktop.services.changes import Outcome
from crec_desktop.services.hour_bank import read_hour_banks
from crec_desktop.services.records import (
    NOT_KEY,
    Record,
    RecordKind,
    ascii_lower,
    count,
    dec,
    dec_text,
    free_key,
    normalised,
    read_record,
    reference_messages,
    replaced,
    save,
)
from crec_desktop.services.users import CurrentUser
from crec_desktop.services.writer import register
from crec_desktop.store.db import Database
from crec_desktop.store.models import MEMBER_KINDS, Engagement, Member

MEMBER = "member"

define({
    "field.kind": ("Type", "Kind"),
    "field.sector": ("Secteur", "Sector"),
    "field.region": ("Région", "Region"),
    "field.contact_name": ("Personne-ressource", "Contact person"),
    "field.contact_title": ("Fonction de la personne-ressource", "Contact's position"),
    "field.hour_bank": ("Banque d'heures annuelle", "Yearly hour bank"),
    "member.bad_kind": ("type de membre inconnu : « {value} »", "unknown kind of member: \"{value}\""),
    "member.bad_region": ("région administrative inconnue : « {value} »", "unknown administrative region: \"{value}\""),
    "action.member.create": ("ajouter le membre", "add the member"),
    "action.member.edit": ("modifier le membre", "edit the member"),
    "action.member.deactivate": ("désactiver le membre", "deactivate the member"),
    "action.member.reactivate": ("réactiver le membre", "reactivate the member"),
    "action.member.delete": ("supprimer le membre", "delete the member"),
})

LABELS = {name: msg(f"field.{name}") for name in (
    "key", "name", "short_name", "kind", "sector", "region", "contact_name", "contact_title", "email", "phone",
    "address", "hour_bank")}


@dataclasses.dataclass(frozen=True)
class MemberState:
    key: str
    name: str
    kind: str = "federation"
    short_name: str | None = None
    sector: str | None = None
    region: str | None = None  # "01" … "17"
    contact_name: str | None = None
    contact_title: str | None = None
    email: str | None = None
    phone: str | None = None
    address: str | None = None
    hour_bank: str | None = None
    active: bool = True


class MemberKind(RecordKind):
    entity = MEMBER
    model = Member
    key_column = "key"
    permission = permissions.MEMBER_EDIT
    labels = LABELS

    def snapshot(self, row: Member) -> MemberState:
        return MemberState(row.key, row.name, row.kind, row.short_name, row.sector, row.region, row.contact_name,
                           row.contact_title, row.email, row.phone, row.address, dec_text(row.hour_bank),
                           bool(row.active))

    def to_column(self, name: str, value):
        return dec(value) if name == "hour_bank" else value

    def display_name(self, row) -> str:
        return row.name

    def field_problems(self, session: Session, s: MemberState) -> list[tuple[str, Message]]:
        address = v.split_address(s.address)
        checks = [
            ("key", v.key_problem(s.key)),
            ("name", v.text_problem(s.name, required=True)),
            ("short_name", v.text_problem(s.short_name)),
            ("kind", None if s.kind in MEMBER_KINDS else msg("member.bad_kind", value=s.kind)),
            ("sector", v.text_problem(s.sector)),
            ("region", None if s.region is None or s.region in REGION_CODES
             else msg("member.bad_region", value=s.region)),
            ("contact_name", v.text_problem(s.contact_name)),
            ("contact_title", v.text_problem(s.contact_title)),
            ("email", v.email_problem(s.email)),
            ("phone", v.phone_problem(s.phone)),
            ("address", v.text_problem(s.address, max_length=1000)),
            ("address", v.postal_code_problem(address.postal_code) if address.postal_code else None),
            ("hour_bank", v.hours_problem(dec(s.hour_bank))),
        ]
        return [(name, problem) for name, problem in checks if problem is not None]

    def references(self, session: Session, row: Member) -> list[Message]:
        return reference_messages([("engagements", count(session, Engagement.member_id, row.id))])


MEMBERS = register(MemberKind())


def _fields(**fields) -> dict:
    return normalised(MEMBERS, fields, texts=("short_name", "sector", "region", "contact_name", "contact_title",
                                              "email", "address"),
                      required=("name", "key"), phones=("phone",), hours=("hour_bank",))


def create_member(db: Database, user: CurrentUser, state: MemberState) -> Outcome:
    state = MemberState(**_fields(**dataclasses.asdict(state)))
    return save(db, user, MEMBERS, "member.create", state.key, None, lambda _: state)


def update_member(db: Database, user: CurrentUser, key: str, version: int, **changes) -> Outcome:
    changes.pop("key", None)
    fields = _fields(**changes)
    return save(db, user, MEMBERS, "member.edit", key, version, lambda before: replaced(before, **fields))


def deactivate_member(db: Database, user: CurrentUser, key: str, version: int) -> Outcome:
    return save(db, user, MEMBERS, "member.deactivate", key, version, lambda before: replaced(before, active=False))


def reactivate_member(db: Database, user: CurrentUser, key: str, version: int) -> Outcome:
    return save(db, user, MEMBERS, "member.reactivate", key, version, lambda before: replaced(before, active=True))


def delete_member(db: Database, user: CurrentUser, key: str, version: int) -> Outcome:
    return save(db, user, MEMBERS, "member.delete", key, version, lambda _: None)


def member_record(db: Database, key: str) -> Record:
    return read_record(db, MEMBERS, key)


@dataclasses.dataclass(frozen=True)
class MemberRow:
    """One line of the members' list, with the hour bank of the fiscal year asked about."""

    id: int
    version: int
    state: MemberState
    engagements: int
    bank: BankYear | None

    @property
    def key(self) -> str:
        return self.state.key

    @property
    def label(self) -> str:
        return self.state.short_name or self.state.name


def list_members(db: Database, *, day: dt.date | None = None) -> list[MemberRow]:
    """Every member (active or not), by name, with the hour bank of the fiscal year of day
    (default: today)."""
    day = day or db.clock.today()
    with db.read() as session:
        rows = session.scalars(select(Member).order_by(Member.name, Member.key)).all()
        counts = dict(session.execute(select(Engagement.member_id, func.count()).group_by(Engagement.member_id)).all())
        banks = read_hour_banks(session, [r.id for r in rows], day)
        out = []
        for r in rows:
            bank = banks.get(r.id)
            out.append(MemberRow(r.id, r.version, MEMBERS.snapshot(r), counts.get(r.id, 0),
                                 bank.current if bank is not None else None))
        return out


def suggest_member_key(db: Database, short_name: str | None, name: str) -> str:
    """A free key from the short name (else the name's initials): 'CDR Estrie' → 'cdr-estrie'."""
    source = short_name or "".join(w[0] for w in re.split(r"[\s'’-]+", name) if w and w[0].isupper()) or name
    base = NOT_KEY.sub("-", ascii_lower(source)).strip("-")[:36] or "membre"
    return free_key(db, Member.key, base, "-")


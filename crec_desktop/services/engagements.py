"""Engagements (mandats): create and edit them, move them along their workflow one deliberate
step at a time (draft → sent → signed → in progress → completed, or cancelled), delete one that
nothing refers to; their list with budgeted, planned and done hours; their sessions. Managers and
administrators.

    out = create_engagement(db, user, EngagementState(number="2026-015", member_id=3, domain_id=1, title="…"))
    update_engagement(db, user, "2026-015", version, budget_hours=Decimal("40"))
    send_engagement(db, user, "2026-015", version)     # then sign_, start_, complete_ or cancel_engagement
    list_engagements(db)                               # EngagementRow with hours against the budget
    engagement_sessions(db, engagement_id)             # its booked occurrences
"""
from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from crec_desktop.domain import validation as v
from crec_desktop.domain import workflow
from crec_desktop.domain.messages import Message, UserError, define, msg
from crec_desktop.services import permissions
from crec_desktop.services.budgets import read_engagement_use
from crec_desktop.services.changes import Outcome
from crec_desktop.services.records import (
    Record,
    RecordError,
    RecordKind,
    count,
    dec,
    dec_text,
    normalised,
    read_record,
    reference_messages,
    replaced,
    save,
)
from crec_desktop.services.users import CurrentUser
from crec_desktop.services.writer import Plan, register
from crec_desktop.store.db import Database
from crec_desktop.store.models import (
    Booking,
    DomainOfExpertise,
    Engagement,
    IssuedLetter,
    Member,
    Occurrence,
    Specialist,
)

ENGAGEMENT = "engagement"
TEXT_LIMIT = 20000

define({
    "field.number": ("Numéro", "Number"),
    "field.member": ("Membre", "Member"),
    "field.domain": ("Domaine", "Domain"),
    "field.lead": ("Responsable", "Lead"),
    "field.engagement_title": ("Titre du mandat", "Engagement title"),
    "field.scope": ("Objet et portée", "Object and scope"),
    "field.context": ("Contexte", "Context"),
    "field.deliverables": ("Livrables", "Deliverables"),
    "field.exclusions": ("Exclusions", "Exclusions"),
    "field.budget_hours": ("Heures prévues au budget", "Budgeted hours"),
    "field.language": ("Langue de la lettre", "Letter language"),
    "field.start_date": ("Début", "Start"),
    "field.end_date": ("Fin", "End"),
    "field.status": ("Statut", "Status"),
    "engagement.inactive_member": ("Le membre « {name} » est désactivé : on ne lui ouvre plus de mandat.",
                                   "The member \"{name}\" is deactivated: no new engagement can be opened for it."),
    "engagement.inactive_lead": ("{name} est désactivé(e) et ne peut pas être responsable d'un mandat.",
                                 "{name} is deactivated and cannot lead an engagement."),
    "engagement.bad_language": ("langue inconnue : « {value} » (fr ou en)", "unknown language: \"{value}\" (fr or en)"),
    "engagement.status_by_step": ("Le statut change seulement par les étapes du mandat (envoyer, signer, …).",
                                  "The status changes only through the engagement's steps (send, sign, …)."),
    "action.engagement.create": ("ajouter le mandat", "add the engagement"),
    "action.engagement.edit": ("modifier le mandat", "edit the engagement"),
    "action.engagement.delete": ("supprimer le mandat", "delete the engagement"),
    "action.engagement.send": ("marquer le mandat comme envoyé", "mark the engagement as sent"),
    "action.engagement.sign": ("marquer le mandat comme signé", "mark the engagement as signed"),
    "action.engagement.start": ("commencer le mandat", "start the engagement"),
    "action.engagement.complete": ("terminer le mandat", "complete the engagement"),
    "action.engagement.cancel": ("annuler le mandat", "cancel the engagement"),
})

LABELS = {"number": msg("field.number"), "member_id": msg("field.member"), "domain_id": msg("field.domain"),
          "lead_id": msg("field.lead"), "title": msg("field.engagement_title"), "scope": msg("field.scope"),
          "context": msg("field.context"), "deliverables": msg("field.deliverables"),
          "exclusions": msg("field.exclusions"), "budget_hours": msg("field.budget_hours"),
          "hourly_rate": msg("field.hourly_rate"), "language": msg("field.language"),
          "start_date": msg("field.start_date"), "end_date": msg("field.end_date"), "status": msg("field.status")}


@dataclasses.dataclass(frozen=True)
class EngagementState:
    number: str
    member_id: int
    domain_id: int
    title: str
    lead_id: int | None = None
    scope: str | None = None
    context: str | None = None
    deliverables: str | None = None
    exclusions: str | None = None
    budget_hours: str | None = None
    hourly_rate: str | None = None
    taxable: bool = True
    language: str = "fr"
    status: str = workflow.DRAFT
    start_date: dt.date | None = None
    end_date: dt.date | None = None


class EngagementKind(RecordKind):
    entity = ENGAGEMENT
    model = Engagement
    key_column = "number"
    permission = permissions.ENGAGEMENT_EDIT
    labels = LABELS

    def snapshot(self, row: Engagement) -> EngagementState:
        return EngagementState(row.number, row.member_id, row.domain_id, row.title, row.lead_id, row.scope,
                               row.context, row.deliverables, row.exclusions, dec_text(row.budget_hours),
                               dec_text(row.hourly_rate), bool(row.taxable), row.language, row.status,
                               row.start_date, row.end_date)

    def to_column(self, name: str, value):
        return dec(value) if name in ("budget_hours", "hourly_rate") else value

    def display_name(self, row) -> str:
        return f"{row.number} — {row.title}"

    def field_problems(self, session: Session, s: EngagementState) -> list[tuple[str, Message]]:
        checks = [
            ("number", v.engagement_number_problem(s.number)),
            ("title", v.text_problem(s.title, required=True)),
            ("member_id", None if session.get(Member, s.member_id) is not None
             else msg("rules.unknown_member", value=s.member_id)),
            ("domain_id", None if session.get(DomainOfExpertise, s.domain_id) is not None
             else msg("rules.unknown_domain", value=s.domain_id)),
            ("lead_id", None if s.lead_id is None or session.get(Specialist, s.lead_id) is not None
             else msg("rules.unknown_specialist", value=s.lead_id)),
            ("budget_hours", v.hours_problem(dec(s.budget_hours))),
            ("hourly_rate", v.money_problem(dec(s.hourly_rate))),
            ("language", None if s.language in ("fr", "en") else msg("engagement.bad_language", value=s.language)),
            ("status", None if s.status in workflow.STATUSES else msg("workflow.unknown_step", step=s.status)),
            ("end_date", v.dates_problem(s.start_date, s.end_date)),
        ]
        for name in ("scope", "context", "deliverables", "exclusions"):
            checks.append((name, v.text_problem(getattr(s, name), max_length=TEXT_LIMIT)))
        return [(name, problem) for name, problem in checks if problem is not None]

    def check_plans(self, session: Session, plans: Sequence[Plan]) -> None:
        """A new or moved engagement needs an active member; a new lead must be active."""
        for p in plans:
            a, b = p.after, p.before
            if a is None:
                continue
            if b is None or b.member_id != a.member_id:
                member = session.get(Member, a.member_id)
                if not member.active:
                    raise RecordError([("member_id", msg("engagement.inactive_member", name=member.name))], LABELS)
            if a.lead_id is not None and (b is None or b.lead_id != a.lead_id):
                lead = session.get(Specialist, a.lead_id)
                if not lead.active:
                    raise RecordError([("lead_id", msg("engagement.inactive_lead", name=lead.name))], LABELS)

    def references(self, session: Session, row: Engagement) -> list[Message]:
        return reference_messages([
            ("bookings", count(session, Booking.engagement_id, row.id)),
            ("letters", count(session, IssuedLetter.engagement_id, row.id)),
        ])


ENGAGEMENTS = register(EngagementKind())

_TEXTS = ("scope", "context", "deliverables", "exclusions")


def _fields(**fields) -> dict:
    return normalised(ENGAGEMENTS, fields, texts=_TEXTS, required=("title", "number"),
                      amounts=("hourly_rate",), hours=("budget_hours",))


def create_engagement(db: Database, user: CurrentUser, state: EngagementState) -> Outcome:
    """A new engagement, always a draft."""
    state = EngagementState(**_fields(**{**dataclasses.asdict(state), "status": workflow.DRAFT}))
    return save(db, user, ENGAGEMENTS, "engagement.create", state.number, None, lambda _: state)


def update_engagement(db: Database, user: CurrentUser, number: str, version: int, **changes) -> Outcome:
    """Change the fields given; the number stays, the status changes only through the steps."""
    changes.pop("number", None)
    if "status" in changes:
        raise UserError(msg("engagement.status_by_step"))
    fields = _fields(**changes)
    return save(db, user, ENGAGEMENTS, "engagement.edit", number, version, lambda before: replaced(before, **fields))


def take_step(db: Database, user: CurrentUser, number: str, version: int, step: str) -> Outcome:
    """One step of the workflow (workflow.SEND, SIGN, START, COMPLETE, CANCEL)."""
    def after(before: EngagementState) -> EngagementState:
        problem = workflow.step_problem(before.status, step)
        if problem is not None:
            raise UserError(problem)
        return replaced(before, status=workflow.STEPS[step][1])

    if step not in workflow.STEPS:
        raise UserError(msg("workflow.unknown_step", step=step))
    return save(db, user, ENGAGEMENTS, f"engagement.{step}", number, version, after)


def send_engagement(db: Database, user: CurrentUser, number: str, version: int) -> Outcome:
    return take_step(db, user, number, version, workflow.SEND)


def sign_engagement(db: Database, user: CurrentUser, number: str, version: int) -> Outcome:
    return take_step(db, user, number, version, workflow.SIGN)


def start_engagement(db: Database, user: CurrentUser, number: str, version: int) -> Outcome:
    return take_step(db, user, number, version, workflow.START)


def complete_engagement(db: Database, user: CurrentUser, number: str, version: int) -> Outcome:
    return take_step(db, user, number, version, workflow.COMPLETE)


def cancel_engagement(db: Database, user: CurrentUser, number: str, version: int) -> Outcome:
    return take_step(db, user, number, version, workflow.CANCEL)


def delete_engagement(db: Database, user: CurrentUser, number: str, version: int) -> Outcome:
    """Only an engagement without bookings or issued letters; refused with the reason otherwise."""
    return save(db, user, ENGAGEMENTS, "engagement.delete", number, version, lambda _: None)


def engagement_record(db: Database, number: str) -> Record:
    return read_record(db, ENGAGEMENTS, number)


def next_number(db: Database, year: int) -> str:
    """The next free number of the year: '2026-015' after '2026-014'."""
    prefix = f"{year}-"
    with db.read() as session:
        numbers = session.scalars(select(Engagement.number).where(Engagement.number.like(f"{prefix}%"))).all()
    used = [int(n[len(prefix):]) for n in numbers if n[len(prefix):].isdigit()]
    return f"{prefix}{(max(used) + 1) if used else 1:03d}"


# --- reads -------------------------------------------------------------------------------------

@dataclasses.dataclass(frozen=True)
class EngagementRow:
    """One line of the engagements' list."""

    id: int
    version: int
    number: str
    title: str
    member_id: int
    member_label: str
    member_name: str
    domain_code: str
    lead_id: int | None
    lead_name: str | None
    status: str
    start_date: dt.date | None
    end_date: dt.date | None
    budget_hours: Decimal | None
    hourly_rate: Decimal | None
    language: str
    planned_hours: Decimal
    done_hours: Decimal
    tentative_hours: Decimal
    letters: int

    @property
    def over(self) -> bool:
        return self.budget_hours is not None and self.planned_hours > self.budget_hours


_Lead = aliased(Specialist)


def list_engagements(db: Database, *, engagement_ids: Sequence[int] | None = None) -> list[EngagementRow]:
    """Every engagement (or those asked for), newest number first."""
    e, m, d = Engagement, Member, DomainOfExpertise
    with db.read() as session:
        query = (select(e.id, e.version, e.number, e.title, e.member_id, func.coalesce(m.short_name, m.name),
                        m.name, d.code, e.lead_id, _Lead.name, e.status, e.start_date, e.end_date, e.budget_hours,
                        e.hourly_rate, e.language)
                 .join(m, m.id == e.member_id).join(d, d.id == e.domain_id).outerjoin(_Lead, _Lead.id == e.lead_id)
                 .order_by(e.number.desc()))
        if engagement_ids is not None:
            query = query.where(e.id.in_(list(engagement_ids)))
        rows = session.execute(query).all()
        uses = read_engagement_use(session, [r[0] for r in rows])
        letters = dict(session.execute(select(IssuedLetter.engagement_id, func.count())
                                       .group_by(IssuedLetter.engagement_id)).all())
        out = []
        for r in rows:
            use = uses[r[0]]
            out.append(EngagementRow(*r, use.planned_hours, use.done_hours,
                                     use.planned_hours - use.confirmed_hours, letters.get(r[0], 0)))
        return out


@dataclasses.dataclass(frozen=True)
class BookedSession:
    """One booked occurrence of the engagement (a session of work)."""

    booking_uid: str
    specialist: str
    start: dt.datetime
    end: dt.datetime
    status: str
    location: str | None
    repeats: bool

    @property
    def hours(self) -> Decimal:
        return (Decimal(int((self.end - self.start).total_seconds() // 60)) / 60).quantize(Decimal("0.01"))


def engagement_sessions(db: Database, engagement_id: int) -> list[BookedSession]:
    """The engagement's booked occurrences, in time order."""
    o, b, s = Occurrence, Booking, Specialist
    with db.read() as session:
        rows = session.execute(
            select(b.uid, s.name, o.start, o.end, o.status, b.location, b.rrule)
            .select_from(o).join(b, b.id == o.booking_id).join(s, s.id == o.specialist_id)
            .where(b.engagement_id == engagement_id).order_by(o.start, s.name)).all()
    return [BookedSession(uid, name, start, end, status, location, bool(rrule))
            for uid, name, start, end, status, location, rrule in rows]


def domain_choices(db: Database, lang: str = "fr") -> list[tuple[int, str, str]]:
    """(id, code, name) of the domains of expertise, in their built-in order (the engagement form)."""
    with db.read() as session:
        rows = session.scalars(select(DomainOfExpertise).order_by(DomainOfExpertise.id)).all()
        return [(r.id, r.code, r.name(lang)) for r in rows]

"""Engagement letters: gather their data from the database, render, issue and reprint them.

    pdf = letter_pdf(db, "2026-014")                  # what the letter says today (preview, save, print)
    letter = prepare_letter(db, "2026-014")           # the same with its data, version, issued or not
    issued = issue_letter(db, "2026-014", user)       # keep it: version 1, 2, … (manager or admin)
    issued_letters(db, "2026-014")                    # the versions kept, oldest first
    issued_pdf(db, "2026-014", 1)                     # a reprint: exactly the bytes issued
    for number, pdf in letters_pdfs(db, numbers): ... # several at once (a progress bar per item)

The letter is made from: the organisation's settings (row id 1), the engagement, its member and
contact, its lead and the specialists booked on it, its planned sessions (the occurrences of its
bookings, confirmed and tentative) and its fees (budgeted hours × the engagement's rate, else
the lead's). An issued letter is a record that never changes; issuing again gives a new version
only when what the letter says has changed (its date aside), otherwise the version already kept.
Qt-free: the window previews, prints and saves the bytes these functions return.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import json
import logging
from collections.abc import Iterable, Iterator
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, aliased

from crec_desktop.domain import timeutil
from crec_desktop.domain.messages import UserError, define, msg
from crec_desktop.letters.data import (
    AssignedSpecialist,
    LetterData,
    LocalText,
    Organisation,
    PlannedSession,
    Recipient,
    content_json_of,
)
from crec_desktop.services import audit
from crec_desktop.services.permissions import LETTER_ISSUE, require
from crec_desktop.services.users import CurrentUser
from crec_desktop.store.db import Database, session_clock
from crec_desktop.store.models import (
    Booking,
    DomainOfExpertise,
    Engagement,
    IssuedLetter,
    Member,
    Occurrence,
    Organization,
    Specialist,
    specialist_domain,
)

define({
    "letters.unknown_engagement": ("Aucun mandat ne porte le numéro « {number} ».",
                                   "No engagement has the number \"{number}\"."),
    "letters.unknown_version": ("Le mandat {number} n'a pas de lettre émise en version {version}.",
                                "Engagement {number} has no letter issued as version {version}."),
    "letters.busy": ("La lettre du mandat {number} vient d'être émise à un autre poste ; réessayez.",
                     "The letter of engagement {number} was just issued on another workstation; try again."),
})

log = logging.getLogger(__name__)
HOUR = Decimal("3600")
CENTI = Decimal("0.01")


@dataclasses.dataclass(frozen=True)
class IssuedInfo:
    """One issued version of a letter, without its PDF (for lists)."""

    number: str
    version: int
    language: str
    issued_at: dt.datetime
    issued_by: str
    sha256: str
    created: bool = False  # issue_letter: True when this call made the version

    @classmethod
    def of(cls, row, created: bool = False) -> IssuedInfo:
        """From an IssuedLetter or a row of its columns."""
        return cls(row.number, row.version, row.language, row.issued_at, row.issued_by, row.sha256, created)


@dataclasses.dataclass(frozen=True)
class _IssuedState:
    """What the audit log keeps of an issue (the PDF itself is in issued_letter)."""

    number: str
    version: int
    language: str
    sha256: str


# --- gathering --------------------------------------------------------------------------------
# Plain column selects, five queries per letter: loading ORM objects would bring their eager
# relationships along (a specialist's domains, an issued letter's PDF) for nothing.

_Lead = aliased(Specialist)


def _engagement(session: Session, number: str):
    """The engagement's row with its member, domain and lead (one query), or a refusal."""
    e, m, d = Engagement, Member, DomainOfExpertise
    row = session.execute(
        select(e.id, e.number, e.title, e.status, e.language, e.taxable, e.context, e.scope, e.deliverables,
               e.exclusions, e.start_date, e.end_date, e.budget_hours, e.hourly_rate, e.lead_id,
               _Lead.hourly_rate.label("lead_rate"), d.name_fr.label("domain_fr"), d.name_en.label("domain_en"),
               m.name.label("member_name"), m.contact_name, m.contact_title, m.address.label("member_address"),
               m.email.label("member_email"), m.phone.label("member_phone"))
        .join(m, m.id == e.member_id).join(d, d.id == e.domain_id)
        .outerjoin(_Lead, _Lead.id == e.lead_id)
        .where(e.number == number)).one_or_none()
    if row is None:
        raise UserError(msg("letters.unknown_engagement", number=number))
    return row


def _organisation(session: Session) -> Organisation:
    o = Organization
    row = session.execute(
        select(o.name, o.short_name, o.address, o.city, o.phone, o.email, o.gst_number, o.qst_number,
               o.signatory_name, o.signatory_title, o.payment_terms_days, o.logo_png).where(o.id == 1)).one_or_none()
    if row is None:  # the first migration creates it; a damaged database still gets a letter
        return Organisation(name="CREC")
    return Organisation(**row._mapping)


def _sessions(session: Session, engagement_id: int) -> tuple[list[PlannedSession], list[int]]:
    """The engagement's occurrences in local time, and the specialists in order of appearance."""
    rows = session.execute(
        select(Occurrence.start, Occurrence.end, Occurrence.status, Occurrence.specialist_id,
               Booking.location, Specialist.name)
        .join(Booking, Occurrence.booking_id == Booking.id)
        .join(Specialist, Occurrence.specialist_id == Specialist.id)
        .where(Booking.engagement_id == engagement_id)
        .order_by(Occurrence.start, Specialist.name, Occurrence.id)
    ).all()
    planned, seen = [], []
    for start, end, status, specialist_id, location, name in rows:
        local_start, local_end = timeutil.to_local(start), timeutil.to_local(end)
        hours = (Decimal(int((end - start).total_seconds())) / HOUR).quantize(CENTI)
        planned.append(PlannedSession(day=local_start.date(), start=local_start.time(), end=local_end.time(),
                                      hours=hours, specialist=name, location=location,
                                      tentative=status != "confirmed"))
        if specialist_id not in seen:
            seen.append(specialist_id)
    return planned, seen


def _specialists(session: Session, ids: list[int], lead_id: int | None) -> tuple[AssignedSpecialist, ...]:
    """The people in the order of ids, each with their domains in order (ties broken by code, so
    that the same data always makes the same letter)."""
    if not ids:
        return ()
    rows = session.execute(
        select(Specialist.id, Specialist.name, Specialist.title, DomainOfExpertise.name_fr, DomainOfExpertise.name_en)
        .outerjoin(specialist_domain, specialist_domain.c.specialist_id == Specialist.id)
        .outerjoin(DomainOfExpertise, DomainOfExpertise.id == specialist_domain.c.domain_id)
        .where(Specialist.id.in_(ids))
        .order_by(Specialist.id, specialist_domain.c.position, DomainOfExpertise.code))
    people: dict[int, tuple[str, str | None]] = {}
    domains: dict[int, list[LocalText]] = {}
    for specialist_id, name, title, name_fr, name_en in rows:
        people[specialist_id] = (name, title)
        if name_fr is not None:
            domains.setdefault(specialist_id, []).append(LocalText(name_fr, name_en))
    return tuple(AssignedSpecialist(name=people[i][0], title=people[i][1], domains=tuple(domains.get(i, ())),
                                    lead=i == lead_id) for i in ids if i in people)


def gather(session: Session, number: str, *, lang: str | None = None) -> LetterData:
    """The letter's data for engagement `number` as it stands (no version set)."""
    return _gather(session, _engagement(session, number), lang)


def _gather(session: Session, e, lang: str | None) -> LetterData:
    planned, booked_ids = _sessions(session, e.id)
    ids = ([e.lead_id] if e.lead_id else []) + [i for i in booked_ids if i != e.lead_id]
    rate = e.hourly_rate if e.hourly_rate is not None else e.lead_rate
    return LetterData(
        number=e.number, title=e.title, organisation=_organisation(session),
        recipient=Recipient(name=e.member_name, contact_name=e.contact_name, contact_title=e.contact_title,
                            address=e.member_address, email=e.member_email, phone=e.member_phone),
        letter_date=session_clock(session).today(), language=lang or e.language or "fr", status=e.status,
        domain=LocalText(e.domain_fr, e.domain_en), context=e.context, scope=e.scope, deliverables=e.deliverables,
        exclusions=e.exclusions, start_date=e.start_date, end_date=e.end_date, budget_hours=e.budget_hours,
        hourly_rate=rate, taxable=e.taxable, specialists=_specialists(session, ids, e.lead_id),
        sessions=tuple(planned))


_ISSUED_COLUMNS = (IssuedLetter.id, IssuedLetter.number, IssuedLetter.version, IssuedLetter.language,
                   IssuedLetter.issued_at, IssuedLetter.issued_by, IssuedLetter.sha256, IssuedLetter.data_json)


def _latest(session: Session, engagement_id: int):
    """The last issued version's row, without its PDF."""
    return session.execute(select(*_ISSUED_COLUMNS).where(IssuedLetter.engagement_id == engagement_id)
                           .order_by(IssuedLetter.version.desc()).limit(1)).first()


def _pdf_of(session: Session, issued_id: int) -> bytes:
    return session.execute(select(IssuedLetter.pdf).where(IssuedLetter.id == issued_id)).scalar_one()


def _prepared(session: Session, number: str, lang: str | None):
    """The data with the version it has (unchanged since the last issue: with that issue's row)
    or would get (changed, or never issued: with None)."""
    engagement = _engagement(session, number)
    data = _gather(session, engagement, lang)
    latest = _latest(session, engagement.id)
    if latest is not None:
        stored = json.loads(latest.data_json)
        if content_json_of(stored) == data.content_json():
            issued_on = dt.date.fromisoformat(stored["letter_date"])
            return dataclasses.replace(data, version=latest.version, letter_date=issued_on), latest
    return data.with_version((latest.version + 1) if latest else 1), None


def _render(data: LetterData) -> bytes:
    from crec_desktop.letters.render import render_letter  # noqa: PLC0415 - reportlab only when needed

    return render_letter(data, data.language)


# --- what the window and the command line call ------------------------------------------------

def letter_data(db: Database, number: str, *, lang: str | None = None) -> LetterData:
    """The letter's data as it would be issued now (with that version number)."""
    with db.read() as session:
        return _prepared(session, number, lang)[0]


@dataclasses.dataclass(frozen=True)
class PreparedLetter:
    """A letter ready to show, save or print."""

    data: LetterData
    pdf: bytes
    issued: bool  # True: these are the bytes of the issued version data.version

    @property
    def version(self) -> int:
        return self.data.version


def prepare_letter(db: Database, number: str, *, lang: str | None = None) -> PreparedLetter:
    """The letter as PDF: the issued bytes if nothing changed since the last issue, else a fresh
    rendering carrying the version it would get if issued now."""
    with db.read() as session:
        data, issued = _prepared(session, number, lang)
        if issued is not None:
            return PreparedLetter(data, _pdf_of(session, issued.id), True)
    return PreparedLetter(data, _render(data), False)


def letter_pdf(db: Database, number: str, *, lang: str | None = None) -> bytes:
    """prepare_letter(...).pdf"""
    return prepare_letter(db, number, lang=lang).pdf


def letters_pdfs(db: Database, numbers: Iterable[str], *, lang: str | None = None) -> Iterator[tuple[str, bytes]]:
    """(number, PDF) for each engagement in turn, in one read session: for batches with a
    progress bar (the caller counts the items) or a cancel button (stop iterating)."""
    with db.read() as session:
        for number in numbers:
            data, issued = _prepared(session, number, lang)
            yield number, (_pdf_of(session, issued.id) if issued is not None else _render(data))


def issue_letter(db: Database, number: str, user: CurrentUser, *, lang: str | None = None, attempts: int = 3) -> IssuedInfo:
    """Keep the letter as issued now; returns the version kept (`created` False if unchanged)."""
    require(user, LETTER_ISSUE)
    with db.write() as session:
        engagement_id = _engagement(session, number).id
        for _ in range(attempts):
            data, issued = _prepared(session, number, lang)
            if issued is not None:
                return IssuedInfo.of(issued)
            pdf = _render(data)
            row = IssuedLetter(engagement_id=engagement_id, number=data.number, version=data.version,
                               language=data.language, issued_at=session_clock(session).now(),
                               issued_by=user.login, pdf=pdf, sha256=hashlib.sha256(pdf).hexdigest(),
                               data_json=data.to_json())
            try:
                with session.begin_nested():  # another workstation may take this version first
                    session.add(row)
                    session.flush()
            except IntegrityError:
                log.info("letter %s version %s was issued elsewhere meanwhile; looking again", number, row.version)
                continue
            audit.record(session, user, "letter.issue", "engagement", number, None,
                         _IssuedState(row.number, row.version, row.language, row.sha256))
            return IssuedInfo.of(row, created=True)
    raise UserError(msg("letters.busy", number=number))


def issued_letters(db: Database, number: str) -> list[IssuedInfo]:
    """The versions issued for engagement `number`, oldest first."""
    with db.read() as session:
        engagement = _engagement(session, number)
        rows = session.execute(
            select(*_ISSUED_COLUMNS).where(IssuedLetter.engagement_id == engagement.id)
            .order_by(IssuedLetter.version)).all()
        return [IssuedInfo.of(row) for row in rows]


def issued_pdf(db: Database, number: str, version: int) -> bytes:
    """The PDF of an issued version, exactly as it was issued (a reprint)."""
    with db.read() as session:
        engagement = _engagement(session, number)
        pdf = session.scalars(select(IssuedLetter.pdf).where(IssuedLetter.engagement_id == engagement.id,
                                                             IssuedLetter.version == version)).first()
    if pdf is None:
        raise UserError(msg("letters.unknown_version", number=number, version=version))
    return pdf

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
from decimal import Decimal
from typing import Iterable, Iterator

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

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
from crec_desktop.store.db import Database
from crec_desktop.store.models import (
    Booking,
    DomainOfExpertise,
    Engagement,
    IssuedLetter,
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
    def of(cls, row: IssuedLetter, created: bool = False) -> "IssuedInfo":
        return cls(row.number, row.version, row.language, row.issued_at, row.issued_by, row.sha256, created)


@dataclasses.dataclass(frozen=True)
class _IssuedState:
    """What the audit log keeps of an issue (the PDF itself is in issued_letter)."""

    number: str
    version: int
    language: str
    sha256: str


# --- gathering --------------------------------------------------------------------------------

def _engagement(session: Session, number: str) -> Engagement:
    engagement = session.scalars(select(Engagement).where(Engagement.number == number)).one_or_none()
    if engagement is None:
        raise UserError(msg("letters.unknown_engagement", number=number))
    return engagement


def _organisation(session: Session) -> Organisation:
    row = session.get(Organization, 1)
    if row is None:  # the first migration creates it; a damaged database still gets a letter
        return Organisation(name="CREC")
    return Organisation(
        name=row.name, short_name=row.short_name, address=row.address, city=row.city, phone=row.phone,
        email=row.email, gst_number=row.gst_number, qst_number=row.qst_number,
        signatory_name=row.signatory_name, signatory_title=row.signatory_title,
        payment_terms_days=row.payment_terms_days, logo_png=row.logo_png)


def _local_text(domain) -> LocalText:
    return LocalText(domain.name_fr, domain.name_en)


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


def _domains_of(session: Session, specialist_ids: list[int]) -> dict[int, tuple[LocalText, ...]]:
    """Each specialist's domains in their order (ties broken by code: the same letter every time)."""
    if not specialist_ids:
        return {}
    rows = session.execute(
        select(specialist_domain.c.specialist_id, DomainOfExpertise.name_fr, DomainOfExpertise.name_en)
        .join(DomainOfExpertise, DomainOfExpertise.id == specialist_domain.c.domain_id)
        .where(specialist_domain.c.specialist_id.in_(specialist_ids))
        .order_by(specialist_domain.c.specialist_id, specialist_domain.c.position, DomainOfExpertise.code))
    out: dict[int, list[LocalText]] = {}
    for specialist_id, name_fr, name_en in rows:
        out.setdefault(specialist_id, []).append(LocalText(name_fr, name_en))
    return {k: tuple(v) for k, v in out.items()}


def gather(session: Session, number: str, *, lang: str | None = None, today: dt.date | None = None) -> LetterData:
    """The letter's data for engagement `number` as it stands (no version set)."""
    return _gather(session, _engagement(session, number), lang, today)


def _gather(session: Session, engagement: Engagement, lang: str | None, today: dt.date | None) -> LetterData:
    member = engagement.member
    planned, booked_ids = _sessions(session, engagement.id)
    lead = engagement.lead
    ids = ([lead.id] if lead else []) + [i for i in booked_ids if not lead or i != lead.id]
    people = {p.id: p for p in session.scalars(select(Specialist).where(Specialist.id.in_(ids)))} if ids else {}
    domains = _domains_of(session, ids)
    specialists = tuple(
        AssignedSpecialist(name=people[i].name, title=people[i].title, domains=domains.get(i, ()),
                           lead=bool(lead and i == lead.id))
        for i in ids)
    rate = engagement.hourly_rate if engagement.hourly_rate is not None else (lead.hourly_rate if lead else None)
    return LetterData(
        number=engagement.number, title=engagement.title, organisation=_organisation(session),
        recipient=Recipient(name=member.name, contact_name=member.contact_name, contact_title=member.contact_title,
                            address=member.address, email=member.email, phone=member.phone),
        letter_date=today or timeutil.today(), language=lang or engagement.language or "fr",
        status=engagement.status, domain=_local_text(engagement.domain), context=engagement.context,
        scope=engagement.scope, deliverables=engagement.deliverables, exclusions=engagement.exclusions,
        start_date=engagement.start_date, end_date=engagement.end_date, budget_hours=engagement.budget_hours,
        hourly_rate=rate, taxable=engagement.taxable, specialists=specialists, sessions=tuple(planned))


def _latest(session: Session, engagement_id: int) -> IssuedLetter | None:
    return session.scalars(select(IssuedLetter).where(IssuedLetter.engagement_id == engagement_id)
                           .order_by(IssuedLetter.version.desc()).limit(1)).first()


def _same_content(row: IssuedLetter, data: LetterData) -> bool:
    return content_json_of(json.loads(row.data_json)) == data.content_json()


def _prepared(session: Session, number: str, lang: str | None, today: dt.date | None) -> tuple[LetterData, IssuedLetter | None]:
    """The data with the version it has (unchanged since the last issue) or would get (changed)."""
    engagement = _engagement(session, number)
    data = _gather(session, engagement, lang, today)
    latest = _latest(session, engagement.id)
    if latest is not None and _same_content(latest, data):
        issued_on = dt.date.fromisoformat(json.loads(latest.data_json)["letter_date"])
        return dataclasses.replace(data, version=latest.version, letter_date=issued_on), latest
    return data.with_version((latest.version + 1) if latest else 1), None


def _render(data: LetterData) -> bytes:
    from crec_desktop.letters.render import render_letter  # noqa: PLC0415 - reportlab only when needed

    return render_letter(data, data.language)


# --- what the window and the command line call ------------------------------------------------

def letter_data(db: Database, number: str, *, lang: str | None = None, today: dt.date | None = None) -> LetterData:
    """The letter's data as it would be issued now (with that version number)."""
    with db.read() as session:
        return _prepared(session, number, lang, today)[0]


@dataclasses.dataclass(frozen=True)
class PreparedLetter:
    """A letter ready to show, save or print."""

    data: LetterData
    pdf: bytes
    issued: bool  # True: these are the bytes of the issued version data.version

    @property
    def version(self) -> int:
        return self.data.version


def prepare_letter(db: Database, number: str, *, lang: str | None = None,
                   today: dt.date | None = None) -> PreparedLetter:
    """The letter as PDF: the issued bytes if nothing changed since the last issue, else a fresh
    rendering carrying the version it would get if issued now."""
    with db.read() as session:
        data, issued = _prepared(session, number, lang, today)
        if issued is not None:
            return PreparedLetter(data, issued.pdf, True)
    return PreparedLetter(data, _render(data), False)


def letter_pdf(db: Database, number: str, *, lang: str | None = None, today: dt.date | None = None) -> bytes:
    """prepare_letter(...).pdf"""
    return prepare_letter(db, number, lang=lang, today=today).pdf


def letters_pdfs(db: Database, numbers: Iterable[str], *, lang: str | None = None,
                 today: dt.date | None = None) -> Iterator[tuple[str, bytes]]:
    """(number, PDF) for each engagement in turn, in one read session: for batches with a
    progress bar (the caller counts the items) or a cancel button (stop iterating)."""
    with db.read() as session:
        for number in numbers:
            data, issued = _prepared(session, number, lang, today)
            yield number, (issued.pdf if issued is not None else _render(data))


def issue_letter(db: Database, number: str, user: CurrentUser, *, lang: str | None = None,
                 today: dt.date | None = None, attempts: int = 3) -> IssuedInfo:
    """Keep the letter as issued now; returns the version kept (`created` False if unchanged)."""
    require(user, LETTER_ISSUE)
    with db.write() as session:
        engagement_id = _engagement(session, number).id
        for _ in range(attempts):
            data, issued = _prepared(session, number, lang, today)
            if issued is not None:
                return IssuedInfo.of(issued)
            pdf = _render(data)
            row = IssuedLetter(engagement_id=engagement_id, number=data.number, version=data.version,
                               language=data.language, issued_at=dt.datetime.now(timeutil.UTC),
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
            select(IssuedLetter.number, IssuedLetter.version, IssuedLetter.language, IssuedLetter.issued_at,
                   IssuedLetter.issued_by, IssuedLetter.sha256)
            .where(IssuedLetter.engagement_id == engagement.id).order_by(IssuedLetter.version)).all()
        return [IssuedInfo(*row) for row in rows]


def issued_pdf(db: Database, number: str, version: int) -> bytes:
    """The PDF of an issued version, exactly as it was issued (a reprint)."""
    with db.read() as session:
        engagement = _engagement(session, number)
        pdf = session.scalars(select(IssuedLetter.pdf).where(IssuedLetter.engagement_id == engagement.id,
                                                             IssuedLetter.version == version)).first()
    if pdf is None:
        raise UserError(msg("letters.unknown_version", number=number, version=version))
    return pdf

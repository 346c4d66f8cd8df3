"""How the writer handles bookings: rows ↔ states, the refusing checks, occurrences, messages.

The checks are the rules of `domain.rules` applied to one booking state (instants, repetition,
references) and the no-overlap rule for confirmed bookings, checked against what the database
holds inside the write transaction (SQLite serialises writers with BEGIN IMMEDIATE, so the
answer still holds at commit; PostgreSQL's exclusion constraint also refuses a racing writer,
and `conflict_error` turns that into the same message). Occurrence rows come from
`store.occurrences`, the one place that derives them. Warnings are in `booking_warnings`.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session, lazyload

from crec_desktop.domain import recurrence, rules
from crec_desktop.domain.messages import Message, UserError, define, msg
from crec_desktop.domain.timeutil import MAX_BOOKING
from crec_desktop.services import lookups, permissions
from crec_desktop.services.changes import BOOKING, BookingState, unique_messages
from crec_desktop.services.users import CurrentUser
from crec_desktop.services.writer import Plan, register
from crec_desktop.store import occurrences as store_occurrences
from crec_desktop.store.models import BOOKING_STATUSES, Booking, Occurrence

MAX_LOCATION, MAX_NOTE = 200, 20000

define({
    "sched.overlap": ("{specialist} a déjà une réservation confirmée à ce moment ({when})",
                      "{specialist} already has a confirmed booking at that time ({when})"),
    "sched.overlap_race": ("{specialist} a déjà une réservation confirmée à ce moment "
                           "(enregistrée à l'instant sur un autre poste)",
                           "{specialist} already has a confirmed booking at that time (just saved on another workstation)"),
    "sched.bad_status": ("statut de réservation invalide : « {value} »", "invalid booking status: \"{value}\""),
    "sched.location_too_long": ("le lieu dépasse {max} caractères", "the location is longer than {max} characters"),
    "sched.note_too_long": ("la note dépasse {max} caractères", "the note is longer than {max} characters"),
    "sched.naive_instant": ("l'heure doit être donnée avec son fuseau horaire", "the time must carry its time zone"),
})


def specialist_name(session: Session, specialist_id: int) -> str:
    spec = lookups.specialist(session, specialist_id)
    return spec.name if spec is not None else str(specialist_id)


class BookingKind:
    entity = BOOKING

    def find(self, session: Session, uid) -> Booking | None:
        return session.execute(select(Booking).where(Booking.uid == uid).options(lazyload("*"))).scalar_one_or_none()

    def key_of(self, row: Booking) -> str:
        return row.uid

    def snapshot(self, row: Booking) -> BookingState:
        return BookingState(uid=row.uid, specialist_id=row.specialist_id, engagement_id=row.engagement_id,
                            start=row.start, end=row.end, status=row.status, location=row.location, note=row.note,
                            rrule=row.rrule or None, exdates=tuple(sorted(row.exdates or ())))

    def new_row(self, state: BookingState, key=None) -> Booking:
        row = Booking(uid=state.uid)
        self.assign(row, state)
        return row

    def assign(self, row: Booking, state: BookingState) -> None:
        row.specialist_id = state.specialist_id
        row.engagement_id = state.engagement_id
        row.start, row.end = state.start, state.end
        row.status = state.status
        row.location, row.note = state.location, state.note
        row.rrule = state.rrule
        row.exdates = list(state.exdates)
        row.series_end = recurrence.series_end(state.start, state.end, state.rrule, state.exdates)

    def require(self, user: CurrentUser, before: BookingState | None, after: BookingState | None) -> None:
        owners = {s.specialist_id for s in (before, after) if s is not None}
        permissions.require(user, permissions.BOOKING_EDIT, *sorted(owners))

    def problems(self, session: Session, state: BookingState) -> list[Message]:
        out: list[Message] = []
        if state.start.tzinfo is None or state.end.tzinfo is None:
            return [msg("sched.naive_instant")]
        if lookups.specialist(session, state.specialist_id) is None:
            out.append(msg("rules.unknown_specialist", value=state.specialist_id))
        if state.engagement_id is not None and lookups.engagement(session, state.engagement_id) is None:
            out.append(msg("rules.unknown_engagement", value=state.engagement_id))
        if state.status not in BOOKING_STATUSES:
            out.append(msg("sched.bad_status", value=state.status))
        if state.location and len(state.location) > MAX_LOCATION:
            out.append(msg("sched.location_too_long", max=MAX_LOCATION))
        if state.note and len(state.note) > MAX_NOTE:
            out.append(msg("sched.note_too_long", max=MAX_NOTE))
        instants = rules.booking_instants(state.start, state.end)
        out.extend(m for _, m in instants)
        if not instants and (state.rrule or state.exdates):
            out.extend(m for _, m in rules.booking_series(state.start, state.end, state.rrule, state.exdates)[1])
        return out

    def check_plans(self, session: Session, plans: Sequence[Plan]) -> None:
        """Refuse confirmed occurrences of one specialist that would overlap (rule 3)."""
        new: list[rules.Interval] = []
        for i, p in enumerate(plans):
            a = p.after
            if a is not None and a.status == "confirmed":
                new.extend((a.specialist_id, s, e, ("new", i)) for s, e in
                           recurrence.expand(a.start, a.end, a.rrule, a.exdates))
        if not new:
            return
        replaced = [p.row_id for p in plans if p.row_id is not None]
        existing = confirmed_occurrences(session, {iv[0] for iv in new}, min(iv[1] for iv in new),
                                         max(iv[2] for iv in new), exclude_booking_ids=replaced)
        problems = []
        for earlier, later in rules.find_overlaps(new + existing):
            if earlier[3][0] == "db" and later[3][0] == "db":
                continue
            other = earlier if earlier[3][0] == "db" else later if later[3][0] == "db" else earlier
            problems.append(msg("sched.overlap", specialist=specialist_name(session, earlier[0]),
                                when=rules.slot(other[1], other[2])))
        if problems:
            raise UserError(*unique_messages(problems)[:5])

    def before_delete(self, session: Session, row: Booking) -> None:
        store_occurrences.delete_occurrences(session, [row.id])

    def after_flush(self, session: Session, plans: Sequence[Plan]) -> None:
        store_occurrences.replace_occurrences(session, [p.row.id for p in plans if p.after is not None])

    def warnings(self, session: Session, plans: Sequence[Plan]) -> list[Message]:
        from crec_desktop.services.booking_warnings import booking_warnings  # noqa: PLC0415 - cycle

        return booking_warnings(session, plans)

    def conflict_error(self, session: Session, plans: Sequence[Plan]) -> UserError:
        """The database refused a confirmed overlap another workstation just committed."""
        try:
            self.check_plans(session, plans)
        except UserError as exc:
            return exc
        first = next((p.after for p in plans if p.after is not None and p.after.status == "confirmed"), None)
        name = specialist_name(session, first.specialist_id) if first else "?"
        return UserError(msg("sched.overlap_race", specialist=name))


def confirmed_occurrences(session: Session, specialist_ids, start: dt.datetime, end: dt.datetime, *,
                          exclude_booking_ids: Sequence[int] = ()) -> list[rules.Interval]:
    """Confirmed occurrences of those specialists overlapping [start, end): (specialist, start, end, ('db', booking id))."""
    o = Occurrence.__table__.c
    query = (select(o.specialist_id, o.start, o.end, o.booking_id)
             .where(o.specialist_id.in_(sorted(specialist_ids)), o.status == "confirmed",
                    o.start >= start - MAX_BOOKING, o.start < end, o.end > start))
    if exclude_booking_ids:
        query = query.where(o.booking_id.not_in(list(exclude_booking_ids)))
    return [(sid, s, e, ("db", bid)) for sid, s, e, bid in session.execute(query)]


BOOKINGS = register(BookingKind())

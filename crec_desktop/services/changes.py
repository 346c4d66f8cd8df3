"""The plain values that scheduling operations take and return.

- `BookingState`, `AbsenceState`, `ClosureState`: a record's editable fields, frozen. Operations
  compute new states from old ones; the writer puts states into rows.
- `OccurrenceRef`: which booking (and, for a repeating one, which occurrence) the user acted on,
  with the version they saw (the stale-edit guard).
- `Outcome`: what an operation returns: warnings that did not refuse it, the records it changed,
  and `undo`, a `Restore` that puts back exactly what was there before (the grid wraps it in a
  QUndoCommand; running it returns a new Outcome whose `undo` is the redo).
- `StaleEdit`: someone else saved first; nothing was changed.
- Scopes for repeating bookings: THIS occurrence, this and FOLLOWING ones, the whole SERIES.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import uuid
from typing import Union

from crec_desktop.domain.messages import Message, UserError, define, tr

THIS, FOLLOWING, SERIES = "this", "following", "series"
SCOPES = (THIS, FOLLOWING, SERIES)

BOOKING, ABSENCE, CLOSURE = "booking", "absence", "closure"

define({
    "action.booking.create": ("créer la réservation", "create the booking"),
    "action.booking.move": ("déplacer la réservation", "move the booking"),
    "action.booking.resize": ("changer la durée de la réservation", "resize the booking"),
    "action.booking.copy": ("copier la réservation", "copy the booking"),
    "action.booking.delete": ("supprimer la réservation", "delete the booking"),
    "action.booking.confirm": ("confirmer la réservation", "confirm the booking"),
    "action.booking.tentative": ("rendre la réservation provisoire", "make the booking tentative"),
    "action.booking.edit": ("modifier la réservation", "edit the booking"),
    "action.booking.batch": ("modifier les réservations", "change the bookings"),
    "action.absence.create": ("ajouter l'absence", "add the absence"),
    "action.absence.edit": ("modifier l'absence", "change the absence"),
    "action.absence.delete": ("supprimer l'absence", "delete the absence"),
    "action.closure.create": ("ajouter la fermeture", "add the closure"),
    "action.closure.edit": ("modifier la fermeture", "change the closure"),
    "action.closure.delete": ("supprimer la fermeture", "delete the closure"),
    "action.undo": ("annuler : {what}", "undo: {what}"),
    "action.redo": ("rétablir : {what}", "redo: {what}"),
    "stale.changed": ("{who} a modifié cet enregistrement le {date} à {time} ; rien n'a été changé. "
                      "Rechargez pour voir sa version.",
                      "{who} changed this record on {date} at {time}; nothing was changed. "
                      "Reload to see their version."),
    "stale.changed_unknown": ("Quelqu'un d'autre a modifié cet enregistrement ; rien n'a été changé. "
                              "Rechargez pour voir sa version.",
                              "Someone else changed this record; nothing was changed. Reload to see their version."),
    "stale.deleted": ("{who} a supprimé cet enregistrement le {date} à {time} ; rien n'a été changé.",
                      "{who} deleted this record on {date} at {time}; nothing was changed."),
    "stale.deleted_unknown": ("Cet enregistrement n'existe plus (supprimé par quelqu'un d'autre) ; "
                              "rien n'a été changé.",
                              "This record no longer exists (someone else deleted it); nothing was changed."),
    "stale.exists": ("Cet enregistrement a été recréé entre-temps ; rien n'a été changé.",
                     "This record was created again in the meantime; nothing was changed."),
})


def action_label(action: str, lang: str = "fr") -> str:
    """'déplacer la réservation' — for the Edit menu's "Annuler : …"."""
    return tr(f"action.{action}", lang)


def unique_messages(messages) -> tuple[Message, ...]:
    """The messages without repeats, in order (Messages are not hashable: their params are dicts)."""
    out: list[Message] = []
    for m in messages:
        if m not in out:
            out.append(m)
    return tuple(out)


def new_uid() -> str:
    return uuid.uuid4().hex


@dataclasses.dataclass(frozen=True)
class BookingState:
    """A booking's editable fields. Instants aware (UTC); exdates sorted, as a tuple."""

    uid: str
    specialist_id: int
    engagement_id: int | None
    start: dt.datetime
    end: dt.datetime
    status: str = "confirmed"
    location: str | None = None
    note: str | None = None
    rrule: str | None = None
    exdates: tuple[dt.datetime, ...] = ()

    def __post_init__(self):  # instants in UTC, exceptions sorted: equal states compare equal
        for name in ("start", "end"):
            value = getattr(self, name)
            if isinstance(value, dt.datetime) and value.tzinfo is not None and value.tzinfo is not dt.UTC:
                object.__setattr__(self, name, value.astimezone(dt.UTC))
        if self.exdates:
            object.__setattr__(self, "exdates", tuple(sorted(
                d.astimezone(dt.UTC) if d.tzinfo is not None else d for d in self.exdates)))

    def replace(self, **changes) -> BookingState:
        return dataclasses.replace(self, **changes)

    @property
    def repeats(self) -> bool:
        return bool(self.rrule)


@dataclasses.dataclass(frozen=True)
class AbsenceState:
    specialist_id: int
    start_date: dt.date
    end_date: dt.date
    kind: str = "vacation"
    note: str | None = None


@dataclasses.dataclass(frozen=True)
class ClosureState:
    date: dt.date
    name: str


State = Union[BookingState, AbsenceState, ClosureState]


@dataclasses.dataclass(frozen=True)
class OccurrenceRef:
    """The booking the user acted on (by uid), the version they saw and, for a repeating booking,
    the start of the occurrence they acted on (None or the booking's start: the first one)."""

    uid: str
    version: int
    occurrence_start: dt.datetime | None = None


@dataclasses.dataclass(frozen=True)
class RestoreItem:
    """Put one record back.

    `key`: the booking uid or the absence/closure id (a record deleted by the operation is
    created again under the same key). `version`: the version the record must have now (None:
    it must not exist). `state`: what it must become (None: delete it). `expected`: the state the
    operation left it in; a record at another version but exactly in that state, last saved by
    the same user, passes the guard too (their own later operations were undone in between, which
    moved the version on but not the content)."""

    entity: str
    key: str | int | None
    version: int | None
    state: State | None
    expected: State | None = None


@dataclasses.dataclass(frozen=True)
class Restore:
    """The undo of an operation (itself an operation: checked, version-guarded, audited)."""

    action: str
    items: tuple[RestoreItem, ...]
    redo: bool = False  # False: running it undoes `action`; True: running it does `action` again

    def label(self, lang: str = "fr") -> str:
        return tr("action.redo" if self.redo else "action.undo", lang, what=action_label(self.action, lang))


@dataclasses.dataclass(frozen=True)
class Changed:
    """One record an operation touched: before and after (None = did not exist / deleted)."""

    entity: str
    key: str | int
    version: int | None  # its version after the operation (None when deleted)
    before: State | None
    after: State | None


@dataclasses.dataclass(frozen=True)
class Outcome:
    """What a successful operation did."""

    action: str
    changed: tuple[Changed, ...]
    warnings: tuple[Message, ...]
    undo: Restore

    @property
    def created(self) -> tuple[Changed, ...]:
        return tuple(c for c in self.changed if c.before is None and c.after is not None)

    @property
    def main(self) -> Changed | None:
        """The record the user meant (the moved or created one); for a split series, the new part."""
        for c in self.changed:
            if c.after is not None and c.before is None:
                return c
        return next((c for c in self.changed if c.after is not None), self.changed[0] if self.changed else None)

    def warning_texts(self, lang: str = "fr") -> list[str]:
        return [w.text(lang) for w in self.warnings]


class StaleEdit(UserError):
    """Someone else changed (or deleted) the record since the user saw it; nothing was changed."""

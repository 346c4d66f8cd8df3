"""Who may change what. Checked inside every service; the interface asks the same questions to
hide or grey out what the user may not do.

Roles, each including the ones before it:

- `specialist`: their own bookings and absences;
- `coordinator`: everyone's bookings and absences;
- `manager`: engagements, members, engagement letters, plus what a coordinator does;
- `admin`: specialists, organisation settings (closures included), everything.

A login that matches no active specialist may only read.

    may(user, BOOKING_EDIT, specialist_id=7)      # for the interface: True / False
    require(user, BOOKING_EDIT, specialist_id=7)  # in services: raises PermissionDenied
"""
from __future__ import annotations

from crec_desktop.domain.messages import Message, UserError, define, msg
from crec_desktop.services.users import ADMIN, COORDINATOR, MANAGER, READ_ONLY, SPECIALIST, CurrentUser

define({
    "perm.read_only": ("Consultation seulement : la session « {login} » ne correspond à aucun spécialiste actif.",
                       "Read only: the login \"{login}\" matches no active specialist."),
    "perm.own_only": ("Vous pouvez modifier seulement vos propres réservations et absences.",
                      "You may change only your own bookings and absences."),
    "perm.manager": ("Seuls les gestionnaires et les administrateurs peuvent modifier les mandats, "
                     "les membres et les lettres d'entente.",
                     "Only managers and administrators may change engagements, members and engagement letters."),
    "perm.admin": ("Seuls les administrateurs peuvent modifier les spécialistes et les paramètres de l'organisation.",
                   "Only administrators may change specialists and the organisation's settings."),
})

# What a user does (the second argument of may/require).
BOOKING_EDIT = "booking.edit"            # create, move, resize, copy, delete, confirm, edit fields
ABSENCE_EDIT = "absence.edit"            # create, change, delete an absence
ENGAGEMENT_EDIT = "engagement.edit"
MEMBER_EDIT = "member.edit"
LETTER_ISSUE = "letter.issue"
SPECIALIST_EDIT = "specialist.edit"
SETTINGS_EDIT = "settings.edit"          # organisation settings, closures
CLOSURE_EDIT = SETTINGS_EDIT

_RANK = {READ_ONLY: 0, SPECIALIST: 1, COORDINATOR: 2, MANAGER: 3, ADMIN: 4}

# action -> (lowest role that may do it to anyone's record, lowest role that may do it to their own)
_RULES: dict[str, tuple[str, str]] = {
    BOOKING_EDIT: (COORDINATOR, SPECIALIST),
    ABSENCE_EDIT: (COORDINATOR, SPECIALIST),
    ENGAGEMENT_EDIT: (MANAGER, MANAGER),
    MEMBER_EDIT: (MANAGER, MANAGER),
    LETTER_ISSUE: (MANAGER, MANAGER),
    SPECIALIST_EDIT: (ADMIN, ADMIN),
    SETTINGS_EDIT: (ADMIN, ADMIN),
}
ACTIONS = tuple(_RULES)


class PermissionDenied(UserError):
    """The user's role does not allow the operation; nothing was changed."""


def refusal(user: CurrentUser, action: str, specialist_id: int | None = None) -> Message | None:
    """Why user may not do action (to a record of specialist_id), or None if they may."""
    if action not in _RULES:
        raise ValueError(f"unknown action {action!r}")
    rank = _RANK.get(user.role, 0)
    if rank == 0:
        return msg("perm.read_only", login=user.login)
    for_anyone, for_own = _RULES[action]
    if rank >= _RANK[for_anyone]:
        return None
    own = specialist_id is not None and specialist_id == user.specialist_id
    if own and rank >= _RANK[for_own]:
        return None
    if for_own == SPECIALIST:
        return msg("perm.own_only")
    return msg("perm.admin" if for_anyone == ADMIN else "perm.manager")


def may(user: CurrentUser, action: str, specialist_id: int | None = None) -> bool:
    """May user do action — to a record of specialist_id when the action concerns one?

    For bookings and absences pass the specialist whose record it is (a specialist may change
    only their own); without it, the answer is whether the user may do it to anyone's.
    """
    return refusal(user, action, specialist_id) is None


def require(user: CurrentUser, action: str, *specialist_ids: int | None) -> None:
    """Raise PermissionDenied unless user may do action to the records of every specialist given."""
    for specialist_id in specialist_ids or (None,):
        reason = refusal(user, action, specialist_id)
        if reason is not None:
            raise PermissionDenied(reason)

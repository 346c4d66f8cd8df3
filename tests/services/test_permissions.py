"""Each role's rights, allowed and refused, as the interface asks and as services enforce."""
from __future__ import annotations

import pytest

from crec_desktop.services import permissions as P
from crec_desktop.services.users import CurrentUser

SOPHIE, JEAN = 4, 5  # specialist ids used by the plain users below

specialist = CurrentUser("sophie", "specialist", SOPHIE, "sophie", "Sophie")
coordinator = CurrentUser("chloe", "coordinator", 2, "coord", "Chloé")
manager = CurrentUser("marc", "manager", 3, "mgr", "Marc")
admin = CurrentUser("alice", "admin", 1, "admin", "Alice")
nobody = CurrentUser("nobody", "read_only")

# action, specialist whose record it is, {role: allowed}
CASES = [
    (P.BOOKING_EDIT, SOPHIE, dict(specialist=True, coordinator=True, manager=True, admin=True, read_only=False)),
    (P.BOOKING_EDIT, JEAN, dict(specialist=False, coordinator=True, manager=True, admin=True, read_only=False)),
    (P.ABSENCE_EDIT, SOPHIE, dict(specialist=True, coordinator=True, manager=True, admin=True, read_only=False)),
    (P.ABSENCE_EDIT, JEAN, dict(specialist=False, coordinator=True, manager=True, admin=True, read_only=False)),
    (P.ENGAGEMENT_EDIT, None, dict(specialist=False, coordinator=False, manager=True, admin=True, read_only=False)),
    (P.MEMBER_EDIT, None, dict(specialist=False, coordinator=False, manager=True, admin=True, read_only=False)),
    (P.LETTER_ISSUE, None, dict(specialist=False, coordinator=False, manager=True, admin=True, read_only=False)),
    (P.SPECIALIST_EDIT, SOPHIE, dict(specialist=False, coordinator=False, manager=False, admin=True, read_only=False)),
    (P.SETTINGS_EDIT, None, dict(specialist=False, coordinator=False, manager=False, admin=True, read_only=False)),
]
USERS = dict(specialist=specialist, coordinator=coordinator, manager=manager, admin=admin, read_only=nobody)


@pytest.mark.parametrize("action,owner,expected", CASES, ids=[f"{a}-{o}" for a, o, _ in CASES])
@pytest.mark.parametrize("role", list(USERS))
def test_each_role_allowed_or_refused(action, owner, expected, role):
    user = USERS[role]
    assert P.may(user, action, owner) is expected[role]
    if expected[role]:
        P.require(user, action, owner)
    else:
        with pytest.raises(P.PermissionDenied) as err:
            P.require(user, action, owner)
        assert err.value.text("fr") and err.value.text("en") and err.value.text("fr") != err.value.text("en")


def test_messages_say_why():
    with pytest.raises(P.PermissionDenied) as err:
        P.require(nobody, P.BOOKING_EDIT, SOPHIE)
    assert "nobody" in err.value.text("fr") and "Consultation seulement" in err.value.text("fr")
    with pytest.raises(P.PermissionDenied) as err:
        P.require(specialist, P.BOOKING_EDIT, SOPHIE, JEAN)  # moving own booking to someone else
    assert err.value.text("en") == "You may change only your own bookings and absences."


def test_unknown_action_is_a_bug():
    with pytest.raises(ValueError):
        P.may(admin, "booking.fly")

"""The OS login maps to a specialist and their role; anyone else reads only."""
from __future__ import annotations

import pytest

from crec_desktop.services.users import READ_ONLY, CurrentUser, os_login, resolve_user
from crec_desktop.store.models import Specialist


@pytest.fixture
def staff(db):
    with db.write() as s:
        s.add_all([
            Specialist(key="mtremblay", name="Marie Tremblay", login="mtremblay", role="coordinator"),
            Specialist(key="jgagnon", name="Julie Gagnon", login="JGagnon", role="specialist"),
            Specialist(key="old", name="Ancien", login="ancien", role="admin", active=False),
            Specialist(key="nologin", name="Sans login", role="manager"),
        ])
    return db


def test_known_login_brings_role_and_specialist(staff):
    user = resolve_user(staff, "mtremblay")
    assert user.role == "coordinator"
    assert user.specialist_key == "mtremblay" and user.specialist_name == "Marie Tremblay"
    assert user.specialist_id is not None and not user.read_only


def test_login_match_ignores_case_and_windows_domain(staff):
    assert resolve_user(staff, "jgagnon").specialist_key == "jgagnon"
    assert resolve_user(staff, "CREC\\JGAGNON").role == "specialist"


@pytest.mark.parametrize("login", ["inconnu", "", "ancien", "nologin"])
def test_unknown_or_inactive_login_reads_only(staff, login):
    user = resolve_user(staff, login)
    assert user.read_only and user.role == READ_ONLY and user.specialist_id is None


def test_user_is_frozen():
    user = CurrentUser.system()
    with pytest.raises(Exception):
        user.role = "specialist"  # type: ignore[misc]
    assert user.role == "admin" and not user.is_specialist


def test_os_login_override(monkeypatch):
    monkeypatch.setenv("CREC_LOGIN", "mtremblay")
    assert os_login() == "mtremblay"
    monkeypatch.delenv("CREC_LOGIN")
    assert os_login()

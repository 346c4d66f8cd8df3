"""`crec-desktop demo` gives the demo's administrator the login of whoever loads it, so that the
first command of the README opens a window where that person may plan (not read only)."""
from __future__ import annotations

from crec_desktop import cli
from crec_desktop.services.users import resolve_user
from crec_desktop.store import demo


def test_demo_gives_the_administrator_your_login(db, crec_home, monkeypatch, capsys):
    monkeypatch.setenv("CREC_LOGIN", "tryout")
    assert cli.main(["--db", db.url, "demo"]) == 0
    out = capsys.readouterr().out
    name, login = demo.admin_of(db)
    assert login == "tryout" and name in out and "« tryout »" in out
    user = resolve_user(db)
    assert user.role == "admin" and user.specialist_name == name


def test_demo_without_login_keeps_the_demo_logins(db, crec_home, monkeypatch, capsys):
    monkeypatch.setenv("CREC_LOGIN", "tryout")
    assert cli.main(["--db", db.url, "demo", "--no-login"]) == 0
    assert demo.admin_of(db)[1] != "tryout"
    assert resolve_user(db).role == "read_only"


def test_a_login_already_in_the_demo_is_not_given_twice(db, crec_home, monkeypatch):
    monkeypatch.setenv("CREC_LOGIN", "jbergeron")  # the demo's coordinator
    assert cli.main(["--db", db.url, "demo"]) == 0
    assert demo.admin_of(db)[1] != "jbergeron"
    assert resolve_user(db).role == "coordinator"

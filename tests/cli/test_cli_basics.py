"""The command line's frame (CLI.md): --version, --help in both languages, argparse's own words
translated, the exit statuses (2: a clear message, no traceback; 1: a short message, the details
in the log file), and where the log file lives.
"""
from __future__ import annotations

import pathlib
import subprocess
import sys

import pytest

from crec_desktop import __version__
from crec_desktop.store import migrate
from tests.cli.helpers import main, run_process


@pytest.fixture(autouse=True)
def wide_terminal(monkeypatch):
    """Help is laid out for a wide terminal, so that sentences are not cut by line breaks."""
    monkeypatch.setenv("COLUMNS", "200")


def run(*args: str) -> tuple[int, str, str]:
    """Run `python -m crec_desktop ARGS` in its own process: (status, stdout, stderr)."""
    done = run_process(*args)
    return done.returncode, done.stdout, done.stderr


def test_version_from_the_installed_command(crec_home):
    script = pathlib.Path(sys.executable).with_name("crec-desktop")
    assert script.exists(), "pip install . puts the crec-desktop command beside python"
    done = subprocess.run([str(script), "--version"], capture_output=True, text=True, timeout=120)
    assert (done.returncode, done.stdout.strip()) == (0, f"crec-desktop {__version__}")


def test_version_with_python_dash_m(crec_home):
    assert run("--version")[:2] == (0, f"crec-desktop {__version__}\n")


def test_help_is_french_by_default(crec_home, capsys):
    status, out, _ = main(capsys, "--help")
    assert status == 0
    assert out.startswith("utilisation : crec-desktop")
    assert "affiche cette aide et quitte" in out
    assert "Sans commande : ouvre la fenêtre" in out
    for english in ("usage:", "show this help message", "positional arguments"):
        assert english not in out


def test_help_is_english_with_lang_en(crec_home, capsys):
    status, out, _ = main(capsys, "--lang", "en", "--help")
    assert status == 0
    assert out.startswith("usage: crec-desktop")
    assert "show this help message and exit" in out
    assert "Without a command: opens the window" in out
    assert "utilisation" not in out


def test_help_language_also_comes_from_crec_lang(crec_home, capsys, monkeypatch):
    monkeypatch.setenv("CREC_LANG", "en")
    assert main(capsys, "db", "--help")[1].startswith("usage: crec-desktop db")


def test_a_command_help_speaks_french(crec_home, capsys):
    status, out, _ = main(capsys, "db", "upgrade", "--help")
    assert status == 0
    assert out.startswith("utilisation : crec-desktop db upgrade")
    assert "met le schéma de la base à jour" in out


@pytest.mark.parametrize("lang, expected", [
    ("fr", "crec-desktop backup : erreur : les arguments suivants sont obligatoires : -o/--output"),
    ("en", "crec-desktop backup: error: the following arguments are required: -o/--output"),
])
def test_a_missing_argument_is_refused_in_the_user_language(crec_home, capsys, lang, expected):
    status, out, err = main(capsys, "--lang", lang, "backup")
    assert status == 2
    assert expected in err
    assert "Traceback" not in err


@pytest.mark.parametrize("lang, expected", [
    ("fr", "argument --view : choix invalide : 'year' (choisir parmi 'week', 'month')"),
    ("en", "argument --view: invalid choice: 'year' (choose from 'week', 'month')"),
])
def test_an_invalid_choice_is_refused_in_the_user_language(crec_home, capsys, lang, expected):
    status, _, err = main(capsys, "--lang", lang, "screenshot", "-o", "x.png", "--view", "year")
    assert status == 2
    assert expected in err


def test_an_unknown_command_is_refused(crec_home, capsys):
    status, _, err = main(capsys, "frobnicate")
    assert status == 2
    assert "choix invalide : 'frobnicate'" in err


# --- exit 2: the database cannot be used ----------------------------------------------------

@pytest.mark.parametrize("url, expected", [
    ("postgresql+psycopg://crec:secret@127.0.0.1:1/nowhere", "impossible d'ouvrir la base de données"),
    ("sqlite:////no/such/folder/crec.sqlite3", "le dossier de la base de données n'existe pas : /no/such/folder"),
    ("mysql://someone@localhost/crec", "type de base de données non pris en charge : mysql"),
    ("not a database url", "adresse de base de données invalide : not a database url"),
], ids=["unreachable-postgresql", "missing-sqlite-folder", "unsupported", "bad-url"])
def test_a_database_that_cannot_be_used_is_exit_2_with_a_clear_message(crec_home, url, expected):
    status, out, err = run("--db", url, "db", "upgrade")
    assert status == 2, err
    assert expected in err
    assert "Traceback" not in err and "secret" not in err
    assert len(err.strip().splitlines()) == 1


def test_an_unreachable_database_is_explained_in_english_too(crec_home, capsys):
    status, _, err = main(capsys, "--lang", "en", "--db", "postgresql+psycopg://crec@127.0.0.1:1/nowhere", "db", "upgrade")
    assert status == 2
    assert err.startswith("cannot open the database postgresql+psycopg://crec@127.0.0.1:1/nowhere")


# --- exit 1: an unexpected fault ------------------------------------------------------------

def test_an_unexpected_fault_is_exit_1_with_details_in_the_log(crec_home, capsys, monkeypatch):
    def broken(db):
        raise RuntimeError("injected fault 4711")

    monkeypatch.setattr(migrate, "upgrade", broken)
    status, out, err = main(capsys, "db", "upgrade")
    assert status == 1
    assert "erreur inattendue : RuntimeError: injected fault 4711" in err
    log_file = crec_home / "logs" / "crec-desktop.log"
    assert str(log_file) in err
    assert "Traceback" not in err and len(err.strip().splitlines()) <= 3
    logged = log_file.read_text(encoding="utf-8")
    assert "Traceback (most recent call last)" in logged
    assert "RuntimeError: injected fault 4711" in logged
    assert 'in broken' in logged  # where it happened, for whoever reads the report


# --- where things are made ------------------------------------------------------------------

def test_db_upgrade_creates_the_database_and_the_log_under_crec_home(crec_home):
    status, out, err = run("db", "upgrade")
    assert status == 0, err
    assert (crec_home / "data" / "crec.sqlite3").is_file()
    assert (crec_home / "logs" / "crec-desktop.log").is_file()
    assert "Schéma à jour" in out


def test_db_upgrade_on_the_database_under_test(db_url, crec_home, capsys):
    status, out, err = main(capsys, "--lang", "en", "--db", db_url, "db", "upgrade")
    assert (status, err) == (0, "")
    assert out.strip() == f"Schema up to date ({migrate.head_revision()})."

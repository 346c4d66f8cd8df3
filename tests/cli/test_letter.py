"""`crec-desktop letter NUMBER -o FILE.pdf [--lang fr|en]` (CLI.md)."""
from __future__ import annotations

from tests.cli.helpers import main, run_process
from tests.letters.records import add_engagement
from tests.letters.sample import pdf_text, shows


def test_letter_writes_a_pdf(db, crec_home, tmp_path, capsys):
    number = add_engagement(db)
    target = tmp_path / "lettre.pdf"
    status, _, err = main(capsys, "--db", db.url, "letter", number, "-o", str(target))
    assert status == 0, err
    pdf = target.read_bytes()
    assert pdf.startswith(b"%PDF-")
    text = pdf_text(pdf)
    assert shows(text, "N/Réf. : mandat 2026-014, version 1") and "Page 1 de" in text
    assert shows(text, "1 364,18 $") and "Marie-Ève Côté" in text
    assert "2026-014" in err and "version 1" in err
    assert not list(tmp_path.glob(".*.tmp"))  # written through a temporary file, renamed


def test_letter_in_english_on_request(db, crec_home, tmp_path, capsys):
    number = add_engagement(db)
    target = tmp_path / "letter.pdf"
    status, _, err = main(capsys, "--db", db.url, "letter", number, "-o", str(target), "--lang", "en")
    assert status == 0, err
    text = pdf_text(target.read_bytes())
    assert "Page 1 of" in text and "$1,364.18" in text and "Dear Marie-Ève Côté," in text


def test_unknown_number_exits_2_with_a_clear_message_and_writes_nothing(db, crec_home, tmp_path, capsys):
    add_engagement(db)
    target = tmp_path / "nope.pdf"
    status, out, err = main(capsys, "--db", db.url, "letter", "1999-999", "-o", str(target))
    assert status == 2
    assert "1999-999" in err and "Aucun mandat" in err and "Traceback" not in err
    assert not target.exists()
    status, _, err = main(capsys, "--lang", "en", "--db", db.url, "letter", "1999-999", "-o", str(target))
    assert status == 2 and "No engagement" in err


def test_unwritable_output_exits_2(db, crec_home, tmp_path, capsys):
    number = add_engagement(db)
    status, _, err = main(capsys, "--db", db.url, "letter", number, "-o", str(tmp_path / "missing" / "x.pdf"))
    assert status == 2 and "x.pdf" in err


def test_letter_in_its_own_process(db, crec_home, tmp_path):
    number = add_engagement(db)
    target = tmp_path / "p.pdf"
    done = run_process("--db", db.url, "letter", number, "-o", str(target))
    assert done.returncode == 0, done.stderr
    assert target.read_bytes().startswith(b"%PDF-")

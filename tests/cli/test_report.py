"""`crec-desktop report`: the XLSX and CSV files from the command line, and every bad input
refused with exit status 2, a message in French or English, and nothing written."""
from __future__ import annotations

import csv
import functools
import io

import openpyxl
import pytest

from crec_desktop import cli
from tests.cli.helpers import run_command

run = functools.partial(run_command, "report")


def test_xlsx(planned, tmp_path, capsys):
    out = tmp_path / "heures.xlsx"
    assert run(planned.db, "--from", "2026-11-02", "--to", "2026-11-13", "-o", str(out)) == 0
    assert "Rapport du 2 novembre 2026 au 13 novembre 2026 écrit dans" in capsys.readouterr().err
    book = openpyxl.load_workbook(out)
    assert book.sheetnames[0] == "Spécialistes" and len(book.sheetnames) == 5
    rows = {r[0].value: r for r in book["Spécialistes"].iter_rows(min_row=5)}
    assert rows["sophie"][2].value == 63 and rows["jean"][2].value == pytest.approx(39.2)
    assert rows["Total"][5].value == pytest.approx(14)
    pivot = book["Spécialiste × membre (h)"]
    assert [c.value for c in pivot[4]] == ["Spécialiste", "FCSDSQ", "FCSQ", "Temps interne", "Total"]
    assert [c.value for c in list(pivot.iter_rows(min_row=5))[-1]] == ["Total", 9.5, 3.5, 1, 14]
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_csv_per_language(planned, tmp_path, capsys):
    fr, en = tmp_path / "fr.csv", tmp_path / "en.csv"
    assert run(planned.db, "--from", "2026-11-02", "--to", "2026-11-13", "-o", str(fr)) == 0
    assert run(planned.db, "--from", "2026-11-02", "--to", "2026-11-13", "-o", str(en), lang="en") == 0
    assert "Report from November 2, 2026 to November 13, 2026 written to" in capsys.readouterr().err
    fr_rows = list(csv.reader(io.StringIO(fr.read_bytes().decode("utf-8-sig")), delimiter=";"))
    en_rows = list(csv.reader(io.StringIO(en.read_bytes().decode("utf-8-sig")), delimiter=","))
    assert fr.read_bytes()[:3] == b"\xef\xbb\xbf"
    assert next(r for r in fr_rows if r and r[0] == "jean")[2] == "39,20"
    assert next(r for r in en_rows if r and r[0] == "jean")[2] == "39.20"
    assert ["Spécialistes"] in fr_rows and ["Specialists"] in en_rows
    # the command's own --lang, after the command, works too
    other = tmp_path / "other.csv"
    assert run(planned.db, "--from", "2026-11-02", "--to", "2026-11-13", "-o", str(other), "--lang", "en") == 0
    assert other.read_bytes() == en.read_bytes()


@pytest.mark.parametrize("args, fr, en", [
    (["--from", "2026-11-31", "--to", "2026-12-01"], "date invalide : 2026-11-31", "invalid date: 2026-11-31"),
    (["--from", "2026-11-02", "--to", "hier"], "date invalide : hier", "invalid date: hier"),
    (["--from", "2026-11-13", "--to", "2026-11-02"], "la période se termine avant de commencer",
     "the period ends before it starts"),
    (["--from", "2020-01-01", "--to", "2026-11-02"], "la période est trop longue", "the period is too long"),
])
@pytest.mark.parametrize("name", ["rapport.xlsx", "rapport.csv"])
def test_bad_input_exit_2_nothing_written(planned, tmp_path, capsys, args, fr, en, name):
    folder = tmp_path / "out"
    folder.mkdir()
    out = folder / name
    out.write_bytes(b"old")
    assert run(planned.db, *args, "-o", str(out)) == 2
    assert fr in capsys.readouterr().err
    assert run(planned.db, *args, "-o", str(out), lang="en") == 2
    assert en in capsys.readouterr().err
    assert out.read_bytes() == b"old" and sorted(p.name for p in folder.iterdir()) == [name]


def test_unknown_extension(planned, tmp_path, capsys):
    folder = tmp_path / "out"
    folder.mkdir()
    out = folder / "rapport.pdf"
    assert run(planned.db, "--from", "2026-11-02", "--to", "2026-11-13", "-o", str(out)) == 2
    assert "extension de fichier non prise en charge : « rapport.pdf » (.xlsx ou .csv)" in capsys.readouterr().err
    assert run(planned.db, "--from", "2026-11-02", "--to", "2026-11-13", "-o", str(out), lang="en") == 2
    assert 'unsupported file extension: "rapport.pdf" (.xlsx or .csv)' in capsys.readouterr().err
    assert not list(folder.iterdir())


def test_help_documents_the_csv_layout(capsys):
    with pytest.raises(SystemExit):
        cli.main(["report", "--help"])
    text = " ".join(capsys.readouterr().out.split())
    assert "sections" in text and "« ; » entre les champs et la virgule décimale" in text
    with pytest.raises(SystemExit):
        cli.main(["--lang", "en", "report", "--help"])
    assert '";" between fields and a decimal comma' in " ".join(capsys.readouterr().out.split())

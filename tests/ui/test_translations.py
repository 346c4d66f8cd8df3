"""English is complete: every interface string has a finished English translation.

The interface's source strings are French (self.tr("Fichier")); resources/translations/crec_en.ts
holds the English. These tests fail on an untranslated or unfinished entry, on a string in the
code that is missing from the .ts (someone forgot `python tools/translations.py update`), and on
a translation that drops a placeholder (%1, %n).
"""
from __future__ import annotations

import re
import subprocess
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import QTranslator

from tests.ui.conftest import ROOT, TS, build_translations

PLACEHOLDER = re.compile(r"%(?:\d|n)")


def _messages(path) -> list[tuple[str, ET.Element]]:
    root = ET.parse(path).getroot()
    return [(ctx.findtext("name"), m) for ctx in root.iter("context") for m in ctx.iter("message")]


def _texts(translation: ET.Element) -> list[str]:
    forms = translation.findall("numerusform")
    return [f.text or "" for f in forms] if forms else [translation.text or ""]


def _translations_tool():
    import importlib.util

    spec = importlib.util.spec_from_file_location("crec_translations_tool", ROOT / "tools" / "translations.py")
    tool = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tool)
    return tool


def test_the_ts_file_is_for_english_from_french():
    root = ET.parse(TS).getroot()
    assert root.get("language") == "en_CA" and root.get("sourcelanguage") == "fr_CA"
    assert len(_messages(TS)) >= 50


def test_every_english_entry_is_finished():
    problems = []
    for context, message in _messages(TS):
        source = message.findtext("source")
        translation = message.find("translation")
        kind = translation.get("type")
        if kind in ("obsolete", "vanished"):
            continue
        texts = _texts(translation)
        if kind == "unfinished" or not all(t.strip() for t in texts):
            problems.append(f"{context}: {source!r}")
    assert not problems, "untranslated in crec_en.ts:\n" + "\n".join(problems)


def test_translations_keep_their_placeholders():
    problems = []
    for context, message in _messages(TS):
        wanted = sorted(set(PLACEHOLDER.findall(message.findtext("source") or "")))
        for text in _texts(message.find("translation")):
            if sorted(set(PLACEHOLDER.findall(text))) != wanted:
                problems.append(f"{context}: {message.findtext('source')!r} -> {text!r}")
    assert not problems, "\n".join(problems)


def test_every_string_in_the_code_is_in_the_ts(tmp_path):
    """lupdate over the interface's sources finds nothing that crec_en.ts lacks."""
    tool = _translations_tool()
    fresh = tmp_path / "fresh_en.ts"
    files = [str(p.relative_to(ROOT)) for p in tool.sources()]
    subprocess.run(tool._tool("lupdate") + ["-silent", "-source-language", "fr_CA", "-target-language", "en_CA",
                                            *files, "-ts", str(fresh)], check=True, cwd=ROOT)
    translated = {(ctx, m.findtext("source"), m.findtext("comment")) for ctx, m in _messages(TS)
                  if m.find("translation").get("type") is None}
    missing, unseen = [], []
    for ctx, m in _messages(fresh):
        source, comment = m.findtext("source"), m.findtext("comment")
        if (ctx, source, comment) in translated:
            continue
        where = ", ".join(f"{(fresh.parent / loc.get('filename')).resolve().relative_to(ROOT)}:{loc.get('line')}"
                          for loc in m.iter("location"))
        if not ctx or not ctx[:1].isupper() or ctx == "QCoreApplication":
            unseen.append(f"{where}: {source!r} {comment or ''}")
        else:
            missing.append(f"{ctx}: {source!r}")
    assert not missing and not unseen, (
        "strings without English (run `python tools/translations.py update`, then translate them in "
        "resources/translations/crec_en.ts):\n" + "\n".join(missing)
        + ("\n\nlupdate cannot tell the context of these calls (an alias such as `tr = QCoreApplication"
           ".translate`, or `other_object.tr(...)`): write `QCoreApplication.translate(\"Context\", \"texte\")` "
           "literally, or `self.tr(...)` inside the class:\n" + "\n".join(unseen) if unseen else ""))


def test_the_built_translation_speaks_english(tmp_path):
    build_translations()
    translator = QTranslator()
    assert translator.load(str(TS.with_suffix(".qm")))
    assert translator.translate("MainWindow", "&Fichier") == "&File"
    assert translator.translate("MainWindow", "Annuler : %1") == "Undo %1"
    assert translator.translate("MainWindow", "a string nobody wrote") == ""


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_window_has_no_french_left_in_english_menus(make_window, lang):
    window = make_window(lang)
    texts = [a.text() for m in (window.menu_file, window.menu_edit, window.menu_view, window.menu_engagements,
                                window.menu_reports, window.menu_help) for a in m.actions() if not a.isSeparator()]
    french = {"Importer", "Exporter", "Quitter", "Annuler", "Rétablir", "Semaine", "Mois", "Aide", "propos"}
    found = {w for t in texts for w in french if w in t.replace("&", "")}
    assert (not found) if lang == "en" else found


FR_TS = TS.with_name("crec_fr.ts")


def test_every_french_plural_is_finished():
    """crec_fr.ts holds only the plural forms (lupdate -pluralonly): one and many for each %n text."""
    problems = []
    for context, message in _messages(FR_TS):
        translation = message.find("translation")
        if translation.get("type") in ("obsolete", "vanished"):
            continue
        texts = _texts(translation)
        if message.get("numerus") != "yes" or translation.get("type") == "unfinished" or len(texts) != 2 \
                or not all("%n" in t for t in texts):
            problems.append(f"{context}: {message.findtext('source')!r}")
    assert len(_messages(FR_TS)) >= 10
    assert not problems, "French plural forms to finish in crec_fr.ts:\n" + "\n".join(problems)


@pytest.mark.parametrize(("lang", "one", "many"), [
    ("fr", "1 problème à corriger", "3 problèmes à corriger"),
    ("en", "1 problem to correct", "3 problems to correct"),
])
def test_plurals_follow_the_count(use_lang, qtbot, lang, one, many):
    from crec_desktop.ui.records.import_errors import ImportErrorsDialog

    use_lang(lang)
    single = ImportErrorsDialog("x", ["a"])
    several = ImportErrorsDialog("x", ["a", "b", "c"])
    qtbot.addWidget(single)
    qtbot.addWidget(several)
    assert one in single.summary.text() and "(s)" not in single.summary.text()
    assert many in several.summary.text()

"""The system's and the JSON parser's causes, in the user's words in either language: no
English fragment from the system in a French sentence."""
from __future__ import annotations

import errno
import json

import pytest

from crec_desktop.domain.causes import json_cause, os_cause
from crec_desktop.domain.messages import msg
from crec_desktop.files import write_bytes_atomically  # noqa: F401 - defines files.cannot_write


@pytest.mark.parametrize(("number", "fr", "en"), [
    (errno.ENOENT, "le fichier ou le dossier n'existe pas", "the file or folder does not exist"),
    (errno.EACCES, "permission refusée", "permission denied"),
    (errno.ENOSPC, "le disque est plein", "the disk is full"),
    (errno.EROFS, "le disque ou le dossier est en lecture seule", "the disk or folder is read-only"),
])
def test_os_causes_in_both_languages(number, fr, en):
    cause = os_cause(OSError(number, "English text from the system"))
    assert cause.text("fr") == fr and cause.text("en") == en
    sentence = msg("files.cannot_write", path="/tmp/x.json", reason=cause)
    assert sentence.text("fr") == f"impossible d'écrire /tmp/x.json : {fr}"
    assert "English" not in sentence.text("fr")


def test_an_unknown_errno_gives_its_code_and_no_system_text():
    cause = os_cause(OSError(9999, "Something odd"))
    assert cause.text("fr") == "erreur du système (code 9999)" and "odd" not in cause.text("en")


@pytest.mark.parametrize(("text", "fr"), [
    ("", "une valeur est attendue"),
    ('{"a" 1}', "un deux-points est attendu"),
    ('{"a": 1,}', "un nom de propriété entre guillemets est attendu"),
    ('[1 2]', "une virgule ou un crochet fermant est attendu"),
    ('"abc', "une chaîne de caractères n'est pas terminée"),
    ('{} x', "du texte suit la fin du document"),
])
def test_json_causes(text, fr):
    with pytest.raises(json.JSONDecodeError) as caught:
        json.loads(text)
    cause = json_cause(caught.value)
    assert cause.text("fr") == fr and cause.text("en") != fr

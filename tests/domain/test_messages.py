"""The messages catalogue: every message in French and English with the same placeholders, and
words after a number in the singular or the plural by each language's rule."""
from __future__ import annotations

import importlib
import pkgutil
import re
import string

import pytest

import crec_desktop
from crec_desktop.domain.messages import Message, UserError, catalogue, define, is_singular, tr

PLURAL = re.compile(r"\{(\w+)\|[^|{}]*\|[^|{}]*\}")


def _load_every_module():
    """Messages are defined next to their code: import every non-Qt module to see them all."""
    for info in pkgutil.walk_packages(crec_desktop.__path__, "crec_desktop."):
        if ".ui" in info.name or info.name.endswith((".app", "__main__")) or ".migrations" in info.name:
            continue
        importlib.import_module(info.name)


def _fields(text: str) -> set[str]:
    text = PLURAL.sub(lambda m: "{" + m.group(1) + "}", text)
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


# Messages whose languages differ on purpose: a formal French salutation names nobody; a value
# given in both languages shows the one asked for.
DIFFERENT_ON_PURPOSE = {"letter.salutation_named", "fmt.lang"}


def test_every_message_has_the_same_placeholders_in_both_languages():
    _load_every_module()
    entries = catalogue()
    assert len(entries) > 300
    different = {key: (fr, en) for key, (fr, en) in entries.items()
                 if _fields(fr) != _fields(en) and key not in DIFFERENT_ON_PURPOSE}
    assert not different


def test_no_message_writes_a_plural_with_parentheses():
    _load_every_module()
    lazy = {key: fr for key, (fr, en) in catalogue().items() if re.search(r"\w\((s|x)\)", fr + en)}
    assert not lazy, "use {count|singulier|pluriel}: " + ", ".join(sorted(lazy))


@pytest.mark.parametrize(("count", "fr", "en"), [
    (0, "0 jour", "0 days"), (1, "1 jour", "1 day"), (1.5, "1.5 jour", "1.5 days"), (2, "2 jours", "2 days"),
])
def test_plural_words_follow_the_language_rule(count, fr, en):
    define({"test.days": ("{count} {count|jour|jours}", "{count} {count|day|days}")})
    assert tr("test.days", "fr", count=count) == fr
    assert tr("test.days", "en", count=count) == en
    assert Message("test.days", {"count": count}).text("en") == en


def test_is_singular():
    assert is_singular(0, "fr") and is_singular(1, "fr") and not is_singular(2, "fr")
    assert not is_singular(0, "en") and is_singular(1, "en") and not is_singular(2, "en")


def test_a_user_error_speaks_both_languages():
    define({"test.refused": ("refusé : {what}", "refused: {what}")})
    error = UserError(Message("test.refused", {"what": "x"}))
    assert error.text("fr") == "refusé : x" and error.text("en") == "refused: x"

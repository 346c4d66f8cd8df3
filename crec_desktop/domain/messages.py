"""The messages catalogue: user-visible text of the layers below Qt, in French and English.

The interface translates its own strings with Qt Linguist (self.tr); everything that services,
the store or the command line say to a user comes from here, so that an error raised deep down
is shown in the user's language. Each module defines its messages next to the code that uses
them:

    MSG = define({
        "booking.end_before_start": ("la réservation se termine avant de commencer",
                                     "the booking ends before it starts"),
    })
    raise RuleError(Message("booking.end_before_start"))

A `Message` is a key and its parameters, rendered late with `text(lang)`; parameters are
formatted with str.format, so `{hours}` in the text takes `hours=` from the message. A word that
follows a number is written `{count|réservation|réservations}`: the singular or the plural is
chosen from the parameter `count` by the language's rule (French: 0 and 1 are singular).
"""
from __future__ import annotations

import dataclasses
import re
from collections.abc import Mapping
from typing import Any

_CATALOGUE: dict[str, tuple[str, str]] = {}


def define(entries: Mapping[str, tuple[str, str]]) -> Mapping[str, tuple[str, str]]:
    """Add (French, English) texts to the catalogue; a key defined twice differently is a bug."""
    for key, pair in entries.items():
        if len(pair) != 2 or not all(isinstance(p, str) and p for p in pair):
            raise ValueError(f"message {key!r} needs a French and an English text")
        if key in _CATALOGUE and _CATALOGUE[key] != pair:
            raise ValueError(f"message {key!r} defined twice with different texts")
        _CATALOGUE[key] = pair
    return entries


def catalogue() -> Mapping[str, tuple[str, str]]:
    return dict(_CATALOGUE)


_PLURAL = re.compile(r"\{(\w+)\|([^|{}]*)\|([^|{}]*)\}")


def is_singular(count: Any, lang: str) -> bool:
    """French takes the singular for 0 and 1 (« 0 jour », « 1,5 heure »); English for exactly 1."""
    try:
        value = abs(float(count))
    except (TypeError, ValueError):
        return False
    return value < 2 if lang != "en" else value == 1


def tr(key: str, lang: str = "fr", **params: Any) -> str:
    """The text of key in lang ('fr' or 'en'), its {placeholders} filled from params."""
    try:
        fr, en = _CATALOGUE[key]
    except KeyError:
        raise KeyError(f"no message {key!r} in the catalogue") from None
    template = en if lang == "en" else fr
    if "|" in template:
        template = _PLURAL.sub(
            lambda m: m.group(2) if is_singular(params.get(m.group(1)), lang) else m.group(3), template)
    return template.format(**params) if params else template


@dataclasses.dataclass(frozen=True)
class Message:
    """A message to show later, in whatever language the user reads."""

    key: str
    params: Mapping[str, Any] = dataclasses.field(default_factory=dict)

    def text(self, lang: str = "fr") -> str:
        params = {k: (v.text(lang) if isinstance(v, Message) else v) for k, v in self.params.items()}
        return tr(self.key, lang, **params)

    def __str__(self) -> str:
        return self.text("fr")


def msg(key: str, **params: Any) -> Message:
    return Message(key, params)


class UserError(Exception):
    """An error meant for the user: refused input or operation (CLI exit status 2).

    Carries one or more messages; `text(lang)` joins them one per line.
    """

    def __init__(self, *messages: Message):
        super().__init__(*messages)
        self.messages: tuple[Message, ...] = messages

    def text(self, lang: str = "fr") -> str:
        return "\n".join(m.text(lang) for m in self.messages)

    def __str__(self) -> str:
        return self.text("fr")

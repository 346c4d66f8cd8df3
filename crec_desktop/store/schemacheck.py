"""A fast JSON Schema check for interchange files, with messages in the user's language.

`jsonschema` is the reference (the tests use it as the oracle), but it takes many seconds on a
5-year file. This module compiles the subset of draft 2020-12 that `interchange_schema.json`
uses (type, const, enum, pattern, minLength, maxLength, minimum, maximum, format date and
date-time, properties, required, additionalProperties: false, items, $ref to $defs) into two
functions per schema node:

- `fast(value) -> bool`: no paths, no messages — what runs on the 70,000 records of a good file;
- `explain(value, path, out)`: only for a value that failed, appends (path, Message) pairs,
  descending only into the parts that fail `fast`.

Any other keyword makes `compile_schema` raise, so a change of the schema cannot go unchecked.
Deliberate differences from jsonschema's defaults: `format` is asserted (an impossible date is
refused), and a pattern's final `$` does not match before a trailing newline (as in
ECMA-262, which JSON Schema patterns follow; Python's `$` would let "key\\n" through).
"""
from __future__ import annotations

import datetime as dt
import functools
import json
import re
from collections.abc import Callable
from typing import Any

from crec_desktop.domain.messages import Message, catalogue, define, msg

Problem = tuple[str, Message]
Fast = Callable[[Any], bool]
Explain = Callable[[Any, str, list], None]

define({
    "schema.type.object": ("un objet { }", "an object { }"),
    "schema.type.array": ("une liste [ ]", "a list [ ]"),
    "schema.type.string": ("un texte", "a text"),
    "schema.type.number": ("un nombre", "a number"),
    "schema.type.integer": ("un nombre entier", "a whole number"),
    "schema.type.boolean": ("true ou false", "true or false"),
    "schema.type.null": ("null", "null"),
    "schema.or": ("{a} ou {b}", "{a} or {b}"),
    "schema.type": ("doit être {expected}", "must be {expected}"),
    "schema.const": ("doit valoir « {value} »", "must be \"{value}\""),
    "schema.enum": ("valeur « {value} » invalide ; valeurs permises : {allowed}",
                    "invalid value \"{value}\"; allowed values: {allowed}"),
    "schema.pattern": ("« {value} » n'a pas la forme attendue", "\"{value}\" does not have the expected form"),
    "schema.hint": ("« {value} » : {hint}", "\"{value}\": {hint}"),
    "schema.empty": ("ne doit pas être vide", "must not be empty"),
    "schema.min_length": ("trop court : au moins {min} caractères", "too short: at least {min} characters"),
    "schema.max_length": ("trop long : {length} caractères, au plus {max}", "too long: {length} characters, at most {max}"),
    "schema.minimum": ("doit être au moins {min}", "must be at least {min}"),
    "schema.maximum": ("doit être au plus {max}", "must be at most {max}"),
    "schema.required": ("champ obligatoire manquant", "required field missing"),
    "schema.additional": ("champ inconnu", "unknown field"),
    # what a value of each kind looks like (by $defs name or property name)
    "schema.hint.key": ("clé invalide (minuscules, chiffres, - et _, 40 caractères au plus)",
                        "invalid key (lower-case letters, digits, - and _, at most 40 characters)"),
    "schema.hint.money": ("montant invalide (par exemple 95.00)", "invalid amount (for example 95.00)"),
    "schema.hint.instant": ("date et heure invalides (par exemple 2026-12-02T09:00:00-05:00)",
                            "invalid date and time (for example 2026-12-02T09:00:00-05:00)"),
    "schema.hint.date": ("date invalide (AAAA-MM-JJ)", "invalid date (YYYY-MM-DD)"),
    "schema.hint.clock": ("heure invalide (HH:MM)", "invalid time of day (HH:MM)"),
    "schema.hint.colour": ("couleur invalide (#RRVVBB)", "invalid colour (#RRGGBB)"),
    "schema.hint.region": ("région administrative invalide (01 à 17)", "invalid administrative region (01 to 17)"),
    "schema.hint.number": ("numéro de mandat invalide (lettres, chiffres, . _ / -, 40 caractères au plus)",
                           "invalid engagement number (letters, digits, . _ / -, at most 40 characters)"),
})

_IGNORED = {"$schema", "$id", "title", "description", "$defs", "$comment"}
_HANDLED = {"type", "const", "enum", "pattern", "minLength", "maxLength", "minimum", "maximum", "format",
            "properties", "required", "additionalProperties", "items", "$ref"}
_RFC3339 = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}[Tt][0-9]{2}:[0-9]{2}:[0-9]{2}(?:\.[0-9]+)?(?:[Zz]|[+-][0-9]{2}:[0-9]{2})\Z")


def _is_number(v: Any) -> bool:
    return (type(v) is int or type(v) is float) and v == v  # NaN is no JSON number


_TYPES: dict[str, Fast] = {
    "object": lambda v: type(v) is dict,
    "array": lambda v: type(v) is list,
    "string": lambda v: type(v) is str,
    "number": _is_number,
    "integer": lambda v: type(v) is int or (type(v) is float and v.is_integer()),
    "boolean": lambda v: type(v) is bool,
    "null": lambda v: v is None,
}


@functools.lru_cache(maxsize=1 << 16)  # files repeat the same dates and instants many times
def _date_ok(v: str) -> bool:
    try:
        dt.date.fromisoformat(v)
    except ValueError:
        return False
    return len(v) == 10


@functools.lru_cache(maxsize=1 << 16)
def _instant_ok(v: str) -> bool:
    if not _RFC3339.match(v):
        return False
    try:
        dt.datetime.fromisoformat(v if "t" not in v and "z" not in v else v.upper())
    except ValueError:
        return False
    return True


_FORMATS: dict[str, Callable[[str], bool]] = {"date": _date_ok, "date-time": _instant_ok}


def _searcher(pattern: str) -> Callable[[str], Any]:
    """`re.search` for a JSON Schema pattern, ECMA-262 style: a final `$` is the very end.
    Anchored patterns use `match`, end-anchored ones `.*` + `match` (same answers, faster)."""
    if pattern.endswith("$") and not pattern.endswith("\\$"):
        pattern = pattern[:-1] + r"\Z"
    if pattern.startswith("^") and "|" not in pattern.replace("\\|", ""):
        return re.compile(pattern[1:]).match
    if pattern.endswith(r"\Z") and not pattern.startswith("^"):
        return re.compile(r"(?s:.*)(?:" + pattern[:-2] + r")\Z").match
    return re.compile(pattern).search


def _show(value: Any) -> str:
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 60 else text[:57] + "…"


def _join(path: str, key: str) -> str:
    return f"{path}.{key}" if path else key


class _Compiler:
    def __init__(self, root: dict):
        self.root = root
        self.refs: dict[str, tuple[Fast, Explain]] = {}

    def ref(self, ref: str) -> tuple[Fast, Explain]:
        if ref not in self.refs:
            if not ref.startswith("#/$defs/"):
                raise NotImplementedError(f"$ref {ref!r}")
            name = ref.rsplit("/", 1)[1]
            box: list = []
            # placeholders allow (future) recursive refs
            self.refs[ref] = (lambda v: box[0](v), lambda v, p, o: box[1](v, p, o))
            fast, explain = self.node(self.root["$defs"][name], hint=name)
            box.extend((fast, explain))
            self.refs[ref] = (fast, explain)
        return self.refs[ref]

    def node(self, schema: dict, hint: str | None = None) -> tuple[Fast, Explain]:
        unknown = set(schema) - _HANDLED - _IGNORED
        if unknown:
            raise NotImplementedError(f"schema keywords not supported: {sorted(unknown)}")
        checks: list[tuple[Fast, Explain]] = []
        if "$ref" in schema:
            checks.append(self.ref(schema["$ref"]))
        if "type" in schema:
            checks.append(self._type(schema["type"]))
        if "const" in schema:
            checks.append(self._enum([schema["const"]], const=True))
        if "enum" in schema:
            checks.append(self._enum(schema["enum"]))
        checks.extend(self._string(schema, hint))
        checks.extend(self._number(schema))
        if {"properties", "required", "additionalProperties"} & set(schema):
            checks.append(self._object(schema))
        if "items" in schema:
            checks.append(self._array(schema["items"]))
        return _all(checks)

    def _type(self, names: str | list[str]) -> tuple[Fast, Explain]:
        names = [names] if isinstance(names, str) else list(names)
        tests = [_TYPES[n] for n in names]
        fast = tests[0] if len(tests) == 1 else (lambda v: any(t(v) for t in tests))
        expected = msg(f"schema.type.{names[0]}")
        for n in names[1:]:
            expected = msg("schema.or", a=expected, b=msg(f"schema.type.{n}"))

        def explain(v, path, out):
            if not fast(v):
                out.append((path, msg("schema.type", expected=expected)))
        return fast, explain

    def _enum(self, values: list, const: bool = False) -> tuple[Fast, Explain]:
        if all(type(x) is str for x in values):
            allowed = frozenset(values)
            fast: Fast = lambda v: type(v) is str and v in allowed  # noqa: E731
        else:
            pairs = [(type(x), x) for x in values]
            fast = lambda v: (type(v), v) in pairs  # noqa: E731

        def explain(v, path, out):
            if fast(v):
                return
            if const:
                out.append((path, msg("schema.const", value=_show(values[0]))))
            else:
                out.append((path, msg("schema.enum", value=_show(v), allowed=", ".join(_show(x) for x in values))))
        return fast, explain

    def _string(self, schema: dict, hint: str | None) -> list[tuple[Fast, Explain]]:
        checks = []
        hint_key = f"schema.hint.{hint}" if hint else None
        if hint_key not in catalogue():
            hint_key = None

        def bad_form(v, path, out):
            if hint_key:
                out.append((path, msg("schema.hint", value=_show(v), hint=msg(hint_key))))
            else:
                out.append((path, msg("schema.pattern", value=_show(v))))

        if "pattern" in schema:
            search = _searcher(schema["pattern"])
            fast = lambda v: type(v) is not str or search(v) is not None  # noqa: E731

            def explain(v, path, out, fast=fast):
                if not fast(v):
                    bad_form(v, path, out)
            checks.append((fast, explain))
        if "format" in schema and schema["format"] in _FORMATS:
            ok = _FORMATS[schema["format"]]
            fast_f = lambda v: type(v) is not str or ok(v)  # noqa: E731

            def explain_f(v, path, out):
                if not fast_f(v) and (not checks or checks[0][0](v)):  # one message per value
                    bad_form(v, path, out)
            checks.append((fast_f, explain_f))
        elif "format" in schema:
            raise NotImplementedError(f"format {schema['format']!r}")
        lo, hi = schema.get("minLength"), schema.get("maxLength")
        if lo is not None or hi is not None:
            lo_n = lo or 0
            hi_n = hi if hi is not None else float("inf")
            fast_l = lambda v: type(v) is not str or lo_n <= len(v) <= hi_n  # noqa: E731

            def explain_l(v, path, out):
                if fast_l(v):
                    return
                if len(v) < lo_n:
                    out.append((path, msg("schema.empty") if lo_n == 1 else msg("schema.min_length", min=lo_n)))
                else:
                    out.append((path, msg("schema.max_length", length=len(v), max=hi)))
            checks.append((fast_l, explain_l))
        return checks

    def _number(self, schema: dict) -> list[tuple[Fast, Explain]]:
        lo, hi = schema.get("minimum"), schema.get("maximum")
        if lo is None and hi is None:
            return []
        lo_n = lo if lo is not None else float("-inf")
        hi_n = hi if hi is not None else float("inf")
        fast = lambda v: not _is_number(v) or lo_n <= v <= hi_n  # noqa: E731

        def explain(v, path, out):
            if fast(v):
                return
            out.append((path, msg("schema.minimum", min=lo) if v < lo_n else msg("schema.maximum", max=hi)))
        return [(fast, explain)]

    def _object(self, schema: dict) -> tuple[Fast, Explain]:
        props = {k: self.node(s, hint=k) for k, s in schema.get("properties", {}).items()}
        fasts = {k: f for k, (f, _) in props.items()}
        required = frozenset(schema.get("required", ()))
        closed = schema.get("additionalProperties", True) is False
        if schema.get("additionalProperties", False) not in (True, False):
            raise NotImplementedError("additionalProperties with a schema")
        allowed = frozenset(props)

        def fast(v):
            if type(v) is not dict:
                return True
            keys = v.keys()
            if required - keys or (closed and keys - allowed):
                return False
            for k, x in v.items():
                f = fasts.get(k)
                if f is not None and not f(x):
                    return False
            return True

        def explain(v, path, out):
            if type(v) is not dict:
                return
            for k in schema.get("required", ()):
                if k not in v:
                    out.append((_join(path, k), msg("schema.required")))
            for k, x in v.items():
                if k in props:
                    f, e = props[k]
                    if not f(x):
                        e(x, _join(path, k), out)
                elif closed:
                    out.append((_join(path, k), msg("schema.additional")))
        return fast, explain

    def _array(self, items: dict) -> tuple[Fast, Explain]:
        item_fast, item_explain = self.node(items)

        def fast(v):
            return type(v) is not list or all(map(item_fast, v))

        def explain(v, path, out):
            if type(v) is not list:
                return
            for i, x in enumerate(v):
                if not item_fast(x):
                    item_explain(x, f"{path}[{i}]", out)
        return fast, explain


def _all(checks: list[tuple[Fast, Explain]]) -> tuple[Fast, Explain]:
    if not checks:
        return (lambda v: True), (lambda v, p, o: None)
    if len(checks) == 1:
        return checks[0]
    fasts = [f for f, _ in checks]

    def fast(v):
        for f in fasts:
            if not f(v):
                return False
        return True

    def explain(v, path, out):
        # keywords about strings, numbers, objects and arrays pass values of other types, so a
        # value of the wrong type gets one message (from `type`), not one per keyword
        for f, e in checks:
            if not f(v):
                e(v, path, out)
    return fast, explain


class _CodeGen:
    """The `fast` check again, as generated Python source: one function per object and array
    schema, leaf checks inlined as expressions. Three times faster than the closures above, on
    the import path; the closures still give the messages, and the tests hold the two (and
    jsonschema) to the same verdicts."""

    def __init__(self, root: dict):
        self.root = root
        self.ns: dict[str, Any] = {"_M": object(), "_number": _is_number, "_date_ok": _date_ok,
                                   "_instant_ok": _instant_ok}
        self.source: list[str] = []
        self.by_ref: dict[str, str] = {}
        self.count = 0

    def _name(self, prefix: str, value: Any = None) -> str:
        self.count += 1
        name = f"_{prefix}{self.count}"
        if value is not None:
            self.ns[name] = value
        return name

    def build(self) -> Fast:
        top = self.expr(self.root, "doc")
        self.source.append(f"def _check(doc):\n    return {top}\n")
        exec("\n".join(self.source), self.ns)  # noqa: S102 - our own schema, compiled once
        return self.ns["_check"]

    def expr(self, schema: dict, x: str) -> str:
        parts: list[str] = []
        if "$ref" in schema:
            ref = schema["$ref"]
            target = self.root["$defs"][ref.rsplit("/", 1)[1]]
            if {"properties", "items"} & set(target):  # a function for the whole definition
                if ref not in self.by_ref:
                    self.by_ref[ref] = ""  # no recursion in this schema: refuse it rather than loop
                    name = self._name("d")
                    self.source.append(f"def {name}(x):\n    return {self.expr(target, 'x')}\n")
                    self.by_ref[ref] = name
                if not self.by_ref[ref]:
                    raise NotImplementedError("recursive $ref")
                parts.append(f"{self.by_ref[ref]}({x})")
            else:
                parts.append(self.expr(target, x))
        types = schema.get("type")
        names = [types] if isinstance(types, str) else list(types or [])
        is_str = names == ["string"]
        if names:
            tests = {"object": f"type({x}) is dict", "array": f"type({x}) is list", "string": f"type({x}) is str",
                     "number": f"_number({x})", "boolean": f"type({x}) is bool", "null": f"{x} is None",
                     "integer": f"(type({x}) is int or (type({x}) is float and {x}.is_integer()))"}
            parts.append("(" + " or ".join(tests[n] for n in names) + ")")
        for key in ("const", "enum"):
            if key in schema:
                values = [schema[key]] if key == "const" else schema[key]
                if all(type(v) is str for v in values):
                    parts.append(f"(type({x}) is str and {x} in {self._name('E', frozenset(values))})")
                else:
                    pairs = self._name("P", [(type(v), v) for v in values])
                    parts.append(f"((type({x}), {x}) in {pairs})")
        guard = "" if is_str else f"type({x}) is not str or "
        if "pattern" in schema:
            parts.append(f"({guard}{self._name('R', _searcher(schema['pattern']))}({x}) is not None)")
        if "format" in schema:
            check = {"date": "_date_ok", "date-time": "_instant_ok"}[schema["format"]]
            parts.append(f"({guard}{check}({x}))")
        if "minLength" in schema or "maxLength" in schema:
            lo, hi = schema.get("minLength", 0), schema.get("maxLength")
            bound = f"{lo} <= len({x})" + (f" <= {hi}" if hi is not None else "")
            parts.append(f"({guard}{bound})")
        if "minimum" in schema or "maximum" in schema:
            conds = []
            if "minimum" in schema:
                conds.append(f"{x} >= {schema['minimum']!r}")
            if "maximum" in schema:
                conds.append(f"{x} <= {schema['maximum']!r}")
            parts.append(f"(not _number({x}) or ({' and '.join(conds)}))")
        if {"properties", "required", "additionalProperties", "items"} & set(schema):
            parts.append(f"{self.function(schema)}({x})")
        return " and ".join(parts) if parts else "True"

    def function(self, schema: dict) -> str:
        name = self._name("f")
        lines = [f"def {name}(v):"]
        if "items" in schema:
            lines += ["    if type(v) is not list:", "        return True", "    for x in v:",
                      f"        if not ({self.expr(schema['items'], 'x')}):", "            return False"]
        if {"properties", "required", "additionalProperties"} & set(schema):
            lines += ["    if type(v) is not dict:", "        return True"]
            if schema.get("required"):
                lines.append(f"    if not v.keys() >= {self._name('Q', frozenset(schema['required']))}:")
                lines.append("        return False")
            if schema.get("additionalProperties") is False:
                lines.append(f"    if v.keys() - {self._name('A', frozenset(schema.get('properties', {})))}:")
                lines.append("        return False")
            for key, sub in schema.get("properties", {}).items():
                lines.append(f"    x = v.get({key!r}, _M)")
                lines.append(f"    if x is not _M and not ({self.expr(sub, 'x')}):")
                lines.append("        return False")
        lines.append("    return True\n")
        self.source.append("\n".join(lines))
        return name


class SchemaChecker:
    """`check(document) -> list[(path, Message)]`, empty when the document fits the schema."""

    def __init__(self, schema: dict):
        self.fast, self._explain = _Compiler(schema).node(schema)
        self.generated = _CodeGen(schema).build()

    def check(self, document: Any) -> list[Problem]:
        if self.generated(document):
            return []
        out: list[Problem] = []
        self._explain(document, "", out)
        if not out:  # the two compilations disagree: refuse rather than let it through
            out.append(("", msg("schema.pattern", value="?")))
        return out

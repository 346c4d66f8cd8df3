"""The `crec-desktop` command: arguments, then paths, logging, database, and the job or the window.

Start-up order (as in DESIGN.md): arguments → paths → logging → excepthook → database →
QApplication → translators → main window. Qt is imported only by the commands that need a
window (the window itself, `screenshot`), so the others start fast.

Exit status: 0 done; 2 bad input or a refused operation (a message on stderr, in the user's
language, nothing half-written); 1 an unexpected fault (a short message on stderr, the details
in the log file).
"""
from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Callable, Sequence

from crec_desktop import __version__, config
from crec_desktop.domain.clock import Clock
from crec_desktop.domain.messages import UserError, define, tr

log = logging.getLogger("crec_desktop")

define({
    "cli.description": ("Planification du temps des spécialistes du CREC. Sans commande : ouvre la fenêtre.",
                        "Planning the time of CREC's specialists. Without a command: opens the window."),
    "cli.opt.db": ("adresse SQLAlchemy de la base de données (défaut : $CREC_DATABASE_URL, sinon un fichier SQLite)",
                   "SQLAlchemy database URL (default: $CREC_DATABASE_URL, else an SQLite file)"),
    "cli.opt.lang": ("langue de l'interface et des messages (fr ou en)", "language of the interface and messages (fr or en)"),
    "cli.opt.version": ("affiche la version et quitte", "prints the version and exits"),
    "cli.commands": ("commandes", "commands"),
    "cli.fault": ("erreur inattendue : {error}\nLes détails sont dans le journal : {log}",
                  "unexpected error: {error}\nThe details are in the log: {log}"),
    "cli.interrupted": ("interrompu", "interrupted"),
})

# argparse's own words (usage, errors, the -h line), keyed by argparse's English text.
ARGPARSE_WORDS = define({
    "usage: ": ("utilisation : ", "usage: "),
    "options": ("options", "options"),
    "positional arguments": ("arguments positionnels", "positional arguments"),
    "show this help message and exit": ("affiche cette aide et quitte", "show this help message and exit"),
    "%(prog)s: error: %(message)s\n": ("%(prog)s : erreur : %(message)s\n", "%(prog)s: error: %(message)s\n"),
    "argument %(argument_name)s: %(message)s": ("argument %(argument_name)s : %(message)s",
                                                "argument %(argument_name)s: %(message)s"),
    "the following arguments are required: %s": ("les arguments suivants sont obligatoires : %s",
                                                  "the following arguments are required: %s"),
    "invalid choice: %(value)r (choose from %(choices)s)": ("choix invalide : %(value)r (choisir parmi %(choices)s)",
                                                            "invalid choice: %(value)r (choose from %(choices)s)"),
    "invalid %(type)s value: %(value)r": ("valeur %(type)s invalide : %(value)r", "invalid %(type)s value: %(value)r"),
    "expected one argument": ("un argument est attendu", "expected one argument"),
    "unrecognized arguments: %s": ("arguments non reconnus : %s", "unrecognized arguments: %s"),
    "ambiguous option: %(option)s could match %(matches)s": ("option ambiguë : %(option)s peut désigner %(matches)s",
                                                             "ambiguous option: %(option)s could match %(matches)s"),
})


def _speak_argparse(lang: str) -> None:
    """Make argparse's gettext hook answer from the catalogue (other texts stay as they are)."""
    argparse._ = lambda text: tr(text, lang) if text in ARGPARSE_WORDS else text  # type: ignore[attr-defined]


class Context:
    """What every command receives: the language, the paths, the clock and a way to open the
    database (which carries the clock to every service)."""

    def __init__(self, args: argparse.Namespace, paths: config.Paths, clock: Clock | None = None):
        self.args = args
        self.lang: str = args.lang
        self.paths = paths
        self.clock = clock or Clock()
        self.url = config.database_url(args.db, paths)
        self._db = None

    def open_db(self, *, upgrade: bool = True):
        """The database, created or upgraded as start-up does (see store.migrate.ensure_current)."""
        if self._db is None:
            from crec_desktop.store.session import open_database  # noqa: PLC0415 - lazy
            self._db = open_database(self.url, self.paths, upgrade=upgrade, clock=self.clock)
        return self._db

    def close(self) -> None:
        if self._db is not None:
            self._db.dispose()
            self._db = None


# Each command: name -> (module, function). The module is imported only when it runs; its
# `add_arguments(parser, lang)`-style registration lives in crec_desktop.commands.
def build_parser(lang: str) -> argparse.ArgumentParser:
    from crec_desktop import commands  # noqa: PLC0415 - parser construction only

    _speak_argparse(lang)
    parser = argparse.ArgumentParser(prog="crec-desktop", description=tr("cli.description", lang))
    parser.add_argument("--db", metavar="URL", help=tr("cli.opt.db", lang))
    parser.add_argument("--lang", choices=config.LANGUAGES, default=None, help=tr("cli.opt.lang", lang))
    parser.add_argument("--version", action="version", version=f"crec-desktop {__version__}",
                        help=tr("cli.opt.version", lang))
    sub = parser.add_subparsers(dest="command", title=tr("cli.commands", lang), metavar="COMMAND")
    commands.register(sub, lang)
    return parser


def _pre_language(argv: Sequence[str]) -> str:
    """--lang read before the parser is built, so that --help speaks the right language."""
    value = None
    for i, arg in enumerate(argv):
        if arg == "--lang" and i + 1 < len(argv):
            value = argv[i + 1]
        elif arg.startswith("--lang="):
            value = arg.split("=", 1)[1]
    return config.language(value)


def main(argv: Sequence[str] | None = None, *, clock: Clock | None = None) -> int:
    """Run crec-desktop with argv; `clock` (tests) is the time it reads, default the system's."""
    argv = list(sys.argv[1:] if argv is None else argv)
    lang = _pre_language(argv)
    args = build_parser(lang).parse_args(argv)
    args.lang = config.language(args.lang)
    paths = config.Paths.default()
    from crec_desktop.logsetup import setup_logging  # noqa: PLC0415

    setup_logging(paths)
    ctx = Context(args, paths, clock)
    handler: Callable[[Context], int] | None = getattr(args, "handler", None)
    try:
        if handler is None:
            from crec_desktop.app import run_window  # noqa: PLC0415 - Qt only for the window

            return run_window(ctx)
        return handler(ctx) or 0
    except UserError as exc:
        log.info("refused: %s", exc.text("en"))
        print(exc.text(ctx.lang), file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print(tr("cli.interrupted", ctx.lang), file=sys.stderr)
        return 1
    except Exception as exc:  # noqa: BLE001 - the last line of defence: log it, say it briefly
        log.exception("unexpected fault in %s", args.command or "window")
        print(tr("cli.fault", ctx.lang, error=f"{type(exc).__name__}: {exc}", log=paths.log_file), file=sys.stderr)
        return 1
    finally:
        ctx.close()


if __name__ == "__main__":
    sys.exit(main())

"""The commands of `crec-desktop` (see CLI.md): their arguments and what each one does.

Each handler takes the cli.Context and returns the exit status; refusals raise UserError
(exit 2). Heavy modules are imported inside the handlers, so `--help` and `--version` stay fast.
"""
from __future__ import annotations

import argparse
import datetime as dt
import pathlib
import sys

from crec_desktop.domain.messages import UserError, define, msg, tr
from crec_desktop.files import write_bytes_atomically

define({
    "cmd.demo": ("remplit une base vide avec l'organisation de démonstration", "fills an empty database with the demo organisation"),
    "cmd.demo.years": ("années de réservations (défaut 1)", "years of bookings (default 1)"),
    "cmd.demo.force": ("remplace le contenu d'une base non vide", "replaces the content of a non-empty database"),
    "cmd.demo.if_empty": ("ne fait rien si la base contient déjà des données", "does nothing if the database already holds data"),
    "cmd.demo.done": ("Données de démonstration chargées : {specialists} spécialistes, {members} membres, "
                      "{engagements} mandats, {bookings} réservations.",
                      "Demo data loaded: {specialists} specialists, {members} members, {engagements} engagements, "
                      "{bookings} bookings."),
    "cmd.demo.no_login": ("ne donne pas votre nom d'utilisateur à l'administratrice de la démonstration",
                          "does not give your login to the demo's administrator"),
    "cmd.demo.you": ("Vous êtes {name} (administration) dans la démonstration : votre nom d'utilisateur « {login} » "
                     "lui est attribué.",
                     "You are {name} (administration) in the demo: she now has your login \"{login}\"."),
    "cmd.demo.skipped": ("La base contient déjà des données ; rien n'a été changé.",
                         "The database already holds data; nothing was changed."),
    "cmd.import": ("charge un fichier d'échange, tout ou rien", "loads an interchange file, all or nothing"),
    "cmd.import.done": ("Importé : {added} ajouts, {updated} mises à jour.", "Imported: {added} added, {updated} updated."),
    "cmd.export": ("écrit tous les enregistrements dans un fichier d'échange", "writes every record to an interchange file"),
    "cmd.export.done": ("Exporté dans {path}.", "Exported to {path}."),
    "cmd.file": ("fichier", "file"),
    "cmd.output": ("fichier de sortie", "output file"),
    "cmd.backup": ("copie cohérente de la base pendant que d'autres travaillent",
                   "a consistent copy of the database while others keep working"),
    "cmd.backup.done": ("Copie de sauvegarde : {path}", "Backup copy: {path}"),
    "cmd.db": ("entretien de la base de données", "database maintenance"),
    "cmd.db.upgrade": ("met le schéma de la base à jour pour cette version", "brings the database schema to this version's"),
    "cmd.db.copied": ("Copie de l'ancienne base : {path}", "Copy of the old database: {path}"),
    "cmd.db.upgraded": ("Schéma à jour ({head}).", "Schema up to date ({head})."),
    "cmd.screenshot": ("enregistre l'image de la fenêtre principale, sans écran", "renders the main window to a PNG, without a screen"),
    "cmd.screenshot.date": ("date affichée (AAAA-MM-JJ, défaut aujourd'hui)", "date shown (YYYY-MM-DD, default today)"),
    "cmd.screenshot.view": ("vue : semaine ou mois", "view: week or month"),
    "cmd.screenshot.size": ("taille LxH en pixels (défaut 1600x900)", "size WxH in pixels (default 1600x900)"),
    "cmd.bad_date": ("date invalide : {value} (format AAAA-MM-JJ)", "invalid date: {value} (format YYYY-MM-DD)"),
    "cmd.bad_size": ("taille invalide : {value} (format LxH, par exemple 1600x900)",
                     "invalid size: {value} (format WxH, for example 1600x900)"),
    "cmd.letter": ("écrit la lettre d'entente (PDF) du mandat NUMÉRO", "writes the engagement letter (PDF) of engagement NUMBER"),
    "cmd.letter.number": ("numéro du mandat", "engagement number"),
    "cmd.letter.lang": ("langue de la lettre (défaut : celle du mandat)", "language of the letter (default: the engagement's)"),
    "cmd.letter.done": ("Lettre du mandat {number}, version {version}{issued}, écrite dans {path}.",
                        "Letter of engagement {number}, version {version}{issued}, written to {path}."),
    "cmd.letter.issued": (" (émise)", " (issued)"),
    "cmd.letter.not_issued": (" (non émise)", " (not issued)"),
    "cmd.agenda": ("liste les réservations d'une période (répétitions comprises), conflits signalés",
                   "lists the bookings of a period (repetitions included), conflicts flagged"),
    "cmd.agenda.from": ("premier jour (AAAA-MM-JJ)", "first day (YYYY-MM-DD)"),
    "cmd.agenda.to": ("dernier jour, inclus (AAAA-MM-JJ)", "last day, included (YYYY-MM-DD)"),
    "cmd.agenda.specialist": ("seulement ce spécialiste (sa clé)", "only this specialist (their key)"),
    "cmd.agenda.json": ("écrit un tableau JSON pour les scripts", "prints a JSON array for scripts"),
    "cmd.agenda.bad_range": ("la période se termine avant de commencer : du {first} au {last}",
                             "the period ends before it starts: from {first} to {last}"),
})


define({
    "cmd.report": ("heures par spécialiste, par membre et par mandat d'une période (XLSX ou CSV)",
                   "hours by specialist, member and engagement over a period (XLSX or CSV)"),
    "cmd.report.description": (
        "Écrit les heures de la période : par spécialiste (heures attendues, confirmées, provisoires, taux "
        "d'utilisation), par membre (heures, banque d'heures de l'exercice, report), spécialiste × membre (heures et "
        "parts) et par mandat (budget, prévues, réalisées, restantes). FILE.xlsx : une feuille par vue. FILE.csv : un "
        "seul fichier UTF-8 (avec BOM) où les vues se suivent en sections (nom de la vue, note, en-têtes, lignes, "
        "total, ligne vide) ; en français « ; » entre les champs et la virgule décimale, en anglais « , » et le point ; "
        "les pourcentages en nombres de pour cent.",
        "Writes the hours of the period: by specialist (expected, confirmed, tentative hours, utilisation), by member "
        "(hours, the fiscal year's hour bank, carry-over), specialist × member (hours and shares) and by engagement "
        "(budget, planned, done, left). FILE.xlsx: one sheet per view. FILE.csv: one UTF-8 file (with a BOM) where the "
        "views follow one another as sections (view name, note, headers, rows, total, empty line); in French \";\" "
        "between fields and a decimal comma, in English \",\" and a decimal point; percentages as numbers of percent."),
    "cmd.report.output": ("fichier à écrire : .xlsx ou .csv", "file to write: .xlsx or .csv"),
    "cmd.report.lang": ("langue des en-têtes et des nombres (défaut : celle des messages)",
                        "language of the headers and numbers (default: the messages')"),
    "cmd.report.done": ("Rapport du {first} au {last} écrit dans {path}.", "Report from {first} to {last} written to {path}."),
    "cmd.ics": ("écrit l'agenda du spécialiste CLÉ au format iCalendar (Outlook, etc.)",
                "writes the calendar of specialist KEY as iCalendar (Outlook, etc.)"),
    "cmd.ics.key": ("clé du spécialiste", "the specialist's key"),
    "cmd.ics.no_holidays": ("sans les jours fériés ni les fermetures", "without statutory holidays and closures"),
    "cmd.ics.lang": ("langue des titres des événements (défaut : celle des messages)",
                     "language of the event titles (default: the messages')"),
    "cmd.ics.done": ("Agenda de {specialist} écrit dans {path}.", "Calendar of {specialist} written to {path}."),
    "cmd.suggest": ("propose qui pourrait faire un travail pour un membre, et quand",
                    "proposes who could do a piece of work for a member, and when"),
    "cmd.suggest.description": (
        "Classe les spécialistes actifs du domaine selon un score sur 100 (temps libre pour finir dans la période, "
        "charge dans la période et les trois mois précédents, travail déjà fait pour ce membre, responsable d'un mandat "
        "de ce membre, domaine principal), avec les raisons et des créneaux (demi-journées libres de réservations "
        "confirmées, d'absences, de jours fériés et de fermetures). Si personne ne convient : un message, ou [] avec "
        "--json, et le code de sortie 0. Code 2 : membre ou domaine inconnu, heures invalides, période invalide.",
        "Ranks the domain's active specialists by a score out of 100 (free time to finish within the period, load in "
        "the period and the three months before, work already done for this member, lead of an engagement of this "
        "member, main domain), with the reasons and slots (half-days free of confirmed bookings, absences, holidays "
        "and closures). If nobody fits: a message, or [] with --json, and exit status 0. Status 2: unknown member or "
        "domain, invalid hours, invalid period."),
    "cmd.suggest.member": ("clé du membre", "the member's key"),
    "cmd.suggest.domain": ("code du domaine d'expertise (hr, government, law, ohs, marketing, finance, events…)",
                           "code of the domain of expertise (hr, government, law, ohs, marketing, finance, events…)"),
    "cmd.suggest.hours": ("heures de travail à faire (par exemple 10 ou 3,5)", "hours of work to do (for example 10 or 3.5)"),
    "cmd.suggest.json": ("écrit un tableau JSON pour les scripts", "prints a JSON array for scripts"),
})


def parse_date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise UserError(msg("cmd.bad_date", value=value)) from None


def parse_size(value: str) -> tuple[int, int]:
    try:
        w, h = (int(v) for v in value.lower().split("x"))
        if not (100 <= w <= 8000 and 100 <= h <= 8000):
            raise ValueError
        return w, h
    except ValueError:
        raise UserError(msg("cmd.bad_size", value=value)) from None


# --- handlers ---------------------------------------------------------------------------------

def run_demo(ctx) -> int:
    from crec_desktop.store import demo  # noqa: PLC0415

    db = ctx.open_db()
    if ctx.args.if_empty and not demo.is_empty(db):
        print(tr("cmd.demo.skipped", ctx.lang))
        return 0
    login = None if ctx.args.no_login else current_login()
    counts = demo.load_demo(db, years=ctx.args.years, force=ctx.args.force, admin_login=login)
    print(tr("cmd.demo.done", ctx.lang, **counts))
    name, admin_login = demo.admin_of(db)
    if login and admin_login == login:
        print(tr("cmd.demo.you", ctx.lang, name=name, login=login))
    return 0


def run_import(ctx) -> int:
    from crec_desktop.services import datafiles  # noqa: PLC0415
    from crec_desktop.services.users import CurrentUser  # noqa: PLC0415

    user = CurrentUser.system(current_login())
    summary = datafiles.import_file(ctx.open_db(), user, pathlib.Path(ctx.args.file), lang=ctx.lang)
    print(tr("cmd.import.done", ctx.lang, added=summary.added, updated=summary.updated))
    return 0


def run_export(ctx) -> int:
    from crec_desktop.services import datafiles  # noqa: PLC0415

    path = pathlib.Path(ctx.args.file)
    datafiles.export_file(ctx.open_db(), path)
    print(tr("cmd.export.done", ctx.lang, path=path), file=sys.stderr)
    return 0


def run_backup(ctx) -> int:
    from crec_desktop.services import datafiles  # noqa: PLC0415

    path = datafiles.backup_copy(ctx.open_db(), pathlib.Path(ctx.args.output))
    print(tr("cmd.backup.done", ctx.lang, path=path))
    return 0


def run_db_upgrade(ctx) -> int:
    from crec_desktop.store import migrate  # noqa: PLC0415

    db = ctx.open_db(upgrade=False)
    if db.is_sqlite and migrate.state(db) == "older":  # as on start-up: the old file is kept aside
        copy = migrate.backup_sqlite(db, ctx.paths.backup_dir, reason="before-upgrade")
        print(tr("cmd.db.copied", ctx.lang, path=copy))
    migrate.upgrade(db)
    print(tr("cmd.db.upgraded", ctx.lang, head=migrate.head_revision()))
    return 0


def run_screenshot(ctx) -> int:
    from crec_desktop.app import run_screenshot as shoot  # noqa: PLC0415 - Qt only here

    args = ctx.args
    day = parse_date(args.date) if args.date else ctx.clock.today()
    return shoot(ctx, day, args.view, parse_size(args.size), pathlib.Path(args.output))


def run_letter(ctx) -> int:
    from crec_desktop.services import letters  # noqa: PLC0415

    path = pathlib.Path(ctx.args.output)
    letter = letters.prepare_letter(ctx.open_db(), ctx.args.number, lang=ctx.args.letter_lang)
    write_bytes_atomically(path, letter.pdf)
    issued = tr("cmd.letter.issued" if letter.issued else "cmd.letter.not_issued", ctx.lang)
    print(tr("cmd.letter.done", ctx.lang, number=ctx.args.number, version=letter.version, issued=issued, path=path),
          file=sys.stderr)
    return 0


def run_agenda(ctx) -> int:
    from crec_desktop.domain.rules import LocalDate  # noqa: PLC0415
    from crec_desktop.services import agenda, agenda_listing  # noqa: PLC0415

    first, last = parse_date(ctx.args.date_from), parse_date(ctx.args.date_to)
    if last < first:
        raise UserError(msg("cmd.agenda.bad_range", first=LocalDate("d", {"date": first}),
                            last=LocalDate("d", {"date": last})))
    db = ctx.open_db()
    ids = None
    if ctx.args.specialist:
        found = agenda.specialist_id_for_key(db, ctx.args.specialist)
        if found is None:
            raise UserError(msg("rules.unknown_specialist", value=ctx.args.specialist))
        ids = [found]
    items = agenda.agenda(db, first, last, ids)
    if ctx.args.json:
        print(agenda_listing.listing_json(items))
    else:
        print(agenda_listing.listing_text(items, first, last, ctx.lang))
    return 0


def _period(ctx) -> tuple[dt.date, dt.date]:
    from crec_desktop.domain.rules import LocalDate  # noqa: PLC0415

    first, last = parse_date(ctx.args.date_from), parse_date(ctx.args.date_to)
    if last < first:
        raise UserError(msg("cmd.agenda.bad_range", first=LocalDate("d", {"date": first}),
                            last=LocalDate("d", {"date": last})))
    return first, last


def run_report(ctx) -> int:
    from crec_desktop.domain.formatting import format_date  # noqa: PLC0415
    from crec_desktop.services import report_files, reports  # noqa: PLC0415

    first, last = _period(ctx)
    path = pathlib.Path(ctx.args.output)
    report_files.file_format(path)
    reports.check_range(first, last)
    lang = ctx.args.output_lang or ctx.lang
    report = reports.hours_report(ctx.open_db(), first, last)
    write_bytes_atomically(path, report_files.report_bytes(report, path, lang))
    print(tr("cmd.report.done", ctx.lang, first=format_date(first, ctx.lang), last=format_date(last, ctx.lang),
             path=path), file=sys.stderr)
    return 0


def run_ics(ctx) -> int:
    from crec_desktop.services import calendar_feed  # noqa: PLC0415

    path = pathlib.Path(ctx.args.output)
    data = calendar_feed.specialist_calendar(ctx.open_db(), ctx.args.key, lang=ctx.args.output_lang or ctx.lang,
                                             holidays=not ctx.args.no_holidays)
    write_bytes_atomically(path, data)
    print(tr("cmd.ics.done", ctx.lang, specialist=ctx.args.key, path=path), file=sys.stderr)
    return 0


def run_suggest(ctx) -> int:
    from decimal import Decimal, InvalidOperation  # noqa: PLC0415

    from crec_desktop.services import suggestion_listing, suggestions  # noqa: PLC0415

    try:
        hours = Decimal(ctx.args.hours.strip().replace(",", "."))
    except InvalidOperation:
        raise UserError(msg("suggest.bad_hours", value=ctx.args.hours, max=suggestions.MAX_HOURS)) from None
    if not hours.is_finite() or hours <= 0 or hours > suggestions.MAX_HOURS:
        raise UserError(msg("suggest.bad_hours", value=ctx.args.hours, max=suggestions.MAX_HOURS))
    first, last = _period(ctx)
    result = suggestions.suggest(ctx.open_db(), ctx.args.member, ctx.args.domain, hours, first, last)
    if ctx.args.json:
        print(suggestion_listing.listing_json(result, ctx.lang))
    else:
        print(suggestion_listing.listing_text(result, ctx.lang))
    return 0


def current_login() -> str:
    """Who runs the command: $CREC_LOGIN if set, else the OS login (see services.users)."""
    from crec_desktop.services.users import os_login  # noqa: PLC0415

    return os_login()


# --- registration -----------------------------------------------------------------------------

def register(sub: argparse._SubParsersAction, lang: str) -> None:
    t = lambda key: tr(key, lang)  # noqa: E731

    p = sub.add_parser("demo", help=t("cmd.demo"), description=t("cmd.demo"))
    p.add_argument("--years", type=int, default=1, choices=range(1, 11), metavar="N", help=t("cmd.demo.years"))
    p.add_argument("--force", action="store_true", help=t("cmd.demo.force"))
    p.add_argument("--if-empty", action="store_true", help=t("cmd.demo.if_empty"))
    p.add_argument("--no-login", action="store_true", help=t("cmd.demo.no_login"))
    p.set_defaults(handler=run_demo)

    p = sub.add_parser("import", help=t("cmd.import"), description=t("cmd.import"))
    p.add_argument("file", metavar="FILE", help=t("cmd.file"))
    p.set_defaults(handler=run_import)

    p = sub.add_parser("export", help=t("cmd.export"), description=t("cmd.export"))
    p.add_argument("file", metavar="FILE", help=t("cmd.output"))
    p.set_defaults(handler=run_export)

    p = sub.add_parser("backup", help=t("cmd.backup"), description=t("cmd.backup"))
    p.add_argument("-o", "--output", required=True, metavar="FILE", help=t("cmd.output"))
    p.set_defaults(handler=run_backup)

    p = sub.add_parser("db", help=t("cmd.db"), description=t("cmd.db"))
    dbsub = p.add_subparsers(dest="db_command", required=True, metavar="upgrade")
    up = dbsub.add_parser("upgrade", help=t("cmd.db.upgrade"), description=t("cmd.db.upgrade"))
    up.set_defaults(handler=run_db_upgrade)

    p = sub.add_parser("letter", help=t("cmd.letter"), description=t("cmd.letter"))
    p.add_argument("number", metavar="NUMBER", help=t("cmd.letter.number"))
    p.add_argument("-o", "--output", required=True, metavar="FILE.pdf", help=t("cmd.output"))
    # Its own dest: the global --lang (messages) keeps its value when this one is not given.
    p.add_argument("--lang", dest="letter_lang", choices=("fr", "en"), default=None, help=t("cmd.letter.lang"))
    p.set_defaults(handler=run_letter)

    p = sub.add_parser("agenda", help=t("cmd.agenda"), description=t("cmd.agenda"))
    p.add_argument("--from", dest="date_from", required=True, metavar="DATE", help=t("cmd.agenda.from"))
    p.add_argument("--to", dest="date_to", required=True, metavar="DATE", help=t("cmd.agenda.to"))
    p.add_argument("--specialist", metavar="KEY", default=None, help=t("cmd.agenda.specialist"))
    p.add_argument("--json", action="store_true", help=t("cmd.agenda.json"))
    p.set_defaults(handler=run_agenda)

    p = sub.add_parser("report", help=t("cmd.report"), description=t("cmd.report.description"))
    p.add_argument("--from", dest="date_from", required=True, metavar="DATE", help=t("cmd.agenda.from"))
    p.add_argument("--to", dest="date_to", required=True, metavar="DATE", help=t("cmd.agenda.to"))
    p.add_argument("-o", "--output", required=True, metavar="FILE.xlsx|FILE.csv", help=t("cmd.report.output"))
    p.add_argument("--lang", dest="output_lang", choices=("fr", "en"), default=None, help=t("cmd.report.lang"))
    p.set_defaults(handler=run_report)

    p = sub.add_parser("ics", help=t("cmd.ics"), description=t("cmd.ics"))
    p.add_argument("key", metavar="KEY", help=t("cmd.ics.key"))
    p.add_argument("-o", "--output", required=True, metavar="FILE.ics", help=t("cmd.output"))
    p.add_argument("--no-holidays", action="store_true", help=t("cmd.ics.no_holidays"))
    p.add_argument("--lang", dest="output_lang", choices=("fr", "en"), default=None, help=t("cmd.ics.lang"))
    p.set_defaults(handler=run_ics)

    p = sub.add_parser("suggest", help=t("cmd.suggest"), description=t("cmd.suggest.description"))
    p.add_argument("--member", required=True, metavar="KEY", help=t("cmd.suggest.member"))
    p.add_argument("--domain", required=True, metavar="CODE", help=t("cmd.suggest.domain"))
    p.add_argument("--hours", required=True, metavar="H", help=t("cmd.suggest.hours"))
    p.add_argument("--from", dest="date_from", required=True, metavar="DATE", help=t("cmd.agenda.from"))
    p.add_argument("--to", dest="date_to", required=True, metavar="DATE", help=t("cmd.agenda.to"))
    p.add_argument("--json", action="store_true", help=t("cmd.suggest.json"))
    p.set_defaults(handler=run_suggest)

    p = sub.add_parser("screenshot", help=t("cmd.screenshot"), description=t("cmd.screenshot"))
    p.add_argument("-o", "--output", required=True, metavar="FILE.png", help=t("cmd.output"))
    p.add_argument("--date", type=str, default=None, metavar="DATE", help=t("cmd.screenshot.date"))
    p.add_argument("--view", choices=("week", "month"), default="week", help=t("cmd.screenshot.view"))
    p.add_argument("--size", type=str, default="1600x900", metavar="WxH", help=t("cmd.screenshot.size"))
    p.set_defaults(handler=run_screenshot)

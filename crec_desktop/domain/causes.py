"""Why something failed, in the user's words: the operating system's and the JSON parser's
causes as catalogue messages, so that no English fragment from the system ends up in a French
sentence.

    raise UserError(msg("files.cannot_write", path=str(path), reason=os_cause(exc)))
    raise UserError(msg("import.bad_json", path=..., line=exc.lineno, column=exc.colno,
                        reason=json_cause(exc)))

`reason` is then a Message itself, rendered in the same language as the sentence around it.
"""
from __future__ import annotations

import errno
import json

from crec_desktop.domain.messages import Message, define, msg

define({
    "cause.not_found": ("le fichier ou le dossier n'existe pas", "the file or folder does not exist"),
    "cause.denied": ("permission refusée", "permission denied"),
    "cause.disk_full": ("le disque est plein", "the disk is full"),
    "cause.quota": ("le quota d'espace disque est dépassé", "the disk quota is exceeded"),
    "cause.read_only": ("le disque ou le dossier est en lecture seule", "the disk or folder is read-only"),
    "cause.is_folder": ("c'est un dossier, pas un fichier", "it is a folder, not a file"),
    "cause.not_folder": ("une partie du chemin n'est pas un dossier", "part of the path is not a folder"),
    "cause.exists": ("le fichier existe déjà", "the file already exists"),
    "cause.busy": ("le fichier est utilisé par un autre programme", "the file is in use by another program"),
    "cause.name_too_long": ("le nom du fichier est trop long", "the file name is too long"),
    "cause.io": ("erreur de lecture ou d'écriture sur le disque", "read or write error on the disk"),
    "cause.too_many_files": ("trop de fichiers ouverts", "too many open files"),
    "cause.system": ("erreur du système (code {code})", "system error (code {code})"),
    "cause.unknown": ("erreur inconnue", "unknown error"),
    "cause.locked": ("la base de données est verrouillée par un autre poste ; réessayez dans un moment",
                     "the database is locked by another workstation; try again in a moment"),
    # the JSON parser's causes (json.JSONDecodeError.msg)
    "cause.json.value": ("une valeur est attendue", "a value is expected"),
    "cause.json.delimiter": ("une virgule ou un crochet fermant est attendu",
                             "a comma or a closing bracket is expected"),
    "cause.json.name": ("un nom de propriété entre guillemets est attendu",
                        "a property name in double quotes is expected"),
    "cause.json.colon": ("un deux-points est attendu", "a colon is expected"),
    "cause.json.string": ("une chaîne de caractères n'est pas terminée", "a string is not terminated"),
    "cause.json.control": ("un caractère de contrôle est interdit dans une chaîne",
                           "a control character is not allowed in a string"),
    "cause.json.escape": ("une séquence d'échappement est invalide", "an escape sequence is invalid"),
    "cause.json.extra": ("du texte suit la fin du document", "text follows the end of the document"),
    "cause.json.other": ("syntaxe JSON invalide", "invalid JSON syntax"),
})

_ERRNO = {
    errno.ENOENT: "cause.not_found",
    errno.EACCES: "cause.denied",
    errno.EPERM: "cause.denied",
    errno.ENOSPC: "cause.disk_full",
    errno.EDQUOT: "cause.quota",
    errno.EROFS: "cause.read_only",
    errno.EISDIR: "cause.is_folder",
    errno.ENOTDIR: "cause.not_folder",
    errno.EEXIST: "cause.exists",
    errno.EBUSY: "cause.busy",
    errno.ETXTBSY: "cause.busy",
    errno.ENAMETOOLONG: "cause.name_too_long",
    errno.EIO: "cause.io",
    errno.EMFILE: "cause.too_many_files",
    errno.ENFILE: "cause.too_many_files",
}

# json.JSONDecodeError.msg starts with one of these (CPython's json.decoder and _json).
_JSON = (
    ("Expecting value", "cause.json.value"),
    ("Expecting ',' delimiter", "cause.json.delimiter"),
    ("Expecting property name", "cause.json.name"),
    ("Expecting ':' delimiter", "cause.json.colon"),
    ("Unterminated string", "cause.json.string"),
    ("Invalid control character", "cause.json.control"),
    ("Invalid \\escape", "cause.json.escape"),
    ("Invalid \\uXXXX escape", "cause.json.escape"),
    ("Extra data", "cause.json.extra"),
)


def os_cause(exc: BaseException) -> Message:
    """The cause of an OSError (or anything carrying an errno), in words."""
    number = getattr(exc, "errno", None)
    if isinstance(number, int):
        key = _ERRNO.get(number)
        return msg(key) if key else msg("cause.system", code=number)
    return msg("cause.unknown")


def json_cause(exc: json.JSONDecodeError) -> Message:
    """What the JSON parser found wrong, in words (the line and column are the caller's)."""
    for prefix, key in _JSON:
        if exc.msg.startswith(prefix):
            return msg(key)
    return msg("cause.json.other")

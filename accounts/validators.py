"""What a display name may hold.

A name is shown on pages, in the API, in emails (the To header) and in reviewers'
tools. It is one line of text: no control characters (a line break in a name made
every email to its owner fail, P072), no bidirectional overrides (text that reads
differently from how it is stored), no leading or trailing spaces, at most
``NAME_MAX`` characters. The profile form, the model's validation and the import
all ask ``display_name_problem``; ``safe_display`` shows a name stored before these
rules as one clean line.
"""

from __future__ import annotations

import unicodedata

from django.core.exceptions import ValidationError

NAME_MAX = 200
# Embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069): they reorder
# what is shown. Joiners and the plain direction marks stay allowed (names need them).
_BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
# Control characters, line and paragraph separators, lone surrogates.
_REFUSED_CATEGORIES = frozenset({"Cc", "Zl", "Zp", "Cs"})


def _refused(char: str) -> bool:
    return char in _BIDI_CONTROLS or unicodedata.category(char) in _REFUSED_CATEGORIES


def _describe(char: str) -> str:
    if char in "\r\n\u2028\u2029\x85":
        return "a line break"
    if char == "\t":
        return "a tab"
    return f"an invisible control character (U+{ord(char):04X})"


def display_name_problem(value: str, *, max_length: int = NAME_MAX, what: str = "A name") -> str:
    """Why ``value`` cannot be a display name, or "" if it can (as given: trim first).
    The same rule holds for any one-line text shown to people (an organisation's
    name, a contract's title): ``what`` names it in the message."""
    if value != value.strip():
        return f"{what} cannot start or end with spaces."
    if len(value) > max_length:
        return f"{what} can be at most {max_length} characters long."
    if value.isprintable():  # no control, format or separator character: none refused
        return ""
    for char in value:
        if _refused(char):
            return f"{what} cannot contain {_describe(char)}."
    return ""


def validate_display_name(value: str) -> None:
    if problem := display_name_problem(value):
        raise ValidationError(problem, code="display_name")


def safe_display(value: str) -> str:
    """A stored name as one clean line, whatever it holds: refused characters become
    spaces, runs of white space one space."""
    return " ".join("".join(" " if _refused(c) else c for c in value).split())

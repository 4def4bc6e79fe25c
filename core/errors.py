"""The one base for errors a service raises on purpose: a sentence a person can
read and a stable code a program can branch on."""

from __future__ import annotations


class DomainError(Exception):
    """A business operation refused. ``message`` is for people, ``code`` for programs
    (``core.api.exception_handler`` turns the code into an HTTP status)."""

    def __init__(self, message: str, code: str = "invalid"):
        super().__init__(message)
        self.message = message
        self.code = code

    def __str__(self) -> str:
        return self.message

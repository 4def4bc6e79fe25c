"""A very small, safe markup for help articles and announcements.

What an editor can write:

* ``**strong**``, ``*emphasis*`` or ``_emphasis_``
* ``[link text](https://example.com/page)``, ``mailto:`` links and site paths (``/help/…``)
* in article bodies only: ``## Heading``, ``### Subheading``, ``- bullet`` items,
  ``1. numbered`` items, and paragraphs separated by a blank line.

A few inline HTML tags (``<a href>``, ``<em>``, ``<strong>``) are accepted too;
everything else is escaped or dropped. Whatever the input, the output goes through
nh3 (the ammonia sanitiser) with a short allow-list as the last step, so a mistake
in the small parser here cannot let a script or an event handler through.

Pure functions: text in, HTML out; no database, no settings.
"""

from __future__ import annotations

import re

import nh3
from django.utils.safestring import SafeString, mark_safe

INLINE_TAGS = {"a", "em", "strong"}
BLOCK_TAGS = INLINE_TAGS | {"p", "h2", "h3", "ul", "ol", "li"}
ATTRIBUTES = {"a": {"href", "title"}}
URL_SCHEMES = {"http", "https", "mailto"}
LINK_REL = "noopener noreferrer nofollow"

_LINK = re.compile(r"\[([^\[\]\n]+)\]\(([^()\s\"'<>]+)\)")
_STRONG = re.compile(r"\*\*(?=\S)(.+?)(?<=\S)\*\*")
_EM_STAR = re.compile(r"(?<![\w*])\*(?=[^\s*])(.+?)(?<=[^\s*])\*(?![\w*])")
_EM_UNDERSCORE = re.compile(r"(?<!\w)_(?=\S)(.+?)(?<=\S)_(?!\w)")
_HEADING = re.compile(r"^(#{2,3})\s+(.+)$")
_BULLET = re.compile(r"^[-*]\s+(.+)$")
_NUMBERED = re.compile(r"^\d{1,3}[.)]\s+(.+)$")


def _sanitise(html: str, tags: set[str]) -> str:
    return nh3.clean(html, tags=tags, attributes=ATTRIBUTES, url_schemes=URL_SCHEMES, link_rel=LINK_REL)


def _inline(text: str) -> str:
    """Inline markup on text that has already been sanitised (so ``<`` is escaped)."""
    text = _LINK.sub(lambda m: f'<a href="{m.group(2)}">{m.group(1)}</a>', text)
    text = _STRONG.sub(r"<strong>\1</strong>", text)
    text = _EM_STAR.sub(r"<em>\1</em>", text)
    # Underscores inside link targets (…/how_to/…) must not become emphasis: only
    # apply the underscore form outside tags.
    parts = re.split(r"(<[^>]+>)", text)
    return "".join(part if part.startswith("<") else _EM_UNDERSCORE.sub(r"<em>\1</em>", part) for part in parts)


def render_inline(text: str) -> SafeString:
    """One line of text with links and emphasis only (announcement messages)."""
    flat = " ".join((text or "").split())
    return mark_safe(_sanitise(_inline(_sanitise(flat, INLINE_TAGS)), INLINE_TAGS))  # noqa: S308 - sanitised by nh3


def render_blocks(text: str) -> SafeString:
    """An article body: paragraphs, two heading levels, lists, links and emphasis."""
    html: list[str] = []
    paragraph: list[str] = []
    list_tag: str | None = None

    def close_paragraph() -> None:
        if paragraph:
            html.append(f"<p>{_inline(' '.join(paragraph))}</p>")
            paragraph.clear()

    def close_list() -> None:
        nonlocal list_tag
        if list_tag:
            html.append(f"</{list_tag}>")
            list_tag = None

    safe = _sanitise((text or "").replace("\r\n", "\n"), INLINE_TAGS)
    for raw_line in safe.split("\n"):
        line = raw_line.strip()
        if not line:
            close_paragraph()
            close_list()
            continue
        heading = _HEADING.match(line)
        bullet = _BULLET.match(line)
        numbered = _NUMBERED.match(line)
        if heading:
            close_paragraph()
            close_list()
            level = len(heading.group(1))
            html.append(f"<h{level}>{_inline(heading.group(2))}</h{level}>")
        elif bullet or numbered:
            close_paragraph()
            wanted = "ul" if bullet else "ol"
            if list_tag != wanted:
                close_list()
                html.append(f"<{wanted}>")
                list_tag = wanted
            html.append(f"<li>{_inline((bullet or numbered).group(1))}</li>")
        elif list_tag and raw_line[:1].isspace():
            # An indented line continues the previous list item.
            html[-1] = html[-1][: -len("</li>")] + f" {_inline(line)}</li>"
        else:
            close_list()
            paragraph.append(line)
    close_paragraph()
    close_list()
    return mark_safe(_sanitise("".join(html), BLOCK_TAGS))  # noqa: S308 - sanitised by nh3


def plain_text(text: str) -> str:
    """The words without markup, for search snippets and meta descriptions."""
    text = _LINK.sub(r"\1", text or "")
    text = re.sub(r"[*_#]+", "", text)
    text = re.sub(r"^\s*(?:[-]|\d{1,3}[.)])\s+", "", text, flags=re.MULTILINE)
    return nh3.clean(" ".join(text.split()), tags=set())

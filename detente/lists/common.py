"""Shared pieces of the list readers: the reader signature, dates, streaming XML, error lines."""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from lxml import etree

from detente.errors import E_LIST_RECORD, E_LIST_ROOT, E_LIST_XML, InputError
from detente.model import ListEntry

log = logging.getLogger(__name__)


@dataclass
class Meta:
    """What a reader learns about the file besides its entries (filled while reading)."""

    as_of: str | None = None
    """Publication date found in the file (``YYYY-MM-DD``)."""


Reader = Callable[[Path, Meta], Iterator[ListEntry]]
"""A list reader: streams the entries of one file, setting ``Meta`` fields as it finds them."""

_ISO = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")
_DATE_FORMATS = (
    ("%d %b %Y", 10),
    ("%d %B %Y", 10),
    ("%m/%d/%Y", 10),
    ("%d/%m/%Y", 10),
    ("%b %Y", 7),
    ("%B %Y", 7),
    ("%Y", 4),
)


def iso_date(value: str | None, formats: Iterable[str] = ()) -> str | None:
    """``value`` as ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``: ISO prefixes, then ``formats``."""
    if not value:
        return None
    text = value.strip()
    match = _ISO.match(text)
    if match and (len(text) == match.end() or text[match.end()] in "T "):
        return match.group(0)
    wanted = set(formats) or {f for f, _ in _DATE_FORMATS}
    for fmt, width in _DATE_FORMATS:
        if fmt in wanted:
            try:
                return datetime.strptime(text, fmt).date().isoformat()[:width]
            except ValueError:
                continue
    return None


def from_parts(year: str | None, month: str | None = None, day: str | None = None) -> str | None:
    """A partial ISO date from year, month and day strings (missing parts end the date)."""
    if not year or not year.strip().isdigit():
        return None
    parts = [year.strip().zfill(4)]
    for part in (month, day):
        if not part or not part.strip().isdigit():
            break
        parts.append(part.strip().zfill(2))
    return "-".join(parts)


def unique(values: Iterable[str | None]) -> list[str]:
    """Distinct non-empty values (whitespace collapsed), in first-seen order."""
    seen: dict[str, None] = {}
    for value in values:
        if value:
            text = " ".join(value.split())
            if text:
                seen[text] = None
    return list(seen)


def local(el: etree._Element) -> str:
    """The tag of an element without its namespace."""
    return str(etree.QName(el).localname)


def record_error(path: Path, el: etree._Element, record: str, problem: str) -> InputError:
    """The one-line error for a bad record element."""
    line = el.sourceline or 0
    return InputError(str(path), E_LIST_RECORD.format(line=line, record=record, problem=problem))


def _root(path: Path) -> str:
    try:
        with path.open("rb") as handle:
            for _event, el in etree.iterparse(handle, events=("start",), no_network=True):
                return local(el)
    except etree.XMLSyntaxError as exc:
        raise _xml_error(path, exc) from None
    return ""


def _xml_error(path: Path, exc: etree.XMLSyntaxError) -> InputError:
    problem = str(exc.msg).split(", line ")[0].strip()
    return InputError(str(path), E_LIST_XML.format(line=exc.lineno or 0, problem=problem))


def iter_xml(path: Path, root: str, tags: Iterable[str], kind: str) -> Iterator[etree._Element]:
    """Complete elements named ``tags`` (any namespace), freed after the caller is done with each.

    The root element must be ``root``; syntax errors become one-line :class:`InputError` with the line.
    """
    found = _root(path)
    if found != root:
        raise InputError(str(path), E_LIST_ROOT.format(kind=kind, root=found, expected=root))
    wanted = [f"{{*}}{tag}" for tag in tags]
    with path.open("rb") as handle:
        parser = etree.iterparse(
            handle, events=("end",), tag=wanted, huge_tree=True, no_network=True,
            resolve_entities=False,
        )  # fmt: skip
        try:
            for _event, el in parser:
                yield el
                el.clear(keep_tail=False)
                parent = el.getparent()
                if parent is not None:
                    while el.getprevious() is not None:
                        del parent[0]
        except etree.XMLSyntaxError as exc:
            raise _xml_error(path, exc) from None


def text(el: etree._Element, path: str) -> str | None:
    """Stripped text of the first sub-element at ``path`` (``a/b``, any namespace), or None."""
    found = el.findtext("/".join(f"{{*}}{step}" for step in path.split("/")))
    return found.strip() or None if found else None


def texts(el: etree._Element, path: str) -> list[str]:
    """Stripped, non-empty texts of all sub-elements at ``path`` (any namespace)."""
    steps = "/".join(f"{{*}}{step}" for step in path.split("/"))
    return [t.strip() for t in (x.text for x in el.iterfind(steps)) if t and t.strip()]

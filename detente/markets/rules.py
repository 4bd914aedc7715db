"""Exposure rules: which commodities and listed companies a sanctions event touches, and how.

Pure functions over an :class:`~detente.model.Event` and the knowledge base; nothing is stated
that the knowledge base does not hold. The rules (ids are versioned, see docs/markets.md):

* ``entity-supplies.v1`` — a named entity sells the commodity: easing → supply up.
* ``entity-buys.v1`` — a named entity buys it: easing → demand up.
* ``sector-producer.v1`` — a sanctioned sector covers an export commodity that the target
  country produces (producers table): easing → supply up.
* ``sector-importer.v1`` — a sanctioned sector covers an import commodity: easing → demand up.
* ``company-role.v1`` — a company exposed to a touched commodity, by its role.
* ``company-named.v1`` — the same, for a company the event itself names (a licence holder).

Imposing reverses every direction. Renewals and releases touch nothing.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable
from dataclasses import dataclass, replace

from rapidfuzz import fuzz

from detente.model import (
    Commodity,
    Company,
    CompanyRole,
    Direction,
    Event,
    EventType,
    ExposureBase,
    ExposureEntity,
    ExposureItem,
    Flow,
)

log = logging.getLogger(__name__)

# Confidence of each way of reaching a commodity (before the event's own confidence): a named
# entity is specific; a whole sector of a country may or may not touch a given commodity.
ENTITY_WEIGHT = 0.9
BUYER_WEIGHT = 0.8
SECTOR_WEIGHT = 0.6
IMPORT_SECTOR_WEIGHT = 0.4
# A producer with a known large share of the world moves the market more surely.
LARGE_SHARE = 0.10
LARGE_SHARE_BONUS = 0.1
# How directly a company's price follows its commodity line.
ROLE_WEIGHT: dict[CompanyRole, float] = {
    CompanyRole.TARGET: 1.0,
    CompanyRole.PARTNER: 0.9,
    CompanyRole.COMPETITOR: 0.8,
    CompanyRole.SUPPLIER: 0.7,
    CompanyRole.LESSOR: 0.7,
    CompanyRole.CUSTOMER: 0.6,
    CompanyRole.CARRIER: 0.5,
}
NAMED_COMPANY_WEIGHT = 1.0
# A partner of a state company reached only through its country's sector, not by name.
PARTNER_BY_COUNTRY_WEIGHT = 0.6
# Expected share-price sign for each role under each direction; absent = the rule says nothing.
SIGN: dict[Direction, dict[CompanyRole, int]] = {
    Direction.SUPPLY_UP: {
        CompanyRole.TARGET: 1, CompanyRole.PARTNER: 1, CompanyRole.COMPETITOR: -1,
        CompanyRole.CUSTOMER: 1, CompanyRole.CARRIER: 1,
    },
    Direction.DEMAND_UP: {
        CompanyRole.TARGET: 1, CompanyRole.PARTNER: 1, CompanyRole.SUPPLIER: 1,
        CompanyRole.LESSOR: 1,
    },
}  # fmt: skip
SIGN[Direction.SUPPLY_DOWN] = {r: -s for r, s in SIGN[Direction.SUPPLY_UP].items()}
SIGN[Direction.DEMAND_DOWN] = {r: -s for r, s in SIGN[Direction.DEMAND_UP].items()}
NAME_MATCH = 90  # rapidfuzz ratio for two normalised names to be the same entity
_SUFFIXES = re.compile(r"\b(oao|ojsc|jsc|pjsc|pao|zao|ooo|llc|ltd|plc|inc|corp|sa|ag|se|co)\b\.?")
_NON_WORD = re.compile(r"[^\w]+")

NOTE_RELEASE = "{event}: a release; only sanctions actions touch markets"
NOTE_RENEWAL = "{event}: a renewal of existing sanctions; no change expected"
NOTE_NOTHING = "{event}: nothing in the knowledge base for {what}"


def normalise(name: str) -> str:
    """Lower case, without punctuation or legal-form words (``OAO``, ``PJSC``, ``Ltd``…)."""
    text = _SUFFIXES.sub(" ", name.casefold())
    return " ".join(_NON_WORD.sub(" ", text).split())


def same_name(a: str, b: str) -> bool:
    """Whether two names are one entity after normalising (tolerates transliteration)."""
    x, y = normalise(a), normalise(b)
    return bool(x and y) and (x == y or fuzz.ratio(x, y) >= NAME_MATCH)


@dataclass(frozen=True)
class Line:
    """A touched commodity: the direction, the rule, and what it rests on."""

    commodity: Commodity
    direction: Direction
    rule: str
    confidence: float
    basis: tuple[str, ...]
    sources: tuple[str, ...]
    entity: ExposureEntity | None = None


def _direction(flow: Flow, eased: bool) -> Direction:
    if flow == Flow.EXPORT:
        return Direction.SUPPLY_UP if eased else Direction.SUPPLY_DOWN
    return Direction.DEMAND_UP if eased else Direction.DEMAND_DOWN


def _named_entities(event: Event, kb: ExposureBase) -> list[ExposureEntity]:
    return [
        entity
        for entity in kb.entities
        if any(
            same_name(n, name) for n in event.entities for name in (entity.name, *entity.aliases)
        )
    ]


def _entity_lines(event: Event, kb: ExposureBase, eased: bool) -> list[Line]:
    commodities = {c.id: c for c in kb.commodities}
    lines = []
    for entity in _named_entities(event, kb):
        for ids, rule, weight in (
            (entity.supplies, "entity-supplies.v1", ENTITY_WEIGHT),
            (entity.buys, "entity-buys.v1", BUYER_WEIGHT),
        ):
            for cid in ids:
                c = commodities[cid]
                flow = Flow.EXPORT if rule == "entity-supplies.v1" else Flow.IMPORT
                lines.append(
                    Line(c, _direction(flow, eased), rule, weight * event.confidence,
                         (f"entity {entity.name}",), (entity.source, c.source), entity)
                )  # fmt: skip
    return lines


def _sector_lines(event: Event, kb: ExposureBase, eased: bool) -> list[Line]:
    lines = []
    for c in kb.commodities:
        sectors = [s for s in event.sectors if s in c.sectors]
        if not sectors:
            continue
        basis: tuple[str, ...] = (f"sector {', '.join(sectors)}",)
        if c.flow == Flow.IMPORT:
            weight = IMPORT_SECTOR_WEIGHT * event.confidence
            lines.append(Line(c, _direction(c.flow, eased), "sector-importer.v1", weight, basis,
                              (c.source,)))  # fmt: skip
            continue
        producer = next(
            (p for p in kb.producers if p.commodity == c.id and p.country == event.target), None
        )
        if producer is None:
            continue
        share = ""
        weight = SECTOR_WEIGHT
        if producer.share is not None:
            share = f" {producer.basis or 'share'} {producer.share:.2f}"
            share += f" ({producer.year})" if producer.year else ""
            weight += LARGE_SHARE_BONUS if producer.share >= LARGE_SHARE else 0.0
        basis += (f"{producer.country} produces {c.id}{share}",)
        lines.append(Line(c, _direction(c.flow, eased), "sector-producer.v1",
                          weight * event.confidence, basis, (producer.source, c.source)))  # fmt: skip
    return lines


def commodity_lines(event: Event, kb: ExposureBase) -> list[Line]:
    """The commodities a sanctions event touches, one line each (the most confident rule)."""
    eased = event.type == EventType.SANCTIONS_EASED
    found: dict[str, list[Line]] = {}
    for line in (*_entity_lines(event, kb, eased), *_sector_lines(event, kb, eased)):
        found.setdefault(line.commodity.id, []).append(line)
    merged = []
    for lines in found.values():
        best = max(lines, key=lambda line: line.confidence)
        basis = tuple(dict.fromkeys(b for line in lines for b in line.basis))
        sources = tuple(dict.fromkeys(s for line in lines for s in line.sources))
        merged.append(replace(best, basis=basis, sources=sources))
    return sorted(merged, key=lambda line: line.commodity.id)


def _company_weight(
    company: Company, line: Line, event: Event, countries: dict[str, str]
) -> tuple[str, float] | None:
    """The rule and weight by which a company row applies to a commodity line, if it does."""
    if any(same_name(n, company.name) for n in event.entities):
        return "company-named.v1", NAMED_COMPANY_WEIGHT
    if company.entity is None:
        return None if company.role == CompanyRole.TARGET else ("company-role.v1", 1.0)
    if line.entity is not None and line.entity.id == company.entity:
        return "company-role.v1", 1.0
    partner = company.role == CompanyRole.PARTNER
    if partner and event.target is not None and countries.get(company.entity) == event.target:
        return "company-role.v1", PARTNER_BY_COUNTRY_WEIGHT
    return None


def company_items(event_id: str, event: Event, line: Line, kb: ExposureBase) -> list[ExposureItem]:
    """Companies exposed through one commodity line, with their expected price reaction."""
    items = []
    countries = {e.id: e.country for e in kb.entities}
    for company in kb.companies:
        if company.commodity != line.commodity.id:
            continue
        sign = SIGN[line.direction].get(CompanyRole(company.role))
        found = _company_weight(company, line, event, countries)
        if sign is None or found is None:
            continue
        rule, weight = found
        confidence = line.confidence * ROLE_WEIGHT[CompanyRole(company.role)] * weight
        items.append(
            ExposureItem(
                event=event_id, commodity=line.commodity.id, direction=line.direction,
                ticker=company.ticker, name=company.name, exchange=company.exchange,
                role=company.role, expected="up" if sign > 0 else "down", rule=rule,
                confidence=round(min(confidence, 1.0), 3),
                basis=[*line.basis, f"{company.role} in {line.commodity.id}"],
                sources=[*line.sources, company.source],
            )
        )  # fmt: skip
    return items


def event_exposure(
    event_id: str, event: Event, kb: ExposureBase
) -> tuple[list[ExposureItem], list[str]]:
    """Commodity and company rows for one event, and a note when it touches nothing."""
    if event.type == EventType.RELEASE:
        return [], [NOTE_RELEASE.format(event=event_id)]
    if event.renewal:
        return [], [NOTE_RENEWAL.format(event=event_id)]
    lines = commodity_lines(event, kb)
    if not lines:
        what = _what(event)
        return [], [NOTE_NOTHING.format(event=event_id, what=what)]
    items = [
        ExposureItem(
            event=event_id, commodity=line.commodity.id, direction=line.direction,
            name=line.commodity.name, rule=line.rule, confidence=round(line.confidence, 3),
            basis=list(line.basis), sources=list(line.sources),
        )
        for line in lines
    ]  # fmt: skip
    for line in lines:
        items.extend(company_items(event_id, event, line, kb))
    return items, []


def _what(event: Event) -> str:
    parts: Iterable[str] = (
        *(f"sector {s}" for s in event.sectors),
        *(f"entity {e}" for e in event.entities),
    )
    described = ", ".join(parts)
    target = f" on {event.target}" if event.target else ""
    return (described or "this action (no sector or entity named)") + target

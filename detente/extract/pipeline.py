"""The extraction pipeline: the only place that knows the order of the stages.

1. ``gate.relevant``, a document filter; ``sentences.split``, once per document (the stages that
   read more than the gated sentences take them from there); ``gate.screen``, gates on the raw
   text (see :mod:`detente.extract.gate`), so that only sentences where a rule can fire reach spaCy.
2. spaCy over those sentences, in batches across documents: tagger, parser and lemmas for all of
   them, named entities only for those whose rules read them. Sentences of the broader context gate
   are only tokenised.
3. ``gazetteer`` places and ``dates`` time expressions per sentence.
4. ``releases``, ``sanctions`` and ``stocks`` find and annotate mentions; ``attach`` completes
   releases from follow-up sentences, ``anaphora`` names the one person "him" or "the activist"
   stands for (parsing, with entities, the few nearby sentences it needs that were not parsed).
5. ``events`` fills actors from context and merges mentions into events.
6. ``links`` finds exchanges; ``codes`` adds CAMEO/PLOVER codes.
"""

from __future__ import annotations

from collections import Counter, deque
from collections.abc import Iterable, Iterator

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from detente.errors import E_BAD_MODEL, ConfigError
from detente.extract import (
    actor_roles,
    anaphora,
    armed_groups,
    attach,
    background,
    briefs,
    codes,
    compatriots,
    counted_apart,
    covered,
    dates,
    destinations,
    doc_memo,
    entity_sectors,
    fastparse,
    foreigners,
    gapped,
    gate,
    implied,
    links,
    opening_days,
    person_names,
    receivers,
    releases,
    sanctions,
    sanctions_context,
    sentences,
    snapback,
    span_days,
    stages,
    stock_after,
    stocks,
    surnames,
    trade_stages,
    war_scenes,
    week_days,
    wind_down_bodies,
)
from detente.extract.entity_steps import EntitySteps
from detente.extract.events import Cluster, merge
from detente.extract.fill import fill_context
from detente.extract.gazetteer import Gazetteer, Place, sovereign
from detente.extract.groups import article_names
from detente.extract.listed_names import first_full, one_name_each
from detente.extract.mentions import Mention, ParsedSentence
from detente.extract.stocks import StockMention
from detente.model import (
    Analysis,
    Category,
    CountQualifier,
    Document,
    DocumentRef,
    Event,
    EventType,
    Evidence,
    Exchange,
    Stock,
)
from detente.settings import get_settings

# Sentences parsed together, across documents: spaCy is ~10% slower per sentence in batches of 32;
# 512 is no faster than 128 but raises peak memory by ~110 MB.
SPACY_BATCH = 128
# At most this many documents wait for a batch to fill (most are off topic and need no parse):
# bounds memory and how long an analysis waits.
DOC_BATCH = 1000
# The component that predicts named entities; run apart, and only where the rules read entities.
ENTITIES = "ner"
# Confidence: a base for an asserted act, plus what makes it better supported.
CONFIDENCE_BASE = 0.55
CONFIDENCE_STEP = 0.1
CONFIDENCE_MAX = 0.95

# A gated sentence with the places it names (parsed or only tokenised).
Context = tuple[sentences.Sentence, list[Place]]
# A document with all its sentences and the gate's plan of them.
Planned = tuple[Document, list[sentences.Sentence], list[gate.Gated]]


class Extractor:
    """Turns documents into analyses (events, exchanges, stocks, with evidence)."""

    def __init__(self, model: str | None = None) -> None:
        name = model or get_settings().model
        try:
            self.nlp: Language = spacy.load(name)
        except (OSError, ImportError) as exc:
            raise ConfigError(
                E_BAD_MODEL.format(name=name, problem=str(exc).splitlines()[0])
            ) from exc
        self.gazetteer = Gazetteer(self.nlp.vocab)
        ner = fastparse.separable(self.nlp, ENTITIES)
        self._ner: fastparse.Stage | None = (
            None if ner is None else EntitySteps.of(ner) or fastparse.GreedySteps.of(ner) or ner
        )
        self._stages = fastparse.stages(self.nlp, without=ENTITIES if ner is not None else None)
        fastparse.numpy_products(self.nlp)
        fastparse.limit_blas(get_settings().blas_threads)

    def __call__(self, doc: Document) -> Analysis:
        """Analyse one document."""
        return next(self.pipe([doc]))

    def pipe(self, docs: Iterable[Document]) -> Iterator[Analysis]:
        """Analyse documents lazily, parsing the gated sentences of many in one batch."""
        batch: list[Planned] = []
        waiting = 0
        for doc in docs:
            # the document's sentences, split once: the gate screens them, and the stages that
            # read beyond the gated ones (anaphora, receivers) take them from here
            every = sentences.split(doc.text) if gate.relevant(doc.text) else []
            plan = gate.screen(every)
            batch.append((doc, every, plan))
            waiting += sum(g.parse for g in plan)
            if waiting >= SPACY_BATCH or len(batch) >= DOC_BATCH:
                yield from self._batch(batch)
                batch, waiting = [], 0
        yield from self._batch(batch)

    def parse(self, texts: list[str], entities: list[bool]) -> list[Doc]:
        """spaCy docs of sentences: the whole pipeline, named entities only where asked for."""
        docs = [self.nlp.make_doc(text) for text in texts]
        # A batch that ``pipe`` fills goes whole (a remainder of a few sentences would cost as
        # many decoding steps as a full batch); larger calls go in batches of SPACY_BATCH.
        size = len(docs) if len(docs) < 2 * SPACY_BATCH else SPACY_BATCH
        for stage in self._stages:  # each stage over all docs: components run in place
            deque(stage.pipe(docs, batch_size=max(size, 1)), maxlen=0)
        if self._ner is not None:
            wanted = [d for d, e in zip(docs, entities, strict=True) if e]
            deque(self._ner.pipe(wanted, batch_size=max(size, 1)), maxlen=0)
        return docs

    def _batch(self, batch: list[Planned]) -> list[Analysis]:
        todo = [g for _, _, plan in batch for g in plan if g.parse]
        texts, entities = [g.sentence.text for g in todo], [g.entities for g in todo]
        parsed = iter(self.parse(texts, entities) if todo else [])
        out: list[Analysis] = []
        for doc, every, plan in batch:
            sents: list[ParsedSentence] = []
            context: list[Context] = []
            if not any(g.parse for g in plan):
                plan = []  # nothing parsed, nothing found: no context to tokenise either
            for g in plan:
                if g.parse:
                    sents.append(self._prepare(g.sentence, next(parsed), doc.published))
                    context.append((g.sentence, sents[-1].places))
                else:
                    tokens = self.nlp.make_doc(g.sentence.text)
                    context.append((g.sentence, self.gazetteer.find_places(tokens)))
            out.append(self._analyse(doc, every, sents, context))
            for ps in sents:
                doc_memo.forget(ps.doc)  # no token held by its memos outlives the article
        return out

    def _prepare(
        self, sentence: sentences.Sentence, sdoc: Doc, published: str | None
    ) -> ParsedSentence:
        return ParsedSentence(
            sentence, sdoc, self.gazetteer.find_places(sdoc), dates.find(sentence.text, published)
        )

    def _named(self, todo: list[sentences.Sentence]) -> list[ParsedSentence]:
        """Sentences parsed with named entities, outside the gated batch (see ``anaphora``)."""
        docs = self.parse([s.text for s in todo], [True] * len(todo)) if todo else []
        return [self._prepare(s, d, None) for s, d in zip(todo, docs, strict=True)]

    def _mentions(self, sents: list[ParsedSentence]) -> tuple[list[Mention], list[StockMention]]:
        mentions: list[Mention] = []
        stock_mentions: list[StockMention] = []
        names = article_names(sents)  # recall: a name NER misses in one sentence
        for ps in sents:
            ps.names = names
        # recall: "on bail" in an article that tells other releases is a political case's bail;
        # the other sentences' releases, found to know that, are kept for the loop below
        blocked = [releases.bail_blocked(ps) for ps in sents]
        freed = (
            {i: releases.find(ps) for i, ps in enumerate(sents) if not blocked[i]}
            if any(blocked)
            else {}
        )
        bail_ok = any(freed.values())
        for i, ps in enumerate(sents):
            used: set[int] = set()
            here: list[Mention] = []
            for trigger, group in freed[i] if i in freed else releases.find(ps, bail_ok):
                told = releases.annotate(ps, trigger, group, self.gazetteer)
                # "185 soldiers and 20 civilians": one release per group counted apart
                told = counted_apart.split(ps, group, told, sents)
                here += told + gapped.further(ps, trigger, told)  # "and another 40 in August"
                if group is not None:
                    used |= {t.i for t in group.subtree}
            for trigger, group in covered.find(ps):  # "The amnesty also covered 114 foreigners"
                told = releases.annotate(ps, trigger, group, self.gazetteer)
                here += counted_apart.split(ps, group, told, sents)
            for trigger, kind, renewal in sanctions.find(ps):
                here += sanctions.annotate(ps, trigger, kind, renewal, self.gazetteer)
            mentions += here + implied.sides(ps, here, self.gazetteer)  # what they were traded for
            stock_mentions += stocks.find(ps, used)
        return mentions, stock_mentions

    def _analyse(
        self,
        doc: Document,
        every: list[sentences.Sentence],
        sents: list[ParsedSentence],
        context: list[Context],
    ) -> Analysis:
        ref = DocumentRef(id=doc.id, source=doc.source, title=doc.title, published=doc.published)
        if not sents:
            return Analysis(document=ref, events=[], exchanges=[], stocks=[])
        surnames.drop_surname_places(sents, [p for _, p in context])  # actors: "Jacques Paris"
        actor_roles.foreign_seats(  # actors: "the junta" of a Sahel story
            context, sents, lambda: self.gazetteer.find_places(self.nlp.make_doc(doc.text))
        )
        week_days.snap(sents, doc.text, doc.published)  # "a week ago" beside "On January 14"
        background.date_entries(sents, doc.text, doc.published)  # "January 3, 2024: ..."
        background.date_same_deal(sents, doc.published)  # "In that deal, Moscow released"
        mentions, stock_mentions = self._mentions(sents)
        stock_mentions += stock_after.run(sents, context, stock_mentions)  # "put the number at 60"
        spanned = background.date_spans_after(mentions, doc.published)  # "a month after X freed"
        weeks_before = span_days.date_releases(mentions)  # "It came two weeks after X freed"
        background.date_when_clauses(mentions)  # "since February, when Moscow freed"
        background.date_carried(mentions, sents, doc.text, doc.published)  # "In return, ... freed"
        attach.run(mentions, sents)
        anaphora.resolve(mentions, sents, self.gazetteer, every, self._named)
        mentions = armed_groups.drop_captives_of_no_state(mentions, sents)  # "Rebels free X"
        sanctions_context.pronoun_doers(  # sanctions: "Britain moved first. ... it froze"
            mentions, doc.text, lambda t: self.gazetteer.find_places(self.nlp.make_doc(t))
        )
        holders = Counter(p.code for _, ps in context for p in ps if p.kind != "institution")
        briefs.head_actors(mentions, doc.text)  # actors: "MYANMAR -- The junta freed 3,085"
        weights, scenes = foreigners.captor_weights(holders, sents), war_scenes.counts(context)
        mentions = fill_context(mentions, holders, weights, scenes)  # scenes: "war in Ukraine"
        receivers.swap_homes(mentions)  # releases: a swap side's people go home to the other
        clusters = merge(mentions, doc.published, opening_days.opening_day(doc.text, doc.published))
        stages.fold(clusters)  # releases: a landing or a pardon a day from the release is that act
        stages.walk_out_days(clusters)  # releases: a pardon's act dated by the walk-out after it
        background.fold_spans(clusters, spanned)  # "a year after the swap": the swap dated
        span_days.fold(clusters, weeks_before)  # releases: "two weeks after" an act dated apart
        compatriots.rehome(clusters, sents)  # persons: "the American X" not freed by the USA
        events, owner = self._events(clusters, doc.text)
        # sanctions: "X, the state gold miner" told elsewhere (parsed here if the gate did not)
        entity_sectors.run(events, sents + self._named(entity_sectors.unread(events, every, sents)))
        snapback.run(events, doc.text)  # sanctions: the UN's restored measures are defense
        wind_down_bodies.run(events)  # sanctions: a bare wind-down licence, the act it closes
        pairs = [(m, owner[id(m)]) for m in mentions if id(m) in owner]
        cues = links.cue_sentences([(s.index, s.text) for s, _ in context])
        by_index = {s.index: s for s, _ in context}
        event_dates = {e.id: e.date for e in events}
        exchanges = [
            Exchange(
                events=list(link.events),
                confidence=0.8,
                evidence=[_evidence(by_index[i]) for i in link.sentences],
            )
            for link in links.run(pairs, cues, event_dates)
        ]
        splits = receivers.split_sentences(every, context)
        receivers.receive(events, exchanges, receivers.told_of(pairs), splits)
        # "freed all 53 it agreed to free as part of last month's deal": a later stage joins
        trade_stages.join_later_stages(events, exchanges, pairs, by_index)
        # "in return for the release of the last political prisoners": the named stages
        events, exchanges = trade_stages.fold(events, exchanges, pairs, {i for i, _ in cues})
        default_country = Counter(e.actor for e in events if e.type == EventType.RELEASE)
        return Analysis(
            document=ref,
            events=events,
            exchanges=exchanges,
            stocks=_stocks(
                stock_mentions, doc.published, stocks.default_countries(default_country, holders)
            ),
        )

    def _events(self, clusters: list[Cluster], text: str) -> tuple[list[Event], dict[int, str]]:
        events: list[Event] = []
        owner: dict[int, str] = {}
        ordered = sorted(clusters, key=lambda c: c.mentions[0].sent.sentence.index)
        freed = [c for c in ordered if c.type is EventType.RELEASE]
        told = [
            [
                ([t for p in m.persons if (t := person_names.tidy(p))], m.trigger.lemma_.lower())
                for m in c.mentions
            ]
            for c in freed
        ]
        others = {
            id(c): names for c, names in zip(freed, person_names.shared_names(told), strict=True)
        }
        for n, cluster in enumerate(ordered, start=1):
            eid = f"e{n}"
            events.append(_event(eid, cluster, text, others.get(id(cluster), set())))
            for m in cluster.mentions:
                owner[id(m)] = eid
        return events, owner


def _evidence(s: sentences.Sentence) -> Evidence:
    return Evidence(text=s.text, start=s.start, end=s.end)


def _event(eid: str, c: Cluster, text: str, others: set[str]) -> Event:
    """The event of a cluster; ``others`` are surnames another release of the article frees."""
    is_release = c.type is EventType.RELEASE
    tidied = (person_names.tidy(p) for m in c.mentions for p in m.persons)
    persons = person_names.full_names(
        list(dict.fromkeys(p for p in tidied if p and p.split()[-1] not in others)), text
    )
    persons = [
        p
        for p in persons
        if not any(p != q and p in q.split() for q in persons)
        and not any(p != q and q.endswith(" " + p) for q in persons)
        and not any(p != q and q.startswith(p + " ") for q in persons)  # "Peter Liu" [Jianhua]
    ]
    count = c.count
    count_value = count.value if count else None
    qualifier = count.qualifier if count else None
    if is_release and count is None and persons and not any(m.vague for m in c.mentions):
        count_value, qualifier = len(persons), CountQualifier.EXACT
    elif is_release and count is None and _one_told(c.mentions):
        count_value, qualifier = 1, CountQualifier.EXACT  # "Tehran freed her": one person
    categories = c.categories()
    destinations = {m.destination for m in c.mentions if m.destination}
    if is_release and not categories:  # only names or pronouns: freed abroad means foreigners
        abroad = len(destinations) == 1 and c.actor not in destinations
        categories[Category.FOREIGN_NATIONALS if abroad else Category.DETAINEES] += 1
    cameo, plover = codes.run(c.type)
    evidence = list(
        {m.sent.sentence.index: _evidence(m.sent.sentence) for m in c.mentions}.values()
    )
    support = [
        bool(c.actor and any(m.actor for m in c.mentions)),
        count is not None,
        len(evidence) > 1,
        c.date is not None,
    ]
    confidence = min(CONFIDENCE_MAX, CONFIDENCE_BASE + CONFIDENCE_STEP * sum(support))
    return Event(
        id=eid,
        type=c.type,
        # a territory frees as its state ("Four Hong Kong democrats walk free": CHN)
        actor=sovereign(c.actor) if is_release and c.actor else c.actor,
        target=None if is_release else c.target,
        count=count_value if is_release else None,
        count_qualifier=qualifier if is_release else None,
        category=(categories.most_common(1)[0][0] if categories else None) if is_release else None,
        persons=persons if is_release else [],
        entities=[]
        if is_release  # "took al-Sharaa off its list": "Ahmed al-Sharaa" as written before
        else one_name_each(
            first_full(
                person_names.full_names(
                    list(dict.fromkeys(e for m in c.mentions for e in m.entities)), text, True
                ),
                text,
            ),
            text,
        ),
        sectors=[] if is_release else list(dict.fromkeys(s for m in c.mentions for s in m.sectors)),
        destination=_stated(destinations) if is_release else None,
        date=c.date,
        # Boolean on both sanctions types (an easing is never a renewal); null on releases.
        renewal=None
        if is_release
        else c.type is EventType.SANCTIONS_IMPOSED and any(bool(m.renewal) for m in c.mentions),
        cameo=cameo,
        plover=plover,
        confidence=round(confidence, 2),
        evidence=evidence,
    )


def _one_told(mentions: list[Mention]) -> bool:
    """Whether an act's freed are told only as one person ("freed him", "the activist": the
    anaphor of a person named before, whose name the act may not have kept), never as a vague
    amount."""
    return any(m.anaphor for m in mentions) and not any(m.vague for m in mentions)


def _stocks(found: list[StockMention], published: str | None, defaults: list[str]) -> list[Stock]:
    out: list[Stock] = []
    seen: set[tuple[str | None, int]] = set()
    for sm in found:
        # a stock that names no holder: the article's state, unless that is the people's own
        # nor the state that gives the figure (session 22: "Tokyo says twelve are still held")
        country = sm.country or next(
            (c for c in defaults if c not in (sm.nationality, sm.source_home)), None
        )
        key = (country, sm.count.value)
        if key in seen:
            continue
        seen.add(key)
        as_of = sm.as_of if dates.is_date(sm.as_of) else published
        out.append(
            Stock(
                country=country,
                count=sm.count.value,
                count_qualifier=sm.count.qualifier,
                source=sm.source,
                as_of=as_of,
                confidence=0.75,
                evidence=[_evidence(sm.sent.sentence)],
            )
        )
    return out


def _stated(found: set[str]) -> str | None:
    """The event's destination: the one country its mentions give, unless it is a homeland that
    is no destination (Palestinians let out in territory Israel controls); mentions still use it
    to tell the sides of a swap apart."""
    if len(found) != 1 or found & destinations.NO_HOME_DESTINATION:
        return None
    return next(iter(found))

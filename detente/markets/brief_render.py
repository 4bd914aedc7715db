"""Markdown and self-contained HTML for a :class:`~detente.model.Brief` (Jinja2 templates).

HTML autoescapes every value (article text is untrusted); Markdown escapes it with
:func:`detente.render.md_escape`. The chart is detente's own SVG: inline in HTML, a data URI in
Markdown.
"""

from __future__ import annotations

import base64
import logging
from typing import Literal

import jinja2
from markupsafe import Markup

from detente.model import Brief
from detente.render import md_escape, one_line

log = logging.getLogger(__name__)

BriefFormat = Literal["md", "html"]
BRIEF_FORMATS: tuple[str, ...] = ("md", "html")
DISCLAIMER = (
    "Generated automatically from news articles, official lists and a curated knowledge base. "
    "Counts are as reported by the cited sources and may be wrong or incomplete; exposure lines "
    "are rule-based expectations, not forecasts; event-study figures come from the price file "
    "the user supplied. Not investment advice."
)

_MD = """\
# Prisoner diplomacy brief{% if b.actor %}: {{ b.actor | md }}{% endif %}

As of {{ b.as_of }}{% if b.since %} · period since {{ b.since }}{% endif %}

## Headline deals
{% for line in b.deals %}- {{ line.text | md }}{{ line.cites | refs }}
{% else %}No deals in the period.
{% endfor %}
## Releases and sanctions actions
{% if b.events %}
| date | actor | type | what |
|---|---|---|---|
{% for line in b.events %}|{% for cell in line.text.split(" | ") %} {{ cell | md }}{% if loop.last %}{{ line.cites | refs }}{% endif %} |{% endfor %}
{% endfor %}{% else %}None in the period.
{% endif %}
{% if b.chart_svg %}![timeline chart](data:image/svg+xml;base64,{{ b.chart_svg | b64 }})
{% endif %}
## Exposure per deal
{% for line in b.exposure %}- {{ line.text | md }}{{ line.cites | refs }}
{% else %}No deal in the period touches anything in the knowledge base.
{% endfor %}
{% if b.impact %}## Event study
{{ b.impact.model }} model{% if b.impact.market %}, market {{ b.impact.market | md }}{% endif %}, window {{ b.impact.window }}, estimation {{ b.impact.estimation }}{{ [b.impact_cite] | refs }}

| event | ticker | day 0 | expected | CAR | t | p | flags |
|---|---|---|---|---|---|---|---|
{% for r in b.impact.results %}| {{ r.event | md }} | {{ r.ticker | md }} | {{ r.trading_date or "-" }} | {{ r.expected or "-" }} | {{ r.car | num("+.4f") }} | {{ r.t | num("+.2f") }} | {{ r.p_value | num(".3f") }} | {{ r.flags | join("; ") | md }} |
{% endfor %}
{% for a in b.impact.aggregates %}- {{ a.group | md }}: n={{ a.n }}, CAAR {{ a.caar | num("+.4f") }}, t {{ a.t | num("+.2f") }}, p {{ a.p_value | num(".3f") }}
{% endfor %}
{% endif %}## Estimated still held
{% for line in b.stocks %}- {{ line.text | md }}{{ line.cites | refs }}
{% else %}No estimate in the period.
{% endfor %}
## Sources
{% for c in b.citations %}[^{{ c.n }}]: {{ c.kind }}: {{ c.label | md }}{% if c.detail %} ({{ c.detail | md }}){% endif %}
{% endfor %}
---
{{ disclaimer }}
"""

_HTML = """\
<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Prisoner diplomacy brief{% if b.actor %}: {{ b.actor }}{% endif %}</title>
<style>body{font-family:sans-serif;max-width:60em;margin:2em auto;line-height:1.4}
table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.2em .4em;font-size:.9em}
sup a{text-decoration:none}.flags{color:#a33}.disclaimer{color:#555;font-size:.85em}
svg{max-width:100%;height:auto}</style></head>
<body>
<h1>Prisoner diplomacy brief{% if b.actor %}: {{ b.actor }}{% endif %}</h1>
<p>As of <time>{{ b.as_of }}</time>{% if b.since %} · period since {{ b.since }}{% endif %}</p>
<h2>Headline deals</h2>
<ul>{% for line in b.deals %}<li>{{ line.text }}{{ line.cites | sups }}</li>{% else %}<li>No deals in the period.</li>{% endfor %}</ul>
<h2>Releases and sanctions actions</h2>
<table><tr><th>date</th><th>actor</th><th>type</th><th>what</th></tr>
{% for line in b.events %}{% set cells = line.text.split(" | ") %}<tr>{% for cell in cells %}<td>{{ cell }}{% if loop.last %}{{ line.cites | sups }}{% endif %}</td>{% endfor %}</tr>
{% endfor %}</table>
{% if b.chart_svg %}<figure>{{ b.chart_svg | svg }}<figcaption>Timeline: people released, sanctions actions, estimated still held</figcaption></figure>{% endif %}
<h2>Exposure per deal</h2>
<ul>{% for line in b.exposure %}<li>{{ line.text }}{{ line.cites | sups }}</li>{% else %}<li>No deal in the period touches anything in the knowledge base.</li>{% endfor %}</ul>
{% if b.impact %}<h2>Event study</h2>
<p>{{ b.impact.model }} model{% if b.impact.market %}, market {{ b.impact.market }}{% endif %}, window {{ b.impact.window }}, estimation {{ b.impact.estimation }}{{ [b.impact_cite] | sups }}</p>
<table><tr><th>event</th><th>ticker</th><th>day 0</th><th>expected</th><th>CAR</th><th>t</th><th>p</th><th>flags</th></tr>
{% for r in b.impact.results %}<tr><td>{{ r.event }}</td><td>{{ r.ticker }}</td><td>{{ r.trading_date or "-" }}</td><td>{{ r.expected or "-" }}</td><td>{{ r.car | num("+.4f") }}</td><td>{{ r.t | num("+.2f") }}</td><td>{{ r.p_value | num(".3f") }}</td><td class="flags">{{ r.flags | join("; ") }}</td></tr>
{% endfor %}</table>
<ul>{% for a in b.impact.aggregates %}<li>{{ a.group }}: n={{ a.n }}, CAAR {{ a.caar | num("+.4f") }}, t {{ a.t | num("+.2f") }}, p {{ a.p_value | num(".3f") }}</li>{% endfor %}</ul>
{% endif %}<h2>Estimated still held</h2>
<ul>{% for line in b.stocks %}<li>{{ line.text }}{{ line.cites | sups }}</li>{% else %}<li>No estimate in the period.</li>{% endfor %}</ul>
<h2>Sources</h2>
<ol>{% for c in b.citations %}<li id="fn{{ c.n }}">{{ c.kind }}: {{ c.label }}{% if c.detail %} ({{ c.detail }}){% endif %}</li>{% endfor %}</ol>
<p class="disclaimer">{{ disclaimer }}</p>
</body></html>
"""


def _num(value: float | None, spec: str) -> str:
    return "-" if value is None else format(value, spec)


def _refs(cites: list[int | None]) -> str:
    return "".join(f"[^{n}]" for n in cites if n is not None)


def _sups(cites: list[int | None]) -> Markup:
    return Markup("").join(
        Markup('<sup><a href="#fn{0}">{0}</a></sup>').format(n) for n in cites if n is not None
    )


def _svg(text: str) -> Markup:
    # detente's own matplotlib output (no article text): kept as markup, minus the XML prolog.
    start = text.find("<svg")
    return Markup(text[start:] if start >= 0 else "")


def _environment(autoescape: bool) -> jinja2.Environment:
    env = jinja2.Environment(
        autoescape=autoescape, undefined=jinja2.StrictUndefined, keep_trailing_newline=True
    )
    env.filters.update(num=_num, refs=_refs, sups=_sups, svg=_svg,
                       md=lambda v: md_escape(one_line(str(v))),
                       b64=lambda v: base64.b64encode(str(v).encode("utf-8")).decode("ascii"))  # fmt: skip
    return env


def render_brief(brief: Brief, fmt: BriefFormat) -> str:
    """The brief as Markdown (``md``) or one self-contained HTML page (``html``)."""
    env = _environment(autoescape=fmt == "html")
    template = env.from_string(_HTML if fmt == "html" else _MD)
    return template.render(b=brief, disclaimer=DISCLAIMER)

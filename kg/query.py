"""SPARQL over a kg graph: ad-hoc queries and the ready-made ones in ``ontology/queries/``.

Parameters are passed as bindings (``initBindings``), never spliced into the query text. Only
read-only queries (SELECT, ASK, CONSTRUCT, DESCRIBE) are accepted.
"""

from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import dataclass
from functools import lru_cache

from decimal import Decimal, InvalidOperation

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import XSD
from rdflib.plugins.sparql import prepareQuery

from . import resources
from .errors import QueryError
from .vocab import PREFIXES

_UPDATE = re.compile(r"^\s*(?:(?:PREFIX|BASE)\s+[^\n]*\s+)*(INSERT|DELETE|LOAD|CLEAR|CREATE|DROP|COPY|MOVE|ADD|WITH)\b",
                     re.IGNORECASE)


@dataclass
class QueryResult:
    columns: list[str]
    rows: list[list[str]]
    ask: bool | None = None
    graph: Graph | None = None  # CONSTRUCT / DESCRIBE


def _strip_comments(text: str) -> str:
    return "\n".join(line for line in text.splitlines() if not line.lstrip().startswith("#"))


def _refuse_update(text: str, source: str) -> None:
    if _UPDATE.match(_strip_comments(text)):
        raise QueryError(f"{source}: SPARQL Update is not allowed here; kg query only reads (SELECT, ASK, CONSTRUCT, DESCRIBE)")


@lru_cache(maxsize=64)
def _prepared(text: str):
    # rdflib's parser takes 20-130 ms a query; a prepared query is reusable (rdflib evaluates it without changing it)
    return prepareQuery(text, initNs=dict(PREFIXES))


def prepare(text: str, source: str = "query"):
    _refuse_update(text, source)
    try:
        return _prepared(text)
    except Exception as exc:
        msg = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise QueryError(f"{source}: malformed SPARQL query ({msg[:200]})") from None


def term_text(term) -> str:
    if term is None:
        return ""
    if isinstance(term, Literal) and term.datatype == XSD.decimal:
        # one spelling for a number whatever the store: "0.80", "0.8" and "0.800" all print 0.8
        try:
            out = format(Decimal(str(term)).normalize(), "f")
            return out if out not in ("-0",) else "0"
        except InvalidOperation:
            return str(term)
    if isinstance(term, URIRef):
        s = str(term)
        for prefix, ns in PREFIXES.items():
            if s.startswith(str(ns)) and prefix in ("ent", "geo", "art", "ev", "stmt"):
                return f"{prefix}:{s[len(str(ns)):]}"
        return s
    return str(term)


def run_query(g: Graph, text: str, bindings: dict[str, str] | None = None, source: str = "query",
              *, select: bool = False) -> QueryResult:
    """Run ``text`` on ``g``. ``select`` says the text is a known-good SELECT (a ready-made query): on a store
    Oxigraph then parses it alone, without rdflib's parser (20-130 ms a query)."""
    from .store import is_store_graph

    init = {k: Literal(v) for k, v in (bindings or {}).items() if v is not None}
    native = is_store_graph(g)
    if native and select:
        _refuse_update(text, source)
        q = None
    else:
        q = prepare(text, source)  # refuses updates and malformed text whatever runs the query
    try:
        if native and (q is None or q.algebra.name == "SelectQuery"):
            return _native_select(g, text, init)
        if is_store_graph(g):
            # Oxigraph runs the text natively: milliseconds where rdflib's engine takes seconds
            res = g.query(text, initNs={k: str(v) for k, v in PREFIXES.items()}, initBindings=init)
        else:
            res = g.query(q, initBindings=init)
        return _collect(res)  # engines evaluate lazily: errors surface while the rows are read
    except QueryError:
        raise
    except Exception as exc:
        raise QueryError(f"{source}: query failed ({str(exc).splitlines()[0][:200] if str(exc) else type(exc).__name__})") from None


_XSD_STRING = str(XSD.string)
#: Namespaces term_text writes as prefix:name, longest first.
_COMPACT = sorted(((str(ns), prefix) for prefix, ns in PREFIXES.items() if prefix in ("ent", "geo", "art", "ev", "stmt")),
                  key=lambda x: -len(x[0]))


def _native_select(g: Graph, text: str, init: dict) -> QueryResult:
    """A SELECT on an Oxigraph-backed graph, its cells written straight from Oxigraph's results.

    The same table as going through rdflib's result objects (oxrdflib converts every cell to an
    rdflib term first, which took two thirds of the time of a 38k-row query). Oxigraph writes the
    solutions as SPARQL TSV in Rust (a Python object per cell cost ~2 us more), and each distinct
    TSV term is converted once: IRIs and plain strings directly, any other literal through
    :func:`term_text` (:func:`_cell_of_token`). A result with a term TSV cannot say exactly (RDF-star
    triples) is read again through pyoxigraph's objects (:func:`_object_cells`).
    """
    import pyoxigraph as ox
    from oxrdflib._converter import to_ox

    inner: ox.Store = g.store.ox  # type: ignore[attr-defined]

    def run():
        return inner.query(text, default_graph=ox.DefaultGraph(),
                           prefixes={k: str(v) for k, v in PREFIXES.items()},
                           substitutions={ox.Variable(k): to_ox(v) for k, v in init.items()})

    result = run()
    columns = [v.value for v in result.variables]
    lines = result.serialize(format=ox.QueryResultsFormat.TSV).decode("utf-8").split("\n")
    if _tsv_ends_lines():
        lines.pop()
    cells = _TsvCells()
    try:
        rows = [[cells[tok] for tok in line.split("\t")] for line in lines[1:]]
    except _NotTsv:
        return QueryResult(columns=columns, rows=_object_cells(run()))
    if any(len(r) != len(columns) for r in rows):  # cannot happen: TSV escapes tabs and newlines in literals
        return QueryResult(columns=columns, rows=_object_cells(run()))
    return QueryResult(columns=columns, rows=rows)


_XSD = "http://www.w3.org/2001/XMLSchema#"
_ECHAR = re.compile(r"\\(?:u[0-9A-Fa-f]{4}|U[0-9A-Fa-f]{8}|.)", re.DOTALL)
_ECHARS = {"t": "\t", "b": "\b", "n": "\n", "r": "\r", "f": "\f", '"': '"', "'": "'", "\\": "\\"}
_BARE = [(re.compile(r"[+-]?[0-9]+"), _XSD + "integer"), (re.compile(r"[+-]?[0-9]*\.[0-9]+"), _XSD + "decimal"),
         (re.compile(r"[+-]?(?:[0-9]+\.[0-9]*|\.?[0-9]+)[eE][+-]?[0-9]+"), _XSD + "double"),
         (re.compile(r"true|false"), _XSD + "boolean")]


@lru_cache(maxsize=1)
def _tsv_ends_lines() -> bool:
    """Whether this pyoxigraph ends every TSV line with a newline (0.5) or only separates them (0.3)."""
    import pyoxigraph as ox

    one = ox.Store().query("SELECT ?x WHERE { BIND(1 AS ?x) }").serialize(format=ox.QueryResultsFormat.TSV)
    return one.endswith(b"\n")


class _NotTsv(Exception):
    """A TSV term the fast path does not read (RDF-star triples)."""


def _unescape(s: str) -> str:
    def one(m: re.Match) -> str:
        e = m.group(0)
        if e[1] in "uU":
            return chr(int(e[2:], 16))
        if e[1] not in _ECHARS:
            raise _NotTsv(e)
        return _ECHARS[e[1]]

    return _ECHAR.sub(one, s) if "\\" in s else s


def _slow_cell(term) -> str:
    from oxrdflib._converter import from_ox

    from .store import _plain

    return term_text(_plain(from_ox(term)))


def _cell_of_token(tok: str) -> str:
    """The cell of one SPARQL TSV term, as :func:`_object_cells` writes the same term."""
    import pyoxigraph as ox

    if not tok:
        return ""
    first = tok[0]
    if first == "<":
        if tok.startswith("<<") or not tok.endswith(">"):
            raise _NotTsv(tok)
        value = tok[1:-1]
        for ns, prefix in _COMPACT:
            if value.startswith(ns):
                return f"{prefix}:{value[len(ns):]}"
        return value
    if first == '"':
        end = tok.rfind('"')
        if end <= 0:
            raise _NotTsv(tok)
        value, rest = _unescape(tok[1:end]), tok[end + 1:]
        if not rest or rest[0] == "@":
            return value  # a plain or language-tagged string: its text
        if not (rest.startswith("^^<") and rest.endswith(">")):
            raise _NotTsv(tok)
        datatype = rest[3:-1]
        if datatype == _XSD_STRING:
            return value
        return _slow_cell(ox.Literal(value, datatype=ox.NamedNode(datatype)))
    if tok.startswith("_:"):
        return _slow_cell(ox.BlankNode(tok[2:]))
    for pattern, datatype in _BARE:  # Turtle's bare numbers and booleans
        if pattern.fullmatch(tok):
            return _slow_cell(ox.Literal(tok, datatype=ox.NamedNode(datatype)))
    raise _NotTsv(tok)


class _TsvCells(dict):
    """TSV term -> cell text, each distinct term converted once (IRIs and labels repeat on every row)."""

    def __missing__(self, tok: str) -> str:
        out = self[tok] = _cell_of_token(tok)
        return out


def _object_cells(result) -> list[list[str]]:
    """Cells of a pyoxigraph solution iterator, read term by term (the reference for :func:`_cell_of_token`)."""
    import pyoxigraph as ox

    cache: dict = {}
    named, literal = ox.NamedNode, ox.Literal

    def cell(term) -> str:
        if term is None:
            return ""
        if type(term) is named:
            value = term.value
            out = cache.get(value)
            if out is None:
                out = value
                for ns, prefix in _COMPACT:
                    if value.startswith(ns):
                        out = f"{prefix}:{value[len(ns):]}"
                        break
                cache[value] = out
            return out
        if type(term) is literal and (term.language is not None or term.datatype.value == _XSD_STRING):
            return term.value
        out = cache.get(term)
        if out is None:
            out = cache[term] = _slow_cell(term)
        return out

    return [[cell(t) for t in solution] for solution in result]


def _collect(res) -> QueryResult:
    if res.type == "ASK":
        return QueryResult(columns=["ask"], rows=[[str(bool(res.askAnswer)).lower()]], ask=bool(res.askAnswer))
    if res.type in ("CONSTRUCT", "DESCRIBE"):
        out = Graph()
        for t in res:
            out.add(t)
        rows = sorted([[term_text(s), term_text(p), term_text(o)] for s, p, o in out])
        return QueryResult(columns=["subject", "predicate", "object"], rows=rows, graph=out)
    columns = [str(v) for v in res.vars]
    rows = [[term_text(row[i]) for i in range(len(columns))] for row in res]
    return QueryResult(columns=columns, rows=rows)


def named_query(name: str, params: dict[str, str] | None = None) -> tuple[resources.NamedQuery, dict[str, str]]:
    """A ready-made query and its checked parameters, for any engine (local graph, store or server)."""
    qs = resources.queries()
    if name not in qs:
        raise QueryError(f"no ready-made query named {name!r}; `kg query --list` shows them: {', '.join(sorted(qs))}")
    nq = qs[name]
    bindings = {}
    for key, value in (params or {}).items():
        if value is None:
            continue
        if key not in nq.params:
            raise QueryError(f"query {name!r} takes no parameter {key!r} (it takes: {', '.join(nq.params) or 'none'})")
        bindings[key] = value
    return nq, bindings


def without_params(res: QueryResult, nq: resources.NamedQuery) -> QueryResult:
    """Parameters are projected (Oxigraph binds only projected variables); they are inputs, not results."""
    keep = [i for i, c in enumerate(res.columns) if c not in nq.params]
    if len(keep) != len(res.columns) and res.ask is None and res.graph is None:
        res = QueryResult(columns=[res.columns[i] for i in keep], rows=[[r[i] for i in keep] for r in res.rows])
    return res


#: The entities a name or alias stands for (the first step of an entity-bound ready-made query).
FOCUS_QUERY = """
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT DISTINCT ?focus ?entity WHERE {
  ?focus rdfs:label|skos:altLabel ?name .
  FILTER(LCASE(STR(?name)) = LCASE(STR(?entity)))
}"""
_FOCUS_LINE = re.compile(r"^(\s*)#focus (.*)$", re.MULTILINE)


def iri_of(text: str) -> URIRef:
    """Undo :func:`term_text`'s prefix for the project's own namespaces."""
    prefix, _, local = text.partition(":")
    if prefix in ("ent", "geo", "art", "ev", "stmt") and local:
        return URIRef(str(PREFIXES[prefix]) + local)
    return URIRef(text)


def focused(nq: resources.NamedQuery, bindings: dict[str, str], run) -> str:
    """The query text, starting from the statements of the entities ``entity`` names.

    ``run(text, bindings)`` executes a query where the graph lives (local or remote). The
    ``#focus`` line of the template becomes ``VALUES ?focus {...} <pattern>`` with the IRIs found
    (from the graph, never from user text); the query's own filter still decides each row.
    """
    if not bindings.get("entity") or not _FOCUS_LINE.search(nq.text):
        return nq.text
    found = run(FOCUS_QUERY, {"entity": bindings["entity"]})
    iris = sorted({iri_of(row[0]).n3() for row in found.rows if row and row[0]})
    # nothing named so: a focus that matches no statement (rdflib cannot evaluate an empty VALUES)
    values = "VALUES ?focus { " + (" ".join(iris) or "<urn:kg:no-such-entity>") + " }"
    return _FOCUS_LINE.sub(lambda m: f"{m.group(1)}{values} {m.group(2)}", unwrapped(nq.text), count=1)


#: ``{ SELECT ?a ?b WHERE { ?a <p> ?b } }``: a sub-select of one triple pattern projecting its two variables.
_ONE_PATTERN = re.compile(r"\{ SELECT (\?\w+) (\?\w+) WHERE \{ (\?\w+) (a|[\w-]*:[\w-]+|<[^<>\s]+>) (\?\w+) \} \}")


def unwrapped(text: str) -> str:
    """``text`` with each sub-select of one triple pattern that projects exactly the pattern's variables
    replaced by the pattern itself: the same solutions, by the definition of a sub-select.

    The ready-made queries write their per-statement properties so (Oxigraph joins a sub-select by hashing
    one scan of the property, ~3x faster when every statement is read); when an entity picks a few
    statements, looking each property up per row is faster, so :func:`focused` unwraps them, and so does
    :func:`run_named` for rdflib's engine (5-20x slower on sub-selects, which it joins row by row).
    """
    def one(m: re.Match) -> str:
        if {m.group(1), m.group(2)} != {m.group(3), m.group(5)} or m.group(1) == m.group(2):
            return m.group(0)
        pattern = " ".join(m.group(3, 4, 5))
        # OPTIONAL's group keeps its braces; elsewhere the pattern joins the enclosing group's triples
        # (one basic graph pattern, which rdflib's engine evaluates far faster than a join of groups)
        return "{ " + pattern + " }" if text[:m.start()].rstrip().endswith("OPTIONAL") else pattern + " ."

    return _ONE_PATTERN.sub(one, text)


def run_named(g: Graph, name: str, params: dict[str, str] | None = None) -> QueryResult:
    from .store import is_store_graph

    nq, bindings = named_query(name, params)
    text = focused(nq, bindings, lambda t, b: run_query(g, t, b, source=f"query {name}"))
    if not is_store_graph(g):
        text = unwrapped(text)
    return without_params(run_query(g, text, bindings, source=f"query {name}", select=nq.select), nq)


def format_result(res: QueryResult, fmt: str = "table") -> str:
    if fmt == "json":
        if res.ask is not None:
            return json.dumps({"boolean": res.ask})
        return json.dumps([dict(zip(res.columns, r)) for r in res.rows], ensure_ascii=False, indent=1)
    if fmt in ("csv", "tsv"):
        buf = io.StringIO()
        w = csv.writer(buf, delimiter="," if fmt == "csv" else "\t", lineterminator="\n")
        w.writerow(res.columns)
        for r in res.rows:
            w.writerow([c.replace("\t", " ").replace("\n", " ") if fmt == "tsv" else c for c in r])
        return buf.getvalue().rstrip("\n")
    # aligned table, long cells shortened
    def cell(c: str) -> str:
        c = " ".join(c.split())
        return c if len(c) <= 80 else c[:77] + "..."
    rows = [[cell(c) for c in r] for r in res.rows]
    widths = [max([len(h)] + [len(r[i]) for r in rows]) for i, h in enumerate(res.columns)]
    lines = ["  ".join(h.ljust(w) for h, w in zip(res.columns, widths)).rstrip(),
             "  ".join("-" * w for w in widths)]
    lines += ["  ".join(c.ljust(w) for c, w in zip(r, widths)).rstrip() for r in rows]
    lines.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(lines)

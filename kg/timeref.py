"""Dates and periods in article text, resolved against the article's own date.

"in May 2022" -> 2022-05, "late 2022" -> 2022, "last year" -> the year before the article,
"in April" -> April of the article's year (or the year before, if April is still to come).
Returns ISO 8601 prefixes (YYYY, YYYY-MM or YYYY-MM-DD) or None when nothing reliable is said.
"""

from __future__ import annotations

import re
from functools import lru_cache

MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
     "november", "december"], start=1)}
MONTHS.update({m[:3]: i for m, i in list(MONTHS.items())})
MONTHS["sept"] = 9

_YEAR = re.compile(r"\b(1[89]\d{2}|20\d{2})\b")
_DAY = re.compile(r"\b([0-3]?\d)(?:st|nd|rd|th)?\b")


def _article_ym(article_date: str | None) -> tuple[int, int] | None:
    if not article_date:
        return None
    m = re.match(r"(\d{4})(?:-(\d{2}))?", article_date)
    if not m:
        return None
    return int(m.group(1)), int(m.group(2) or 1)


@lru_cache(maxsize=4096)  # pure, and a relation's date is asked for once per statement of its sentence
def resolve_date(text: str, article_date: str | None = None) -> str | None:
    t = text.lower().strip()
    ref = _article_ym(article_date)
    words = re.findall(r"[a-z]+", t)
    month = next((MONTHS[w] for w in words if w in MONTHS and w != "may" or (w == "may" and w in words)), None)
    year_m = _YEAR.search(t)
    year = int(year_m.group(1)) if year_m else None
    if year is None and ref:
        if "last year" in t or "previous year" in t:
            year = ref[0] - 1
        elif "this year" in t or "earlier this" in t:
            year = ref[0]
        elif "next year" in t:
            year = ref[0] + 1
        elif month is not None and not re.search(r"\b(years?|decades?|months?)\b", t):
            year = ref[0] if month <= ref[1] else ref[0] - 1
    if year is None:
        return None
    if month is None or "year" in t and not any(w in MONTHS for w in words):
        return f"{year:04d}"
    day = None
    rest = _YEAR.sub(" ", t)
    dm = _DAY.search(rest)
    if dm and 1 <= int(dm.group(1)) <= 31:
        day = int(dm.group(1))
    if day:
        return f"{year:04d}-{month:02d}-{day:02d}"
    return f"{year:04d}-{month:02d}"

"""A synthetic news corpus for benchmarks, made by recombining short sentences written for kg.

The sentences describe real interstate events in our own words; the generator shuffles them into
articles with a fixed seed, so every run measures the same text.
"""

from __future__ import annotations

import random
from collections.abc import Iterator

from kg.ingest import article_from_text
from kg.model import Article

SENTENCES = (
    "Japan and the Philippines signed a reciprocal access agreement in Manila in July 2024.",
    "The European Union imposed new sanctions on Russia over the war in Ukraine.",
    "Indian and Chinese troops clashed in the Galwan Valley in June 2020.",
    "The United States shares intelligence with the United Kingdom, Canada, Australia and New Zealand.",
    "Finland joined NATO in April 2023 after decades of military non-alignment.",
    "Sweden became a member of NATO in March 2024.",
    "China criticized the United States over arms sales to Taiwan.",
    "North Korea threatened South Korea after joint military exercises.",
    "The United States provided military aid to Ukraine throughout 2023.",
    "Australia, the United Kingdom and the United States announced the AUKUS partnership in 2021.",
    "Russia expelled several German diplomats from Moscow.",
    "Germany reduced its imports of Russian gas after 2022.",
    "France and Germany signed the Aachen Treaty in January 2019.",
    "Iran launched missiles and drones against Israel in April 2024.",
    "Israel accused Iran of arming militias across the region.",
    "Turkey and Greece held talks on maritime borders in Athens.",
    "The Chinese coast guard blocked a Philippine resupply mission near Second Thomas Shoal.",
    "Saudi Arabia and Iran agreed to restore diplomatic relations in March 2023.",
    "The United States sanctioned Chinese firms accused of supplying Russia.",
    "India and the United States agreed to deepen defence cooperation.",
    "Pakistan condemned India after the strikes in May 2025.",
    "Japan and South Korea resumed regular summits in 2023.",
    "Canada expelled an Indian diplomat in September 2023.",
    "Poland received tanks from South Korea under a large arms deal.",
    "The Netherlands restricted exports of chip machines to China.",
    "Armenia froze its participation in the Collective Security Treaty Organization.",
    "Azerbaijan retook Nagorno-Karabakh in a military offensive in September 2023.",
    "Egypt, Qatar and the United States mediated talks between Israel and Hamas.",
    "Vietnam and the United States upgraded their relations to a comprehensive strategic partnership.",
    "Niger ordered French troops to leave the country in 2023.",
    "Mali ended its defence cooperation with France in 2022.",
    "Russian and Chinese bombers flew a joint patrol near Alaska in July 2024.",
)

TITLES = ("Diplomatic roundup", "Security briefing", "Regional tensions", "Alliance watch", "Week in review")


def synthetic_articles(n: int, sentences_per_article: int = 8, seed: int = 7) -> Iterator[Article]:
    """``n`` distinct articles; each is ``sentences_per_article`` sentences in two paragraphs plus a serial."""
    rng = random.Random(seed)
    for i in range(n):
        picked = rng.sample(SENTENCES, sentences_per_article)
        half = sentences_per_article // 2
        text = " ".join(picked[:half]) + "\n\n" + " ".join(picked[half:]) + f"\n\nReport {i}."
        yield article_from_text(text, title=f"{rng.choice(TITLES)} {i}", source=f"synthetic/{i}")

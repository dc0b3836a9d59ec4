"""The viewer in a real headless Chromium: it renders offline, filters work, untrusted text stays text.

Uses the Debian chromium at /usr/bin/chromium through playwright; never downloads a browser.
"""

from __future__ import annotations

import importlib.util
import random
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import rdflib

from kg.viz import view_graph
from kg.vocab import ENT

pytestmark = pytest.mark.browser

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run"]
SCREENSHOT = Path(__file__).resolve().parents[1] / "test-output" / "viewer.png"

# Payloads that would set window.__pwned if any of them ever ran as script.
PWN_IMG = '<img src=x onerror="window.__pwned=1">'
PWN_SCRIPT = "</script><script>window.__pwned=2</script>"
PWN_SVG = '<svg onload="window.__pwned=3">'

_spec = importlib.util.spec_from_file_location("_viz_graphs", Path(__file__).with_name("test_viz.py"))
assert _spec is not None and _spec.loader is not None
_graphs = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_graphs)  # the hand-built graphs of test_viz.py


def evil_graph() -> rdflib.Graph:
    """The sample graph of test_viz.py plus payloads that would flag their own execution."""
    b = _graphs.GraphBuilder()
    b.graph = _graphs.sample_graph()
    b._n = 1000
    pwn = b.entity("Pwn", "Person", PWN_IMG, aliases=(PWN_SVG,))
    art = b.article("pwn", PWN_SCRIPT, "javascript:window.__pwned=4", "2024-07-01")
    b.statement(pwn, "threatens", ENT.India, "threaten", [(art, f"{PWN_SCRIPT} {PWN_IMG}", {"claimant": PWN_SVG})])
    return b.graph


def synthetic_graph(entities: int = 2000, relations: int = 5000, seed: int = 7) -> rdflib.Graph:
    """A big random graph with a few hubs, in the SCHEMA.md shape."""
    rnd = random.Random(seed)
    b = _graphs.GraphBuilder()
    kinds = ["Country", "Person", "Organization", "Agency", "Alliance", "Location", "Event"]
    ents = [b.entity(f"E{i}", kinds[i % len(kinds)], f"Entity {i}", aliases=(f"Alias{i}",)) for i in range(entities)]
    arts = [b.article(f"a{i}", f"Article {i}", f"https://example.org/{i}", "2024-01-01") for i in range(200)]
    props = [("sharesIntelligenceWith", "share_intelligence"), ("sanctions", "sanction"), ("memberOf", "member_of"),
             ("threatens", "threaten"), ("meetsWith", "meet_with")]
    seen: set[tuple[int, str, int]] = set()
    while len(seen) < relations:
        s, o = rnd.randrange(entities), int(rnd.paretovariate(1.1)) % entities
        prop, category = props[rnd.randrange(len(props))]
        if s == o or (s, prop, o) in seen:
            continue
        seen.add((s, prop, o))
        b.statement(ents[s], prop, ents[o], category, [(arts[rnd.randrange(len(arts))], f"Entity {s} and {o}.", {})])
    return b.graph


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} not found: install Debian's chromium (apt-get install chromium)")
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright (python) is not installed")
    with sync_api.sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser
        browser.close()


class Page:
    """A page with every non-file request recorded and aborted, and script execution watched."""

    def __init__(self, browser: Any, html: Path) -> None:
        self.requests: list[str] = []
        self.dialogs: list[str] = []
        self.errors: list[str] = []
        self.page = browser.new_page(viewport={"width": 1400, "height": 860})
        self.page.route("**/*", self._route)
        self.page.on("dialog", self._dialog)
        self.page.on("pageerror", lambda exc: self.errors.append(str(exc)))
        self.page.on("console", lambda msg: self.errors.append(msg.text) if msg.type == "error" else None)
        self.page.add_init_script(
            "window.__pwned = 0; window.__csp = [];"
            "document.addEventListener('securitypolicyviolation',"
            " function (e) { window.__csp.push(e.violatedDirective + ' ' + e.blockedURI); });"
        )
        self.page.goto(html.as_uri())
        # Poll from Python: wait_for_function compiles its predicate with eval in the page, which
        # the page's Content-Security-Policy rightly refuses.
        deadline = time.monotonic() + 90
        while not self.js("!!(window.kgView && window.kgView.ready && window.kgView.stabilized)"):
            assert not self.errors, f"the page failed: {self.errors}"
            assert not self.dialogs and self.js("window.__pwned") == 0, "an injected payload ran"
            assert time.monotonic() < deadline, "the viewer did not finish its layout in 90 s"
            self.page.wait_for_timeout(50)

    def _route(self, route: Any) -> None:
        if route.request.url.startswith("file://"):
            route.continue_()
        else:
            self.requests.append(route.request.url)
            route.abort()

    def _dialog(self, dialog: Any) -> None:
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def js(self, expression: str, arg: Any = None) -> Any:
        return self.page.evaluate(expression, arg)

    def counts(self) -> tuple[int, int]:
        """What vis-network itself draws, and what the page's views hold: they must agree."""
        drawn = self.js("[kgNetwork.body.nodeIndices.length, kgNetwork.body.edgeIndices.length]")
        view = self.js("kgView.counts()")
        assert tuple(drawn) == (view["nodes"], view["edges"])
        return tuple(drawn)

    def screen_point(self, canvas_xy: dict[str, float]) -> tuple[float, float]:
        dom = self.js("p => kgNetwork.canvasToDOM(p)", canvas_xy)
        box = self.page.locator("#kg-network").bounding_box()
        return box["x"] + dom["x"], box["y"] + dom["y"]

    def click_node(self, node_id: str) -> None:
        pos = self.js("id => kgNetwork.getPositions([id])[id]", node_id)
        self.page.mouse.click(*self.screen_point(pos))

    def click_edge_between(self, a: str, b: str) -> None:
        pos = self.js("ids => { const p = kgNetwork.getPositions(ids);"
                      " return {x: (p[ids[0]].x + p[ids[1]].x) / 2, y: (p[ids[0]].y + p[ids[1]].y) / 2}; }", [a, b])
        self.page.mouse.click(*self.screen_point(pos))

    def assert_clean(self) -> None:
        assert self.requests == [], f"the page tried to load {self.requests}"
        assert self.dialogs == [], f"a script ran: dialogs {self.dialogs}"
        assert self.js("window.__pwned") == 0, "an injected payload ran"
        assert self.js("window.__csp") == [], "the page broke its Content-Security-Policy"
        assert self.errors == [], f"page errors: {self.errors}"


@pytest.fixture(scope="module")
def evil_html(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("browser") / "evil.html"
    view_graph(evil_graph(), out, title=f"Evil {PWN_IMG}")
    return out


def test_viz_browser_renders_offline_with_expected_counts(browser: Any, evil_html: Path) -> None:
    page = Page(browser, evil_html)
    assert page.counts() == (9, 7)  # the entity without relations waits on its checkbox
    assert page.js("document.title") == f"Evil {PWN_IMG}"
    assert page.page.locator("#kg-stats").inner_text() == "9 / 10 entities · 7 / 7 relations"
    page.page.check("input[data-kind=isolated]")
    assert page.counts() == (10, 7)
    lonely = page.js("id => kgNetwork.getPositions([id])[id]", str(ENT.LonelyIsland))
    lowest = page.js("ids => Math.max(...Object.values(kgNetwork.getPositions(ids)).map(p => p.y))",
                     [str(ENT.UnitedStates), str(ENT.India), str(ENT.China), str(ENT.Russia), str(ENT.Ukraine)])
    assert lonely["y"] > lowest  # shelved below the graph, not in the middle of it
    # the legend shows each type present with its colour, the relations grouped by family
    types = page.page.locator("input[data-kind=type]").evaluate_all("bs => bs.map(b => b.dataset.value)")
    assert types == ["Country", "Alliance", "Organization", "Agency", "Person", "Location"]
    assert page.page.locator("#kg-relations h3").all_inner_texts() == ["cooperation", "conflict", "structural"]
    page.assert_clean()
    page.page.close()


def test_viz_browser_search_selects_and_focuses(browser: Any, evil_html: Path) -> None:
    page = Page(browser, evil_html)
    page.page.fill("#kg-search", "washington")  # an alias, any case
    page.page.press("#kg-search", "Enter")
    assert page.js("kgNetwork.getSelectedNodes()") == [str(ENT.UnitedStates)]
    assert page.page.locator("#kg-details h2").first.inner_text() == "United States"
    details = page.page.locator("#kg-details").inner_text()
    assert "USA" in details and "U.S., US, Washington" in details and "Country" in details
    # the view is centred on it
    pos = page.js("id => kgNetwork.canvasToDOM(kgNetwork.getPositions([id])[id])", str(ENT.UnitedStates))
    box = page.page.locator("#kg-network").bounding_box()
    assert abs(pos["x"] - box["width"] / 2) < 5 and abs(pos["y"] - box["height"] / 2) < 5
    page.page.fill("#kg-search", "РОССИЯ")  # a non-ASCII alias, any case
    page.page.press("#kg-search", "Enter")
    assert page.js("kgNetwork.getSelectedNodes()") == [str(ENT.Russia)]
    page.page.fill("#kg-search", "lonely")  # an entity without relations, hidden until found
    page.page.press("#kg-search", "Enter")
    assert page.js("kgNetwork.getSelectedNodes()") == [str(ENT.LonelyIsland)]
    assert page.counts() == (10, 7)
    page.page.fill("#kg-search", "no such entity")
    page.page.press("#kg-search", "Enter")
    assert "No entity named" in page.page.locator("#kg-message").inner_text()
    page.assert_clean()
    page.page.close()


def test_viz_browser_filters_change_visible_counts(browser: Any, evil_html: Path) -> None:
    page = Page(browser, evil_html)
    assert page.counts() == (9, 7)
    page.page.uncheck("input[data-kind=category][data-value=sanction]")
    assert page.counts() == (9, 6)  # Russia keeps its `attacked` edge
    page.page.uncheck("input[data-kind=category][data-value=use_force]")
    assert page.counts() == (7, 5)  # Russia and Ukraine have nothing left to show
    page.page.click("#kg-reset")
    assert page.counts() == (9, 7)
    page.page.uncheck("input[data-kind=type][data-value=Organization]")
    assert page.counts() == (7, 6)  # the organization, and the agency whose only edge went with it
    page.page.click("#kg-reset")
    page.page.locator("#kg-min-sources").fill("2")
    assert page.page.locator("#kg-min-sources-value").inner_text() == "2"
    assert page.counts() == (4, 3)  # share (2 articles), criticize (2), sanctions (3)
    page.page.locator("#kg-min-sources").fill("3")
    assert page.counts() == (2, 1)
    page.page.check("input[data-kind=isolated]")
    assert page.counts() == (3, 1)
    page.page.click("#kg-reset")
    assert page.counts() == (9, 7) and not page.page.is_checked("input[data-kind=isolated]")
    page.assert_clean()
    page.page.close()


def test_viz_browser_evidence_panel_keeps_untrusted_text_as_text(browser: Any, evil_html: Path) -> None:
    page = Page(browser, evil_html)
    us, india = str(ENT.UnitedStates), str(ENT.India)
    page.click_edge_between(us, india)
    details = page.page.locator("#kg-details")
    assert "shares intelligence with" in details.locator("h2").first.inner_text()
    text = details.inner_text()
    assert "The U.S. is sharing intelligence with India." in text
    assert "<script>alert(1)</script>" in text  # shown literally
    assert "claimed by U.S. officials" in text and "2024-05-01" in text
    links = details.locator("a").evaluate_all("as => as.map(a => [a.textContent, a.getAttribute('href')])")
    assert links == [["U.S. and India deepen ties", "https://news.example.org/us-india?a=1&b=2"]]
    assert details.locator("script, img, svg, iframe").count() == 0
    assert "Read <a href=" in text  # the title with "href" is text, not a link

    page.page.mouse.move(*page.screen_point(page.js(
        "ids => { const p = kgNetwork.getPositions(ids); return {x: (p[ids[0]].x + p[ids[1]].x) / 2,"
        " y: (p[ids[0]].y + p[ids[1]].y) / 2}; }", [us, india])))
    tooltip = page.page.locator("div.vis-tooltip")
    tooltip.wait_for(state="visible", timeout=5000)
    assert "sharing intelligence" in tooltip.inner_text()
    assert "<script>alert(1)</script>" in tooltip.inner_text()
    tags = tooltip.evaluate("t => [...t.querySelectorAll('*')].map(e => e.tagName)")
    assert set(tags) <= {"BR"}  # plain text (innerText turns newlines into <br>), no markup

    page.click_node(str(ENT.Pwn))
    assert page.page.locator("#kg-details h2").first.inner_text() == PWN_IMG
    page.page.locator("#kg-details button.kg-rel").first.click()
    text = details.inner_text()
    assert PWN_SCRIPT in text and PWN_SVG in text
    assert details.locator("a").count() == 0  # a javascript: source never becomes a link
    assert details.locator("script, img, svg, iframe").count() == 0
    page.page.wait_for_timeout(300)
    page.assert_clean()

    # the picture a person sees: the evidence of the intelligence-sharing edge
    page.click_edge_between(us, india)
    SCREENSHOT.parent.mkdir(parents=True, exist_ok=True)
    page.page.screenshot(path=str(SCREENSHOT))
    page.page.close()


def test_viz_browser_focus_option_selects_entity(browser: Any, tmp_path: Path) -> None:
    out = tmp_path / "focus.html"
    view_graph(evil_graph(), out, focus="india", hops=1)
    page = Page(browser, out)
    assert page.counts() == (3, 2)  # India and its neighbours: United States and the Pwn person
    assert page.js("kgNetwork.getSelectedNodes()") == [str(ENT.India)]
    assert page.page.locator("#kg-details h2").first.inner_text() == "India"
    page.assert_clean()
    page.page.close()


def test_viz_browser_big_graph_becomes_usable(browser: Any, tmp_path: Path) -> None:
    out = tmp_path / "big.html"
    stats = view_graph(synthetic_graph(), out, title="2,000 entities")
    assert (stats.nodes, stats.edges) == (2000, 5000)
    page = Page(browser, out)
    connected = page.js("kgView.data.nodes.filter(n => n.degree > 0).length")
    assert 1500 < connected < 2000
    assert page.counts() == (connected, 5000)
    assert page.js("kgNetwork.physics.physicsEnabled") is False  # laid out in Python: nothing moves
    page.page.check("input[data-kind=isolated]")
    assert page.counts() == (2000, 5000)
    page.page.fill("#kg-search", "alias1234")
    page.page.press("#kg-search", "Enter")
    assert page.js("kgNetwork.getSelectedNodes()") == [str(ENT.E1234)]
    page.page.uncheck("input[data-kind=category][data-value=member_of]")
    nodes, edges = page.counts()
    assert edges < 5000 and nodes <= 2000
    page.assert_clean()
    page.page.close()

"""The command line as a user drives it (click's CliRunner): build, query, export, view, stats, validate."""

from __future__ import annotations

import json
import shutil

import networkx as nx
import pytest
from click.testing import CliRunner
from rdflib import Graph

from kg.cli import main
from conftest import EXAMPLES


@pytest.fixture(scope="module")
def built(tmp_path_factory, nlp):
    out = tmp_path_factory.mktemp("built") / "graph.ttl"
    res = CliRunner().invoke(main, ["build", str(EXAMPLES), "-o", str(out)])
    assert res.exit_code == 0, res.output
    return out


def run(*args, input=None):
    return CliRunner().invoke(main, [str(a) for a in args], input=input)


def test_cli_every_command_has_an_example():
    for name, cmd in main.commands.items():
        assert "Example:" in (cmd.help or ""), f"kg {name} --help has no example"
        res = run(name, "--help")
        assert res.exit_code == 0 and "Example:" in res.output


def test_cli_build_prints_a_summary(built):
    res = run("stats", built)
    assert res.exit_code == 0
    assert "articles   5" in res.output
    assert "Country" in res.output and "memberOf" in res.output


def test_cli_outputs_get_the_users_usual_file_mode(built, tmp_path):
    """Written atomically through a private temp file, the graph, its exports and the viewer still
    end up readable as any file the user writes (0666 less the umask), not 0600."""
    import os

    umask = os.umask(0o022)
    try:
        outs = [tmp_path / "g.ttl", tmp_path / "g.graphml", tmp_path / "g.html"]
        assert run("build", EXAMPLES, "-o", outs[0]).exit_code == 0
        assert run("export", outs[0], "-o", outs[1]).exit_code == 0
        assert run("view", outs[0], "-o", outs[2]).exit_code == 0
        assert [oct(p.stat().st_mode & 0o777) for p in outs] == [oct(0o644)] * 3
    finally:
        os.umask(umask)


def test_cli_build_is_byte_identical_and_append_is_idempotent(built, tmp_path):
    again = tmp_path / "g.ttl"
    assert run("build", EXAMPLES, "-o", again).exit_code == 0
    assert again.read_bytes() == built.read_bytes()
    res = run("build", EXAMPLES / "01_us_asia_intelligence_network.txt", "-o", again, "--append")
    assert res.exit_code == 0 and "0 new" in res.output
    assert again.read_bytes() == built.read_bytes()


def test_cli_append_merges_new_articles(tmp_path):
    g = tmp_path / "g.ttl"
    assert run("build", EXAMPLES / "01_us_asia_intelligence_network.txt", "-o", g).exit_code == 0
    assert run("build", EXAMPLES / "03_india_china_border_clash.txt", "-o", g, "--append").exit_code == 0
    stats = json.loads(run("stats", g, "--format", "json").output)
    assert stats["articles"] == 2


def test_cli_build_from_stdin(tmp_path):
    out = tmp_path / "s.ttl"
    res = run("build", "-", "-o", out, input="Japan and the Philippines signed a defence pact on Monday.\n")
    assert res.exit_code == 0, res.output
    g = Graph().parse(out)
    assert len(g) > 0


@pytest.mark.parametrize("suffix,fmt", [(".nt", "nt"), (".jsonld", "json-ld"), (".trig", "trig"), (".ttl", "turtle")])
def test_cli_export_rdf_formats_round_trip(built, tmp_path, suffix, fmt):
    out = tmp_path / f"g{suffix}"
    assert run("export", built, "-o", out).exit_code == 0
    from rdflib import Dataset

    if fmt == "trig":
        ds = Dataset()
        ds.parse(out, format="trig")
        n = sum(1 for _ in ds.quads((None, None, None, None)))
    else:
        n = len(Graph().parse(out, format=fmt))
    assert n == len(Graph().parse(built))


def test_cli_export_graphml_is_a_useful_network(built, tmp_path):
    out = tmp_path / "g.graphml"
    assert run("export", built, "-o", out).exit_code == 0
    net = nx.read_graphml(out)
    assert net.nodes["India"]["label"] == "India" and net.nodes["India"]["type"] == "Country"
    edges = [d for _, _, d in net.edges(data=True)]
    assert edges and all({"relation", "mentions", "sources"} <= set(d) for d in edges)
    assert any(d["relation"] == "memberOf" for d in edges)
    again = tmp_path / "g2.graphml"
    run("export", built, "-o", again)
    assert again.read_bytes() == out.read_bytes()
    gexf = tmp_path / "g.gexf"
    assert run("export", built, "-o", gexf).exit_code == 0
    assert nx.read_gexf(gexf).number_of_nodes() == net.number_of_nodes()


def test_cli_query_forms(built, tmp_path):
    res = run("query", built, "SELECT ?c WHERE { ?c a geo:Country } ORDER BY ?c", "--format", "csv")
    assert res.exit_code == 0 and "ent:India" in res.output
    rq = tmp_path / "q.rq"
    rq.write_text("SELECT (COUNT(*) AS ?n) WHERE { ?s geo:memberOf ?g }")
    res = run("query", built, "-f", rq, "--format", "json")
    assert res.exit_code == 0 and int(json.loads(res.output)[0]["n"]) > 0
    listed = run("query", "--list")
    for name in ("relations", "partners", "members", "evidence", "degree", "timeline", "corroborated"):
        assert name in listed.output


def test_cli_query_named_with_param_is_not_spliced(built):
    res = run("query", built, "--name", "members", "--param", "entity=Five Eyes", "--format", "json")
    assert res.exit_code == 0, res.output
    text = res.output
    for member in ("Canada", "New Zealand", "United Kingdom"):
        assert member in text
    evil = run("query", built, "--name", "members", "--param", 'entity=x" } UNION { ?a ?b ?c } #', "--format", "json")
    assert evil.exit_code == 0 and json.loads(evil.output) == []


def test_cli_view_writes_a_self_contained_page(built, tmp_path):
    out = tmp_path / "g.html"
    res = run("view", built, "-o", out)
    assert res.exit_code == 0, res.output
    html = out.read_text()
    assert "<script src=\"http" not in html and not (tmp_path / "lib").exists()


def test_cli_validate_passes_on_built_graph_and_fails_on_broken(built, tmp_path):
    assert run("validate", built).exit_code == 0
    broken = tmp_path / "broken.ttl"
    text = built.read_text()
    # a country without its ISO code and an evidence without its sentence
    lines = [line for line in text.splitlines() if "geo:isoCode" not in line]
    broken.write_text("\n".join(lines) + "\n")
    g = Graph().parse(broken)  # still valid Turtle
    assert len(g)
    res = run("validate", broken)
    assert res.exit_code != 0 and "isoCode" in res.output


@pytest.mark.parametrize("args,needle", [
    (["build", "no/such/dir", "-o", "{tmp}/x.ttl"], "no/such/dir"),
    (["build", "{examples}", "-o", "{tmp}/x.docx"], "unknown graph format"),
    (["query", "{tmp}/missing.ttl", "SELECT * WHERE {?s ?p ?o}"], "no such graph file"),
    (["query", "{bad}", "SELECT * WHERE {?s ?p ?o}"], "not a valid turtle graph"),
    (["query", "{built}", "SELECT * WHERE { ?s ?p "], "malformed SPARQL"),
    (["query", "{built}", "DELETE WHERE { ?s ?p ?o }"], "SPARQL Update is not allowed"),
    (["query", "{built}", "--name", "nosuchquery"], "no ready-made query"),
    (["export", "{built}", "-o", "{tmp}/x.pdf"], "unknown graph format"),
])
def test_cli_bad_input_is_one_clear_line(built, tmp_path, args, needle):
    bad = tmp_path / "bad.ttl"
    bad.write_text("@prefix ex: <http://example.org/> .\nex:a ex:b ")
    subst = {"{tmp}": str(tmp_path), "{examples}": str(EXAMPLES), "{bad}": str(bad), "{built}": str(built)}
    for k, v in subst.items():
        args = [a.replace(k, v) for a in args]
    before = built.read_bytes()
    res = run(*args)
    assert res.exit_code != 0
    assert needle in res.output
    assert "Traceback" not in res.output
    assert len(res.output.strip().splitlines()) == 1
    assert built.read_bytes() == before
    assert not list(tmp_path.glob("x.*")) and not list(tmp_path.glob(".x.*"))


def test_cli_build_skips_bad_files_and_says_so(tmp_path):
    d = tmp_path / "in"
    d.mkdir()
    shutil.copy(EXAMPLES / "03_india_china_border_clash.txt", d)
    (d / "empty.txt").write_text("")
    (d / "binary.txt").write_bytes(b"%PDF-1.4\x00\x01\x02")
    out = tmp_path / "g.ttl"
    res = run("build", d, "-o", out)
    assert res.exit_code == 3  # built, but something was skipped
    assert "empty.txt" in res.output and "binary.txt" in res.output
    assert out.exists()
    strict = run("build", d, "-o", tmp_path / "s.ttl", "--strict")
    assert strict.exit_code != 0


def test_cli_same_article_under_two_names_is_read_once_and_not_an_error(tmp_path):
    d = tmp_path / "in"
    d.mkdir()
    src = EXAMPLES / "03_india_china_border_clash.txt"
    shutil.copy(src, d / "a.txt")
    shutil.copy(src, d / "copy-of-a.txt")
    out = tmp_path / "g.ttl"
    res = run("build", d, "-o", out)
    assert res.exit_code == 0, res.output
    assert "1 duplicate(s) read once" in res.output
    assert json.loads(run("stats", out, "--format", "json").output)["articles"] == 1


@pytest.mark.parametrize("suffix", [".ttl", ".nt", ".jsonld", ".trig"])
def test_cli_append_works_in_every_graph_format(tmp_path, suffix):
    g = tmp_path / f"g{suffix}"
    assert run("build", EXAMPLES / "01_us_asia_intelligence_network.txt", "-o", g).exit_code == 0
    assert run("build", EXAMPLES / "03_india_china_border_clash.txt", "-o", g, "--append").exit_code == 0
    stats = json.loads(run("stats", g, "--format", "json").output)
    assert stats["articles"] == 2 and stats["relations"]["repelled"] >= 1

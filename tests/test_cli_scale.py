"""The command line on a store, in parallel, and when taking an article back out."""

from __future__ import annotations

import json

from click.testing import CliRunner

from kg.cli import main
from conftest import EXAMPLES



def run(*args):
    return CliRunner().invoke(main, [str(a) for a in args])


def stats(target) -> dict:
    res = run("stats", target, "--format", "json")
    assert res.exit_code == 0, res.output
    return json.loads(res.output)


def test_cli_store_grows_incrementally_and_matches_a_file_build(tmp_path):
    store = tmp_path / "store"
    first = run("build", EXAMPLES / "01_us_asia_intelligence_network.txt", "--store", store)
    assert first.exit_code == 0, first.output
    again = run("build", EXAMPLES, "--store", store)
    assert again.exit_code == 0 and "4 new" in again.output
    same = run("build", EXAMPLES, "--store", store)
    assert "0 new" in same.output
    file_graph = tmp_path / "g.ttl"
    assert run("build", EXAMPLES, "-o", file_graph).exit_code == 0
    assert stats(store) == stats(file_graph)
    q = run("query", store, "--name", "members", "--param", "entity=Five Eyes", "--format", "json")
    assert q.exit_code == 0 and "New Zealand" in q.output


def test_cli_build_needs_one_target(tmp_path):
    res = run("build", EXAMPLES, "-o", tmp_path / "g.ttl", "--store", tmp_path / "s")
    assert res.exit_code != 0 and "exactly one of" in res.output


def test_cli_two_jobs_give_the_same_bytes(tmp_path):
    one, two = tmp_path / "one.ttl", tmp_path / "two.ttl"
    assert run("build", EXAMPLES, "-o", one).exit_code == 0
    res = run("build", EXAMPLES, "-o", two, "--jobs", "2")
    assert res.exit_code == 0, res.output
    assert one.read_bytes() == two.read_bytes()


def test_cli_remove_article_from_file_and_store(tmp_path):
    store, graph = tmp_path / "store", tmp_path / "g.ttl"
    for target in (["-o", graph], ["--store", store]):
        assert run("build", EXAMPLES, *target).exit_code == 0
    res = run("query", graph, "SELECT ?id WHERE { ?a a geo:Article ; dcterms:title ?t ; dcterms:identifier ?id "
                              "FILTER(CONTAINS(?t, 'border')) }", "--format", "csv")
    article = res.output.strip().splitlines()[-1]
    for target in (graph, store):
        before = stats(target)
        out = run("remove", target, "--article", article)
        assert out.exit_code == 0, out.output
        after = stats(target)
        assert after["articles"] == before["articles"] - 1
        assert after["relations"]["clashedWith"] < before["relations"]["clashedWith"]  # India-China went with it
        assert after["relations"]["memberOf"] == before["relations"]["memberOf"]
    # the graph equals a build without that article
    rest = tmp_path / "rest"
    rest.mkdir()
    for p in EXAMPLES.iterdir():
        if "border" not in p.name:
            (rest / p.name).write_bytes(p.read_bytes())
    assert run("build", rest, "-o", tmp_path / "rest.ttl").exit_code == 0
    assert stats(graph) == stats(tmp_path / "rest.ttl")
    missing = run("remove", graph, "--article", "0000000000000000")
    assert missing.exit_code != 0 and "no article" in missing.output


def test_cli_push_and_query_a_real_sparql_server(oxigraph_server, tmp_path):
    graph = tmp_path / "g.ttl"
    assert run("build", EXAMPLES, "-o", graph).exit_code == 0
    pushed = run("push", graph, "--endpoint", oxigraph_server, "--graph-iri", "https://example.org/kg-cli-test")
    assert pushed.exit_code == 0, pushed.output
    local = run("query", graph, "--name", "members", "--param", "entity=Quad", "--format", "csv")
    remote_rows = run("query", "--endpoint", f"{oxigraph_server}/query",
                      "SELECT (COUNT(*) AS ?n) WHERE { GRAPH <https://example.org/kg-cli-test> { ?s ?p ?o } }",
                      "--format", "json")
    assert remote_rows.exit_code == 0, remote_rows.output
    import rdflib

    assert int(json.loads(remote_rows.output)[0]["n"]) == len(rdflib.Graph().parse(graph))
    assert "Australia" in local.output
    bad = run("query", "--endpoint", f"{oxigraph_server}/query", "DELETE WHERE { ?s ?p ?o }")
    assert bad.exit_code != 0 and "not allowed" in bad.output


def test_cli_ready_made_query_on_a_server_matches_local(oxigraph_server, tmp_path):
    graph = tmp_path / "g.ttl"
    assert run("build", EXAMPLES, "-o", graph).exit_code == 0
    assert run("push", graph, "--endpoint", oxigraph_server).exit_code == 0  # replaces the default graph
    for name, entity in (("members", "Five Eyes"), ("relations", "India"), ("partners", "Japan")):
        local = run("query", graph, "--name", name, "--param", f"entity={entity}", "--format", "json")
        remote = run("query", "--endpoint", f"{oxigraph_server}/query", "--name", name, "--param",
                     f"entity={entity}", "--format", "json")
        assert remote.exit_code == 0, remote.output
        key = lambda rows: sorted(json.dumps(r, sort_keys=True) for r in rows)  # noqa: E731
        assert key(json.loads(remote.output)) == key(json.loads(local.output)) != []


def test_cli_every_ready_made_query_answers_the_same_on_store_and_file(tmp_path):
    from kg import resources

    store, graph = tmp_path / "store", tmp_path / "g.ttl"
    assert run("build", EXAMPLES, "--store", store).exit_code == 0
    assert run("build", EXAMPLES, "-o", graph).exit_code == 0
    for name, nq in sorted(resources.queries().items()):
        params = ["--param", "entity=India"] if "entity" in nq.params else []
        on_store = run("query", store, "--name", name, *params, "--format", "json")
        on_file = run("query", graph, "--name", name, *params, "--format", "json")
        assert on_store.exit_code == 0, (name, on_store.output)
        rows = lambda out: sorted(json.dumps(r, sort_keys=True) for r in json.loads(out))  # noqa: E731
        assert rows(on_store.output) == rows(on_file.output), name


def test_entity_queries_start_from_the_entity_and_never_carry_user_text(tmp_path):
    from kg import resources
    from kg.graph import load_graph
    from kg.query import focused, named_query, run_query

    graph = tmp_path / "g.ttl"
    assert run("build", EXAMPLES, "-o", graph).exit_code == 0
    g = load_graph(graph)
    runner = lambda t, b: run_query(g, t, b)  # noqa: E731
    nq, bindings = named_query("relations", {"entity": "india"})
    text = focused(nq, bindings, runner)
    assert "VALUES ?focus { <https://w3id.org/kg/entity/India> }" in text
    evil = 'India" } } DELETE WHERE { ?s ?p ?o } #'
    nq, bindings = named_query("relations", {"entity": evil})
    text = focused(nq, bindings, runner)
    assert evil not in text and "DELETE" not in text.split("WHERE {", 1)[1]
    # without an entity the template runs unchanged
    nq, bindings = named_query("relations", {})
    assert focused(nq, bindings, runner) == resources.queries()["relations"].text

"""Command line: a thin click layer over :mod:`kg.pipeline` and friends. Nothing imports it."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from .errors import KgError


class KgCommand(click.Command):
    """Turn KgError into a one-line message and a non-zero exit, never a traceback."""

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except KgError as exc:
            raise click.ClickException(str(exc)) from None
        except KeyboardInterrupt:
            click.echo("interrupted: nothing was written", err=True)
            sys.exit(130)
        except BrokenPipeError:
            sys.exit(0)


class KgGroup(click.Group):
    command_class = KgCommand

    def main(self, args=None, *rest, **kwargs):
        """On the command line (no ``args`` given: click reads ``sys.argv``, as the ``kg`` script does), a
        command that has written its output ends without the interpreter's teardown, which frees every
        object one by one: 0.5-0.75 s after a 1,000-article ``kg build``, on one core, whatever --jobs is.
        Exit functions still run and output is flushed. Calls with ``args`` (click's CliRunner, scripts)
        return or raise as click does."""
        if args is not None or rest or kwargs:
            return super().main(args, *rest, **kwargs)
        try:
            return super().main(args, *rest, **kwargs)
        except SystemExit as exc:
            if _output_written and (exc.code is None or isinstance(exc.code, int)):
                _quick_exit(exc.code or 0)
            raise


#: Set once a command has written everything it writes: what is left is the interpreter's teardown.
_output_written = False


def _quick_exit(code: int) -> None:
    """``sys.exit(code)`` without freeing the heap: exit functions run, streams are flushed, then the
    process ends. Only when no other thread runs (nothing else to wait for, as a normal exit would)."""
    import atexit
    import os
    import threading

    if threading.active_count() != 1:
        return
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except (OSError, ValueError):  # a closed or broken stream: the usual exit reports it
        return
    atexit._run_exitfuncs()
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    finally:
        os._exit(code)


@click.group(cls=KgGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="kg")
def main() -> None:
    """kg: geopolitical knowledge graphs from news articles.

    \b
    Example:
        kg build examples/articles -o graph.ttl
        kg query graph.ttl --name relations --param entity="United States"
        kg view graph.ttl -o graph.html
    """


def _load(path: str):
    """A graph file or a store directory; a store is closed (its lock released) when the command ends."""
    from .store import close_store, is_store, load_any

    g = load_any(path)
    if is_store(path):
        click.get_current_context().call_on_close(lambda: close_store(g))
    return g


def _summary_lines(st) -> list[str]:
    ents = ", ".join(f"{k} {v}" for k, v in sorted(st.entities.items())) or "none"
    rels = ", ".join(f"{k} {v}" for k, v in sorted(st.relations.items())) or "none"
    return [f"articles: {st.articles}", f"entities: {sum(st.entities.values())} ({ents})",
            f"relations: {sum(st.relations.values())} ({rels})",
            f"evidence: {st.evidence}; triples: {st.triples}"]


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False),
              help="Graph file to write (.ttl, .nt, .jsonld, .trig).")
@click.option("--store", "store_dir", type=click.Path(file_okay=False),
              help="On-disk store to create or grow instead of a file (for large corpora).")
@click.option("--append", is_flag=True, help="Merge into the existing graph file instead of replacing it.")
@click.option("-j", "--jobs", type=int, default=1, show_default=True, help="Parse in this many processes.")
@click.option("--scheduler", help="Parse on a dask.distributed cluster, e.g. tcp://10.0.0.5:8786.")
@click.option("--no-coref", is_flag=True, help="Do not resolve pronouns and descriptions across sentences.")
@click.option("--strict", is_flag=True, help="Fail if any input file is skipped.")
@click.option("--quiet", "-q", is_flag=True, help="No summary, warnings only.")
def build(paths: tuple[str, ...], output: str | None, store_dir: str | None, append: bool, jobs: int,
          scheduler: str | None, no_coref: bool, strict: bool, quiet: bool) -> None:
    """Read articles and write their knowledge graph.

    PATHS are files, directories (read recursively: .txt .md .html .htm .jsonl) or - for stdin.
    A store only ever grows: articles it already holds are skipped.

    \b
    Example:
        kg build examples/articles -o graph.ttl
        kg build new-articles/ -o graph.ttl --append
        kg build wire-archive/ --store kgstore/ --jobs 2
    """
    from .pipeline import build_file, build_store, stats

    if bool(output) == bool(store_dir):
        raise click.UsageError("give exactly one of -o FILE or --store DIR")

    def warn(s) -> None:
        reason = s.reason if s.reason.startswith(s.source) else f"{s.source}: {s.reason}"
        click.echo(f"{'note' if getattr(s, 'duplicate', False) else 'warning'}: {reason}", err=True)

    progress = None
    bar = None
    if sys.stderr.isatty() and not quiet:
        from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

        bar = Progress(SpinnerColumn(), TextColumn("{task.description}"), TimeElapsedColumn(), transient=True)
        task = bar.add_task("reading articles", total=None)
        bar.start()

        def show(art) -> None:
            bar.update(task, advance=1, description=f"articles read: {int(bar.tasks[0].completed) + 1}")

        progress = show
    common = dict(stdin=sys.stdin, on_skip=warn, progress=progress, jobs=jobs, scheduler=scheduler,
                  coref=not no_coref)
    try:
        if store_dir:
            result = build_store(list(paths), store_dir, **common)
        else:
            result = build_file(list(paths), output, append=append, **common)
    finally:
        if bar is not None:
            bar.stop()
    global _output_written
    _output_written = True
    output = output or store_dir
    if not quiet:
        st = stats(_load(output) if store_dir else result.graph)
        dups = f", {len(result.duplicates)} duplicate(s) read once" if result.duplicates else ""
        click.echo(f"read {result.articles} article(s), {result.new_articles} new, {len(result.skipped)} skipped"
                   f"{dups} -> {output}")
        for line in _summary_lines(st):
            click.echo("  " + line)
    if result.skipped and strict:
        raise click.ClickException(f"{len(result.skipped)} input file(s) skipped (--strict)")
    if result.skipped:
        sys.exit(3)


@main.command()
@click.argument("graph", required=False)
@click.argument("sparql", required=False)
@click.option("-f", "--file", "query_file", type=click.Path(exists=True, dir_okay=False), help="Read the query from a file.")
@click.option("-n", "--name", help="Run a ready-made query (see --list).")
@click.option("-p", "--param", multiple=True, metavar="KEY=VALUE", help="Parameter of a ready-made query, e.g. entity=India.")
@click.option("--list", "list_", is_flag=True, help="List the ready-made queries.")
@click.option("--endpoint", help="Ask a SPARQL server instead of a local graph, e.g. http://localhost:7878/query.")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "tsv", "json"]), default="table", show_default=True)
def query(graph: str | None, sparql: str | None, query_file: str | None, name: str | None, param: tuple[str, ...],
          list_: bool, endpoint: str | None, fmt: str) -> None:
    """Ask a SPARQL question of a graph file, a store, or a SPARQL server.

    \b
    Example:
        kg query graph.ttl 'SELECT ?s WHERE { ?s a geo:Country }'
        kg query graph.ttl -f my.rq --format csv
        kg query graph.ttl --name partners --param entity="United States"
        kg query --endpoint http://localhost:7878/query --name relations --param entity=India
        kg query --list
    """
    from . import resources
    from .query import format_result, run_named, run_query

    if list_:
        for q in sorted(resources.queries().values(), key=lambda q: q.name):
            params = f" (params: {', '.join(q.params)})" if q.params else ""
            click.echo(f"{q.name:14} {q.description}{params}")
        return
    if endpoint and graph and not sparql:
        graph, sparql = None, graph  # with --endpoint the only argument is the query
    if not graph and not endpoint:
        raise click.UsageError("GRAPH is required (or use --endpoint URL, or --list)")
    chosen = [x for x in (sparql, query_file, name) if x]
    if len(chosen) != 1:
        raise click.UsageError("give exactly one of: a SPARQL string, -f FILE or --name NAME")
    params = {}
    for p in param:
        if "=" not in p:
            raise click.UsageError(f"--param {p!r}: expected KEY=VALUE")
        k, v = p.split("=", 1)
        params[k.strip()] = v
    text = Path(query_file).read_text(encoding="utf-8") if query_file else sparql
    if endpoint:
        from .endpoint import query_endpoint, run_named_remote

        res = (run_named_remote(endpoint, name, params) if name
               else query_endpoint(endpoint, text, source=query_file or "query"))
    else:
        g = _load(graph)
        res = run_named(g, name, params) if name else run_query(g, text, source=query_file or "query")
    click.echo(format_result(res, fmt))


@main.command()
@click.argument("graph")
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False),
              help="Output file: .graphml .gexf .ttl .nt .jsonld .trig")
def export(graph: str, output: str) -> None:
    """Export a graph: GraphML/GEXF for Gephi and networkx, or another RDF format.

    \b
    Example:
        kg export graph.ttl -o graph.graphml
        kg export graph.ttl -o graph.trig
    """
    from .export import export as do_export

    do_export(_load(graph), output)
    click.echo(f"wrote {output}")


@main.command()
@click.argument("graph")
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False), help="HTML file to write.")
@click.option("--focus", help="Only the neighbourhood of this entity (name or alias).")
@click.option("--hops", type=int, default=2, show_default=True, help="Neighbourhood size with --focus.")
@click.option("--relation", help="Only this relation (property name or category).")
@click.option("--min-sources", type=int, default=1, show_default=True, help="Only relations with this many articles.")
@click.option("--max-nodes", type=int, default=None, help="Keep only the N best-connected entities.")
@click.option("--title", default="kg graph", show_default=True)
def view(graph: str, output: str, focus: str | None, hops: int, relation: str | None, min_sources: int,
         max_nodes: int | None, title: str) -> None:
    """Write a self-contained HTML graph viewer (opens offline in any browser).

    \b
    Example:
        kg view graph.ttl -o graph.html
        kg view graph.ttl -o india.html --focus India --hops 1
    """
    from .viz import view_graph

    st = view_graph(_load(graph), output, focus=focus, hops=hops, relation=relation, min_sources=min_sources,
                    title=title, max_nodes=max_nodes)
    dropped = f" ({st.dropped_nodes} less-connected entities left out)" if st.dropped_nodes else ""
    click.echo(f"wrote {output}: {st.nodes} nodes, {st.edges} edges{dropped}")


@main.command()
@click.argument("graph")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
def stats(graph: str, fmt: str) -> None:
    """Count entities by type and relations by property.

    \b
    Example:
        kg stats graph.ttl
    """
    from .pipeline import stats as graph_stats

    st = graph_stats(_load(graph))
    if fmt == "json":
        click.echo(json.dumps(st.as_dict(), indent=1))
        return
    click.echo(f"articles   {st.articles}")
    click.echo("entities")
    for k, v in sorted(st.entities.items()):
        click.echo(f"  {k:28} {v}")
    click.echo("relations (asserted statements)")
    for k, v in sorted(st.relations.items(), key=lambda kv: (-kv[1], kv[0])):
        click.echo(f"  {k:28} {v}")
    click.echo(f"evidence   {st.evidence}")
    click.echo(f"triples    {st.triples}")


@main.command()
@click.argument("graph")
def validate(graph: str) -> None:
    """Check a graph against the SHACL shapes in ontology/shapes.ttl.

    \b
    Example:
        kg validate graph.ttl
    """
    from .validate import validate_graph

    report = validate_graph(_load(graph))
    if report.conforms:
        click.echo(f"{graph}: conforms ({report.checked} nodes checked)")
        return
    for line in report.lines():
        click.echo(line)
    raise click.ClickException(f"{graph}: {len(report.violations)} SHACL violation(s)")


@main.command()
@click.argument("graph")
@click.option("--endpoint", required=True, help="SPARQL server base URL, e.g. http://localhost:7878.")
@click.option("--graph-iri", "graph_iri", help="Named graph to replace (default: the default graph).")
@click.option("--add", is_flag=True, help="Add to what the server holds instead of replacing the target graph.")
@click.option("--batch", type=int, default=50_000, show_default=True, help="Triples per request.")
def push(graph: str, endpoint: str, graph_iri: str | None, add: bool, batch: int) -> None:
    """Send a graph file or store to a SPARQL 1.1 server (Graph Store Protocol, else SPARQL Update).

    \b
    Example:
        kg push graph.ttl --endpoint http://localhost:7878
        kg push kgstore/ --endpoint http://localhost:7878 --graph-iri https://example.org/news
    """
    from .endpoint import push as do_push

    res = do_push(_load(graph), endpoint, graph_iri=graph_iri, batch_triples=batch, replace=not add)
    click.echo(f"pushed {res.triples} triples to {endpoint} in {res.batches} request(s) ({res.protocol})")


@main.command(name="remove")
@click.argument("graph")
@click.option("--article", "article_id", required=True, help="Article id (see the `entities`/`evidence` queries or art: IRIs).")
def remove_cmd(graph: str, article_id: str) -> None:
    """Retract one article: its evidence, and every relation and entity no other article supports.

    \b
    Example:
        kg remove graph.ttl --article 3f2a9c0d1e4b5a67
        kg remove kgstore/ --article 3f2a9c0d1e4b5a67
    """
    from .pipeline import remove

    touched = remove(graph, article_id)
    click.echo(f"removed article {article_id} from {graph} ({touched} statement(s) touched)")


@main.command(name="eval")
@click.argument("gold", required=False, type=click.Path(dir_okay=False))
@click.option("--articles", type=click.Path(file_okay=False), help="Folder of the gold articles (default: beside GOLD).")
@click.option("--plover", type=click.Path(dir_okay=False), help="Score the PLOVER gold standard records file.")
@click.option("--split", type=click.Choice(["all", "tune", "report"]), default="all", show_default=True,
              help="Half of the gold set (its README's split) and of the PLOVER records "
                   "(odd-numbered records tune, even-numbered report).")
@click.option("--mode", type=click.Choice(["strict", "lenient", "both"]), default="strict", show_default=True)
@click.option("--no-coref", is_flag=True, help="Switch off mention resolution across sentences.")
@click.option("--limit", type=int, default=30, show_default=True, help="How many misses and false positives to list.")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
def eval_cmd(gold: str | None, articles: str | None, plover: str | None, split: str, mode: str, no_coref: bool,
             limit: int, fmt: str) -> None:
    """Measure precision and recall against hand-made gold data.

    \b
    Example:
        kg eval ../shared/eval/gold.jsonl --articles ../shared/eval/articles --split report
        kg eval --plover ../shared/benchmarks/plover-gsr/PLOVER_GSR_CAMEO.txt
    """
    from .evaluate import run_cli

    text, code = run_cli(gold, articles, plover, split=split, fmt=fmt, no_coref=no_coref, mode=mode, limit=limit)
    click.echo(text)
    if code:
        sys.exit(code)


if __name__ == "__main__":  # pragma: no cover
    main()

"""The ``kg`` command: a thin shell that parses options, calls one ``kg.*`` function, and formats.

Exit codes (also in the README):
  0 success · 1 unexpected error · 2 usage error · 3 bad input (nothing could be read) ·
  4 store error (missing, busy, damaged; a second concurrent writer) · 5 query error ·
  6 spaCy model missing · 7 entity not found · 8 SHACL validation found violations ·
  9 partial build (some inputs skipped) · 10 Dask cluster error (scheduler unreachable, no workers,
  workers at another kg version) · 11 kg show: more entities than one page can show

Every code but 0 and 2 (click's usage errors) comes from raising one of the named exceptions of
:mod:`kg.errors`, each carrying its code; :class:`KGGroup` is the one place that turns them into a
message and an exit status. Every command that prints rows takes the same ``--format``
(:func:`output_options`) and prints through :func:`output_rows` (:mod:`kg.output`).
"""

from __future__ import annotations

import sys
import webbrowser
from pathlib import Path

import click

from kg import __version__
from kg.errors import KGError, NotConnected, NothingRead, PartialBuild, ValidationFailed
from kg.output import FORMATS, format_rows


def _graph(out: str, store: str | None):
    """The graph a command works on (:func:`kg.store.open_graph`): OUT's, in OUT/store unless
    --store names another folder or a SPARQL server's URL."""
    from kg.store import open_graph

    return open_graph(out, store)


def out_options(f):
    f = click.option("--store", metavar="DIR|URL", default=None,
                     help="Store folder (default: OUT/store), or the URL of a SPARQL server holding the graph "
                          "(e.g. http://127.0.0.1:7878 for `oxigraph serve`).")(f)
    f = click.option("--out", "-o", type=click.Path(file_okay=False), default="output", show_default=True,
                     help="Output folder: graph.ttl, graph.html and, unless --store says otherwise, the store.")(f)
    return f


def output_options(f):
    """The output options of every command that prints rows (printed with :func:`output_rows`)."""
    return click.option("--format", "-f", "fmt", type=click.Choice(FORMATS), default="table", show_default=True,
                        help="Output format: an aligned table, CSV (a cell a spreadsheet would run as a formula "
                             "gets a leading ') or JSON.")(f)


def output_rows(columns, rows, fmt: str, *, document=None) -> None:
    """Print rows in the --format asked for (:func:`kg.output.format_rows`); with ``document``, that
    is the JSON (for a command whose JSON says more than its rows)."""
    click.echo(format_rows(columns, rows, fmt, document=document))


class KGGroup(click.Group):
    """Turns kg's own errors into a one-line message and their documented exit code."""

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except KGError as e:
            click.secho(f"{e.label}: {e}", fg="red" if e.label == "error" else "yellow", err=True)
            sys.exit(e.exit_code)


@click.group(cls=KGGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="kg")
def cli():
    """Build a knowledge graph of technology companies and their leaders from news articles.

    \b
    Example:
      kg build seeds/ --out output      # graph.ttl, graph.html and the store in output/
      kg query sued --out output        # a named query
      kg path "Elon Musk" Apple         # how two entities connect
    """


# ---------------------------------------------------------------------------- build
@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@out_options
@click.option("--min-confidence", type=click.FloatRange(0, 1), default=0.0, show_default=True,
              help="Keep only facts at least this confident.")
@click.option("--batch-size", type=click.IntRange(1, 1024), default=8, show_default=True)
@click.option("--processes", "-j", type=click.IntRange(1, 64), default=1, show_default=True,
              help="Parser processes (spaCy n_process).")
@click.option("--scheduler", metavar="ADDRESS", default=None,
              help="Parse on the Dask cluster of this scheduler (e.g. tcp://HOST:8786).")
@click.option("--workers", type=click.IntRange(1, 256), default=None,
              help="Parse on a local Dask cluster of this many worker processes (instead of --processes).")
@click.option("--rebuild", is_flag=True, help="Re-extract documents already in the store.")
@click.option("--commit-every", type=click.IntRange(1), default=64, show_default=True,
              help="Write to the store every N documents (names are resolved across a chunk; each "
                   "document is one transaction, so a killed build keeps the chunks it wrote).")
@click.option("--reason", is_flag=True, help="Then materialise OWL-RL inferences (as kg reason does).")
@click.option("--no-page", is_flag=True, help="Do not write graph.html.")
@click.option("--no-export", is_flag=True, help="Write neither graph.ttl nor graph.html (only the store).")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar or summary.")
def build(paths, out, store, min_confidence, batch_size, processes, scheduler, workers, rebuild, commit_every,
          reason, no_page, no_export, quiet):
    """Read articles (.txt, .md, .html, .jsonl; files or folders) into the graph.

    Adds to the graph already in OUT: documents are identified by their text's hash, so building
    the same articles again changes nothing.

    \b
    Example:
      kg build seeds/ --out output
      kg build today.jsonl --out output --min-confidence 0.6
      kg build archive/ --workers 2                          # a local Dask cluster
      kg build archive/ --scheduler tcp://10.0.0.5:8786      # an existing Dask cluster
      kg build today.jsonl --store http://127.0.0.1:7878     # the graph in a SPARQL server
      kg build big-corpus/ -j 2 --reason
    """
    from tqdm import tqdm

    if scheduler and workers:
        raise click.UsageError("give either --scheduler (an existing Dask cluster) or --workers (a local one)")

    graph = _graph(out, store)
    bar = tqdm(desc="documents", unit="doc", disable=quiet or None, file=sys.stderr, leave=False)
    try:
        report = graph.build(paths, min_confidence=min_confidence, batch_size=batch_size, n_process=processes,
                             rebuild=rebuild, progress=bar.update, scheduler=scheduler, workers=workers or 0,
                             commit_every=commit_every, reason=reason,
                             stats=not quiet)  # the summary's counts (kept by the store, or counted)
    finally:
        bar.close()
    for problem in report.skipped:
        click.secho(f"skipped: {problem}", fg="yellow", err=True)
    if report.documents_read == 0:
        raise NothingRead()
    written = [] if no_export else graph.write_outputs(page=not no_page)
    if not quiet:
        click.echo(summary(report, written))
    if report.skipped:
        raise PartialBuild(len(report.skipped))


def summary(report, written) -> str:
    lines = [f"documents read: {report.documents_read} (built {report.documents_built}, "
             f"unchanged {report.documents_unchanged}, skipped {len(report.skipped)})"]
    ents = ", ".join(f"{t} {n}" for t, n in sorted(report.entities_by_type.items())) or "none"
    facts = ", ".join(f"{r} {n}" for r, n in sorted(report.facts_by_relation.items())) or "none"
    lines.append(f"entities: {sum(report.entities_by_type.values())} ({ents})")
    lines.append(f"facts: {sum(report.facts_by_relation.values())} ({facts})")
    lines.append(f"triples: {report.triples}")
    if report.inferred is not None:
        lines.append(f"inferred triples: {report.inferred} (kg query --reason reads them)")
    speed = f", {report.words_per_second:,.0f} words/s" if report.words else ""
    lines.append(f"time: {report.seconds:.1f} s{speed}")
    lines.extend(f"wrote {p}" for p in written)
    return "\n".join(lines)


# ---------------------------------------------------------------------------- query
@cli.command()
@click.argument("query", required=False)
@out_options
@output_options
@click.option("--param", "-p", "params", multiple=True, metavar="NAME=VALUE",
              help="Bind a query variable to a literal value (repeatable).")
@click.option("--list", "list_named", is_flag=True, help="List the named queries.")
@click.option("--allow-update", is_flag=True, help="Allow SPARQL updates (INSERT, DELETE, ...).")
@click.option("--timeout", type=click.FloatRange(0), default=60, show_default=True,
              help="Give up after this many seconds (0: no limit).")
@click.option("--reason", is_flag=True, help="Also see the inferred graph (made by kg reason).")
def query(query, out, store, fmt, params, list_named, allow_update, timeout, reason):
    """Run SPARQL: a named query (shipped in kg/data/queries/), a .rq file, or a query string.

    \b
    Example:
      kg query --list
      kg query sued --out output
      kg query investors --param name=OpenAI --format csv
      kg query "SELECT ?s WHERE { ?s a kg:Person }" --format json --timeout 5
      kg query "SELECT ?o WHERE { ent:OpenAI kg:foundedBy ?o }" --reason
    """
    from kg.query import describe_named, is_update, resolve_query

    if list_named or not query:
        if not list_named:
            raise click.UsageError("give a query (a name, a .rq file or SPARQL), or --list")
        if fmt == "table":  # each name with its description, uncut
            for name, doc in describe_named():
                click.echo(f"{name:15} {doc}")
        else:
            output_rows(["name", "description"], describe_named(), fmt)
        return
    bindings = {}
    for item in params:
        if "=" not in item:
            raise click.BadParameter(f"{item!r} is not NAME=VALUE", param_hint="--param")
        k, v = item.split("=", 1)
        bindings[k.strip()] = v
    _, sparql = resolve_query(query)
    if is_update(sparql):
        if not allow_update:
            from kg.errors import QueryError

            raise QueryError("this is a SPARQL update; kg query is read-only unless --allow-update is given")
        _graph(out, store).update(sparql)
        click.echo("update applied")
        return
    columns, rows = _graph(out, store).select(sparql, bindings, reason=reason, timeout=timeout)
    output_rows(columns, rows, fmt)


# ---------------------------------------------------------------------------- store maintenance
@cli.command(name="import")
@click.argument("files", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False))
@out_options
@click.option("--format", "-f", "fmt", type=click.Choice(["turtle", "nt", "jsonld"]), default=None,
              help="RDF syntax (default: from the file extension .ttl, .nt, .jsonld).")
def import_(files, out, store, fmt):
    """Load existing RDF (Turtle, N-Triples, JSON-LD) into the store, one transaction a file.

    Each file keeps a graph of its own (named by the file's hash), so importing the same file
    again changes nothing and `kg remove FILE` takes it out again.

    \b
    Example:
      kg import people.ttl facts.nt --out output
    """
    graph = _graph(out, store)
    graph.require("import")
    with graph.open() as st:
        for f in files:
            graph, count, new = st.import_rdf(f, fmt)
            click.echo(f"{f}: {count} triples loaded into <{graph}>" if new else f"{f}: already imported (unchanged)")
        click.echo(f"triples: {st.graph_counts().triples}")


@cli.command()
@click.argument("docs", nargs=-1, required=True)
@out_options
@click.option("--no-page", is_flag=True, help="Do not rewrite graph.ttl and graph.html.")
def remove(docs, out, store, no_page):
    """Remove documents (or imports) and every fact no other document still supports.

    DOC is a content hash (or its first 6+ characters), the source path given to kg build, or
    its file name; `kg documents` lists them. The entities the removed documents named are resolved
    again from the documents that remain: the graph is that of a build without them.

    \b
    Example:
      kg remove seeds/000_2b23d448c3e89721.txt --out output
      kg remove 2b23d448c3e8
      kg remove 2b23d448c3e8 --store http://127.0.0.1:7878
    """
    from kg.rdf import DOC_BASE

    graph = _graph(out, store)
    with graph.open() as st:
        found = []
        for ref in docs:
            matches = st.find_documents(ref)
            if not matches:
                raise click.BadParameter(f"no stored document or import matches {ref!r} (see kg documents)",
                                         param_hint="DOC")
            found += [d for d in matches if d not in found]
        for d in found:
            if not d["iri"].startswith(DOC_BASE):
                st.remove_document(d["iri"])  # an import
        # the documents in one transaction, their entities resolved once
        st.remove_documents(d["id"] for d in found if d["iri"].startswith(DOC_BASE))
        for d in found:
            click.echo(f"removed {d['source']} ({d['id'][:12]})")
        click.echo(f"triples: {st.graph_counts().triples}")
    if not no_page:
        for path in graph.write_outputs():
            click.echo(f"wrote {path}")


@cli.command()
@out_options
@output_options
def documents(out, store, fmt):
    """List the stored documents and imports (id, source, title).

    \b
    Example:
      kg documents --out output --format csv
    """
    rows = [[d["id"], d["source"], d["title"]] for d in _graph(out, store).documents()]
    output_rows(["id", "source", "title"], rows, fmt)


@cli.command(name="resolve")
@out_options
@click.option("--check", is_flag=True,
              help="Compare the stored graph with a resolution from scratch and write nothing (exit 4 if they differ).")
@click.option("--no-page", is_flag=True, help="Do not rewrite graph.ttl and graph.html.")
def resolve_(out, store, check, no_page):
    """Resolve every stored mention again, from scratch, and rewrite the queried graph.

    The queried graph is derived from what each stored document said (its mentions and facts);
    every build and removal keeps it in step incrementally. This recomputes it whole: to verify it
    (--check), or to repair a store a crash left half re-resolved (any write does that too).
    Triples added with `kg query --allow-update`, which no document or import holds, are dropped.

    \b
    Example:
      kg resolve --check --out output
      kg resolve --out output
    """
    from kg.errors import StoreError
    from kg.resolve import check_everything, resolve_everything

    graph = _graph(out, store)
    if check:
        with graph.open(read_only=True) as st:
            problems = st.check() + check_everything(st)
        if problems:
            for p in problems:
                click.echo(p)
            raise StoreError(f"the stored graph differs from a resolution of its documents from scratch "
                             f"({len(problems)} difference(s) shown above): run `kg resolve` to rewrite it")
        click.echo("the stored graph is the resolution of its documents")
        return
    with graph.open() as st:
        report = resolve_everything(st)
    click.echo(f"documents: {report.documents}, mentions: {report.mentions}, entities: {report.entities}, "
               f"statements: {report.statements}, derived triples: {report.triples}"
               + (f", documents converted from the older layout: {report.converted}" if report.converted else ""))
    click.echo(f"time: {report.seconds:.1f} s")
    if not no_page:
        for p in graph.write_outputs():
            click.echo(f"wrote {p}")


@cli.command()
@out_options
@click.option("--profile", type=click.Choice(["owl-rl", "rdfs"]), default="owl-rl", show_default=True,
              help="OWL-RL (inverses, symmetric facts, super-properties) or RDFS (super-properties, types).")
def reason(out, store, profile):
    """Materialise inferences (owlrl) into a separate named graph; kg query --reason reads it.

    Asserted facts are untouched; any later write drops the inferred graph until you run this again.

    \b
    Example:
      kg reason --out output
      kg query "SELECT ?who WHERE { ?who kg:worksFor ent:OpenAI }" --reason
    """
    n = _graph(out, store).reason(profile)
    click.echo(f"inferred triples: {n} (in <http://kg.example.org/resource/graph/inferred>)")


@cli.command()
@out_options
@click.option("--host", default="127.0.0.1", show_default=True, help="Loopback address to listen on.")
@click.option("--port", type=click.IntRange(0, 65535), default=7878, show_default=True, help="0: any free port.")
@click.option("--reason", is_flag=True, help="Queries also see the inferred graph.")
def serve(out, store, host, port, reason):
    """A read-only SPARQL endpoint (/sparql) on loopback, with the page (/) beside it.

    /explore is the page for a store of any size: its search asks the store, and each
    neighbourhood it shows is fetched (/ is that page when graph.html cannot hold the graph).

    \b
    Example:
      kg serve --out output --port 7878
      curl 'http://127.0.0.1:7878/sparql' --data-urlencode 'query=SELECT * WHERE { ?s ?p ?o } LIMIT 3'
      curl 'http://127.0.0.1:7878/api/search?q=musk'
    """
    from kg.serve import serve as run_serve

    def ready(url):
        click.echo(f"serving {url} (page; {url}explore asks the store) and {url}sparql (SPARQL endpoint); "
                   "Ctrl-C stops", err=False)
        sys.stdout.flush()

    graph = _graph(out, store)
    graph.require("serve")
    run_serve(out, graph.location, host=host, port=port, reason=reason, ready=ready)


# ---------------------------------------------------------------------------- export
def _export_formats() -> dict[str, str]:
    """Export format -> file extension: the graph's RDF syntaxes (kg.store.formats), GraphML, CSV."""
    from kg.store.formats import IMPORT_FORMATS, SYNTAXES

    return {**{name: SYNTAXES[name].extension for name in IMPORT_FORMATS}, "graphml": "graphml", "csv": "csv"}


EXPORT_FORMATS = _export_formats()


@cli.command()
@out_options
@click.option("--format", "-f", "fmt", type=click.Choice(list(EXPORT_FORMATS)), default="turtle", show_default=True)
@click.option("--output", "dest", type=click.Path(dir_okay=False), default=None,
              help="File to write (default: OUT/graph.EXT; '-' for standard output).")
def export(out, store, fmt, dest):
    """Export the graph as Turtle, N-Triples, JSON-LD, GraphML or CSV (one fact a row).

    \b
    Example:
      kg export --format jsonld --out output
      kg export --format csv --output facts.csv
    """
    from kg.store import atomic_write

    data = _graph(out, store).export(fmt)
    if dest == "-":
        sys.stdout.buffer.write(data)
        return
    path = Path(dest) if dest else Path(out) / f"graph.{EXPORT_FORMATS[fmt]}"
    atomic_write(path, data)
    click.echo(f"wrote {path}")


# ---------------------------------------------------------------------------- show
@cli.command()
@out_options
@click.option("--html", "dest", type=click.Path(dir_okay=False), default=None,
              help="Page to write (default: OUT/graph.html).")
@click.option("--focus", default=None,
              help="Show only the neighbourhood of this entity (its name or alias, any case; or a unique part of one).")
@click.option("--depth", type=click.IntRange(0, 10), default=2, show_default=True, help="Hops around --focus.")
@click.option("--relations", default=None, help="Comma-separated relations to keep, e.g. sued,investedIn.")
@click.option("--min-degree", type=click.IntRange(0), default=0, show_default=True,
              help="Hide entities with fewer relations (edges).")
@click.option("--open", "open_browser", is_flag=True, help="Open the page in the default browser.")
@click.option("--reason", is_flag=True, help="Also the facts `kg reason` inferred (run it first).")
def show(out, store, dest, focus, depth, relations, min_degree, open_browser, reason):
    """Write the interactive page (works offline) and optionally open it.

    Over 100,000 entities a page cannot work: kg show says so (exit 11) and offers --focus or kg serve.

    \b
    Example:
      kg show --open
      kg show --focus "Elon Musk" --depth 2 --relations sued,investedIn --html musk.html
    """
    from kg.analysis import to_networkx
    from kg.page import check_page_size, render_page, select_subgraph
    from kg.page.render import check_store_size
    from kg.store import atomic_write

    rels = [r.strip() for r in relations.split(",") if r.strip()] if relations else None
    with _graph(out, store).open(read_only=True) as st:
        if not (focus or rels or min_degree):
            check_store_size(st)  # at once, from the store's counts
        g = to_networkx(st, reason=reason)
    if focus or rels or min_degree:
        g = select_subgraph(g, focus=focus, depth=depth, relations=rels, min_degree=min_degree)
    check_page_size(g, focus=focus, depth=depth if focus else None)
    title = f"Knowledge graph: {focus}" if focus else "Knowledge graph"
    path = atomic_write(Path(dest) if dest else Path(out) / "graph.html", render_page(g, title=title))
    click.echo(f"wrote {path} ({g.number_of_nodes()} entities, {g.number_of_edges()} facts)")
    if open_browser:
        webbrowser.open(path.resolve().as_uri())


# ---------------------------------------------------------------------------- stats
@cli.command()
@out_options
@output_options
@click.option("--top", type=click.IntRange(1), default=10, show_default=True, help="How many central entities.")
@click.option("--reason", is_flag=True, help="Centrality and communities also over the facts `kg reason` inferred.")
def stats(out, store, fmt, top, reason):
    """Counts, most central entities and communities of the graph.

    \b
    Example:
      kg stats --out output --format json
    """
    from kg.analysis import centrality, communities, to_networkx
    from kg.build import graph_stats

    with _graph(out, store).open(read_only=True) as st:  # both from one opening
        counts = graph_stats(st)
        g = to_networkx(st, reason=reason)
    central = centrality(g, top)
    groups = communities(g)
    rows = [["documents", "", counts["documents"]], ["triples", "", counts["triples"]]]
    rows += [["entities", t, n] for t, n in sorted(counts["entities_by_type"].items())]
    rows += [["facts", r, n] for r, n in sorted(counts["facts_by_relation"].items())]
    rows += [["central", label, s] for _, label, s in central]
    rows += [["community", str(i + 1), "; ".join(group)] for i, group in enumerate(groups)]
    output_rows(["what", "name", "value"], rows, fmt, document={
        "documents": counts["documents"], "triples": counts["triples"],
        "entities_by_type": dict(counts["entities_by_type"]), "facts_by_relation": dict(counts["facts_by_relation"]),
        "central": [{"entity": label, "degree_centrality": s} for _, label, s in central], "communities": groups})


# ---------------------------------------------------------------------------- path
@cli.command()
@click.argument("source")
@click.argument("target")
@out_options
@output_options
@click.option("--reason", is_flag=True, help="Also cross the facts `kg reason` inferred.")
def path(source, target, out, store, fmt, reason):
    """How two entities connect: the shortest chain of facts, with evidence on each hop.

    An entity is found by its name or alias in any case, or by a unique part of one.

    \b
    Example:
      kg path "Josh Kushner" "Sam Altman" --out output
    """
    from kg.analysis import connection, provenance, to_networkx

    with _graph(out, store).open(read_only=True) as st:
        g = to_networkx(st, reason=reason)
    hops = connection(g, source, target)
    if not hops:
        raise NotConnected(source, target)
    rows = [[i + 1, h["subject"], h["relation"], h["object"], f"{h['confidence']:.2f}",
             h["facts"][0]["evidence"], provenance(h["facts"][0])] for i, h in enumerate(hops)]
    output_rows(["hop", "subject", "relation", "object", "confidence", "evidence", "source"], rows, fmt, document=hops)


# ---------------------------------------------------------------------------- validate
@cli.command()
@out_options
@output_options
def validate(out, store, fmt):
    """Check the graph against the SHACL shapes of kg/data/ontology/shapes.ttl (pySHACL).

    Exits with 8 when there are violations.

    \b
    Example:
      kg validate --out output
    """
    conforms, violations = _graph(out, store).validate()
    if fmt == "json" or violations:
        output_rows(["focus", "path", "message"], [[v["focus"], v["path"], v["message"]] for v in violations], fmt,
                    document={"conforms": conforms, "violations": violations})
    if conforms:
        if fmt != "json":
            click.echo("the graph conforms to the shapes")
        return
    raise ValidationFailed(f"the graph does not conform to the shapes: {len(violations)} violation(s), "
                           "listed above (each names the node, the property and "
                           "what the shape asks; fix the data, or kg/data/ontology/shapes.ttl if the shape is wrong)")


# ---------------------------------------------------------------------------- eval
@cli.command(name="eval")
@click.argument("gold", type=click.Path())
@out_options
@click.option("--entities", "entities_path", type=click.Path(dir_okay=False), default=None,
              help="Seeds gold: the gold entities (default: seeds.entities.jsonl beside GOLD, if present).")
@output_options
@click.option("--details", is_flag=True,
              help="List false positives (with pattern, confidence, sentence) and false negatives.")
@click.option("--fold", "folds", type=int, multiple=True, help="KnowledgeNet: folds to use (default: all).")
@click.option("--part", type=click.Choice(["tune", "held", "all"]), default=None,
              help="CORE: the tuning part, the held-out third (by a hash of the passage id) or all "
                   "(default: all).")
@click.option("--limit", type=click.IntRange(1), default=None,
              help="KnowledgeNet, news, CORE: at most this many passages.")
@click.option("--min-confidence", type=click.FloatRange(0, 1), default=None,
              help="KnowledgeNet, news, CORE: drop extracted facts less confident than this before scoring.")
@click.option("--rules-only", is_flag=True,
              help="KnowledgeNet, news, CORE: assert every candidate the rules admit, without the trained "
                   "scorer's threshold (to measure what the scorer adds).")
def eval_(gold, out, store, entities_path, fmt, details, folds=(), part=None, limit=None, min_confidence=None,
          rules_only=False):
    """Precision, recall and F1 per relation against gold annotations.

    GOLD is one of four formats, told apart by its first line: seeds gold facts
    (../shared/gold/seeds.gold.jsonl), scored against the graph in OUT; or passages that are
    extracted in-process and scored passage by passage: KnowledgeNet (passages.jsonl), news
    passages with every fact annotated (../shared/gold/news_dev_*.jsonl) or CORE
    (../shared/bench/core/train.jsonl, one annotated pair per passage).

    \b
    Example:
      kg build seeds --out output && kg eval ../shared/gold/seeds.gold.jsonl --out output
      kg eval ../shared/bench/knowledgenet/passages.jsonl --fold 1
      kg eval ../shared/gold/news_dev_a.jsonl --details
      kg eval ../shared/bench/core/train.jsonl --part tune --min-confidence 0.6
    """
    from kg.evaluate import detect_format, evaluate_path, format_report, unused_options

    kind = detect_format(gold)
    unused = unused_options(kind, entities=entities_path, fold=folds, part=part, limit=limit,
                            min_confidence=min_confidence, rules_only=rules_only or None)
    if unused:
        raise click.UsageError(f"{', '.join(unused)} does not apply to {gold}, which holds {kind} data")
    reports = evaluate_path(gold, _graph(out, store).location, entities_path=entities_path,
                            folds=list(folds) or None, limit=limit, part=part,
                            min_confidence=min_confidence, rules_only=rules_only)
    click.echo("\n\n".join(format_report(r, fmt, details=details) for r in reports))


def main():  # pragma: no cover - the console script
    cli(prog_name="kg")


if __name__ == "__main__":  # pragma: no cover
    main()

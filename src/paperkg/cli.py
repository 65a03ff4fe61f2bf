"""The paperkg command line: parse arguments, call one library function, format the result."""

from __future__ import annotations

import gc
import json
import re
import signal
import sys
import time
from collections.abc import Callable, Collection, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, NoReturn

import typer
import typer.core

# typer (0.27 and later) carries its own copy of click; its exceptions are the ones raised.
from typer._click import exceptions as click_errors

from paperkg.exceptions import AmbiguousPaper, PaperKGError, PaperNotFound

if TYPE_CHECKING:
    from rich.console import Console

    from paperkg.graph import BuildOptions, BuildReport, GraphStore

__all__ = ["app", "main"]

# Start-up: `paperkg --help` and a lookup must not pay for pydantic, networkx, rich or the
# loaders before they need them, so this module imports only typer/click at the top; every
# command imports what it uses inside its body. The names below repeat, for help texts,
# paperkg.graph.STORE_KINDS and paperkg.loaders.FORMATS (tests/test_cli.py checks they agree).
STORE_KINDS = ("sqlite", "networkx", "neo4j", "falkordb")
FORMATS = (
    "hf-daily",
    "hf-dataset-viewer",
    "arxiv-snapshot",
    "arxiv-atom",
    "semantic-scholar-citations",
    "semantic-scholar",
    "openalex",
    "crossref",
    "bibtex",
    "ris",
    "wos",
    "medline",
    "pubmed-xml",
    "jsonl",
    "csv",
    "xlsx",
    "abstracts",
)

# Metavars a person reads in --help, instead of typer's <str>, <list[Path]> and <int range>.
_METAVARS = {
    "data_dir": "DIR",
    "store": "KIND",
    "fmt": "FORMAT",
    "field": "FIELD=COLUMN",
    "lexicon": "FILE",
    "output": "FILE",
    "param": "NAME=VALUE",
    "model": "NAME_OR_DIR",
    "url": "URL",
    "graph": "NAME",
    "username": "USER",
    "source": "API",
    "to": "SERVER",
    "since": "DATE",
    "until": "DATE",
}


def _type_name(param: Any) -> str:
    """Return the lower-case name of an option's value type, whichever typer made it."""
    click_type = getattr(param, "type", None)  # typer 0.27: a click ParamType
    if click_type is not None:
        return str(getattr(click_type, "name", "")).lower()
    annotation = getattr(getattr(param, "type_descriptor", None), "annotation", None)  # typer 0.29
    return str(getattr(annotation, "__name__", annotation)).lower()


def _tidy_params(command: Any) -> None:
    """Give every option and argument a plain metavar (FILE, N, PAPER...), once per command."""
    for param in command.params:
        if param.metavar is not None:
            continue
        if param.param_type_name == "option":
            if getattr(param, "is_flag", False) or getattr(param, "count", False):
                continue
            name = param.name or "value"
            kind = _type_name(param)
            if name in _METAVARS:
                param.metavar = _METAVARS[name]
            elif "int" in kind:
                param.metavar = "N"
            elif "float" in kind:
                param.metavar = "X"
            elif kind == "path":
                param.metavar = "PATH"
            else:
                param.metavar = name.upper()
        elif param.param_type_name == "argument":
            param.metavar = (param.name or "arg").upper() + ("..." if param.nargs != 1 else "")
            usage = param.metavar if param.required else f"[{param.metavar}]"
            # typer writes {NAME} for a required argument; click's own NAME reads better.
            param.get_usage_pieces = lambda ctx, usage=usage: [usage]
            param.display_type_rich = lambda ctx: None  # typer 0.29 adds "<list[Path]>"
    for sub in getattr(command, "commands", {}).values():
        _tidy_params(sub)


class _Group(typer.core.TyperGroup):
    """The paperkg group: plain help, and usage errors as one line on stderr."""

    def main(  # type: ignore[override]
        self,
        args: list[str] | None = None,
        prog_name: str | None = None,
        complete_var: str | None = None,
        standalone_mode: bool = True,
        **extra: Any,
    ) -> Any:
        import sys

        _tidy_params(self)
        if not standalone_mode:
            return super().main(args, prog_name, complete_var, standalone_mode, **extra)
        try:
            code = super().main(args, prog_name, complete_var, False, **extra)
        except click_errors.NoArgsIsHelpError as e:
            e.show()  # `paperkg` alone: the help, as click prints it
            sys.exit(e.exit_code)
        except click_errors.UsageError as e:
            where = e.ctx.command_path if e.ctx is not None else "paperkg"
            typer.echo(f"error: {e.format_message()} (see '{where} --help')", err=True)
            sys.exit(e.exit_code)
        except click_errors.ClickException as e:
            typer.echo(f"error: {e.format_message()}", err=True)
            sys.exit(e.exit_code)
        except BrokenPipeError:
            _reader_gone()
        except typer.Abort as e:
            if isinstance(e.__cause__, _Terminated):
                typer.echo("terminated", err=True)
                sys.exit(128 + e.__cause__.signum)
            typer.echo("interrupted", err=True)
            sys.exit(1)
        sys.exit(code if isinstance(code, int) else 0)


app = typer.Typer(
    name="paperkg",
    cls=_Group,
    help="A citation and relationship knowledge graph of scientific papers, built offline.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    # Plain click help: rich markup would swallow "[default: ...]" in help texts, draw usage
    # errors in boxed panels, and cost the import of rich on every start.
    rich_markup_mode=None,
)

# Control characters (C0 but newline and tab, DEL, C1) and the bidi controls that reorder a
# line: papers' titles and abstracts may hold them, and raw they would drive the terminal
# (retitle the window, clear the screen) or make text read other than it is.
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def visible(text: str) -> str:
    """Return ``text`` with control characters shown as escapes (``\\x1b``), so none reaches the terminal."""
    return _CONTROL.sub(_escape, text)


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 256 else f"\\u{code:04x}"


def _safe_console(**options: Any) -> Console:
    """A rich console that makes control characters in printed strings visible instead of obeying them."""
    from rich.console import Console

    class _SafeConsole(Console):
        def print(self, *objects: Any, **kwargs: Any) -> None:
            super().print(*(visible(o) if isinstance(o, str) else o for o in objects), **kwargs)

        def print_json(self, json: str | None = None, **kwargs: Any) -> None:
            # rich re-encodes JSON without escaping C1 or bidi controls: print it indented here,
            # with every control character as a \u escape, which keeps the JSON's meaning.
            import json as _json

            text = _json.dumps(_json.loads(json or "null"), indent=2, ensure_ascii=False)
            if self.quiet:
                return
            # written as it is: rich would cut it into a Text a line (a third of a second for 70k lines)
            try:
                self.file.write(_CONTROL.sub(lambda m: f"\\u{ord(m.group()):04x}", text) + "\n")
                self.file.flush()
            except BrokenPipeError:
                self.on_broken_pipe()

        def on_broken_pipe(self) -> None:
            self.quiet = True
            _reader_gone()

    return _SafeConsole(**options)


class _LazyConsole:
    """A safe rich console made on first use, so commands that print nothing rich never import rich."""

    def __init__(self, **options: Any) -> None:
        self._options = options
        self._console: Console | None = None

    def __getattr__(self, name: str) -> Any:
        return getattr(self.console, name)

    @property
    def console(self) -> Console:
        """The console itself, for what uses it whole (a progress display enters it as a context)."""
        if self._console is None:
            self._console = _safe_console(**self._options)
        return self._console


# emoji=False: rich would print a paper's "1:100:10" as "1💯10" and "A:B:C" as "A🅱C"
out: Any = _LazyConsole(highlight=False, soft_wrap=True, emoji=False)
err: Any = _LazyConsole(stderr=True, highlight=False, soft_wrap=True, emoji=False)


def _version(value: bool) -> None:
    if value:
        from importlib.metadata import PackageNotFoundError, version

        try:
            number = version("paperkg")
        except PackageNotFoundError:
            from paperkg import __version__ as number
        typer.echo(f"paperkg {number}")
        raise typer.Exit()


@app.callback()
def _root(
    show_version: Annotated[
        bool,
        typer.Option("--version", help="Print the version and exit.", is_eager=True, callback=_version),
    ] = False,
) -> None:
    """A citation and relationship knowledge graph of scientific papers, built offline."""


# -- shared options -----------------------------------------------------------

DataDirOpt = Annotated[
    Path | None,
    typer.Option(
        "--data-dir",
        envvar="PAPERKG_DATA_DIR",
        help="Directory of the embedded store (default: ./paperkg-data).",
        show_default=False,
    ),
]
StoreOpt = Annotated[
    str,
    typer.Option(
        "--store",
        envvar="PAPERKG_STORE",
        help=f"Where the graph lives: {', '.join(STORE_KINDS)} (sqlite and networkx both name the "
        "embedded store in --data-dir).",
    ),
]
JsonOpt = Annotated[bool, typer.Option("--json", help="Print JSON for scripts.")]
PaperArg = Annotated[
    str,
    typer.Argument(
        help="arXiv id (with or without version), DOI, an id a source gave it (PubMed id, OpenAlex W..., "
        "Semantic Scholar id or CorpusId:N), title, partial title, label, "
        "or the name of a method or dataset the paper introduces (any case)."
    ),
]


def _fail(message: str, code: int = 1) -> NoReturn:
    err.print(f"[red]error:[/red] {message}", markup=True, highlight=False)
    raise typer.Exit(code)


@contextmanager
def _errors() -> Iterator[None]:
    """Turn paperkg errors into one line and an exit code: 2 for ambiguity, else 1."""
    try:
        yield
    except AmbiguousPaper as e:
        err.print(f"error: {e}", markup=False)
        for paper_id, label in e.candidates:
            err.print(f"  {paper_id}  {label}", markup=False)
        raise typer.Exit(2) from None
    except PaperNotFound as e:
        err.print(f"error: {e}", markup=False)
        raise typer.Exit(1) from None
    except PaperKGError as e:
        err.print(f"error: {e}", markup=False)
        raise typer.Exit(1) from None
    except BrokenPipeError:
        _reader_gone()
    except OSError as e:
        # A full disk or a read-only directory: the store keeps its previous graph.
        where = f" ({e.filename})" if e.filename else ""
        err.print(f"error: {e.strerror or e}{where}; the store keeps its previous graph", markup=False)
        raise typer.Exit(1) from None
    except _Terminated as e:
        err.print("terminated", markup=False)
        raise typer.Exit(128 + e.signum) from None
    except KeyboardInterrupt:
        err.print("interrupted", markup=False)
        raise typer.Exit(130) from None
    except Exception as e:
        # sqlite3 is imported only by the embedded store, so it is looked up, not imported, here.
        sqlite3 = sys.modules.get("sqlite3")
        if sqlite3 is None or not isinstance(e, sqlite3.DatabaseError):
            raise
        reason = str(e)
        if "full" in reason or "readonly" in reason or "read-only" in reason or "I/O" in reason:
            # The transaction was rolled back: the store keeps its previous graph.
            err.print(f"error: the store could not be written ({reason}); it keeps its previous graph", markup=False)
        else:
            err.print(
                f"error: the graph store is damaged ({reason}); rebuild it with 'paperkg build --force FILES'",
                markup=False,
            )
        raise typer.Exit(1) from None


def _reader_gone() -> NoReturn:
    """Stop quietly where what reads our output (``| head``, a pager) has closed it, as Unix tools do."""
    import os

    # what is left in stdout's buffer would fail again as Python flushes it on the way out
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    os.close(devnull)
    sys.exit(141)  # 128 + SIGPIPE, what a shell reports for a tool that signal ended


def _print_json(data: Any) -> None:
    out.print_json(json.dumps(data, ensure_ascii=False, default=str))


def _open(
    store: str, data_dir: Path | None, *, writable: bool = False, create: bool = False, force: bool = False
) -> GraphStore:
    from paperkg.graph import open_store

    handle = open_store(store, data_dir=data_dir, writable=writable, create=create, replace_unreadable=force)
    for notice in getattr(handle, "notices", []):
        err.print(notice, markup=False)
    return handle


@contextmanager
def _store(
    store: str, data_dir: Path | None, *, writable: bool = False, create: bool = False, force: bool = False
) -> Iterator[GraphStore]:
    """Open a store, save it when the block succeeds, and always close it.

    While the block runs, the objects that exist once the store is open (a large graph's
    millions of dicts and strings) are frozen out of the cyclic garbage collector: each
    full collection would walk them all and free none, and a query allocating result
    models set off enough of them to spend seconds (6 s of 6.3 s for one family's members
    at 100k papers).
    """
    handle = _open(store, data_dir, writable=writable, create=create, force=force)
    gc.freeze()
    try:
        yield handle
        if writable:
            handle.save()
    finally:
        gc.unfreeze()
        handle.close()


class _RichTask:
    def __init__(self, progress: Any, task_id: Any) -> None:
        self._progress = progress
        self._task_id = task_id

    def advance(self, amount: int = 1) -> None:
        self._progress.advance(self._task_id, amount)

    def close(self) -> None:
        self._progress.update(self._task_id, visible=False)


class _RichProgress:
    """Progress bars on stderr with a rate column and the time left, shown only on a terminal."""

    def __init__(self) -> None:
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            TextColumn,
            TimeElapsedColumn,
            TimeRemainingColumn,
        )

        self._progress = Progress(
            TextColumn("{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("{task.fields[rate]}"),
            TimeElapsedColumn(),
            # how long is left: encoding a corpus of one's own on a CPU (10 papers/s) takes hours
            TextColumn("left"),
            TimeRemainingColumn(),
            console=err.console,
            disable=not err.is_terminal,
            transient=True,
        )

    def __enter__(self) -> _RichProgress:
        self._progress.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._progress.stop()

    def task(self, description: str, total: int | None = None, unit: str = "papers") -> _RichTask:
        progress = self._progress
        # the description holds a file's name: shown as it is, not read as markup
        task_id = progress.add_task(_esc(visible(description)), total=total, rate="")
        tracker = _RichTask(progress, task_id)
        original = tracker.advance
        # rich's task.speed sums its whole sample window on each call: computed at every advance it
        # cost 12 of 104 s of an add at 20k papers, so the rate column is refreshed 4 times a second
        next_rate = [0.0]

        def advance(amount: int = 1) -> None:
            original(amount)
            now = time.monotonic()
            if now < next_rate[0]:
                return
            next_rate[0] = now + 0.25
            task = progress.tasks[task_id]
            speed = task.finished_speed or task.speed
            if speed:
                progress.update(task_id, rate=f"{speed:,.0f} {unit}/s")

        tracker.advance = advance  # type: ignore[method-assign]
        return tracker


def _parse_fields(values: list[str]) -> dict[str, str]:
    fields: dict[str, str] = {}
    for value in values:
        name, sep, column = value.partition("=")
        if not sep or not name or not column:
            raise typer.BadParameter(f"expected FIELD=COLUMN, got {value!r}", param_hint="--field")
        fields[name.strip()] = column.strip()
    return fields


def _parse_limits(values: list[str]) -> Any:
    """Return the loaders' Limits with each ``NAME=VALUE`` of ``--limit`` set."""
    import dataclasses

    from paperkg.loaders import LIMIT_NAMES, Limits

    limits = Limits()
    for value in values:
        name, sep, raw = value.partition("=")
        field_name = LIMIT_NAMES.get(name.strip())
        if not sep or field_name is None:
            raise typer.BadParameter(
                f"expected NAME=VALUE with NAME one of {', '.join(LIMIT_NAMES)}, got {value!r}",
                param_hint="--limit",
            )
        kind = type(getattr(limits, field_name))
        try:
            number = kind(raw.strip())
        except ValueError:
            raise typer.BadParameter(
                f"{name}: expected a number, got {raw!r}", param_hint="--limit"
            ) from None
        if not number > 0:
            raise typer.BadParameter(f"{name}: expected a number above 0, got {raw!r}", param_hint="--limit")
        limits = dataclasses.replace(limits, **{field_name: number})
    return limits


def _print_build(report: BuildReport, verb: str) -> None:
    from rich.table import Table

    table = Table(title=None, show_edge=False, box=None, pad_edge=False)
    for column in ("source", "format", "read", "loaded", "rejected", "year-unknown"):
        table.add_column(column, justify="left" if column in ("source", "format") else "right")
    for r in report.files:
        table.add_row(
            _plain(Path(r.source).name),
            r.format,
            str(r.read),
            str(r.loaded),
            str(len(r.rejected)),
            str(r.year_unknown),
        )
    out.print(table)
    for r in report.files:
        if r.refused:
            out.print(f"  file skipped: {r.refused}", markup=False)
        for reason, count in r.skipped.items():
            out.print(f"  {Path(r.source).name}: {reason}: {count}", markup=False)
        for name, count in r.missing.items():
            out.print(f"  {Path(r.source).name}: {count} papers without {name}", markup=False)
        for note in r.notes[:5]:
            out.print(f"  note: {Path(r.source).name}, {note}", markup=False)
        if len(r.notes) > 5:
            out.print(f"  ... and {len(r.notes) - 5} more notes on {r.source}", markup=False)
        for rejection in r.rejected[:5]:
            out.print(f"  rejected: {rejection}", markup=False)
        if len(r.rejected) > 5:
            out.print(f"  ... and {len(r.rejected) - 5} more rejected in {r.source}", markup=False)
    out.print(
        f"{verb}: {report.records_read} records read, {report.papers_new} new papers, "
        f"{report.merged} merged duplicates, {report.rejected} rejected"
        + (f", {report.files_refused} files skipped (unreadable)" if report.files_refused else "")
        + (f", {report.filtered} filtered out" if report.filtered else "")
        + (f", {report.citations_linked} citations linked" if report.citations_linked else "")
        + (f", {report.skipped} skipped" if report.skipped else "")
        + f"; {report.papers_total} papers in the graph, {report.year_unknown} with the year unknown",
        markup=False,
    )
    if report.dated_without_year:
        out.print(
            f"  ({report.dated_without_year} papers have a day and month but no year: "
            "give the listing's year with --year YYYY)",
            markup=False,
        )
    for stage in report.stages:
        if stage.skipped:
            out.print(f"{stage.name}: skipped ({stage.skipped})", markup=False)
        else:
            out.print(f"{stage.name}: {_stage_sentence(stage.name, stage.summary)}", markup=False)
    out.print(_graph_sentence(report.counts, report.stages) + f" ({report.seconds:.1f} s)", markup=False)
    out.print("  (every figure, with its internal name: --json)", markup=False)


# Edge kinds and node kinds as a person says them, in the order the summary lists them.
_EDGE_WORDS = {
    "BUILDS_ON": "builds-on",
    "CITES": "citations",
    "INTRODUCES": "introduces",
    "MENTIONS": "mentions",
    "USES_DATASET": "uses-dataset",
    "IN_FAMILY": "in-family",
    "SAME_FAMILY": "same-family",
    "SHARES_DATASET": "shared-dataset",
    "SIMILAR_TO": "similar-to",
    "CO_CITED": "co-cited",
    "COUPLED": "coupled",
    "AUTHORED": "authored",
    "IN_CLUSTER": "in-cluster",
    "BUILDS_ON_CANDIDATE": "builds-on candidates (not drawn)",
}
_NODE_WORDS = {
    "paper": "papers",
    "method": "methods",
    "dataset": "datasets",
    "family": "families",
    "author": "authors",
    "cluster": "clusters",
}


def _n(value: Any) -> str:
    return f"{value:,}" if isinstance(value, int) else str(value)


def _stage_sentence(name: str, summary: dict[str, Any]) -> str:
    """Return one stage's summary as a sentence; unknown stages and keys read as 'key value'."""
    g = summary.get
    if name == "inference" and "builds_on" in summary:
        unsure = []
        if g("builds_on_candidates"):
            unsure.append(f"{_n(g('builds_on_candidates'))} more too unsure to draw, stored as candidates")
        if g("builds_on_held_back_unknown_order"):
            unsure.append(f"{_n(g('builds_on_held_back_unknown_order'))} held back: which paper came first is unknown")
        text = (
            f"{_n(g('builds_on'))} builds-on edges" + (f" ({'; '.join(unsure)})" if unsure else "")
            + f"; {_n(g('methods', 0))} methods and {_n(g('datasets', 0))} datasets,"
            f" {_n(g('introduced_names', 0))} of them introduced by a paper here;"
            f" {_n(g('mentions', 0))} method mentions, {_n(g('uses_dataset', 0))} dataset uses;"
            f" papers placed in a family {_n(g('in_family', 0))} times;"
            f" {_n(g('same_family', 0))} same-family and {_n(g('shares_dataset', 0))} shared-dataset pairs"
        )
        if g("labels_from_introduced_names"):
            text += f"; {_n(g('labels_from_introduced_names'))} untitled papers named after what they introduce"
        if g("names_demoted") not in (None, "0"):
            text += f"; names demoted: {g('names_demoted')}"
        if g("datasets_discovered"):
            text += f"; {_n(g('datasets_discovered'))} datasets discovered from how the text speaks of them"
        if g("families_discovered"):
            text += f"; {_n(g('families_discovered'))} families discovered from a method their papers share"
        if g("lexicon"):
            text += f"; lexicon {g('lexicon')}"
        if g("rules_changed"):
            text += (
                "; the inference rules or lexicon changed since this store was last inferred (a new paperkg"
                " or lexicon), so every paper's text was read again, once"
            )
        return text
    if name == "similarity" and "edges" in summary:
        if g("encoded"):
            cached = f", {_n(g('cache_hits'))} from the cache" if g("cache_hits") else ""
            encoded = (
                f"encoded {_n(g('encoded'))} of {_n(g('papers', 0))} papers with {g('model')} on {g('device')}"
                f" at {g('papers_per_s')} papers/s{cached}"
            )
        else:
            encoded = f"all {_n(g('papers', 0))} papers' vectors from the cache ({g('model')})"
        # The graph line counts every SIMILAR_TO edge: say here what the edges beyond the nearest are.
        extra = (
            f", and {_n(g('earlier_candidate_edges'))} more to earlier or undated papers, kept for likely"
            " references"
            if g("earlier_candidate_edges")
            else ""
        )
        index = " found on the approximate index" if g("index") == "ann" else ""
        note = f" ({g('index_note')})" if g("index_note") else ""
        return (
            f"{encoded}; {_n(g('edges'))} similar-to edges (the {g('top_k')} nearest papers each,"
            f" cosine at least {g('threshold')}){index}{extra} in {g('seconds')} s{note}"
        )
    counts = g("counts")
    if name == "citations" and isinstance(counts, dict):
        if not counts.get("references"):
            return "the sources list no references (paperkg enrich can fetch them)"
        text = (
            f"{_n(counts.get('resolved', 0))} of {_n(counts['references'])} references found in the corpus;"
            f" {_n(g('CITES edges between papers', 0))} citation edges between papers"
        )
        if g("builds-on confirmed by a citation") or g("builds-on from citations"):
            text += (
                f"; {_n(g('builds-on confirmed by a citation', 0))} builds-on edges confirmed by a citation,"
                f" {_n(g('builds-on from citations', 0))} added from citations"
            )
        if g("hint"):
            text += f" ({g('hint')})"
        return text
    return ", ".join(
        f"{k.replace('_', ' ')} {_n(v)}" for k, v in summary.items() if not isinstance(v, (dict, list))
    )


def _graph_sentence(counts: dict[str, dict[str, int]], stages: list[Any]) -> str:
    """Return the graph's node and edge counts in words; in-family is split into papers and methods."""
    nodes_counts = counts.get("nodes", {})
    order = [k for k in _NODE_WORDS if k in nodes_counts] + [k for k in nodes_counts if k not in _NODE_WORDS]
    nodes = ", ".join(f"{_n(nodes_counts[k])} {_NODE_WORDS.get(k, k)}" for k in order)
    edge_counts = counts.get("edges", {})
    paper_in_family = next(
        (s.summary.get("in_family") for s in stages if s.name == "inference" and not s.skipped), None
    )
    parts = []
    for kind in [k for k in _EDGE_WORDS if k in edge_counts] + [k for k in edge_counts if k not in _EDGE_WORDS]:
        part = f"{_n(edge_counts[kind])} {_EDGE_WORDS.get(kind, kind)}"
        if kind == "IN_FAMILY" and isinstance(paper_in_family, int) and paper_in_family <= edge_counts[kind]:
            part += f" ({_n(paper_in_family)} of papers, {_n(edge_counts[kind] - paper_in_family)} of methods)"
        parts.append(part)
    return f"graph: {nodes or 'empty'}; edges: {', '.join(parts) or 'none'}"


def _build_options(
    fmt: str | None,
    year: int | None,
    strict: bool,
    field: list[str],
    data_dir: Path | None,
    **extra: Any,
) -> BuildOptions:
    from paperkg.graph import BuildOptions
    from paperkg.loaders import LoadOptions

    if fmt is not None and fmt not in FORMATS:
        raise typer.BadParameter(f"choose one of {', '.join(FORMATS)}", param_hint="--format")
    load = LoadOptions(
        year=year,
        strict=strict,
        fields=_parse_fields(field),
        categories=list(extra.pop("categories", []) or []),
        since=extra.pop("since", None),
        until=extra.pop("until", None),
        limits=_parse_limits(extra.pop("limits", None) or []),
    )
    from paperkg.graph import default_data_dir

    return BuildOptions(load=load, format=fmt, data_dir=data_dir or default_data_dir(), **extra)


FormatOpt = Annotated[
    str | None,
    typer.Option(
        "--format", "-f", help=f"Input format, detected from content by default: {', '.join(FORMATS)}."
    ),
]
YearOpt = Annotated[
    int | None,
    typer.Option("--year", help="Listing year for Hugging Face dates that have none ('May 26')."),
]
StrictOpt = Annotated[
    bool, typer.Option("--strict", help="Stop at the first bad record instead of skipping it.")
]
FieldOpt = Annotated[
    list[str] | None,
    typer.Option(
        "--field", help="Column mapping for JSON Lines / CSV, e.g. --field title=paper_title (repeatable)."
    ),
]
LimitOpt = Annotated[
    list[str] | None,
    typer.Option(
        "--limit",
        help="Raise or lower a bound on input, e.g. --limit record-mb=64 (record-mb, document-mb, "
        "field-chars, json-depth, gzip-ratio; repeatable).",
    ),
]
PathsArg = Annotated[list[Path], typer.Argument(help="Source files (format detected from content).")]
NoInferOpt = Annotated[bool, typer.Option("--no-infer", help="Skip method/dataset/builds-on inference.")]
NoSimilarityOpt = Annotated[
    bool, typer.Option("--no-similarity", help="Skip embeddings and SIMILAR_TO edges.")
]
CategoryOpt = Annotated[
    list[str] | None,
    typer.Option(
        "--category",
        help="Keep only papers in this arXiv category, e.g. cs.LG, or cs for all cs.* (repeatable).",
    ),
]


def _date_bound(value: str | None) -> str | None:
    import re

    if value is not None and not re.fullmatch(r"\d{4}(?:-\d{2}(?:-\d{2})?)?", value):
        raise typer.BadParameter(f"expected YYYY, YYYY-MM or YYYY-MM-DD, got {value!r}")
    return value


SinceOpt = Annotated[
    str | None,
    typer.Option(
        "--since", help="Keep only papers published on or after YYYY[-MM[-DD]].", callback=_date_bound
    ),
]
UntilOpt = Annotated[
    str | None,
    typer.Option(
        "--until", help="Keep only papers published on or before YYYY[-MM[-DD]].", callback=_date_bound
    ),
]
KeepExternalOpt = Annotated[
    bool,
    typer.Option(
        "--keep-external-refs", help="Keep references outside the corpus as lightweight external nodes."
    ),
]
# build and add: add without the flag does as the store's last build or add did
InferOpt = Annotated[
    bool | None,
    typer.Option(
        "--infer/--no-infer",
        help="Infer methods, datasets and builds-on (default: on; add: as the last build did).",
        show_default=False,
    ),
]
SimilarityOpt = Annotated[
    bool | None,
    typer.Option(
        "--similarity/--no-similarity",
        help="Embed papers for SIMILAR_TO edges (default: on; add: as the last build did).",
        show_default=False,
    ),
]
KeepExternalBuildOpt = Annotated[
    bool | None,
    typer.Option(
        "--keep-external-refs/--no-external-refs",
        help="Keep references outside the corpus as lightweight external nodes (default: off; add: as "
        "the last build did).",
        show_default=False,
    ),
]
LexiconOpt = Annotated[
    list[Path] | None,
    typer.Option(
        "--lexicon",
        help="Extra lexicon file: paperkg JSON or a Papers-with-Code methods.json(.gz) (repeatable).",
    ),
]
RelatedKOpt = Annotated[
    int,
    typer.Option("--related-k", min=0, help="SAME_FAMILY / SHARES_DATASET partners kept per paper."),
]
ModelOpt = Annotated[
    str | None,
    typer.Option(
        "--model",
        help="Sentence-transformers model name or local directory [default: all-MiniLM-L6-v2, offline].",
        show_default=False,
    ),
]
DeviceOpt = Annotated[
    str | None,
    typer.Option(
        "--device", help="Encode on cpu, cuda or cuda:N [default: cuda when available].", show_default=False
    ),
]
BatchSizeOpt = Annotated[int, typer.Option("--batch-size", min=1, help="Texts per encoding batch.")]
TopKOpt = Annotated[int, typer.Option("--top-k", min=1, help="SIMILAR_TO neighbours kept per paper.")]
ThresholdOpt = Annotated[float, typer.Option("--threshold", help="Lowest cosine score of a SIMILAR_TO edge.")]


WorkersOpt = Annotated[
    int | None,
    typer.Option(
        "--workers",
        min=1,
        help="Processes for the per-paper work [default: one per core].",
        show_default=False,
    ),
]
EngineOpt = Annotated[
    str,
    typer.Option(
        "--engine",
        help="Where the per-paper work runs: local (processes here) or dask (a cluster, see --scheduler;"
        " pip install 'paperkg[dask]').",
    ),
]
SchedulerOpt = Annotated[
    str | None,
    typer.Option("--scheduler", help="--engine dask: the scheduler's address, e.g. tcp://10.0.0.5:8786."),
]


ForceOpt = Annotated[
    bool,
    typer.Option(
        "--force",
        help="build: replace a damaged or unreadable store (it is kept aside as graph.sqlite.damaged-TIME).",
    ),
]


def _run_build(
    paths: list[Path],
    *,
    add: bool,
    store: str,
    data_dir: Path | None,
    options: BuildOptions,
    as_json: bool,
    force: bool = False,
    as_last_build: Collection[str] = (),
) -> None:
    """Run a build or add; the settings named in ``as_last_build`` follow the store's last build."""
    from paperkg.graph import add_papers, build_graph

    with _errors():
        with (
            _store(store, data_dir, writable=True, create=True, force=force) as handle,
            _RichProgress() as progress,
        ):
            if as_last_build:
                from paperkg.graph.build import last_build_settings

                for name, value in last_build_settings(handle).items():
                    if name in as_last_build:
                        setattr(options, name, value)
            # a build replaces the graph: said after it, so that a second build meant as an add is seen for one
            replaced = 0 if add else handle.counts()["nodes"].get("paper", 0)
            run = add_papers if add else build_graph
            report = run(paths, handle, options, progress)
        if as_json:
            _print_json(report.to_dict())
        else:
            _print_build(report, "added" if add else "built")
            if replaced:
                out.print(
                    f"  (this build replaced the graph of {replaced} papers the store held; "
                    "'paperkg add FILES' adds to a graph)",
                    markup=False,
                )


def _build_command(add: bool) -> Callable[..., None]:
    """Return the ``build`` or ``add`` command: the same options, a different verb."""

    def command(
        paths: PathsArg,
        fmt: FormatOpt = None,
        year: YearOpt = None,
        strict: StrictOpt = False,
        field: FieldOpt = None,
        infer: InferOpt = None,
        similarity: SimilarityOpt = None,
        category: CategoryOpt = None,
        since: SinceOpt = None,
        until: UntilOpt = None,
        keep_external_refs: KeepExternalBuildOpt = None,
        lexicon: LexiconOpt = None,
        related_k: RelatedKOpt = 10,
        model: ModelOpt = None,
        device: DeviceOpt = None,
        batch_size: BatchSizeOpt = 64,
        top_k: TopKOpt = 10,
        threshold: ThresholdOpt = 0.3,
        similar_weights: Annotated[
            str | None,
            typer.Option(
                "--similar-weights",
                help="SIMILAR_TO's mix, e.g. embedding=1,lexical=0.5,entities=0.3,citations=0.5 "
                "(embedding=1,lexical=0,entities=0,citations=0: the bare model).",
                show_default=False,
            ),
        ] = None,
        similar_index: Annotated[
            str,
            typer.Option(
                "--similar-index",
                help="SIMILAR_TO's neighbour search: auto (exact below 50,000 papers, an approximate "
                "HNSW index above when faiss-cpu is installed), exact or ann.",
            ),
        ] = "auto",
        limit: LimitOpt = None,
        workers: WorkersOpt = None,
        engine: EngineOpt = "local",
        scheduler: SchedulerOpt = None,
        store: StoreOpt = "sqlite",
        data_dir: DataDirOpt = None,
        as_json: JsonOpt = False,
        force: ForceOpt = False,
    ) -> None:
        from paperkg.engine import ENGINES

        if engine not in ENGINES:
            raise typer.BadParameter(f"choose one of {', '.join(ENGINES)}", param_hint="--engine")
        if engine == "dask" and not scheduler:
            raise typer.BadParameter("--engine dask needs the scheduler's address", param_hint="--scheduler")
        options = _build_options(
            fmt,
            year,
            strict,
            field or [],
            data_dir,
            infer=infer is not False,
            similarity=similarity is not False,
            categories=category or [],
            since=since,
            until=until,
            keep_external_refs=bool(keep_external_refs),
            lexicons=lexicon or [],
            related_k=related_k,
            model=model,
            device=device,
            batch_size=batch_size,
            top_k=top_k,
            threshold=threshold,
            limits=limit,
            engine=engine,
            workers=workers,
            scheduler=scheduler,
        )
        if similar_weights:
            from paperkg.similarity.hybrid import HybridWeights

            try:
                HybridWeights.parse(similar_weights)
            except ValueError as e:
                raise typer.BadParameter(str(e), param_hint="--similar-weights") from e
            options.similar_weights = similar_weights
        if similar_index not in ("auto", "exact", "ann"):
            raise typer.BadParameter(
                f"expected auto, exact or ann, got {similar_index!r}", param_hint="--similar-index"
            )
        options.similar_index = similar_index
        unset = {
            name
            for name, value in (("infer", infer), ("similarity", similarity), ("keep_external_refs", keep_external_refs))
            if value is None
        }
        _run_build(
            paths,
            add=add,
            store=store,
            data_dir=data_dir,
            options=options,
            as_json=as_json,
            force=force and not add,
            as_last_build=unset if add else frozenset(),
        )

    command.__name__ = "add" if add else "build"
    command.__doc__ = (
        "Add papers to an existing graph without rebuilding it."
        if add
        else "Build the graph from source files, replacing what the store held."
    )
    return command


build = app.command(name="build")(_build_command(add=False))
add = app.command(name="add")(_build_command(add=True))


@app.command()
def stats(store: StoreOpt = "sqlite", data_dir: DataDirOpt = None, as_json: JsonOpt = False) -> None:
    """Count papers, entities and edges per kind."""
    from paperkg.queries import stats as run_stats

    with _errors(), _store(store, data_dir) as handle:
        result = run_stats(handle)
    if as_json:
        _print_json(result.model_dump(mode="json"))
        return
    out.print(
        f"{result.papers} papers ({result.with_title} with a title, {result.with_arxiv_id} with an "
        f"arXiv id, {result.year_unknown} with the year unknown)",
        markup=False,
    )
    out.print("nodes: " + ", ".join(f"{k} {v}" for k, v in result.nodes.items()), markup=False)
    out.print("edges: " + (", ".join(f"{k} {v}" for k, v in result.edges.items()) or "none"), markup=False)


@app.command()
def show(
    paper: PaperArg, store: StoreOpt = "sqlite", data_dir: DataDirOpt = None, as_json: JsonOpt = False
) -> None:
    """Show one paper: its fields, provenance and edge counts."""
    from paperkg.queries import builds_on_candidates, resolve_paper
    from paperkg.queries import edge_counts as count_edges

    with _errors(), _store(store, data_dir) as handle:
        found = resolve_paper(handle, paper)
        edge_counts = count_edges(handle, found.id)
        unsure = builds_on_candidates(handle, found.id) if edge_counts.get("BUILDS_ON_CANDIDATE") else []
    if as_json:
        _print_json(
            {
                **found.model_dump(mode="json"),
                "edge_counts": edge_counts,
                "builds_on_candidates": [h.model_dump(mode="json") for h in unsure],
            }
        )
        return
    out.print(f"[bold]{_esc(found.label)}[/bold]  ({_esc(found.id)})")
    rows: list[tuple[str, Any]] = [
        ("title", found.title or "(none in the source)"),
        (
            "arXiv",
            f"{found.arxiv_id}" + (f"v{found.arxiv_version}" if found.arxiv_version else "")
            if found.arxiv_id
            else None,
        ),
        ("DOI", found.doi),
        # the ids its sources gave it (PubMed, OpenAlex, Semantic Scholar, Web of Science), which find it
        ("ids", ", ".join(f"{k}:{v}" for k, v in sorted(found.external_ids.items())) or None),
        ("published", f"{found.published} ({found.date_precision.value})" if found.published else None),
        ("venue", found.venue),
        (
            "authors",
            ", ".join(found.authors)
            if found.authors
            else (f"{found.n_authors} authors" if found.n_authors else None),
        ),
        ("upvotes", found.upvotes),
        (
            "cited by",
            f"{found.citation_count:,}"
            + (
                f" ({found.influential_citation_count:,} influential)"
                if found.influential_citation_count is not None
                else ""
            )
            + " (the source's count)"
            if found.citation_count is not None
            else None,
        ),
        ("categories", ", ".join(found.categories) or None),
    ]
    for name, value in rows:
        if value is not None:
            out.print(f"  {name:<11}{value}", markup=False)
    for prov in found.provenance:
        where = f", line {prov.line}" if prov.line is not None else ""
        where += f", record {prov.record}" if prov.record is not None else ""
        out.print(f"  source     {prov.source} ({prov.format}{where})", markup=False)
    if edge_counts:
        out.print(
            "  edges      " + ", ".join(f"{k} {v}" for k, v in sorted(edge_counts.items())), markup=False
        )
    for hop in unsure:
        # a claim too unsure to draw: shown with its confidence and sentence, marked as a candidate
        mine = hop.source.id == found.id
        other = hop.target if mine else hop.source
        words = "may build on" if mine else "may be built on by"
        conf = f", confidence {hop.confidence:.2f}" if hop.confidence is not None else ""
        via = f" via {hop.via}" if hop.via else ""
        out.print(f"  candidate  {words} {other.id}  {other.label} ({hop.relation or 'uses'}{via}{conf})", markup=False)
        if hop.evidence:
            out.print(f'             "{hop.evidence}"', markup=False)
    if found.abstract:
        out.print("", markup=False)
        out.print(found.abstract, markup=False)


def _esc(text: str) -> str:
    from rich.markup import escape

    return escape(text)


@app.command()
def search(
    text: Annotated[str, typer.Argument(help="Words to look for in titles, labels and abstracts.")],
    limit: Annotated[int, typer.Option("--limit", "-n", help="How many papers to list.")] = 10,
    semantic: Annotated[
        bool,
        typer.Option(
            "--semantic", help="Encode the text and list the papers nearest in meaning (embeddings)."
        ),
    ] = False,
    model: ModelOpt = None,
    device: DeviceOpt = None,
    store: StoreOpt = "sqlite",
    data_dir: DataDirOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Find papers by words in their title, label or abstract, best match first."""
    from paperkg.queries import search as run_search

    with _errors(), _store(store, data_dir) as handle:
        if semantic:
            from paperkg.similarity import semantic_search

            hits = semantic_search(handle, text, k=limit, model=model, device=device)
        else:
            hits = run_search(handle, text, limit=limit)
    if as_json:
        _print_json([h.model_dump(mode="json") for h in hits])
        return
    if not hits:
        out.print(f"no paper contains every word of {text!r}", markup=False)
        return
    for hit in hits:
        year = hit.paper.year or "????"
        out.print(f"{hit.score:6.2f}  {year}  {hit.paper.id:<24} {hit.paper.label}", markup=False)
        if hit.snippet:
            shown = "".join(c if c.isprintable() else " " for c in hit.snippet)
            out.print(f"        {shown}", markup=False)


@app.command()
def similar(
    paper: PaperArg,
    k: Annotated[int, typer.Option("-k", "--k", min=1, help="How many neighbours to list.")] = 10,
    by: Annotated[
        str,
        typer.Option(
            "--by", help="hybrid (the SIMILAR_TO edges: embedding, words, entities, citations) or embedding."
        ),
    ] = "hybrid",
    earlier: Annotated[
        bool,
        typer.Option(
            "--earlier", help="Likely references: only papers dated no later, linked ones (BUILDS_ON, CITES) first."
        ),
    ] = False,
    include_undated: Annotated[
        bool, typer.Option("--include-undated", help="With --earlier, also papers whose order is unknown.")
    ] = False,
    store: StoreOpt = "sqlite",
    data_dir: DataDirOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """List a paper's nearest papers (SIMILAR_TO), why, and which are also linked otherwise."""
    from paperkg.queries import resolve_paper
    from paperkg.queries import similar as run_similar

    if by not in ("hybrid", "embedding"):
        raise typer.BadParameter("choose hybrid or embedding", param_hint="--by")
    with _errors(), _store(store, data_dir) as handle:
        found = resolve_paper(handle, paper)
        if earlier:
            from paperkg.queries import likely_references

            likely = likely_references(handle, found.id, k=k, include_undated=include_undated)
        elif by == "embedding":
            from paperkg.similarity.search import embedding_neighbours

            neighbours = embedding_neighbours(handle, found.id, k=k, data_dir=data_dir)
        else:
            neighbours = run_similar(handle, found.id, k=k)
    if earlier:
        _print_likely(found.id, found.label, likely, as_json)
        return
    if as_json:
        _print_json({"paper": found.id, "similar": [n.model_dump(mode="json") for n in neighbours]})
        return
    out.print(f"{found.label}  ({found.id})", markup=False)
    if not neighbours:
        out.print(
            "  no SIMILAR_TO edges; build without --no-similarity (needs pip install 'paperkg[embed]')",
            markup=False,
        )
        return
    for n in neighbours:
        score = f"{n.score:.3f}" if n.score is not None else "  -  "
        linked = f"  [also {', '.join(k.lower() for k in n.also_linked)}]" if n.also_linked else ""
        why = "  (" + ", ".join(f"{name} {share:.0%}" for name, share in n.shares.items() if share > 0) + ")"
        why = why if n.shares else ""
        out.print(f"{n.rank or '-':>3}  {score}  {n.paper.id:<24} {n.paper.label}{linked}{why}", markup=False)


def _print_likely(paper_id: str, label: str, rows: list[Any], as_json: bool) -> None:
    """Print likely references as a table, or as JSON rows of id, label, year, score."""
    if as_json:
        _print_json([r.model_dump(mode="json") for r in rows])
        return
    out.print(f"{label}  ({paper_id}): likely references", markup=False)
    if not rows:
        out.print("  none: no earlier paper is linked or near (build with similarity to rank them)", markup=False)
        return
    for r in rows:
        score = f"{r.score:7.3f}" if r.score is not None else "      -"
        linked = f"  [{', '.join(x.lower() for x in r.linked)}]" if r.linked else ""
        undated = "  (date unknown)" if r.undated else ""
        out.print(f"{r.rank:>3}  {score}  {r.year or '????'}  {r.id:<24} {r.label}{linked}{undated}", markup=False)


@app.command()
def export(
    fmt: Annotated[
        str,
        typer.Option(
            "--format",
            "-f",
            help="json (node-link), graphml, gexf, csv, bibtex, ris, cytoscape (Cytoscape.js JSON) or "
            "vosviewer (map and network files).",
        ),
    ] = "json",
    output: Annotated[
        str | None,
        typer.Option(
            "--out",
            "-o",
            help="Output file, '-' for standard output (the default); csv, vosviewer: a prefix, or a folder "
            "ending in '/'.",
            show_default=False,
        ),
    ] = None,
    kinds: Annotated[
        str | None,
        typer.Option(
            "--kinds",
            help="Export only these edge kinds, comma-separated (e.g. cites,co_cited,coupled).",
            show_default=False,
        ),
    ] = None,
    papers_only: Annotated[
        bool, typer.Option("--papers-only", help="Export only papers and the edges between them.")
    ] = False,
    store: StoreOpt = "sqlite",
    data_dir: DataDirOpt = None,
) -> None:
    """Export the graph for Gephi, Cytoscape, VOSviewer, reference managers, scripts or spreadsheets
    (to standard output unless --out names a file)."""
    import sys

    from paperkg.graph.export import export_graph, parse_kinds, write_graph

    with _errors():
        wanted = parse_kinds(kinds)
        with _store(store, data_dir) as handle:
            if output in (None, "-"):
                write_graph(handle, fmt, sys.stdout.buffer, kinds=wanted, papers_only=papers_only)
                sys.stdout.flush()
                return
            written = export_graph(handle, fmt, output, kinds=wanted, papers_only=papers_only)
    for path in written:
        out.print(str(path), markup=False)


@app.command()
def enrich(
    source: Annotated[
        str,
        typer.Option(
            "--from",
            help="The API to ask: arxiv, semanticscholar or openalex (OPENALEX_API_KEY needed).",
            show_default=False,
        ),
    ],
    limit: Annotated[
        int | None, typer.Option("--limit", "-n", help="Ask for at most this many papers.")
    ] = None,
    intents: Annotated[
        bool,
        typer.Option(
            "--intents", help="Semantic Scholar: also fetch citation intents (one request per paper)."
        ),
    ] = False,
    refresh: Annotated[
        bool, typer.Option("--refresh", help="Ask again for papers already enriched from this API.")
    ] = False,
    keep_external_refs: Annotated[
        bool | None,
        typer.Option(
            "--keep-external-refs/--no-external-refs",
            help="Keep unresolved references as external nodes (default: as the last build did).",
            show_default=False,
        ),
    ] = None,
    store: StoreOpt = "sqlite",
    data_dir: DataDirOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Fill in missing titles, authors, dates and references online, then add the CITES edges."""
    from paperkg.enrich import SOURCES, EnrichOptions, enrich_store
    from paperkg.graph import default_data_dir

    if source not in SOURCES:
        raise typer.BadParameter(f"choose one of {', '.join(SOURCES)}", param_hint="--from")
    options = EnrichOptions(
        source=source,
        data_dir=data_dir or default_data_dir(),
        limit=limit,
        intents=intents,
        refresh=refresh,
        keep_external_refs=keep_external_refs,
    )
    with _errors(), _store(store, data_dir, writable=True) as handle, _RichProgress() as progress:
        report = enrich_store(handle, options, progress)
    if as_json:
        _print_json(report.to_dict())
        return
    filled = ", ".join(f"{k} {v}" for k, v in sorted(report.filled.items())) or "nothing"
    out.print(
        f"enriched from {source}: {report.requested} papers asked for, {report.found} found, "
        f"{report.updated} updated (filled: {filled}); {report.requests} requests, "
        f"{report.cache_hits} answered from the cache",
        markup=False,
    )
    if report.candidates > report.requested:
        out.print(f"  {report.candidates - report.requested} more papers left; run it again", markup=False)
    details = ", ".join(f"{k}: {v}" for k, v in report.citations.items() if not isinstance(v, (dict, list)))
    out.print(f"citations: {details}", markup=False)


@app.command()
def grow(
    seeds: Annotated[
        list[str],
        typer.Argument(
            help="Seed papers: arXiv ids, DOIs, Semantic Scholar or OpenAlex ids, papers of the graph, or files.",
            show_default=False,
        ),
    ],
    depth: Annotated[int, typer.Option("--depth", min=1, max=2, help="Hops out from the seeds: 1 or 2.")] = 1,
    direction: Annotated[
        str, typer.Option("--direction", help="Follow references, citations (citing papers) or both.")
    ] = "both",
    limit: Annotated[
        int,
        typer.Option("--limit", "-n", min=1, help="Neighbours kept per paper expanded, most relevant first."),
    ] = 20,
    max_papers: Annotated[int, typer.Option("--max-papers", min=0, help="New papers in all, at most.")] = 500,
    source: Annotated[
        str,
        typer.Option("--from", help="The API to ask: semanticscholar or openalex (OPENALEX_API_KEY needed)."),
    ] = "semanticscholar",
    no_infer: NoInferOpt = False,
    no_similarity: NoSimilarityOpt = False,
    keep_external_refs: KeepExternalOpt = False,
    store: StoreOpt = "sqlite",
    data_dir: DataDirOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Grow the graph from seed papers: fetch their references and citing papers and add them."""
    from paperkg.enrich.grow import DIRECTIONS, GROW_SOURCES, GrowOptions, grow_graph
    from paperkg.graph import default_data_dir

    if source not in GROW_SOURCES:
        raise typer.BadParameter(f"choose one of {', '.join(GROW_SOURCES)}", param_hint="--from")
    if direction not in DIRECTIONS:
        raise typer.BadParameter(f"choose one of {', '.join(DIRECTIONS)}", param_hint="--direction")
    build = _build_options(
        None,
        None,
        False,
        [],
        data_dir,
        infer=not no_infer,
        similarity=not no_similarity,
        keep_external_refs=keep_external_refs,
    )
    options = GrowOptions(
        source=source,
        depth=depth,
        direction=direction,
        limit=limit,
        max_papers=max_papers,
        data_dir=data_dir or default_data_dir(),
        build=build,
    )
    with (
        _errors(),
        _store(store, data_dir, writable=True, create=True) as handle,
        _RichProgress() as progress,
    ):
        report = grow_graph(handle, seeds, options, progress)
    if as_json:
        _print_json(report.to_dict())
        return
    hops = ", ".join(f"depth {d}: {n}" for d, n in report.per_depth.items()) or "none"
    out.print(
        f"grew from {len(report.seeds)} seeds on {source}: {report.expanded} papers expanded, "
        f"{report.fetched} neighbours fetched, new kept per hop ({hops}); {report.requests} requests, "
        f"{report.cache_hits} answered from the cache",
        markup=False,
    )
    if report.seeds_missing:
        out.print(f"  not found on {source}: {', '.join(report.seeds_missing)}", markup=False)
    for reason, count in sorted(report.skipped.items()):
        out.print(f"  skipped, {reason}: {count}", markup=False)
    if report.file:
        out.print(f"  saved what arrived to {report.file}", markup=False)
    if report.add is not None:
        _print_build(report.add, "added")


# -- inference: lineage, families, datasets, entities, evaluation ------------------


_VIA = {"builds_on": ("BUILDS_ON",), "cites": ("CITES",), "both": ("BUILDS_ON", "CITES")}


@app.command()
def lineage(
    paper: PaperArg,
    down: Annotated[
        bool, typer.Option("--down", help="What builds on the paper, instead of what it builds on.")
    ] = False,
    depth: Annotated[int, typer.Option("--depth", min=1, help="How many hops to follow.")] = 3,
    via: Annotated[
        str, typer.Option("--via", help="Edges to follow: builds_on, cites or both.")
    ] = "builds_on",
    candidates: Annotated[
        bool,
        typer.Option(
            "--candidates", help="Also follow builds-on candidates (claims too unsure to draw), marked as such."
        ),
    ] = False,
    store: StoreOpt = "sqlite",
    data_dir: DataDirOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Show what a paper builds on, transitively (or with --down what builds on it), hop by hop with evidence."""
    from paperkg.queries import lineage as run_lineage

    if via not in _VIA:
        raise typer.BadParameter(f"choose one of {', '.join(_VIA)}", param_hint="--via")
    from paperkg.inference.explain import external_methods

    with _errors(), _store(store, data_dir) as handle:
        kinds = _VIA[via] + (("BUILDS_ON_CANDIDATE",) if candidates else ())
        result = run_lineage(handle, paper, direction="down" if down else "up", depth=depth, kinds=kinds)
        reached = [result.root.id] + [(h.source if down else h.target).id for h in result.hops]
        ends = external_methods(handle, reached) if not down else []
    if as_json:
        _print_json({**result.model_dump(mode="json"), "external_methods": [e.model_dump() for e in ends]})
        return
    out.print(f"{result.root.id}  {result.root.label}", markup=False)
    if not result.hops:
        word = "builds on it" if down else "it builds on"
        out.print(f"  nothing {word} in the graph (edges followed: {via})", markup=False)
    for hop in result.hops:
        arrow = "<-" if down else "->"
        other = hop.source if down else hop.target
        extra = f" via {hop.via}" if hop.via else ""
        conf = f" {hop.confidence:.2f}" if hop.confidence is not None else ""
        kind = "candidate (not drawn): BUILDS_ON" if hop.kind == "BUILDS_ON_CANDIDATE" else hop.kind
        out.print(
            f"{'  ' * hop.depth}{arrow} [{kind} {hop.relation or ''}{extra}{conf}] {other.id}  {other.label}",
            markup=False,
        )
        if hop.evidence:
            out.print(f'{"  " * hop.depth}     "{hop.evidence}"', markup=False)

    if ends:
        names = ", ".join(dict.fromkeys(e.name for e in ends))
        out.print(f"  ends in methods no paper here introduced: {names}", markup=False)


@app.command()
def family(
    name: Annotated[
        str | None,
        typer.Argument(help="Family name or alias, e.g. 'parameter-efficient fine-tuning' or PEFT."),
    ] = None,
    list_all: Annotated[
        bool, typer.Option("--list", help="List every family with its number of papers instead.")
    ] = False,
    since: SinceOpt = None,
    until: UntilOpt = None,
    store: StoreOpt = "sqlite",
    data_dir: DataDirOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """List the papers of a method family by year, each with the sentence that puts it there."""
    from paperkg.queries import family_members

    if list_all or name is None:
        _list_families(store, data_dir, as_json, only_nonempty=not list_all)
        return
    with _errors(), _store(store, data_dir) as handle:
        result = family_members(handle, name, since=since, until=until)
    if as_json:
        _print_json(result.model_dump(mode="json"))
        return
    out.print(f"{result.family}: {len(result.members)} papers", markup=False)
    year: object = object()
    for member in result.members:
        if member.paper.year != year:
            year = member.paper.year
            out.print(f"{year if year is not None else 'year unknown'}", markup=False)
        out.print(f"  {member.paper.id}  {member.paper.label}", markup=False)
        if member.evidence:
            out.print(f'      "{member.evidence}"', markup=False)


def _list_families(store: str, data_dir: Path | None, as_json: bool, *, only_nonempty: bool) -> None:
    from paperkg.queries import list_families

    with _errors(), _store(store, data_dir) as handle:
        families = list_families(handle)
    if as_json:
        _print_json([f.model_dump(mode="json") for f in families])
        return
    shown = [f for f in families if f.papers or not only_nonempty]
    if not shown:
        out.print("no method family has papers in the graph (was it built with --no-infer?)", markup=False)
        return
    if only_nonempty:
        out.print("give a family name; the families with papers are:", markup=False)
    width = max(len(f.name) for f in shown)
    for f in shown:
        short = list(dict.fromkeys(a for a in f.aliases if len(a) <= 12))[:3]
        aliases = f"  ({', '.join(short)})" if short else ""
        found = "  [discovered]" if f.discovered else ""
        out.print(f"{f.papers:>5}  {f.name:<{width}}{aliases}{found}".rstrip(), markup=False)


@app.command()
def datasets(
    paper: PaperArg,
    limit: Annotated[int, typer.Option("--limit", "-n", min=1, help="How many papers to list.")] = 20,
    store: StoreOpt = "sqlite",
    data_dir: DataDirOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """List the papers sharing a paper's datasets, strongest (rarest shared datasets) first."""
    from paperkg.queries import shared_datasets

    with _errors(), _store(store, data_dir) as handle:
        rows = shared_datasets(handle, paper, limit=limit)
    if as_json:
        _print_json([r.model_dump(mode="json") for r in rows])
        return
    if not rows:
        out.print("no paper shares a dataset with it", markup=False)
    for row in rows:
        out.print(f"{row.weight:6.3f}  {row.paper.id}  {row.paper.label}", markup=False)
        out.print(f"        shares: {', '.join(row.datasets)}", markup=False)


@app.command()
def entities(
    paper: PaperArg,
    store: StoreOpt = "sqlite",
    data_dir: DataDirOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Show what inference extracted from a paper and why: names, datasets, families, builds-on."""
    from paperkg.inference.explain import paper_entities

    with _errors(), _store(store, data_dir) as handle:
        result = paper_entities(handle, paper)
    if as_json:
        _print_json(result.model_dump(mode="json"))
        return
    out.print(f"{result.paper.id}  {result.paper.label}", markup=False)
    if not result.items:
        out.print("  nothing extracted (was the graph built with --no-infer?)", markup=False)
    for item in result.items:
        details = ", ".join(
            x
            for x in (
                item.relation,
                f"via {item.via}" if item.via else None,
                f"{item.confidence:.2f}" if item.confidence is not None else None,
            )
            if x
        )
        found = " [discovered]" if item.discovered else ""
        out.print(f"  {item.kind:<13} {item.name}{found}" + (f"  ({details})" if details else ""), markup=False)
        if item.evidence:
            out.print(f'      "{item.evidence}"', markup=False)


def _precision_recall(score: Any) -> str:
    """Return ``P/R (fp)``, with ``-`` for a precision of nothing found or a recall of nothing to find."""
    precision = f"{score.precision:.2f}" if score.tp + score.fp else "-"
    recall = f"{score.recall:.2f}" if score.tp + score.fn else "-"
    return f"{precision}/{recall} ({score.fp})"


@app.command(name="eval")
def eval_command(
    gold: Annotated[Path, typer.Argument(help="Gold file (format: README, section Evaluation).")],
    errors_shown: Annotated[int, typer.Option("--errors", help="How many errors to list per category.")] = 50,
    store: StoreOpt = "sqlite",
    data_dir: DataDirOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Score builds-on, datasets and families against a gold file: precision, recall, F1 and every error."""
    from paperkg.inference.evaluate import evaluate

    with _errors(), _store(store, data_dir) as handle:
        report = evaluate(handle, gold)
    if as_json:
        _print_json(report.model_dump(mode="json"))
        return
    from rich.table import Table

    out.print(
        f"{report.gold}: {report.papers_found} of {report.papers_total} gold papers found", markup=False
    )
    table = Table(show_edge=False, box=None, pad_edge=False)
    for column in ("category", "precision", "recall", "F1", "tp", "fp", "fn"):
        table.add_column(column, justify="left" if column == "category" else "right")
    for name in ("builds_on", "introduced", "datasets", "families", "family_pairs"):
        s = getattr(report, name)
        table.add_row(
            name, f"{s.precision:.3f}", f"{s.recall:.3f}", f"{s.f1:.3f}", str(s.tp), str(s.fp), str(s.fn)
        )
    out.print(table)
    out.print(
        f"builds-on candidates (too unsure to draw, not scored): {report.builds_on_candidates},"
        f" {report.builds_on_candidates_between_gold} between gold papers; gold pairs among them: "
        + (", ".join(report.gold_pairs_among_candidates) or "none"),
        markup=False,
    )
    if report.fields:
        per_field = Table(show_edge=False, box=None, pad_edge=False)
        per_field.add_column("field")
        per_field.add_column("papers", justify="right")
        for name in ("builds_on", "introduced", "datasets"):
            per_field.add_column(f"{name} P/R (fp)", justify="right")
        for field_name, fs in report.fields.items():
            cells = [_precision_recall(s) for s in (fs.builds_on, fs.introduced, fs.datasets)]
            per_field.add_row(_plain(field_name), str(fs.papers), *cells)
        out.print(per_field)
        out.print("(-: nothing to score, no gold item and nothing found)", markup=False)
    for name in ("builds_on", "introduced", "datasets", "families", "family_pairs"):
        wrong = [e for e in report.errors if e.category == name]
        for e in wrong[:errors_shown]:
            label = "FP" if e.kind == "false_positive" else "FN"
            out.print(f"{name} {label} {e.paper} -> {e.item}", markup=False)
            if e.evidence:
                out.print(f'    "{e.evidence}"', markup=False)
        if len(wrong) > errors_shown:
            out.print(
                f"{name}: {len(wrong) - errors_shown} more errors (use --errors N or --json)", markup=False
            )
    if report.unresolved:
        out.print(f"not found in the graph: {', '.join(report.unresolved)}", markup=False)


@app.command()
def viz(
    output: Annotated[Path, typer.Option("--out", "-o", help="HTML file to write.")] = Path(
        "paperkg-view.html"
    ),
    paper: Annotated[
        str | None, typer.Option("--paper", help="Draw this paper's neighbourhood (see --depth).")
    ] = None,
    depth: Annotated[
        int | None,
        typer.Option("--depth", min=1, help="Hops for --paper (default 1) or --lineage (default 3)."),
    ] = None,
    lineage: Annotated[
        str | None, typer.Option("--lineage", help="Draw what this paper builds on and what builds on it.")
    ] = None,
    family: Annotated[str | None, typer.Option("--family", help="Draw one method family.")] = None,
    kinds: Annotated[
        str | None,
        typer.Option(
            "--kinds",
            help="Edge kinds to draw, comma-separated: builds_on, cites, similar, same_family, "
            "shares_dataset, introduces, mentions, uses_dataset, in_family, co_cited, coupled, authored, "
            "in_cluster (default: all but authored and in_cluster).",
            show_default=False,
        ),
    ] = None,
    max_nodes: Annotated[
        int, typer.Option("--max-nodes", min=1, help="Most nodes drawn; the most important are kept.")
    ] = 2000,
    hubs: Annotated[
        bool,
        typer.Option(
            "--hubs/--no-hubs", help="Also draw method, dataset and family nodes (by default papers only)."
        ),
    ] = False,
    layout: Annotated[
        str,
        typer.Option(
            "--layout", help="The page opens as a map (related papers together) or a timeline (x = year)."
        ),
    ] = "map",
    color_by: Annotated[
        str,
        typer.Option(
            "--color-by", help="Colour papers by method family or by cluster (run 'paperkg clusters' first)."
        ),
    ] = "family",
    store: StoreOpt = "sqlite",
    data_dir: DataDirOpt = None,
) -> None:
    """Write an interactive HTML view of the graph (one offline file) and print its path."""
    from paperkg.viz import render_html, select_view
    from paperkg.viz.html import edges_to_draw

    with _errors():
        with _store(store, data_dir) as handle:
            selection = select_view(
                handle,
                paper=paper,
                depth=depth,
                lineage=lineage,
                family=family,
                kinds=kinds,
                max_nodes=max_nodes,
                hubs=hubs,
                color_by=color_by,
            )
        written = render_html(selection, output, layout=layout)
    drawn = selection.graph
    note = f"; {selection.left_out} left out (raise --max-nodes)" if selection.left_out else ""
    err.print(
        f"{selection.scope}: {drawn.number_of_nodes()} nodes, {len(edges_to_draw(drawn))} edges{note}",
        markup=False,
    )
    out.print(str(written), markup=False)


# -- authors and clusters -----------------------------------------------------------


@app.command()
def author(
    name: Annotated[
        str, typer.Argument(help="The author's name (any case, 'Last, First' too), node id or ORCID/S2 id.")
    ],
    coauthors: Annotated[
        bool, typer.Option("--coauthors", help="List the people they wrote papers with instead.")
    ] = False,
    limit: Annotated[int, typer.Option("--limit", "-n", min=1, help="How many co-authors to list.")] = 20,
    store: StoreOpt = "sqlite",
    data_dir: DataDirOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """List an author's papers, oldest first (or their co-authors with --coauthors)."""
    from paperkg.queries import author_papers
    from paperkg.queries import coauthors as find_coauthors

    with _errors(), _store(store, data_dir) as handle:
        if coauthors:
            people = find_coauthors(handle, name, limit=limit)
        else:
            found = author_papers(handle, name)
    if coauthors:
        if as_json:
            _print_json([p.model_dump(mode="json") for p in people])
            return
        if not people:
            out.print("no co-authors in the graph", markup=False)
        for person in people:
            out.print(f"{person.count:>3}  {person.author.name}  ({person.author.id})", markup=False)
        return
    if as_json:
        _print_json(found.model_dump(mode="json"))
        return
    ids = f"; {', '.join(found.author.ids)}" if found.author.ids else ""
    out.print(f"{found.author.name} ({found.author.id}{ids}): {len(found.papers)} papers", markup=False)
    for paper, rank in zip(found.papers, found.ranks, strict=True):
        year = str(paper.year) if paper.year is not None else "----"
        place = f"#{rank}" if rank is not None else ""
        out.print(f"  {year}  {place:>3}  {paper.id:<24} {paper.label}", markup=False)


@app.command()
def clusters(
    resolution: Annotated[
        float,
        typer.Option("--resolution", min=0.01, help="Louvain resolution: higher gives smaller clusters."),
    ] = 1.0,
    seed: Annotated[
        int, typer.Option("--seed", help="Random seed; the same graph and seed give the same clusters.")
    ] = 0,
    kinds: Annotated[
        str | None,
        typer.Option(
            "--kinds",
            help="Edge kinds linking papers, comma-separated (default: builds_on,cites,similar_to,co_cited,coupled).",
            show_default=False,
        ),
    ] = None,
    min_size: Annotated[int, typer.Option("--min-size", min=1, help="Smallest cluster kept.")] = 2,
    store: StoreOpt = "sqlite",
    data_dir: DataDirOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Find clusters of papers (Louvain), name them by their distinctive terms and store them."""
    from paperkg.graph.clusters import CLUSTER_KINDS, find_clusters, write_clusters
    from paperkg.graph.export import parse_kinds

    with _errors():
        wanted = parse_kinds(kinds) or list(CLUSTER_KINDS)
        with _store(store, data_dir, writable=True) as handle:
            report = find_clusters(handle, kinds=wanted, resolution=resolution, seed=seed, min_size=min_size)
            write_clusters(handle, report)
            # the labels of the papers printed alone: three a cluster
            shown = {paper for cluster in report.clusters for paper in cluster.top_papers[:3]}
            labels = {pid: found.label for pid in sorted(shown) if (found := handle.get_paper(pid)) is not None}
    if as_json:
        _print_json(report.to_dict())
        return
    out.print(
        f"{len(report.clusters)} clusters of {report.papers} papers over {report.links} links "
        f"({report.unclustered} papers in none); resolution {resolution}, seed {seed}",
        markup=False,
    )
    for cluster in report.clusters:
        years = (
            f"{cluster.first_year}-{cluster.last_year}" if cluster.first_year is not None else "years unknown"
        )
        out.print(f"{cluster.id:<11} {cluster.size:>5} papers  {years}  {cluster.name}", markup=False)
        if cluster.terms[3:]:
            out.print(f"{'':<11} also: {', '.join(cluster.terms[3:])}", markup=False)
        for paper in cluster.top_papers[:3]:
            out.print(f"{'':<11}   {labels.get(paper, paper)}", markup=False)


# -- graph servers and canned queries ------------------------------------------------

ServerUrlOpt = Annotated[
    str | None,
    typer.Option(
        "--url",
        help="FalkorDB URL (redis://host:port) or Neo4j URI [default: $FALKORDB_URL / $NEO4J_URI].",
        show_default=False,
    ),
]
ServerGraphOpt = Annotated[
    str | None,
    typer.Option(
        "--graph",
        help="FalkorDB graph name or Neo4j database [default: $FALKORDB_GRAPH or paperkg / $NEO4J_DATABASE or neo4j].",
        show_default=False,
    ),
]
ServerUserOpt = Annotated[
    str | None,
    typer.Option(
        "--username",
        help="Neo4j user [default: $NEO4J_USERNAME or neo4j]; the password is read from $NEO4J_PASSWORD only.",
        show_default=False,
    ),
]
ServerBatchOpt = Annotated[int, typer.Option("--batch", min=1, help="Rows per write statement.")]


def _open_server(
    kind: str, url: str | None, graph: str | None, username: str | None, batch: int
) -> GraphStore:
    from paperkg.exceptions import StoreError
    from paperkg.graph.stores.server import open_server_store

    options: dict[str, Any] = {"batch_size": batch}
    if kind == "falkordb":
        options.update(url=url, graph=graph)
    elif kind == "neo4j":
        options.update(uri=url, database=graph, username=username)
    else:
        raise StoreError(f"{kind!r} is not a graph server; choose neo4j or falkordb")
    return open_server_store(kind, **options)


@app.command()
def query(
    name: Annotated[str | None, typer.Argument(help="Canned query, e.g. lineage, path, influential.")] = None,
    args: Annotated[
        list[str] | None,
        typer.Argument(help="Its arguments: values in order, then NAME=VALUE options (e.g. depth=2)."),
    ] = None,
    list_queries: Annotated[
        bool, typer.Option("--list", help="List the canned queries with their Cypher.")
    ] = False,
    store: StoreOpt = "sqlite",
    data_dir: DataDirOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Run any canned query on any store and print its result as a table (JSON with --json)."""
    from paperkg.queries.registry import CANNED, run_canned, usage

    if list_queries or name is None:
        for canned in CANNED.values():
            out.print(f"{canned.name} {usage(canned.name)}", markup=False)
            out.print(f"    {canned.summary}", markup=False)
            for statement in canned.cypher:
                out.print("    " + statement.replace("\n", "\n    "), markup=False)
            out.print("", markup=False)
        return
    with _errors(), _store(store, data_dir) as handle:
        result = run_canned(handle, name, args or [])
    data = (
        [item.model_dump(mode="json") for item in result]
        if isinstance(result, list)
        else result.model_dump(mode="json")
    )
    if as_json:
        _print_json(data)
    else:
        _print_result(data)


def _cell(value: Any) -> str:
    """Return one value of a query result as table text."""
    if value is None:
        return ""
    if isinstance(value, dict) and "id" in value:
        label = str(value.get("label") or value.get("name") or "")
        label = label if len(label) <= 60 else label[:59] + "…"
        return f"{value['id']}  {label}" if label and label != value["id"] else str(value["id"])
    if isinstance(value, list):
        if all(not isinstance(v, (dict, list)) for v in value):
            return ", ".join(str(v) for v in value)
        return f"{len(value)} items"
    if isinstance(value, dict):
        return ", ".join(f"{k} {v}" for k, v in value.items())
    if isinstance(value, float):
        return f"{value:.4g}"
    return str(value)


def _plain(text: str) -> Any:
    """A table cell of ``text`` as it is: no markup read in it ("[MASK]", "[1]"), control characters made visible."""
    from rich.text import Text

    return Text(visible(text))


def _print_rows(rows: list[dict[str, Any]]) -> None:
    """Print dicts as a borderless table, leaving out the columns empty in every row."""
    from rich.table import Table

    columns = [c for c in dict.fromkeys(k for row in rows for k in row) if any(_cell(r.get(c)) for r in rows)]
    table = Table(show_edge=False, box=None, pad_edge=False)
    for column in columns:
        numeric = all(isinstance(r.get(column), (int, float)) or r.get(column) is None for r in rows)
        table.add_column(column.replace("_", " "), justify="right" if numeric else "left", overflow="fold")
    for row in rows:
        # Long text (an evidence sentence) is cut in the table; --json has it whole.
        cells = (_cell(row.get(c)) for c in columns)
        table.add_row(*(_plain(c if len(c) <= 80 else c[:79] + "…") for c in cells))
    out.print(table)


def _print_result(data: Any) -> None:
    """Print a canned query's result for a person: lists as tables, objects as fields then tables."""
    if isinstance(data, list):
        if not data:
            out.print("no results", markup=False)
        elif all(isinstance(d, dict) for d in data):
            _print_rows(data)
        else:
            out.print("\n".join(_cell(d) for d in data), markup=False)
        return
    if not isinstance(data, dict):
        out.print(_cell(data), markup=False)
        return
    tables = {k: v for k, v in data.items() if isinstance(v, list) and v and all(isinstance(x, dict) for x in v)}
    for key, value in data.items():
        if key not in tables and _cell(value):
            out.print(f"{key.replace('_', ' ')}: {_cell(value)}", markup=False)
    for key, rows in tables.items():
        out.print(f"{key.replace('_', ' ')}:", markup=False)
        _print_rows(rows)


@app.command()
def cypher(
    statement: Annotated[str, typer.Argument(help="One Cypher statement; values as $parameters.")],
    param: Annotated[
        list[str] | None,
        typer.Option("--param", "-p", help="NAME=VALUE parameter, VALUE as JSON or text (repeatable)."),
    ] = None,
    write: Annotated[
        bool, typer.Option("--write", help="Allow writes (reads are read-only otherwise).")
    ] = False,
    store: StoreOpt = "falkordb",
    url: ServerUrlOpt = None,
    graph: ServerGraphOpt = None,
    username: ServerUserOpt = None,
) -> None:
    """Run raw Cypher on a graph server, read-only unless --write."""
    params: dict[str, Any] = {}
    for item in param or []:
        key, sep, raw = item.partition("=")
        if not sep or not key:
            raise typer.BadParameter(f"expected NAME=VALUE, got {item!r}", param_hint="--param")
        try:
            params[key] = json.loads(raw)
        except json.JSONDecodeError:
            params[key] = raw
    with _errors():
        if store in ("sqlite", "networkx"):  # paperkg.graph.EMBEDDED_KINDS
            from paperkg.exceptions import StoreError

            raise StoreError("raw Cypher needs a graph server; pass --store falkordb or --store neo4j")
        handle = _open_server(store, url, graph, username, 1000)
        try:
            rows = handle.run(statement, params, write=write)  # type: ignore[attr-defined]
        finally:
            handle.close()
    _print_json(rows)


@app.command()
def push(
    to: Annotated[str, typer.Option("--to", help="The graph server to copy to: neo4j or falkordb.")],
    replace: Annotated[
        bool, typer.Option("--replace", help="Empty the server's graph first, so it ends identical.")
    ] = False,
    url: ServerUrlOpt = None,
    graph: ServerGraphOpt = None,
    username: ServerUserOpt = None,
    batch: ServerBatchOpt = 1000,
    data_dir: DataDirOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Copy the embedded store to a graph server (idempotent: pushing twice changes nothing)."""
    from paperkg.graph.stores.server import push_graph

    with _errors(), _store("sqlite", data_dir) as source:
        target = _open_server(to, url, graph, username, batch)
        try:
            counts = push_graph(source, target, replace=replace)
        finally:
            target.close()
    if as_json:
        _print_json(counts)
        return
    nodes = ", ".join(f"{v} {k}" for k, v in counts["nodes"].items())
    edges = ", ".join(f"{v} {k}" for k, v in counts["edges"].items()) or "none"
    out.print(f"pushed to {to}: nodes {nodes}; edges {edges}", markup=False)


class _Terminated(KeyboardInterrupt):
    """SIGTERM or SIGHUP, raised where the main thread is so that a command stops as on Ctrl-C."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum


def _terminate(signum: int, frame: object) -> None:
    # A second signal ends the process at once, should the cleanup of the first hang.
    signal.signal(signum, signal.SIG_DFL)
    raise _Terminated(signum)


def main() -> None:
    """Run the CLI."""
    # By default SIGTERM (kill, timeout, a scheduler's stop) and SIGHUP (a closed terminal) end the
    # process where it stands: a build leaves an empty store and its workers' semaphores behind. Stopped
    # as on Ctrl-C, the store keeps its previous graph and the pool is stopped.
    for signum in (signal.SIGTERM, signal.SIGHUP):
        if signal.getsignal(signum) is signal.SIG_DFL:
            signal.signal(signum, _terminate)
    app(prog_name="paperkg")

"""The `dateline` command: index sources, search, show and count from the shell; scriptable with --json.

Exit codes: 0 success; 1 some input was skipped, or nothing to show; 2 a usage error (bad options, a query that
cannot be parsed, no index where one is needed); 3 the index could not be opened or written (another process is
writing to it, a read-only folder, a full disk, a damaged index).
"""

from __future__ import annotations

import gc
import sys

# Started as the `dateline` command (or `python -m tui.cli`), the imports below and the browser's run with the
# garbage collector paused: its collections over the objects every import makes took 100-140 ms of the half
# second that importing Textual, Whoosh and numpy costs, before anything is on the screen. `_resume_collector`
# turns it back on once the command's imports are done, with what they made frozen, so later collections do not
# walk it again. Imported by another program (the tests), this module leaves the collector alone.
_PAUSED_AT_START = (__name__ == "__main__" or sys.argv[0].rsplit("/", 1)[-1] == "dateline") and gc.isenabled()
if _PAUSED_AT_START:
    gc.disable()

import argparse  # noqa: E402  (after the collector is paused)
import collections
import errno
import json
import os
from datetime import datetime
from pathlib import Path

from rich.console import Console
from rich.text import Text

from search_index import ArchiveIndex, IndexMissing, IndexProblem, QueryError, SearchRequest, resolve_index_dir
from search_index.query import date_span, shown_query
from search_index.textclean import TERMINAL_UNSAFE, safe_name


def out():
    """The console printers (Rich's progress bars and tables), imported when a command prints: the browser
    starts without them."""
    from . import console_output

    return console_output


EXIT_OK, EXIT_SKIPPED, EXIT_USAGE, EXIT_INDEX = 0, 1, 2, 3
# `dateline extract --json`: what the article is, the text the offsets index into, and what was found in it
EXTRACT_FIELDS = ("id", "title", "date", "body", "persons", "organisations", "quotes")


class UsageError(Exception):
    pass


class _Console(Console):
    def on_broken_pipe(self) -> None:
        # Rich's own ends the program with status 1, saying nothing; a reader that has read enough (`| head`) is
        # no failure: raised on to `main`, which ends quietly with 0, as for what `print` writes
        self.quiet = True
        raise BrokenPipeError(errno.EPIPE, os.strerror(errno.EPIPE))


def _console() -> Console:
    # no colour or highlighting guesses of Rich's own: only the styles we put on spans
    # piped output is not wrapped at all, so scripts see one line per item
    return _Console(highlight=False, emoji=False, markup=False, soft_wrap=not sys.stdout.isatty())


def _err(message: str) -> None:
    # messages quote file names and queries, which may hold anything: control characters are shown, never sent
    print(f"dateline: {safe_name(message)}", file=sys.stderr)


def _json(data) -> str:
    """One line of JSON, with every character that could drive a terminal escaped as `\\uXXXX` (JSON escapes
    C0 controls itself; C1 controls, DEL and bidi overrides it would print raw). The data is unchanged."""
    return TERMINAL_UNSAFE.sub(_json_escape, json.dumps(data, ensure_ascii=False))


def _json_escape(m) -> str:
    code = ord(m.group())
    if code > 0xFFFF:
        code -= 0x10000
        return f"\\u{0xD800 + (code >> 10):04x}\\u{0xDC00 + (code & 0x3FF):04x}"
    return f"\\u{code:04x}"


def _open_index(args, *, create: bool = False, read_only: bool = False, prefetch: bool = False) -> ArchiveIndex:
    path = resolve_index_dir(args.index)
    try:
        return ArchiveIndex(str(path), create=create, read_only=read_only, prefetch=prefetch)
    except IndexMissing as exc:
        raise UsageError(str(exc)) from None


# --- commands --------------------------------------------------------------------------------------------

def _named_sources(sources: list[str]) -> list[str]:
    """SOURCE... without the empty ones (`"$DIR"` of a variable never set), said on stderr: a path of no
    characters names no file, and read as one it would be the current folder, read whole."""
    if "" in sources:
        _err(f"SOURCE '' is empty: it names no file or folder (the current folder is '.'); "
             f"{'nothing read' if not any(sources) else 'left out'}")
    return [s for s in sources if s]


def cmd_index(args) -> int:
    from search_index import ReadOptions, index_sources

    path = resolve_index_dir(args.index)
    sources = _named_sources(args.sources)
    if not sources:
        return EXIT_USAGE
    missing = [s for s in sources if not os.path.lexists(s)]
    if len(missing) == len(sources):  # a typo: nothing to index, so no index made and none rebuilt away
        raise UsageError(f"no such file or folder: {', '.join(safe_name(m) for m in missing)}")
    if args.rebuild and path.exists():
        if not ArchiveIndex.exists(str(path)) and any(path.iterdir()):
            raise UsageError(f"--rebuild: {path} is not an index folder; not deleting it")
        ArchiveIndex.delete(str(path))
    options = ReadOptions(year=args.year, source_name=args.source_name or "")
    with ArchiveIndex(str(path), create=True) as archive:
        try:
            with out().IndexProgress(quiet=args.quiet) as progress:
                summary = index_sources(archive, sources, options=options, prune=args.prune,
                                        progress=progress, workers=args.workers,
                                        checkpoint_every=args.commit_every, reread=args.reread)
        finally:
            for notice in archive.notices:  # a recovered lock, said even when this run fails too
                _err(notice)
        if args.json:
            print(_json({
                "added": summary.added, "updated": summary.updated, "unchanged": summary.unchanged,
                "removed": summary.removed, "articles": summary.articles_read, "files": summary.files_read,
                "files_unchanged": summary.files_unchanged,
                "gone_files": summary.gone_files, "gone_articles": summary.gone_articles,
                "articles_in_unchanged_files": summary.articles_in_unchanged_files,
                "seconds": round(summary.seconds, 3), "partial_dates": summary.partial_dates,
                "skipped": [{"path": p.path, "record": p.record, "reason": p.reason} for p in summary.problems],
                "warnings": [{"path": p.path, "record": p.record, "reason": p.reason} for p in summary.warnings],
                "ignored": [{"path": i.path, "reason": i.reason} for i in summary.ignored],
                "index": archive.path, "index_bytes": archive.size_bytes(), "notices": archive.notices,
            }))
        else:
            out().print_summary(_console(), summary, archive.path, archive.size_bytes(), verbose=args.verbose)
    return EXIT_USAGE if len(sources) < len(args.sources) else summary.exit_code


def _parse_when(value: str | None, end: bool) -> datetime | None:
    if not value:
        return None
    try:
        first, last = date_span(value)
    except QueryError as exc:
        raise UsageError(str(exc)) from None
    return last if end else first


def _facet_values(archive, kind: str, option: str, values: list[str] | None) -> tuple[str, ...]:
    """`--person "tony blair"`: the value as the archive spells it (said on stderr); a name the archive does not
    have is kept (the search finds nothing) and stderr says which names it may have meant."""
    out = []
    for value in values or ():
        found, maybe = archive.facet_name(kind, value)
        if found is None:
            hint = f"; did you mean {', '.join(repr(m) for m in maybe)}?" if maybe else ""
            _err(f"note: no {kind} {value!r} in this archive{hint}")
            out.append(value)
        else:
            if found != value:
                _err(f"note: {option} {value!r} is {found!r} in this archive")
            out.append(found)
    return tuple(out)


def cmd_search(args) -> int:
    date_from, date_to = _parse_when(args.date_from, end=False), _parse_when(args.date_to, end=True)
    if date_from and date_to and date_from > date_to:
        raise UsageError(f"--from {args.date_from} --to {args.date_to}: the range ends before it starts")
    with _open_index(args) as archive:
        request = SearchRequest(
            query=args.query,
            persons=_facet_values(archive, "person", "--person", args.person),
            organisations=_facet_values(archive, "organisation", "--org", args.org),
            sources=_facet_values(archive, "source", "--source", args.source),
            date_from=date_from,
            date_to=date_to,
            sort=args.sort,
            limit=args.limit,
            offset=args.offset,
        )
        try:
            result = archive.search(request)
        except QueryError as exc:
            raise UsageError(f"query {shown_query(args.query)}: {exc}") from None
        if result.total == 0:
            _why_nothing_note(archive, request)
        if args.json:
            print(_json(result.to_json()))
        else:
            out().print_results(_console(), result, args.query)
    return EXIT_OK


def _why_nothing_note(archive, request: SearchRequest) -> None:
    """On stderr, as the browser's status line says it: that the words alone have results (the filters or dates
    leave none), and where the archive's dates lie when the dates asked for are outside them (`--from 'last
    week'` over a 1987 wire said only `0 results`)."""
    from .why import DATE_CLAUSE_RE, dates_hint, why_nothing

    why = why_nothing(archive, request)
    notes = []
    if why.get("alone") and DATE_CLAUSE_RE.sub(" ", request.query).strip():
        facets = request.persons or request.organisations or request.sources
        alone = why["alone"]
        notes.append(f"nothing matches with these {'filters' if facets else 'dates'} (the words alone: {alone:,} "
                     f"result{'s' if alone != 1 else ''})")
    if dates_hint(why):
        notes.append(dates_hint(why))
    if notes:
        _err("note: " + "; ".join(notes))


def cmd_show(args) -> int:
    with _open_index(args) as archive:
        articles = archive.get(args.id)
    if not articles:
        _err(f"no article with id {args.id!r} (ids are shown by `dateline search`)")
        return EXIT_SKIPPED
    if args.json:
        for article in articles:
            print(_json(article.to_json()))
        return EXIT_OK
    console = _console()
    if len(articles) > 1:  # the same path under two sources (`tass/2024/05/001.txt`, `afp/2024/05/001.txt`)
        console.print(Text(f"{len(articles)} articles have the id {safe_name(repr(args.id))}; "
                           "`dateline show` takes one's source (file#record) to show only it:"))  # never markup
        for article in articles:
            console.print(Text(f"  {safe_name(article.key)}"))
    for article in articles:
        out().print_article(console, article)
    return EXIT_OK


def cmd_extract(args) -> int:
    """People, organisations and quotes of every article in SOURCE..., one JSON object per line; no index."""
    from search_index import ReadOptions, iter_inputs, read_input
    from search_index.extraction import extract_article
    from search_index.indexer import EXTRACTION_FAILED, assign_id
    from search_index.sources import InputFile

    options = ReadOptions(year=args.year, source_name=args.source_name or "")
    sources = _named_sources(args.sources)  # (the others are read all the same, as past a missing file)
    code = EXIT_OK if len(sources) == len(args.sources) else EXIT_USAGE
    for item in iter_inputs(sources):
        if not isinstance(item, InputFile):
            if not item.ignored:
                _err(f"{item.path}: {item.reason}")
                code = max(code, EXIT_SKIPPED)
            continue
        result = read_input(item, options, explicit=item.explicit)
        for problem in result.problems:
            if problem.fatal:
                _err(str(problem))
                code = max(code, EXIT_SKIPPED)
        for article in result.articles:
            assign_id(article, item)
            try:
                extract_article(article)
            except Exception as exc:  # an extraction bug must not cost the other articles (as when indexing)
                _err(f"{item.path}: {article.id}: {EXTRACTION_FAILED} ({type(exc).__name__}: {exc})")
                code = max(code, EXIT_SKIPPED)
            if args.json:
                print(_json(article.to_json(EXTRACT_FIELDS)))
            else:
                out().print_extraction(_console(), article)
    return code


def cmd_quotes(args) -> int:
    speakers: collections.Counter = collections.Counter()
    with _open_index(args) as archive:
        try:
            total, quotes = archive.quotes(speaker=args.speaker or "", query=args.query or "", limit=args.limit,
                                           speakers=speakers)
        except QueryError as exc:
            raise UsageError(f"query {shown_query(args.query)}: {exc}") from None
        if args.speaker and args.speaker.strip():  # (a blank name is no speaker: every quote, as without it)
            _speaker_notes(archive, args.speaker, bool(args.query), speakers)
    if args.json:  # JSON Lines, as `extract --json` prints articles: a quote a line, for jq and grep
        for q in quotes:
            print(_json(q.to_json()))
    else:
        out().print_quotes(_console(), total, quotes)
    return EXIT_OK


def _speaker_notes(archive, asked: str, with_query: bool, speakers: collections.Counter) -> None:
    """On stderr: the names `--speaker` may have meant when it found no quote at all, or the several speakers a
    name asked for matched (`Brown` is Gordon Brown and Nick Brown), most quoted first."""
    if not speakers and not (with_query and archive.quotes(speaker=asked, limit=0)[0]):
        named: list[str] = []
        maybe: list[str] = []
        for kind in ("person", "organisation"):
            found, near = archive.facet_name(kind, asked)
            named += [found] if found else []
            maybe += near
        if named:
            hint = f" ({named[0]!r} is named in it, but never quoted)"
        else:
            maybe = list(dict.fromkeys(maybe))[:3]  # (people first: three names at most, as --person says)
            hint = f"; did you mean {', '.join(repr(m) for m in maybe)}?" if maybe else ""
        _err(f"note: no quotes by {asked!r} in this archive{hint}")
        return
    # counted as the archive counts them (and the browser's "What X said"): a surname alone, or an acronym, that
    # the archive merges into a full name is that name's (`Blair` is Tony Blair's, when he has 80% of the Blairs)
    aliases = archive.speaker_aliases()
    people: collections.Counter = collections.Counter()
    for name, n in speakers.items():
        people[aliases.get(name, name)] += n
    if len(people) < 2:
        return
    names = [f"{name} ({n})" for name, n in people.most_common(5)]
    more = f" and {len(people) - 5} more" if len(people) > 5 else ""
    said = f"note: --speaker {asked!r} is {len(people)} speakers: {', '.join(names)}{more}"
    key = _name_key(asked)
    whole = {key} | {_name_key(full) for alias, full in aliases.items() if _name_key(alias) == key}
    if len(asked.split()) > 1 and whole & {_name_key(name or "") for name in people}:
        # a full name, one speaker's exactly: no fuller name picks them alone (`Labour Party`, `Scottish Labour Party`)
        _err(f"{said}; every speaker whose name holds those words is counted")
    else:  # a surname alone (`Brown`), or a name no speaker has whole
        _err(f"{said}; give a full name for one of them")


def _name_key(name: str) -> str:
    """A name as `--speaker` compares it: any case and spacing, either apostrophe."""
    return " ".join(name.replace("\u2019", "'").split()).casefold()


def _first_run(archive: ArchiveIndex, existed: bool, chosen: bool) -> bool:
    """No index before this start; or the default index left empty by a first run that was quit while it indexed
    the sample (every start after it would open on nothing). An index the user chose is theirs to fill."""
    return not existed or (not chosen and archive.doc_count() == 0)


def cmd_browse(args) -> int:
    """Open the app; on a first run (no index yet) index the bundled sample archive first."""
    from search_index import bundled_archive_dir

    from .terminal import TerminalUnsuitable, prepare

    if not sys.stdout.isatty() or not sys.stdin.isatty():
        raise UsageError("the browser needs a terminal (for scripts, use `dateline search`)")
    try:
        prepare()  # before Textual is imported: colour depth from the terminal's description
    except TerminalUnsuitable as exc:
        raise UsageError(str(exc)) from None

    from .app import DatelineApp
    from .config import load_settings
    _resume_collector()
    path = resolve_index_dir(args.index)
    sources = list(getattr(args, "sources", None) or [])
    settings = load_settings()
    if args.theme:
        settings.theme = args.theme
    if getattr(args, "read_only", False):
        if sources:
            raise UsageError("--read-only: cannot index SOURCE; run `dateline index` first")
        with _open_index(args, read_only=True, prefetch=True) as archive:
            app = DatelineApp(archive, settings=settings, read_only=True)
            app.run()
        return app.return_code or EXIT_OK
    existed = ArchiveIndex.exists(str(path))
    chosen = bool(args.index or os.environ.get("DATELINE_INDEX"))
    with ArchiveIndex(str(path), create=True, prefetch=True) as archive:
        bundled = bundled_archive_dir()
        if not sources and bundled.is_dir() and _first_run(archive, existed, chosen):
            sources = [str(bundled)]
        app = DatelineApp(archive, index_first=sources, settings=settings)
        app.run()
    return app.return_code or EXIT_OK  # 1 after a crash Textual has printed


def cmd_serve(args) -> int:
    """Serve the browser to other people's terminals; `--ssh` is the one way for now."""
    if not args.ssh:
        raise UsageError("serve: say how: --ssh (an SSH server for the browser) is the one way for now")
    from . import serve

    options = serve.ServeOptions(
        index=resolve_index_dir(args.index), host=args.host, port=args.port, max_sessions=args.max_sessions,
        authorized_keys=Path(args.authorized_keys).expanduser() if args.authorized_keys
        else serve.default_authorized_keys(),
        host_key=Path(args.host_key).expanduser() if args.host_key else serve.default_host_key(),
    )
    try:
        serve.run(options)
    except serve.ServeError as exc:
        raise UsageError(str(exc)) from None
    return EXIT_OK


def cmd_stats(args) -> int:
    with _open_index(args) as archive:
        stats = archive.stats()
    if args.json:
        print(_json(stats.to_json()))
    else:
        out().print_stats(_console(), stats)
    return EXIT_OK


# --- argument parsing ------------------------------------------------------------------------------------

def _whole(value: str, what: str) -> int:
    try:
        return int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not {what}") from None


def _positive(value: str) -> int:
    n = _whole(value, "a whole number")
    if n < 1:
        raise argparse.ArgumentTypeError("must be 1 or more")
    return n


def _not_negative(value: str) -> int:
    n = _whole(value, "a whole number")
    if n < 0:
        raise argparse.ArgumentTypeError("must be 0 or more")
    return n


def _port(value: str) -> int:
    n = _whole(value, "a port number")
    if not 0 <= n <= 65535:
        raise argparse.ArgumentTypeError("a port number, 0 to 65535")
    return n


def _year(value: str) -> int:
    n = _whole(value, "a year")
    if not 1000 <= n <= 9999:
        raise argparse.ArgumentTypeError("a four-digit year")
    return n


def _version() -> str:
    from importlib import metadata

    try:
        return metadata.version("dateline")
    except metadata.PackageNotFoundError:
        return "(not installed)"


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="dateline",
        description="A terminal browser for news archives: index articles, search them, read who said what.",
        epilog="The index lives in your data folder unless --index or $DATELINE_INDEX says otherwise.",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    index_opt = argparse.ArgumentParser(add_help=False)
    index_opt.add_argument("--index", metavar="DIR", help="index folder (default: $DATELINE_INDEX or the data folder)")
    parser.add_argument("--index", metavar="DIR", help=argparse.SUPPRESS)
    parser.add_argument("--version", action="version", version=f"dateline {_version()}")
    parser.add_argument("--theme", choices=("dark", "light"), help=argparse.SUPPRESS)

    p = sub.add_parser("browse", parents=[index_opt], help="open the browser (the default command)")
    p.add_argument("sources", nargs="*", metavar="SOURCE", help="index these first, then open")
    p.add_argument("--theme", choices=("dark", "light"), help="colours for dark or light terminals")
    p.add_argument("--read-only", action="store_true",
                   help="never create, index or write the index (how `serve --ssh` runs each session)")
    p.set_defaults(func=cmd_browse)

    p = sub.add_parser("index", parents=[index_opt], help="add or update articles from files and folders")
    p.add_argument("sources", nargs="+", metavar="SOURCE", help="a file or folder (walked; .gz, .tar.gz, .zip read)")
    p.add_argument("--year", type=_year, help="year for datelines that give only month and day")
    p.add_argument("--source-name", metavar="NAME", help="outlet to record for articles that name none")
    p.add_argument("--prune", action="store_true", help="remove articles whose source file is gone")
    p.add_argument("--rebuild", action="store_true", help="delete the index and build it again")
    p.add_argument("--reread", action="store_true",
                   help="read every file again, even those whose size and time are as when last indexed")
    p.add_argument("--workers", type=_positive, help="processes that read and index the files (default: up to 2)")
    p.add_argument("--commit-every", type=_positive, default=25_000, metavar="N",
                   help="commit after every N changed articles, so an interrupted run keeps them (default 25000)")
    p.add_argument("--json", action="store_true", help="print the summary as JSON")
    p.add_argument("--quiet", action="store_true", help="no progress display")
    p.add_argument("--verbose", action="store_true", help="list every warning and ignored file")
    p.set_defaults(func=cmd_index)

    p = sub.add_parser("search", parents=[index_opt], help="search the index")
    p.add_argument("query", nargs="+", metavar="QUERY",
                   help='words, "phrases", AND/OR/NOT, -word, field:value, date:... (one argument or several)')
    p.add_argument("--limit", type=_positive, default=10, help="results to show (default 10)")
    p.add_argument("--offset", type=_not_negative, default=0, help="skip this many results (paging)")
    p.add_argument("--sort", choices=("relevance", "newest", "oldest"), default="relevance",
                   help="best match first (default), or by date")
    p.add_argument("--person", action="append", metavar="NAME", help="only articles naming this person (exact)")
    p.add_argument("--org", action="append", metavar="NAME", help="only articles naming this organisation (exact)")
    p.add_argument("--source", action="append", metavar="NAME", help="only articles from this source (exact)")
    p.add_argument("--from", dest="date_from", metavar="DATE", help="on or after (2024-05-20, 2024-05, last week)")
    p.add_argument("--to", dest="date_to", metavar="DATE", help="on or before")
    p.add_argument("--json", action="store_true", help="print one JSON object")
    p.set_defaults(func=cmd_search)

    p = sub.add_parser("show", parents=[index_opt], help="print one article")
    p.add_argument("id", metavar="ID", help="an article id (as search shows it) or the source's own id")
    p.add_argument("--json", action="store_true", help="print the article as JSON, with its extraction")
    p.set_defaults(func=cmd_show)

    p = sub.add_parser("extract", help="print the people, organisations and quotes of articles (no index)")
    p.add_argument("sources", nargs="+", metavar="SOURCE", help="files or folders to read, as for index")
    p.add_argument("--year", type=_year, help="year for datelines that give only month and day")
    p.add_argument("--source-name", metavar="NAME", help="outlet to record for articles that name none")
    p.add_argument("--json", action="store_true", help="one JSON object per article")
    p.set_defaults(func=cmd_extract)

    p = sub.add_parser("quotes", parents=[index_opt], help="list quotes across the archive, newest first")
    p.add_argument("query", nargs="*", metavar="QUERY", help="only quotes with these words")
    p.add_argument("--speaker", metavar="NAME", help="only quotes by this person or organisation")
    p.add_argument("--limit", type=_positive, default=20, help="quotes to show (default 20; the total is counted)")
    p.add_argument("--json", action="store_true", help="one JSON object per quote, a line each")
    p.set_defaults(func=cmd_quotes)

    p = sub.add_parser("serve", parents=[index_opt], help="serve the browser read-only over SSH to readers' keys",
                       description="An SSH server whose only program is the browser, read-only over the index. "
                                   "Public keys only; no shell, commands, forwarding or file transfer.")
    p.add_argument("--ssh", action="store_true", help="serve over SSH (required)")
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1, this machine only)")
    p.add_argument("--port", type=_port, default=2222, help="port (default 2222; 0 picks a free one)")
    p.add_argument("--authorized-keys", metavar="FILE",
                   help="readers' public keys, OpenSSH format (default: authorized_keys in the config folder)")
    p.add_argument("--host-key", metavar="FILE",
                   help="the server's private key, made on first run, mode 0600 (default: in the data folder)")
    p.add_argument("--max-sessions", type=_positive, default=8, help="sessions at once (default 8)")
    p.set_defaults(func=cmd_serve)

    p = sub.add_parser("stats", parents=[index_opt], help="counts, date range and sources of the index")
    p.add_argument("--json", action="store_true", help="print one JSON object")
    p.set_defaults(func=cmd_stats)
    parser.commands = sub.choices  # each command's own parser, to report its errors with its usage
    return parser


def _resume_collector() -> None:
    """The garbage collector back on after start-up (see the top of this module), with everything imported so
    far frozen: kept out of every later collection. Does nothing where it was not paused here."""
    global _PAUSED_AT_START
    if _PAUSED_AT_START:
        _PAUSED_AT_START = False
        gc.freeze()
        gc.enable()


def _kept(args) -> str:
    """After an interrupted `dateline index`: how many articles the index holds, and how to go on."""
    if args.func is not cmd_index:
        return ""
    try:
        with ArchiveIndex(str(resolve_index_dir(args.index))) as archive:
            count = archive.doc_count()
    except (IndexProblem, OSError, KeyboardInterrupt):
        return ""
    return f": {count:,} article{'' if count == 1 else 's'}; the same command again goes on from there"


# commands whose words after the command are a query: `-word` among them is a word left out, not an option
_QUERY_COMMANDS = ("search", "quotes")
_WORD_MARK = "\x1f"  # put before such a word so that argparse takes it for a value


def _mark_query_words(argv: list[str]) -> list[str]:
    """`dateline search blair -brown`: argparse would take `-brown` for an unknown option; every option of these
    commands but `-h` is spelt `--name`, so a word with one dash is the query's NOT (until a `--`)."""
    if not argv or argv[0] not in _QUERY_COMMANDS:
        return argv
    out = argv[:1]
    for i, word in enumerate(argv[1:], 1):
        if word == "--":
            return out + argv[i:]
        out.append(_WORD_MARK + word if len(word) > 1 and word[0] == "-" and word[1] != "-" and word != "-h"
                   and not word[1:].replace(".", "", 1).isdigit() else word)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    try:
        args, unknown = parser.parse_known_args(_mark_query_words(list(sys.argv[1:] if argv is None else argv)))
    except SystemExit:  # --help and --version, written: `dateline --help | head` ends quietly as the commands do
        try:
            sys.stdout.flush()
        except BrokenPipeError:
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        raise
    if isinstance(getattr(args, "query", None), list):  # the words of a query, as one string
        args.query = " ".join(word.removeprefix(_WORD_MARK) for word in args.query)
    if unknown:  # told by the command's own parser, with its usage, not the top level's
        command = parser.commands.get(args.command) if args.command else None
        (command or parser).error(f"unrecognized arguments: {' '.join(unknown)}")
    if not args.command:
        args.func = cmd_browse
        args.sources = []
    if args.func is not cmd_browse:
        _resume_collector()  # the browser's imports come later, in cmd_browse
    try:
        code = args.func(args)
        # what `print` left in the buffer, written here: at the interpreter's exit a closed pipe would be
        # `Exception ignored … BrokenPipeError` and status 120, and a full disk no message of ours
        sys.stdout.flush()
        return code
    except UsageError as exc:
        _err(str(exc))
        return EXIT_USAGE
    except IndexProblem as exc:
        _err(str(exc))
        return EXIT_INDEX
    except KeyboardInterrupt:
        _err("interrupted; the index keeps its last committed state" + _kept(args))
        return 130
    except BrokenPipeError:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_OK
    except OSError as exc:
        if exc.filename is not None or exc.errno not in (errno.ENOSPC, errno.EDQUOT, errno.EIO):
            raise  # a file of ours, not the output: a real failure, shown in full
        # the output itself cannot be written (`> /dev/full`, a full disk): one line, not a traceback
        try:
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # (nothing more tries to flush it)
        except (OSError, ValueError):
            pass
        _err(f"cannot write the output: {exc.strerror or exc}")
        return EXIT_SKIPPED


if __name__ == "__main__":
    sys.exit(main())

"""A benchmark archive of N articles made from the real corpora in ../shared/corpora.

    python tests/benchmarks/build_corpus.py --size N [--seed S] [--out DIR]

Timings on the 66 bundled articles say nothing about a wire service's year, and the real corpora are too small
(Reuters-21578 is 21,578 stories) and too narrow in time (1987, or one day of TASS) for date filters and facets to
matter. So real paragraphs (Reuters-21578, BBC full text, the TASS sample, read with Dateline's own readers) are
recombined into new stories: the headline and the lead paragraphs of one real story, then runs of paragraphs
from others, 3-12 paragraphs in all, each paragraph kept whole so its quotes and attributions stay intact. That
keeps the real mix of people, organisations and quotes that extraction and the facets work on. Stories are dated
uniformly over 2019-2025 and written as readers take them: wire-text files in one folder per month, and about a
third as JSON Lines files of 1,000 records.

The same size and seed give the same files, byte for byte. Without --out the archive goes to a cache folder under
the system temp dir, named by size and seed, and is reused when a previous build completed: a marker file is
written last, and the folder only gets its final name once the marker is in it.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import shutil
import sys
import tempfile
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from search_index.dateline import parse_dateline  # noqa: E402
from search_index.readers import ReadOptions, read_input  # noqa: E402
from search_index.sources import InputFile, iter_inputs  # noqa: E402

SHARED = Path(os.environ.get("DATELINE_SHARED", ROOT.parent / "shared")) / "corpora"
# corpus folder -> the source name its stories carry when the files name none (the BBC files do not)
CORPORA = {"reuters21578": "Reuters", "bbc-fulltext": "BBC News", "tass-sample": "TASS"}
FIRST_MINUTE = datetime(2019, 1, 1)
LAST_MINUTE = datetime(2025, 12, 31, 23, 59)
JSONL_SHARE = 1 / 3
RECORDS_PER_JSONL = 1000
MIN_PARAGRAPHS, MAX_PARAGRAPHS = 3, 12
MARKER = ".complete"  # hidden, so `dateline index` never reads it
BUILDER_VERSION = 1  # bump whenever the output changes, so cached archives are rebuilt
MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
               "November", "December")


class CorporaMissing(RuntimeError):
    """../shared/corpora is not beside the checkout (it is in CI and on the project machine only)."""


@dataclass(frozen=True, slots=True)
class Story:
    """A real story reduced to what recombination needs."""

    title: str
    source: str
    city: str  # for the new story's dateline; "" when the real one had none (BBC)
    paragraphs: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class NewStory:
    title: str
    source: str
    when: datetime
    paragraphs: tuple[str, ...]  # the first one opens with the dateline when there is one


def default_out(size: int, seed: int) -> Path:
    return Path(tempfile.gettempdir()) / "dateline-bench" / f"corpus-{size}-seed{seed}"


def build_corpus(size: int, seed: int = 1, out: Path | None = None) -> Path:
    """Write an archive of `size` articles to `out` (default: the cache folder) unless it is there already;
    returns its folder. Raises CorporaMissing without ../shared."""
    out = Path(out) if out is not None else default_out(size, seed)
    stamp = f"dateline benchmark corpus, builder {BUILDER_VERSION}, size {size}, seed {seed}\n"
    if _is_built(out, stamp):
        return out
    stories = load_stories(SHARED)
    partial = out.with_name(out.name + ".partial")
    shutil.rmtree(partial, ignore_errors=True)
    partial.mkdir(parents=True)
    _write_archive(partial, stories, size, random.Random(seed))
    (partial / MARKER).write_text(stamp, encoding="utf-8")
    partial.rename(out)
    return out


def _is_built(out: Path, stamp: str) -> bool:
    """True when `out` holds this very build; removes an older build of ours, refuses a foreign folder."""
    marker = out / MARKER
    if marker.is_file():
        if marker.read_text(encoding="utf-8") == stamp:
            return True
        shutil.rmtree(out)
        return False
    if out.exists() and any(out.iterdir()):
        raise FileExistsError(f"{out} is not empty and was not built by this script; choose another --out")
    if out.exists():
        out.rmdir()  # the final name is given by renaming the finished build
    return False


def load_stories(shared: Path) -> list[Story]:
    """Every real story with a title and a body, each once (BBC and Reuters repeat some), in corpus order."""
    if not shared.is_dir():
        raise CorporaMissing(f"{shared} is not here (it is beside the checkout in CI only): no corpus built")
    stories: dict[tuple[str, tuple[str, ...]], Story] = {}
    for folder, source_name in CORPORA.items():
        options = ReadOptions(source_name=source_name)
        for item in iter_inputs([str(shared / folder)]):
            if not isinstance(item, InputFile):
                continue
            for article in read_input(item, options).articles:
                paragraphs = _paragraphs(article.body)
                title = " ".join(article.title.split())
                if title and paragraphs:
                    city = article.place.split(",")[0].upper() if article.dateline else ""
                    stories.setdefault((title, paragraphs), Story(title, article.source, city, paragraphs))
    return list(stories.values())


def _paragraphs(body: str) -> tuple[str, ...]:
    """The body's paragraphs, whole, without blank lines inside; a leading wire dateline is dropped (a TASS body
    opens with one) because the new story gets a dateline of its own, and one further down would make the
    reader take the paragraphs above it for a subtitle."""
    out = []
    for block in re.split(r"\n\s*\n", body):
        lines = [line.strip() for line in block.splitlines() if line.strip()]
        text = "\n".join(lines)
        dateline = parse_dateline(text)
        if dateline is not None:
            text = text[dateline.end:].lstrip()
        if text:
            out.append(text)
    return tuple(out)


def compose(stories: list[Story], rng: random.Random) -> NewStory:
    """One new story: headline and 1-3 lead paragraphs of a real story, then runs of 1-4 consecutive paragraphs
    from others (runs, so that `he said` mostly stays near the name it refers to)."""
    lead = rng.choice(stories)
    want = rng.randint(MIN_PARAGRAPHS, MAX_PARAGRAPHS)
    paragraphs = list(lead.paragraphs[:rng.randint(1, 3)])
    while len(paragraphs) < want:
        donor = rng.choice(stories)
        start = rng.randrange(len(donor.paragraphs))
        paragraphs.extend(donor.paragraphs[start:start + rng.randint(1, 4)])
    when = FIRST_MINUTE + timedelta(minutes=rng.randrange(int((LAST_MINUTE - FIRST_MINUTE).total_seconds() // 60)))
    if lead.city:
        paragraphs[0] = f"{lead.city}, {MONTH_NAMES[when.month - 1]} {when.day} - {paragraphs[0]}"
    return NewStory(lead.title, lead.source, when, tuple(paragraphs[:want]))


def wire_text(story: NewStory) -> str:
    """The wire-text format: a `Key: value` header block, blank line, title, blank line, paragraphs."""
    header = f"Date: {story.when:%Y-%m-%d %H:%M}\nSource: {story.source}\n"
    return header + "\n" + story.title + "\n\n" + "\n\n".join(story.paragraphs) + "\n"


def jsonl_line(story: NewStory, ident: str) -> str:
    record = {"id": ident, "title": story.title, "date": story.when.isoformat(), "source": story.source,
              "body": "\n\n".join(story.paragraphs)}
    return json.dumps(record, ensure_ascii=False) + "\n"


def _slug(text: str, limit: int = 48) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:limit].rstrip("-") or "story"


def _write_archive(out: Path, stories: list[Story], size: int, rng: random.Random) -> None:
    """Stream the stories to disk (a 300k archive does not fit comfortably in memory)."""
    batch: list[str] = []
    batches = 0
    for n in range(size):
        story = compose(stories, rng)
        if rng.random() < JSONL_SHARE:
            batch.append(jsonl_line(story, f"bench-{n:07d}"))
            if len(batch) == RECORDS_PER_JSONL:
                _write_jsonl(out, batches, batch)
                batches += 1
                batch = []
        else:
            folder = out / "wire" / f"{story.when:%Y-%m}"
            folder.mkdir(parents=True, exist_ok=True)
            (folder / f"{n:07d}-{_slug(story.title)}.txt").write_text(wire_text(story), encoding="utf-8", newline="\n")
    if batch:
        _write_jsonl(out, batches, batch)


def _write_jsonl(out: Path, number: int, lines: list[str]) -> None:
    folder = out / "jsonl"
    folder.mkdir(exist_ok=True)
    (folder / f"articles-{number:04d}.jsonl").write_text("".join(lines), encoding="utf-8", newline="\n")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--size", type=int, required=True, help="number of articles")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--out", type=Path, help="folder to write (default: a cache folder in the temp dir)")
    args = parser.parse_args()
    try:
        out = build_corpus(args.size, args.seed, args.out)
    except CorporaMissing as exc:
        print(f"skipped: {exc}")
        return 0
    print(out)
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Finding input files: walk folders, open `.gz`, look inside tar and zip archives.

Everything here is about *files*; what is inside them is the readers' business. Problems (unreadable folders,
symlink loops, broken archives) are yielded as `Skipped` entries so the walk always goes on.
"""

from __future__ import annotations

import bz2
import lzma
import os
import stat
import tarfile
import zipfile
import zlib
from dataclasses import dataclass
from typing import Iterator

from .paths import META_FILE

MAX_FILE_BYTES = 512 * 1024 * 1024  # a single article file larger than this is not a news file

# Names that are documentation or metadata beside a collection, never articles.
_DOC_PREFIXES = ("readme", "license", "licence", "copying", "changelog", "authors", "notice", "source.md")
_DOC_SUFFIXES = (
    ".md", ".rst", ".dtd", ".xsd", ".py", ".sh", ".ann", ".tsv", ".csv", ".pdf", ".doc", ".docx", ".png", ".jpg",
    ".jpeg", ".gif", ".webp", ".svg", ".css", ".js", ".ini", ".toml", ".yaml", ".yml", ".cfg", ".lock", ".exe",
    ".so", ".o", ".pyc", ".sqlite", ".db", ".mp3", ".mp4", ".wav", ".ogg",
)
_ARCHIVE_SUFFIXES = (".tar", ".tar.gz", ".tgz", ".tar.bz2", ".tbz2", ".tar.xz", ".txz", ".zip")


@dataclass(slots=True)
class InputFile:
    """One file to read: on disk, or a member of an archive (then `data` holds its bytes already)."""

    path: str  # absolute; archive members are `archive.tar.gz!member/path.txt`
    root: str  # the SOURCE argument it was found under
    rel: str  # path relative to that root, `/`-separated: the basis of ids for files without their own
    size: int
    mtime_ns: int = 0
    data: bytes | None = None
    explicit: bool = False  # named on the command line (not found by walking a folder)
    fs_path: str = ""  # the name to open, when `path` had to be made printable (see `text_path`)

    @property
    def name(self) -> str:
        return self.rel.rsplit("/", 1)[-1]

    def read_bytes(self) -> bytes:
        """The file's content, decompressed when the name ends in `.gz`/`.bz2`/`.xz`."""
        raw = self.data
        if raw is None:
            with open(self.fs_path or self.path, "rb") as fh:
                # read what the file holds (one more byte tells a file that grew meanwhile): asking for the
                # limit itself allocates half a gigabyte for every small file, a fifth of the reading time
                expected = os.fstat(fh.fileno()).st_size
                raw = fh.read(min(expected, MAX_FILE_BYTES) + 1)
                if len(raw) > expected and len(raw) <= MAX_FILE_BYTES:
                    raw += fh.read(MAX_FILE_BYTES + 1 - len(raw))
            if len(raw) > MAX_FILE_BYTES:
                raise ValueError(f"larger than {MAX_FILE_BYTES // 2**20} MiB")
        lower = self.name.lower()
        if lower.endswith(".gz") or raw[:2] == _MAGIC["gzip"]:
            return _inflate(raw, "gzip")
        if lower.endswith(".bz2"):
            return _inflate(raw, "bz2")
        if lower.endswith(".xz"):
            return _inflate(raw, "xz")
        return raw


class CutShort(ValueError):
    """A compressed file whose stream ends early (a copy cut off, a download stopped): `data` is what came out
    before the break, which the readers read like any text that stops mid-record."""

    def __init__(self, data: bytes, reason: str):
        super().__init__(reason)
        self.data = data


_MAGIC = {"gzip": b"\x1f\x8b", "bz2": b"BZh", "xz": b"\xfd7zXZ\x00"}
_INFLATE_BLOCK = 4 * 1024
_DECOMPRESSORS = {"gzip": lambda: zlib.decompressobj(31), "bz2": bz2.BZ2Decompressor, "xz": lzma.LZMADecompressor}


def _inflate(raw: bytes, kind: str) -> bytes:
    """Decompress every stream of a .gz/.bz2/.xz file, refusing decompression bombs. A stream cut short or
    damaged part-way gives what came out before the break (CutShort); one with nothing readable is an error.
    Fed a block at a time, so that damage half-way through keeps the first half (one call over the whole stream
    would lose everything it had decompressed when it raised)."""
    pieces: list[bytes] = []
    size = 0
    data = raw
    while data.startswith(_MAGIC[kind]):  # one stream after another; zero padding or stray bytes end it
        stream = _DECOMPRESSORS[kind]()
        pos = 0
        while not stream.eof and pos < len(data):
            block = data[pos:pos + _INFLATE_BLOCK]
            pos += len(block)
            try:
                piece = stream.decompress(block, MAX_FILE_BYTES + 1 - size)
            except (OSError, EOFError, zlib.error, lzma.LZMAError) as exc:
                if size:
                    raise CutShort(b"".join(pieces), f"damaged: {exc}") from None
                raise ValueError(f"not a readable {kind} file ({exc})") from None
            pieces.append(piece)
            size += len(piece)
            if size > MAX_FILE_BYTES:  # (a block that reached its output limit has more to give: too much)
                raise ValueError(f"decompresses to more than {MAX_FILE_BYTES // 2**20} MiB")
        if not stream.eof:
            if size:
                raise CutShort(b"".join(pieces), "the file ends before the stream does")
            raise ValueError(f"not a readable {kind} file (it ends before any text)")
        data = stream.unused_data + data[pos:]
    if not pieces:
        raise ValueError(f"not a {kind} file, though named like one")
    return b"".join(pieces)


def text_path(path: str) -> str:
    """`path` as valid Unicode text. A file name that is not valid UTF-8 reaches Python with its bad bytes as
    lone surrogates, which cannot be stored in the index or printed; they become `\\xNN`, so the name is shown
    as it is on disk, byte for byte, and the same file gets the same key on every run."""
    try:
        path.encode("utf-8")
        return path
    except UnicodeEncodeError:
        return path.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def _input_file(path: str, root: str, rel: str, size: int, mtime_ns: int, **kwargs) -> InputFile:
    shown = text_path(path)
    return InputFile(shown, text_path(root), text_path(rel), size, mtime_ns,
                     fs_path=path if shown != path else "", **kwargs)


@dataclass(slots=True)
class Skipped:
    """A path that was not read: `ignored` for files that are not articles, else an error to report."""

    path: str
    reason: str
    ignored: bool = False

    def __post_init__(self) -> None:
        self.path = text_path(self.path)


def ignore_reason(name: str) -> str | None:
    """Why a file is not an article file, judged by its name alone, or None if it may be one."""
    lower = name.lower()
    if lower.startswith("."):
        return "hidden file"
    if lower.startswith(_DOC_PREFIXES):
        return "documentation, not an article"
    if lower.endswith("sums") or lower.endswith((".sha256", ".md5", ".sig", ".asc")):
        return "checksums, not an article"
    if lower.endswith(_DOC_SUFFIXES):
        return f"not an article format ({lower.rsplit('.', 1)[-1]})"
    return None


def is_archive(name: str) -> bool:
    return name.lower().endswith(_ARCHIVE_SUFFIXES)


def iter_inputs(sources: list[str]) -> Iterator[InputFile | Skipped]:
    """Every input file under `sources`, in a stable order; folders recursively, archives opened."""
    for source in sources:
        if not source:  # (`"$DIR"` of a variable never set: no path, where abspath would make it the current folder)
            yield Skipped(source, "an empty path names no file or folder")
            continue
        root = os.path.abspath(source)
        try:
            st = os.stat(root)
        except FileNotFoundError:
            yield Skipped(source, "no such file or folder")
            continue
        except OSError as exc:
            yield Skipped(source, f"cannot open: {exc.strerror or exc}")
            continue
        if stat.S_ISDIR(st.st_mode):
            if is_index_folder(root):
                yield Skipped(source, "a Dateline index, not a folder of articles", ignored=True)
                continue
            yield from _walk_folder(root)
        elif stat.S_ISREG(st.st_mode):
            base = os.path.basename(root)
            entry = _input_file(root, os.path.dirname(root), base, st.st_size, st.st_mtime_ns, explicit=True)
            if is_archive(base):
                yield from _walk_archive(entry)
            else:
                yield entry
        else:
            yield Skipped(source, f"not a regular file or folder ({_file_kind(st.st_mode)})")


def _file_kind(mode: int) -> str:
    """What a special file is, in words: a FIFO is never opened (reading one would wait for a writer forever)."""
    for test, name in ((stat.S_ISFIFO, "a named pipe"), (stat.S_ISSOCK, "a socket"), (stat.S_ISCHR, "a device"),
                       (stat.S_ISBLK, "a device")):
        if test(mode):
            return name
    return "a special file"


def is_index_folder(path: str) -> bool:
    """A Dateline index (its version file beside Whoosh's table of contents), which a walk does not read."""
    if not os.path.isfile(os.path.join(path, META_FILE)):
        return False
    try:
        return any(name.endswith(".toc") for name in os.listdir(path))
    except OSError:
        return False


def _walk_folder(root: str) -> Iterator[InputFile | Skipped]:
    seen_dirs: set[tuple[int, int]] = set()
    stack = [root]
    while stack:
        folder = stack.pop()
        try:
            st = os.stat(folder)
        except OSError as exc:
            yield Skipped(folder, f"cannot open folder: {exc.strerror or exc}")
            continue
        ident = (st.st_dev, st.st_ino)
        if ident in seen_dirs:
            yield Skipped(folder, "symbolic link loop: folder already visited", ignored=True)
            continue
        seen_dirs.add(ident)
        try:
            with os.scandir(folder) as it:
                entries = sorted(it, key=lambda e: e.name)
        except OSError as exc:
            yield Skipped(folder, f"cannot list folder: {exc.strerror or exc}")
            continue
        subfolders = []
        for entry in entries:
            path = entry.path
            rel = os.path.relpath(path, root).replace(os.sep, "/")
            try:
                is_dir = entry.is_dir()  # follows links; loops are caught by seen_dirs
                if not is_dir and not entry.is_file():
                    if entry.is_symlink() and not os.path.exists(path):
                        yield Skipped(path, "broken symbolic link")
                    elif not entry.name.startswith("."):
                        yield Skipped(path, f"not a regular file ({_file_kind(os.stat(path).st_mode)})")
                    continue
            except OSError as exc:
                yield Skipped(path, f"cannot open: {exc.strerror or exc}")
                continue
            if entry.name.startswith("."):
                continue  # hidden files and folders (.git, .DS_Store) are never part of an archive
            if is_dir:
                if is_index_folder(path):  # an index kept among its sources is not read as articles
                    yield Skipped(path, "a Dateline index, not a folder of articles", ignored=True)
                else:
                    subfolders.append(path)
                continue
            why = ignore_reason(entry.name)
            if why:
                yield Skipped(path, why, ignored=True)
                continue
            try:
                fst = entry.stat()
            except OSError as exc:
                yield Skipped(path, f"cannot open: {exc.strerror or exc}")
                continue
            item = _input_file(path, root, rel, fst.st_size, fst.st_mtime_ns)
            if is_archive(entry.name):
                yield from _walk_archive(item)
            else:
                yield item
        stack.extend(reversed(subfolders))


def _walk_archive(archive: InputFile) -> Iterator[InputFile | Skipped]:
    """Members of a tar or zip archive, read in one pass (a .tar.gz cannot seek cheaply)."""
    try:
        if archive.name.lower().endswith(".zip"):
            with zipfile.ZipFile(archive.fs_path or archive.path) as zf:
                for info in sorted(zf.infolist(), key=lambda i: i.filename):
                    if info.is_dir():
                        continue
                    yield from _archive_member(archive, info.filename, info.file_size, lambda: zf.read(info))
        else:
            with tarfile.open(archive.fs_path or archive.path, mode="r:*") as tf:
                for member in tf:
                    if not member.isfile():
                        continue
                    yield from _archive_member(
                        archive, member.name, member.size, lambda: tf.extractfile(member).read()  # noqa: B023
                    )
    except tarfile.ReadError:
        # (tarfile's own text lists each compression it tried, with Python's exception names; `truncated header`
        # is what it says of a file that is no tar at all as well as of one cut short)
        yield Skipped(archive.path, "broken archive: not a tar archive, or one cut short")
    except (OSError, tarfile.TarError, zipfile.BadZipFile, EOFError, ValueError) as exc:
        yield Skipped(archive.path, f"broken archive: {exc}")


def _archive_member(archive: InputFile, member: str, size: int, load) -> Iterator[InputFile | Skipped]:
    member = text_path(member)
    name = member.rsplit("/", 1)[-1]
    path = f"{archive.path}!{member}"
    if any(part.startswith(".") for part in member.split("/")):
        return
    why = ignore_reason(name)
    if why:
        yield Skipped(path, why, ignored=True)
        return
    if size > MAX_FILE_BYTES:
        yield Skipped(path, f"larger than {MAX_FILE_BYTES // 2**20} MiB")
        return
    rel_base = archive.rel
    for suffix in _ARCHIVE_SUFFIXES:
        if rel_base.lower().endswith(suffix):
            rel_base = rel_base[: -len(suffix)]
            break
    yield InputFile(path, archive.root, f"{rel_base}/{member.lstrip('/')}", size, archive.mtime_ns, data=load())

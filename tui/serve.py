"""`dateline serve --ssh`: an SSH server whose only program is the browser, read-only over one shared index.

A team reads one archive on a server without accounts on it: each reader's public key is a line in an
authorized_keys file, and every connection gets its own app on its own pseudo-terminal (see `pty_session`), with
the reader's terminal type and size. Everything else SSH can do is refused: passwords and keyboard-interactive
logins, shells and commands, port and agent forwarding, X11, SFTP and SCP. Connections, refusals and session ends
are logged to stderr.
"""

from __future__ import annotations

import asyncio
import logging
import os
import re
import signal
import stat
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import warnings

# asyncssh loads its DSA support, which the cryptography package calls deprecated: ten lines of warnings before
# the server's first log line, about keys it never offers
warnings.filterwarnings("ignore", message=".*DSA.*", module="asyncssh")
warnings.filterwarnings("ignore", message=".*DSA.*deprecated.*")
import asyncssh  # noqa: E402
from platformdirs import user_config_dir, user_data_dir

from search_index import ArchiveIndex, IndexMissing, IndexProblem

from .pty_session import PtySession

log = logging.getLogger("dateline.serve")

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 2222
DEFAULT_MAX_SESSIONS = 8
APP_COMMANDS = ("", "dateline", "dateline browse")  # what a reader may ask to run: the browser, by any name
# What of the reader's environment reaches the app: how their terminal draws, nothing else.
CLIENT_ENV = ("COLORTERM", "NO_COLOR", "LANG", "LC_ALL", "LC_CTYPE")
# What of the server's environment reaches the app: where Python and Dateline's settings are.
SERVER_ENV = ("PATH", "HOME", "PYTHONPATH", "DATELINE_CONFIG", "VIRTUAL_ENV", "TZ", "XDG_CONFIG_HOME", "XDG_DATA_HOME")
TERM_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._+-]{0,63}")  # a terminfo name; anything else is not passed on
# When the server ends a session the app has no chance to undo its terminal modes; this does it instead:
# main screen back, cursor shown, mouse and bracketed-paste reporting off, keyboard protocol popped.
TERMINAL_RESET = b"\x1b[?1049l\x1b[?25h\x1b[?1000l\x1b[?1002l\x1b[?1003l\x1b[?1006l\x1b[?1015l\x1b[?2004l\x1b[<u\x1b[0m"


class ServeError(Exception):
    """The server cannot start; the message says what to fix."""


def default_authorized_keys() -> Path:
    return Path(user_config_dir("dateline", appauthor=False)) / "authorized_keys"


def default_host_key() -> Path:
    return Path(user_data_dir("dateline", appauthor=False)) / "ssh_host_ed25519_key"


@dataclass
class ServeOptions:
    index: Path
    host: str = DEFAULT_HOST
    port: int = DEFAULT_PORT
    authorized_keys: Path = field(default_factory=default_authorized_keys)
    host_key: Path = field(default_factory=default_host_key)
    max_sessions: int = DEFAULT_MAX_SESSIONS
    login_timeout: float = 60.0


# --- keys ----------------------------------------------------------------------------------------------------

def load_or_create_host_key(path: Path) -> asyncssh.SSHKey:
    """The server's identity: made on first run (ed25519), kept readable by its owner only (mode 0600)."""
    if path.exists():
        mode = stat.S_IMODE(path.stat().st_mode)
        if mode & 0o077:
            raise ServeError(f"host key {path} can be read by others (mode {mode:04o}): run `chmod 600 {path}`")
        try:
            return asyncssh.read_private_key(str(path))
        except (OSError, asyncssh.KeyImportError) as exc:
            raise ServeError(f"host key {path} cannot be read: {exc}") from None
    key = asyncssh.generate_private_key("ssh-ed25519", comment="dateline serve --ssh")
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as fh:
            os.fchmod(fh.fileno(), 0o600)
            fh.write(key.export_private_key())
        path.with_name(path.name + ".pub").write_bytes(key.export_public_key())
    except OSError as exc:
        raise ServeError(f"cannot write a host key to {path}: {exc.strerror or exc}") from None
    log.info("created host key %s (%s)", path, key.get_fingerprint())
    return key


class ReaderKeys:
    """The readers' public keys, in OpenSSH authorized_keys format (options such as from="..." honoured).

    The file is read again at every login, so adding or removing a reader needs no restart."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def check_readable(self) -> int:
        """The number of keys; raises ServeError when the file is missing or not valid."""
        self._load()
        lines = self.path.read_text(encoding="utf-8", errors="replace").splitlines()
        return sum(1 for line in lines if line.strip() and not line.lstrip().startswith("#"))

    def _load(self) -> asyncssh.SSHAuthorizedKeys:
        try:
            return asyncssh.read_authorized_keys(str(self.path))
        except FileNotFoundError:
            raise ServeError(
                f"no authorized_keys file at {self.path}: put each reader's public key there, one per line "
                f"(the line in their ~/.ssh/id_ed25519.pub), or name another file with --authorized-keys"
            ) from None
        except (OSError, ValueError) as exc:
            raise ServeError(f"authorized_keys {self.path} cannot be read: {exc}") from None

    def allows(self, key: asyncssh.SSHKey, host: str, addr: str) -> bool:
        try:
            keys = self._load()
        except ServeError as exc:
            log.error("%s; refusing every key until it is fixed", exc)
            return False
        return keys.validate(key, host, addr) is not None


# --- sessions ------------------------------------------------------------------------------------------------

class Sessions:
    """The app sessions running now: the --max-sessions limit, numbering for the log, and shutdown."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.active: set[AppSession] = set()
        self._counter = 0

    def full(self) -> bool:
        return len(self.active) >= self.limit

    def add(self, session: "AppSession") -> int:
        self._counter += 1
        self.active.add(session)
        return self._counter

    def remove(self, session: "AppSession") -> None:
        self.active.discard(session)

    def child_pids(self) -> list[int]:
        return [s.pty.pid for s in self.active if s.pty is not None and s.pty.pid is not None]


class AppSession(asyncssh.SSHServerSession):
    """One SSH session channel: the browser on a pseudo-terminal, or a refusal written to the reader."""

    def __init__(self, server: "ReaderConnection") -> None:
        self.server = server
        self.app_server = server.app_server
        self.chan: asyncssh.SSHServerChannel | None = None
        self.term: str | None = None
        self.size = (80, 24, 0, 0)
        self.command: str | None = None
        self.pty: PtySession | None = None
        self.number = 0
        self.started = 0.0
        self._task: asyncio.Task | None = None
        self._hangup: asyncio.Task | None = None
        self._early = bytearray()  # keys typed before the app's terminal exists
        self._closed = False

    # what the client asks for
    def connection_made(self, chan) -> None:
        self.chan = chan

    def pty_requested(self, term_type, term_size, term_modes) -> bool:
        if term_type and not TERM_NAME.fullmatch(term_type):
            log.warning("terminal type %r from %s is not a terminfo name; using vt100", term_type,
                        self.server.who)
            term_type = "vt100"
        self.term = term_type or "vt100"
        self.size = term_size
        return True

    def shell_requested(self) -> bool:
        self.command = ""
        return True

    def exec_requested(self, command: str) -> bool:
        self.command = command  # answered in session_started, where a message can be written back
        return True

    def subsystem_requested(self, subsystem: str) -> bool:
        log.warning("refused subsystem %r (file transfer) for %s", subsystem, self.server.who)
        return False

    def break_received(self, msec: int) -> bool:
        return False

    def signal_received(self, signal: str) -> None:
        pass

    def eof_received(self) -> bool:
        return True  # stay open: the app, not the client's stdin, decides when the session ends

    # starting
    def session_started(self) -> None:
        command = " ".join((self.command or "").split())
        if command not in APP_COMMANDS:
            log.warning("refused command %r from %s", self.command, self.server.who)
            self._refuse("this server runs only the Dateline browser; it runs no commands, shells or file "
                         f"transfers. Connect without a command: ssh -t -p {self.app_server.port} HOST")
            return
        if self.term is None:
            log.warning("refused a session without a terminal from %s", self.server.who)
            self._refuse("the browser needs a terminal: connect with `ssh -t`")
            return
        sessions = self.app_server.sessions
        if sessions.full():
            log.warning("refused a session for %s: %d of %d sessions in use", self.server.who,
                        len(sessions.active), sessions.limit)
            self._refuse(f"the server is full ({sessions.limit} sessions are open); try again later")
            return
        self.number = sessions.add(self)
        self._task = asyncio.get_running_loop().create_task(self._run())

    def _refuse(self, message: str) -> None:
        self.chan.write_stderr(f"dateline: {message}\r\n".encode())
        self.chan.exit(1)

    async def _run(self) -> None:
        columns, rows, width_px, height_px = self.size
        self.pty = PtySession(self.app_server.child_argv(), env=self._child_env(), columns=columns or 80,
                              rows=rows or 24, on_output=self._output)
        self.started = time.monotonic()
        code: int | None = None
        try:
            await self.pty.start()
            if self._early:
                self.pty.write(bytes(self._early))
                self._early.clear()
            log.info("session %d for %s: %s %dx%d, pid %d; %d of %d sessions", self.number, self.server.who,
                     self.term, columns, rows, self.pty.pid, len(self.app_server.sessions.active),
                     self.app_server.sessions.limit)
            if self._closed:  # the reader left while the app was starting
                return
            code = await self.pty.wait()
            self.pty.drain_output()
        except OSError as exc:
            log.error("session %d for %s: cannot start the app: %s", self.number, self.server.who, exc)
            if not self._closed:
                self.chan.write_stderr(f"dateline: the browser could not start: {exc}\r\n".encode())
        finally:
            await self._end(code)

    async def _end(self, code: int | None) -> None:
        if self.pty is not None:
            status = await self.pty.close()
            code = status if code is None else code
        if self in self.app_server.sessions.active:
            self.app_server.sessions.remove(self)
            log.info("session %d for %s ended (%s) after %.1f s; %d of %d sessions", self.number, self.server.who,
                     "connection closed" if self._closed else f"exit status {code}",
                     time.monotonic() - self.started, len(self.app_server.sessions.active),
                     self.app_server.sessions.limit)
        if not self._closed:
            self._closed = True
            self.chan.exit(code if isinstance(code, int) and code >= 0 else 1)

    def _child_env(self) -> dict[str, str]:
        env = {k: os.environ[k] for k in SERVER_ENV if k in os.environ}
        env.setdefault("PATH", os.defpath)
        env["LANG"] = os.environ.get("LANG", "C.UTF-8")
        for name, value in self.chan.get_environment().items():
            if name in CLIENT_ENV:
                env[name] = value
        env["TERM"] = self.term or "vt100"
        env["DATELINE_INDEX"] = str(self.app_server.options.index)
        return env

    # while it runs
    def _output(self, data: bytes) -> None:
        if not self._closed:
            self.chan.write(data)

    def data_received(self, data, datatype) -> None:
        if datatype is not None:
            return
        if self.pty is not None and self.pty.pid is not None:
            self.pty.write(data)
        elif len(self._early) < 65536:
            self._early += data

    def terminal_size_changed(self, width, height, pixwidth, pixheight) -> None:
        self.size = (width, height, pixwidth, pixheight)
        if self.pty is not None:
            self.pty.resize(width, height, pixwidth, pixheight)

    def pause_writing(self) -> None:
        if self.pty is not None:
            self.pty.pause_reading()

    def resume_writing(self) -> None:
        if self.pty is not None:
            self.pty.resume_reading()

    # ending
    def connection_lost(self, exc) -> None:
        self._closed = True
        if self._task is not None and not self._task.done():
            # the app is killed and reaped by the task: PtySession.close() ends it, wait() returns, _end runs
            if self.pty is not None:  # (kept in an attribute: the loop holds only weak references to tasks)
                self._hangup = asyncio.get_running_loop().create_task(self.pty.close())

    async def hang_up(self) -> None:
        """Shutdown: end the app and wait until it is reaped, leaving the reader's terminal usable."""
        if not self._closed:
            self._closed = True
            self.chan.write(TERMINAL_RESET + b"\r\ndateline: the server is shutting down; your session has ended.\r\n")
            self.chan.exit(1)
        if self.pty is not None:
            await self.pty.close()
        if self._task is not None:
            await asyncio.gather(self._task, return_exceptions=True)


class ReaderConnection(asyncssh.SSHServer):
    """One client connection: public-key authentication against the readers' keys, nothing else allowed."""

    def __init__(self, app_server: "SSHAppServer") -> None:
        self.app_server = app_server
        self.conn: asyncssh.SSHServerConnection | None = None
        self.peer = "?"
        self.user = ""
        self.key_fingerprint = ""
        self._told_refusal = False

    @property
    def who(self) -> str:
        return f"{self.user or '?'}@{self.peer}" + (f" ({self.key_fingerprint})" if self.key_fingerprint else "")

    def connection_made(self, conn) -> None:
        self.conn = conn
        host, port = (conn.get_extra_info("peername") or ("?", 0))[:2]
        self.peer = f"{host}:{port}"
        self.app_server.connections.add(conn)
        log.info("connection from %s", self.peer)

    def connection_lost(self, exc) -> None:
        self.app_server.connections.discard(self.conn)
        log.info("connection from %s closed%s", self.who, f": {exc}" if exc else "")

    def begin_auth(self, username: str) -> bool:
        self.user = "".join(c if c.isprintable() and not c.isspace() else "?" for c in username)[:64]
        return True

    def password_auth_supported(self) -> bool:
        return False

    def kbdint_auth_supported(self) -> bool:
        return False

    def host_based_auth_supported(self) -> bool:
        return False

    def public_key_auth_supported(self) -> bool:
        return True

    def validate_public_key(self, username: str, key: asyncssh.SSHKey) -> bool:
        host, _, port = self.peer.rpartition(":")
        if self.app_server.reader_keys.allows(key, host, host):
            self.key_fingerprint = key.get_fingerprint()
            return True
        log.warning("refused key %s (%s) for %s from %s: not in %s", key.get_fingerprint(), key.get_algorithm(),
                    username, self.peer, self.app_server.reader_keys.path)
        if not self._told_refusal and self.conn is not None:
            self._told_refusal = True
            self.conn.send_auth_banner(
                f"dateline: the key {key.get_fingerprint()} is not one of this server's readers; "
                f"send your public key (~/.ssh/id_ed25519.pub) to whoever runs it\r\n")
        return False

    def auth_completed(self) -> None:
        log.info("accepted %s", self.who)

    def session_requested(self):
        return AppSession(self)

    # no forwarding of any kind (asyncssh refuses these by default; saying so in the log shows the attempt)
    def connection_requested(self, dest_host, dest_port, orig_host, orig_port):
        log.warning("refused port forwarding to %s:%s from %s", dest_host, dest_port, self.who)
        return False

    def server_requested(self, listen_host, listen_port):
        log.warning("refused remote port forwarding on %s:%s from %s", listen_host, listen_port, self.who)
        return False

    def unix_connection_requested(self, dest_path):
        log.warning("refused unix socket forwarding to %s from %s", dest_path, self.who)
        return False

    def unix_server_requested(self, listen_path):
        log.warning("refused remote unix socket forwarding on %s from %s", listen_path, self.who)
        return False

    def tun_requested(self, unit):
        log.warning("refused tunnel device forwarding from %s", self.who)
        return False

    def tap_requested(self, unit):
        log.warning("refused tap device forwarding from %s", self.who)
        return False


class SSHAppServer:
    """The listening server: its keys, its sessions, its connections."""

    def __init__(self, options: ServeOptions) -> None:
        self.options = options
        self.reader_keys = ReaderKeys(options.authorized_keys)
        self.sessions = Sessions(options.max_sessions)
        self.connections: set[asyncssh.SSHServerConnection] = set()
        self._acceptor: asyncssh.SSHAcceptor | None = None
        self.host_key: asyncssh.SSHKey | None = None

    def child_argv(self) -> list[str]:
        return [sys.executable, "-m", "tui.cli", "browse", "--read-only", "--index", str(self.options.index)]

    def check(self) -> None:
        """Refuse to start on a missing or unreadable index or keys file, saying what to do."""
        try:
            ArchiveIndex(str(self.options.index), read_only=True).close()
        except IndexMissing:
            raise ServeError(f"no index at {self.options.index}: build it first with "
                             f"`dateline index SOURCE... --index {self.options.index}` (the server only reads it)"
                             ) from None
        except IndexProblem as exc:
            raise ServeError(str(exc)) from None
        count = self.reader_keys.check_readable()
        if count == 0:
            log.warning("%s lists no keys yet: nobody can log in until one is added", self.reader_keys.path)

    async def start(self) -> None:
        self.check()
        self.host_key = load_or_create_host_key(self.options.host_key)
        try:
            self._acceptor = await asyncssh.create_server(
                lambda: ReaderConnection(self), self.options.host, self.options.port,
                server_host_keys=[self.host_key], encoding=None,
                agent_forwarding=False, x11_forwarding=False, allow_scp=False, sftp_factory=None,
                allow_pty=True, gss_host=None, login_timeout=self.options.login_timeout,
                keepalive_interval=30, keepalive_count_max=4,
            )
        except OSError as exc:
            raise ServeError(f"cannot listen on {self.options.host}:{self.options.port}: "
                             f"{exc.strerror or exc}") from None
        log.info("serving %s read-only on %s:%d for the keys in %s (host key %s %s); at most %d sessions",
                 self.options.index, self.options.host, self.port, self.options.authorized_keys,
                 self.options.host_key, self.host_key.get_fingerprint(), self.options.max_sessions)

    @property
    def port(self) -> int:
        assert self._acceptor is not None
        return self._acceptor.sockets[0].getsockname()[1]

    async def stop(self) -> None:
        """Stop listening, end every session (apps killed and reaped), close every connection."""
        if self._acceptor is not None:
            self._acceptor.close()
            await self._acceptor.wait_closed()
            self._acceptor = None
        active = list(self.sessions.active)
        await asyncio.gather(*(s.hang_up() for s in active), return_exceptions=True)
        for conn in list(self.connections):
            conn.close()
        for conn in list(self.connections):
            await conn.wait_closed()
        log.info("stopped; %d session(s) ended", len(active))


def configure_logging() -> None:
    """One line per event on stderr, timestamped (for a terminal, journald or a log file alike)."""
    if log.handlers:
        return
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(asctime)s dateline serve: %(message)s", "%Y-%m-%d %H:%M:%S"))
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    log.propagate = False
    logging.getLogger("asyncssh").setLevel(logging.ERROR)


async def serve_forever(options: ServeOptions) -> None:
    """Run until SIGINT or SIGTERM, then shut down cleanly."""
    server = SSHAppServer(options)
    await server.start()
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)
    try:
        await stop.wait()
        log.info("shutting down")
    finally:
        await server.stop()


def run(options: ServeOptions) -> None:
    configure_logging()
    asyncio.run(serve_forever(options))

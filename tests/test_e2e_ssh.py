"""`dateline serve --ssh` reached with the real OpenSSH client in tmux, as a reader would: the app appears, a query
and an article work, a resize redraws, a wrong key is refused, and five readers browse at once. Then plain
`ssh -t host dateline` through the system's own sshd, where one is installed: the app takes the client's TERM and
size, and follows a resize."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from search_index import SearchRequest

from .app_support import build_index
from .tmux_support import TmuxSession, backgrounds, need_tmux

ROOT = Path(__file__).resolve().parents[1]


def need_ssh() -> None:
    need_tmux()
    if shutil.which("ssh") is None or shutil.which("ssh-keygen") is None:
        pytest.skip("the OpenSSH client is not installed (`apt-get install openssh-client`); .ci/run installs it")


def make_key(path: Path) -> Path:
    subprocess.run(["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", path.name, "-f", str(path)], check=True)
    return path


class Server:
    """`dateline serve --ssh` as its own process, as an operator would start it; its log is read back."""

    def __init__(self, tmp: Path, index: Path, authorized: Path, max_sessions: int = 8):
        self.log_path = tmp / "serve.log"
        self.log = open(self.log_path, "wb")
        env = {**os.environ, "PYTHONPATH": str(ROOT), "DATELINE_CONFIG": str(tmp / "none.toml")}
        self.process = subprocess.Popen(
            [sys.executable, "-m", "tui.cli", "serve", "--ssh", "--port", "0", "--index", str(index),
             "--authorized-keys", str(authorized), "--host-key", str(tmp / "host_key"),
             "--max-sessions", str(max_sessions)],
            stdout=self.log, stderr=subprocess.STDOUT, env=env, cwd=tmp)
        self.port = int(self.wait_for_log(r"read-only on 127\.0\.0\.1:(\d+)").group(1))

    def text(self) -> str:
        return self.log_path.read_text(errors="replace")

    def wait_for_log(self, pattern: str, timeout: float = 30.0, count: int = 1):
        deadline = time.monotonic() + timeout
        while True:
            found = list(re.finditer(pattern, self.text()))
            if len(found) >= count:
                return found[count - 1]
            assert self.process.poll() is None or count == 0, f"the server ended:\n{self.text()}"
            if time.monotonic() > deadline:
                raise AssertionError(f"timed out waiting for {pattern!r} in the server's log:\n{self.text()}")
            time.sleep(0.1)

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=20)
        finally:
            if self.process.poll() is None:
                self.process.kill()
            self.log.close()


def ssh_command(port: int, key: Path, user: str = "reader") -> str:
    """The OpenSSH client with the test's key only, no agent, no config, no known_hosts file."""
    return (f"ssh -F /dev/null -p {port} -i {key} -o IdentitiesOnly=yes -o IdentityAgent=none -o BatchMode=yes "
            f"-o StrictHostKeyChecking=no -o UserKnownHostsFile=/dev/null {user}@127.0.0.1")


@pytest.fixture(scope="module")
def setup(tmp_path_factory):
    need_ssh()
    tmp = tmp_path_factory.mktemp("ssh")
    archive = build_index(tmp / "ix")
    reader = make_key(tmp / "reader_key")
    (tmp / "authorized_keys").write_text((tmp / "reader_key.pub").read_text())
    server = Server(tmp, tmp / "ix", tmp / "authorized_keys", max_sessions=5)
    yield tmp, archive, reader, server
    server.stop()
    archive.close()


@pytest.fixture
def sessions():
    opened: list[TmuxSession] = []
    yield opened
    for tmux in opened:
        tmux.close()


def open_ssh(sessions, port: int, key: Path, width: int = 120, height: int = 40, term: str = "xterm-256color"):
    tmux = TmuxSession(ssh_command(port, key), width, height, env={"TERM": term})
    sessions.append(tmux)
    return tmux


def first_screen(tmux: TmuxSession) -> str:
    return tmux.wait_for(lambda s: "results" in s and "newest first" in s, timeout=60, what="first results")


def search(tmux: TmuxSession, query: str) -> None:
    unfocused = tmux.screen(escapes=True).splitlines()[0]
    tmux.keys("/")
    tmux.wait_for(lambda s: s.splitlines()[0] != unfocused, escapes=True, what="focus in the search box")
    tmux.keys(query, literal=True)
    tmux.wait_for(lambda s: "best match first" in s and s.splitlines()[0].strip() == query, what=f"results of {query}")


def resize(tmux: TmuxSession, width: int, height: int) -> None:
    subprocess.run(["tmux", "resize-window", "-t", tmux.name, "-x", str(width), "-y", str(height)], check=True)


def test_query_open_article_and_resize_over_ssh(setup, sessions):
    tmp, archive, reader, server = setup
    tmux = open_ssh(sessions, server.port, reader)
    screen = first_screen(tmux)
    assert "Filters" not in screen.splitlines()[2]  # 120 columns: panes side by side, no tab bar
    tmux.make_sure_it_listens()
    unfocused = tmux.screen(escapes=True).splitlines()[0]
    search(tmux, "Kellan treaty")
    expected = archive.search(SearchRequest("Kellan treaty", limit=1))
    # the count and the first hit of this query (an earlier keystroke's search may show the same count)
    first = expected.hits[0].title[:16]
    tmux.wait_for(lambda s: f"{expected.total} result" in s and first in s, what="the hit count and first hit")
    tmux.keys("Enter")  # to the results
    tmux.wait_for(lambda s: backgrounds(s.splitlines()[0]) == backgrounds(unfocused), escapes=True,
                  what="focus on the results (the search box drawn unfocused again)")
    tmux.keys("Enter")  # open the first
    article = archive.get(expected.hits[0].key)[0]
    tmux.wait_for(lambda s: "search match" in s and article.title[:40] in s, what="the article in the reader")

    resize(tmux, 80, 24)  # the app redraws for the new size: tabs instead of side-by-side panes
    # each wait takes in all that is checked after it: over SSH a frame can arrive in pieces
    narrow = tmux.wait_for(lambda s: "1 Results  2 Filters  3 Reader  4 Quotes" in s and article.title[:30] in s,
                           what="the narrow layout, still reading the same article")
    lines = narrow.splitlines()
    assert len(lines) == 24 and all(len(line) <= 80 for line in lines)
    resize(tmux, 160, 48)
    tmux.wait_for(lambda s: "1 Results  2 Filters" not in s and article.title[:40] in s and
                  len(s.splitlines()) == 48 and max(len(line) for line in s.splitlines()) > 120,
                  what="the wide layout")
    tmux.keys("q")
    tmux.wait_for(lambda s: "Connection to 127.0.0.1 closed" in s, what="the session to close")
    server.wait_for_log(r"ended \(exit status 0\)")


def test_a_wrong_key_is_refused(setup, sessions):
    tmp, archive, reader, server = setup
    stranger = make_key(tmp / "stranger_key")
    tmux = open_ssh(sessions, server.port, stranger)
    screen = tmux.wait_for(lambda s: "Permission denied (publickey)" in s, what="the refusal")
    assert "is not one of this server's readers" in screen
    assert "results" not in screen
    fingerprint = subprocess.run(["ssh-keygen", "-l", "-f", str(stranger) + ".pub"], capture_output=True,
                                 text=True, check=True).stdout.split()[1]
    server.wait_for_log(rf"refused key {re.escape(fingerprint)}")


def test_five_readers_at_once_and_a_sixth_refused(setup, sessions):
    tmp, archive, reader, server = setup
    readers = [open_ssh(sessions, server.port, reader, 100, 30, term=term) for term in
               ("xterm-256color", "screen-256color", "tmux-256color", "linux", "vt100")]
    for tmux in readers:
        first_screen(tmux)
    server.wait_for_log(r"5 of 5 sessions")
    queries = ["Kellan", "treaty", "drought", "river", "parliament"]
    for tmux, query in zip(readers, queries):
        tmux.make_sure_it_listens()
        search(tmux, query)
    for tmux, query in zip(readers, queries):  # each kept its own query and results
        total = archive.search(SearchRequest(query, limit=1)).total
        # (waited for: an earlier keystroke's search, `parliamen`, also says "best match first")
        screen = tmux.wait_for(lambda s, total=total: f"{total} result" in s, what=f"the count for {query}")
        assert screen.splitlines()[0].strip() == query
    sixth = open_ssh(sessions, server.port, reader, 100, 30)
    sixth.wait_for(lambda s: "the server is full" in s, what="the refusal of a sixth session")
    for tmux in readers:
        # ctrl+q quits wherever the focus is: `q` could land in the search box when Textual handles a bound key
        # (enter) after a printable one that arrives right behind it
        tmux.keys("C-q")
    for tmux in readers:
        tmux.wait_for(lambda s: "Connection to 127.0.0.1 closed" in s, what="the session to close")
    server.wait_for_log(r"0 of 5 sessions")


# --- plain `ssh -t host dateline`, through the system's own OpenSSH server -------------------------------------

SSHD = Path("/usr/sbin/sshd")


def free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def sshd(setup):
    """OpenSSH's sshd on a free loopback port with its own configuration, logging the test's key in as this user
    and putting this checkout's `dateline` on the PATH (as an installed one would be)."""
    tmp, archive, reader, server = setup
    if not SSHD.exists():
        pytest.skip("openssh-server is not installed (`apt-get install openssh-server`); .ci/run installs it")
    if os.geteuid() != 0 or not Path("/run/sshd").is_dir():
        pytest.skip("sshd needs root and its privilege separation folder /run/sshd (.ci/run makes it)")
    dateline = Path(sys.executable).parent / "dateline"
    if not dateline.exists():
        pytest.skip(f"no `dateline` command beside {sys.executable} (pip install -e .)")
    make_key(tmp / "sshd_host_key")
    port = free_port()
    config = tmp / "sshd_config"
    config.write_text("\n".join([
        f"Port {port}", "ListenAddress 127.0.0.1", f"HostKey {tmp / 'sshd_host_key'}",
        f"AuthorizedKeysFile {tmp / 'authorized_keys'}", "PermitRootLogin prohibit-password",
        "PasswordAuthentication no", "KbdInteractiveAuthentication no", "UsePAM no", "StrictModes no",
        f"PidFile {tmp / 'sshd.pid'}",
        f"SetEnv PATH={dateline.parent}:/usr/bin:/bin DATELINE_INDEX={tmp / 'ix'} "
        f"DATELINE_CONFIG={tmp / 'none.toml'}",
    ]) + "\n")
    log = open(tmp / "sshd.log", "wb")
    process = subprocess.Popen([str(SSHD), "-D", "-e", "-f", str(config)], stdout=log, stderr=subprocess.STDOUT)
    deadline = time.monotonic() + 30
    while b"Server listening" not in (tmp / "sshd.log").read_bytes():
        assert process.poll() is None and time.monotonic() < deadline, (tmp / "sshd.log").read_text()
        time.sleep(0.1)
    yield port
    process.terminate()
    process.wait(timeout=20)
    log.close()


@pytest.mark.parametrize("term", ["xterm-256color", "vt100"])
def test_plain_ssh_t_host_dateline(setup, sshd, sessions, term):
    tmp, archive, reader, server = setup
    import pwd

    user = pwd.getpwuid(os.geteuid()).pw_name  # sshd logs in real accounts: this one
    command = ssh_command(sshd, reader, user) + " -t dateline browse --read-only"
    tmux = TmuxSession(command, 100, 30, env={"TERM": term})
    sessions.append(tmux)
    screen = tmux.wait_for(lambda s: "results" in s and "newest first" in s, timeout=60, what="first results",
                           escapes=True)
    rich = {"xterm-256color": "38;5;", "vt100": None}[term]
    if rich:
        assert rich in screen
    else:  # no colour on a vt100: only shades, which it ignores
        assert not re.search(r"\x1b\[(?:[0-9;]*;)?(?:3[1-6]|9[1-6]|38;[25])[;m]", screen), screen
    tmux.wait_for(lambda s: "1 Results  2 Filters" in s, what="tabs at 100 columns")
    resize(tmux, 130, 40)
    tmux.wait_for(lambda s: "2 Filters" not in s and len(s.splitlines()) == 40 and
                  s.splitlines()[38].strip() != "", what="the wide layout after a resize")
    tmux.keys("q")
    tmux.wait_for(lambda s: "Connection to 127.0.0.1 closed" in s, what="the session to close")

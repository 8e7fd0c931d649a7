"""`dateline serve --ssh` with asyncssh as the client, in-process: what the server lets in and what it refuses.

The server runs in the test's event loop; each session's app is a real child process on a real PTY.
"""

from __future__ import annotations

import asyncio
import os
import stat
import time

import asyncssh
import pytest

from search_index import ArchiveIndex, IndexMissing, IndexProblem
from tui.serve import ServeError, ServeOptions, SSHAppServer, load_or_create_host_key

from .app_support import build_index


@pytest.fixture(scope="module")
def shared_index(tmp_path_factory):
    path = tmp_path_factory.mktemp("serve") / "ix"
    build_index(path).close()
    return path


@pytest.fixture(scope="module")
def reader_key():
    return asyncssh.generate_private_key("ssh-ed25519", comment="reader@test")


@pytest.fixture
def options(tmp_path, shared_index, reader_key):
    keys = tmp_path / "authorized_keys"
    keys.write_bytes(b"# readers of the test archive\n" + reader_key.export_public_key())
    return ServeOptions(index=shared_index, port=0, authorized_keys=keys, host_key=tmp_path / "host" / "key",
                        max_sessions=2)


@pytest.fixture
async def server(options):
    srv = SSHAppServer(options)
    await srv.start()
    yield srv
    await srv.stop()


def connect(server, key, **kw):
    kw.setdefault("username", "reader")
    return asyncssh.connect("127.0.0.1", server.port, client_keys=[key] if key else None, known_hosts=None,
                            agent_path=None, **kw)


async def wait_until(predicate, what: str, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        await asyncio.sleep(0.05)


async def open_app(conn, size=(100, 30), command=None):
    """A session with a terminal; returns (process, output so far) once the first results are painted."""
    process = await conn.create_process(command, term_type="xterm-256color", term_size=size, encoding=None)
    seen = bytearray()
    deadline = time.monotonic() + 60
    while b"results" not in seen:
        assert time.monotonic() < deadline, f"no first screen; got {bytes(seen[-400:])!r}"
        try:
            seen += await asyncio.wait_for(process.stdout.read(65536), timeout=1)
        except asyncio.TimeoutError:
            continue
        assert process.exit_status is None, bytes(seen)
    return process, seen


# --- starting ------------------------------------------------------------------------------------------------

def test_host_key_is_made_once_with_mode_0600(tmp_path):
    path = tmp_path / "data" / "ssh_host_ed25519_key"
    key = load_or_create_host_key(path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert load_or_create_host_key(path).get_fingerprint() == key.get_fingerprint()
    path.chmod(0o644)
    with pytest.raises(ServeError, match="chmod 600"):
        load_or_create_host_key(path)


async def test_refuses_to_start_without_an_index_or_keys(tmp_path, options):
    missing = tmp_path / "no-index"
    with pytest.raises(ServeError, match="no index at .*dateline index"):
        await SSHAppServer(ServeOptions(**{**options.__dict__, "index": missing})).start()
    assert not missing.exists()  # the server never creates one
    with pytest.raises(ServeError, match="no authorized_keys file at"):
        await SSHAppServer(ServeOptions(**{**options.__dict__, "authorized_keys": tmp_path / "nope"})).start()


def test_read_only_index_is_never_created_or_written(tmp_path, shared_index):
    with pytest.raises(IndexMissing):
        ArchiveIndex(str(tmp_path / "absent"), read_only=True)
    assert not (tmp_path / "absent").exists()
    before = sorted(os.listdir(shared_index))
    with ArchiveIndex(str(shared_index), read_only=True) as archive:
        assert archive.stats().articles > 0
        with pytest.raises(IndexProblem, match="read-only"):
            with archive.writer():
                pass
    assert sorted(os.listdir(shared_index)) == before


# --- authentication ------------------------------------------------------------------------------------------

async def test_unknown_key_and_passwords_are_refused(server):
    stranger = asyncssh.generate_private_key("ssh-ed25519")
    with pytest.raises(asyncssh.PermissionDenied):
        async with connect(server, stranger):
            pass
    with pytest.raises(asyncssh.PermissionDenied):
        async with connect(server, None, password="secret", kbdint_auth=True):
            pass


async def test_a_key_added_to_authorized_keys_works_without_a_restart(server, options):
    newcomer = asyncssh.generate_private_key("ssh-ed25519")
    with pytest.raises(asyncssh.PermissionDenied):
        async with connect(server, newcomer):
            pass
    with open(options.authorized_keys, "ab") as fh:
        fh.write(newcomer.export_public_key())
    async with connect(server, newcomer) as conn:
        result = await conn.run("ls /")
        assert result.exit_status == 1  # in, but still only the browser


# --- what is refused once in ----------------------------------------------------------------------------------

async def test_commands_and_shells_without_a_terminal_are_refused(server, reader_key):
    async with connect(server, reader_key) as conn:
        result = await conn.run("cat /etc/passwd")
        assert result.exit_status == 1
        assert "runs no commands" in result.stderr and f"ssh -t -p {server.port} HOST" in result.stderr
        assert "root:" not in result.stdout
        result = await conn.run()  # a shell without a terminal
        assert result.exit_status == 1
        assert "needs a terminal" in result.stderr
        result = await conn.run("scp -t /tmp")
        assert result.exit_status == 1


async def test_the_command_dateline_is_the_browser_itself(server, reader_key):
    async with connect(server, reader_key) as conn:  # ssh -t -p PORT HOST dateline
        process, _ = await open_app(conn, command="dateline")
        process.stdin.write(b"q")
        await process.wait_closed()
        assert process.exit_status == 0


async def test_forwarding_and_file_transfer_are_refused(server, reader_key, tmp_path):
    async with connect(server, reader_key) as conn:
        with pytest.raises(asyncssh.ChannelOpenError):
            await conn.open_connection("127.0.0.1", server.port)  # ssh -L
        with pytest.raises(asyncssh.ChannelListenError):
            await conn.forward_remote_port("127.0.0.1", 0, "127.0.0.1", 9)  # ssh -R
        with pytest.raises(asyncssh.ChannelOpenError):
            await conn.open_unix_connection(str(tmp_path / "sock"))
        with pytest.raises((asyncssh.ChannelOpenError, asyncssh.SFTPError)):
            await conn.start_sftp_client()
    assert not server.sessions.active


# --- sessions ---------------------------------------------------------------------------------------------------

async def test_sessions_beyond_the_limit_are_refused_with_a_message(server, reader_key):
    async with connect(server, reader_key) as conn:
        first, _ = await open_app(conn)
        second, _ = await open_app(conn)
        assert len(server.sessions.active) == 2
        third = await conn.create_process(term_type="xterm-256color", term_size=(80, 24), encoding=None)
        await third.wait_closed()
        assert third.exit_status == 1
        assert b"server is full" in await third.stderr.read()
        first.stdin.write(b"q")  # a reader quits: their place is free again
        await first.wait_closed()
        assert first.exit_status == 0
        await wait_until(lambda: len(server.sessions.active) == 1, "the first session to end")
        fourth, _ = await open_app(conn)
        assert len(server.sessions.active) == 2
        second.close()
        fourth.close()


async def test_the_app_gets_the_terminal_type_and_size_and_follows_resizes(server, reader_key):
    async with connect(server, reader_key) as conn:
        process, _ = await open_app(conn, size=(100, 30))
        session = next(iter(server.sessions.active))
        assert (session.pty.columns, session.pty.rows) == (100, 30)
        environ = (open(f"/proc/{session.pty.pid}/environ", "rb").read().split(b"\0"))
        assert b"TERM=xterm-256color" in environ
        assert not any(line.startswith(b"SSH_") for line in environ)
        process.change_terminal_size(132, 43)
        await wait_until(lambda: (session.pty.columns, session.pty.rows) == (132, 43), "the new size")
        process.close()


async def test_closing_the_connection_kills_and_reaps_the_app(server, reader_key):
    async with connect(server, reader_key) as conn:
        await open_app(conn)
        [pid] = server.sessions.child_pids()
        os.kill(pid, 0)  # running
    await wait_until(lambda: not server.sessions.active, "the session to end")
    with pytest.raises(ProcessLookupError):  # not only dead: reaped (no zombie left with that pid)
        os.kill(pid, 0)


async def test_stopping_the_server_ends_every_session(options, reader_key):
    server = SSHAppServer(options)
    await server.start()
    conn = await connect(server, reader_key)
    process, _ = await open_app(conn)
    [pid] = server.sessions.child_pids()
    await server.stop()
    await process.wait_closed()
    assert b"shutting down" in await process.stdout.read()
    with pytest.raises(ProcessLookupError):
        os.kill(pid, 0)
    conn.close()


async def test_a_terminal_type_that_is_not_a_terminfo_name_is_not_passed_on(server, reader_key):
    async with connect(server, reader_key, username="eve forged log line") as conn:
        process = await conn.create_process(term_type="../../../tmp/evil", term_size=(80, 24), encoding=None)
        await wait_until(lambda: server.sessions.child_pids(), "the session to start")
        session = next(iter(server.sessions.active))
        environ = open(f"/proc/{session.pty.pid}/environ", "rb").read().split(b"\0")
        assert b"TERM=vt100" in environ
        assert session.server.user == "eve?forged?log?line"  # one word in the log, whatever was sent
        process.close()


def test_the_serve_command_says_what_is_wrong(tmp_path, capsys, options):
    from tui.cli import main

    assert main(["serve"]) == 2
    assert "--ssh" in capsys.readouterr().err
    assert main(["serve", "--ssh", "--port", "0", "--index", str(tmp_path / "none"),
                 "--authorized-keys", str(options.authorized_keys), "--host-key", str(tmp_path / "hk")]) == 2
    err = capsys.readouterr().err
    assert "no index at" in err and "dateline index" in err
    assert not (tmp_path / "none").exists() and not (tmp_path / "hk").exists()  # nothing made before the checks


async def test_a_read_only_app_offers_no_screenshot_command(shared_index):
    """Textual's palette can save an SVG screenshot: a file written on the server, so not for remote readers."""
    from tui.app import DatelineApp

    for read_only in (False, True):
        with ArchiveIndex(str(shared_index), read_only=read_only) as archive:
            app = DatelineApp(archive, read_only=read_only)
            async with app.run_test(size=(100, 30)):
                titles = {command.title for command in app.get_system_commands(app.screen)}
            assert "Theme" in titles and not {"Quit", "Keys"} & titles  # Dateline's own quit and help instead
            assert not {"Maximize", "Minimize"} & titles  # an Enter after `:` hid the panes' frame
            assert ("Screenshot" in titles) is not read_only


def test_the_server_starts_without_the_ssh_librarys_deprecation_warnings():
    """asyncssh loads DSA support that the cryptography package calls deprecated: ten lines of warnings came
    before the server's first log line, about keys it never offers."""
    import subprocess
    import sys

    done = subprocess.run([sys.executable, "-W", "default", "-c", "import tui.serve"], capture_output=True,
                          text=True, cwd=str(__import__("pathlib").Path(__file__).resolve().parents[1]))
    assert done.returncode == 0 and "Deprecat" not in done.stderr, done.stderr

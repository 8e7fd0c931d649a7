"""One program on its own pseudo-terminal, driven from asyncio: what each `dateline serve --ssh` session runs.

The app runs in a child process, not in the server: a crash, a hang or a leak in one reader's session cannot touch
another's, the child sees an ordinary terminal (so Textual's own driver, resize handling and colour detection
apply unchanged), and ending a session is killing one process group, which frees everything it held.

The child's first step (TAKE_TERMINAL) makes the terminal on its stdin its controlling terminal, so that the
kernel sends it SIGWINCH on a resize and SIGHUP on hang-up, then executes the program. It runs in a bare
interpreter (`-I -S`: 0.05 s, where importing this module would cost 0.4 s on a busy machine), and not in a
`preexec_fn`, which is unsafe in a server with threads.
"""

from __future__ import annotations

import asyncio
import errno
import fcntl
import os
import signal
import struct
import sys
import termios
from typing import Callable

TAKE_TERMINAL = (
    "import fcntl, os, sys, termios\n"
    "fcntl.ioctl(0, termios.TIOCSCTTY, 0)\n"  # a session leader already (start_new_session)
    "os.execvp(sys.argv[1], sys.argv[1:])\n"
)
READ_CHUNK = 65536
KILL_GRACE = 3.0  # seconds between the hang-up signal and SIGKILL


def set_window_size(fd: int, columns: int, rows: int, width_px: int = 0, height_px: int = 0) -> None:
    """Tell the terminal its size; the kernel then signals SIGWINCH to the program in front on it."""
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", max(rows, 1), max(columns, 1), height_px, width_px))


class PtySession:
    """A child process on a fresh pseudo-terminal whose output goes to `on_output` and which takes `write()`.

    Output is read only while the consumer wants it (`pause_reading`/`resume_reading`), so a slow client
    throttles its own app instead of growing the server's buffers.
    """

    def __init__(self, argv: list[str], *, env: dict[str, str], columns: int, rows: int,
                 on_output: Callable[[bytes], None], cwd: str | None = None) -> None:
        self.argv = argv
        self.env = env
        self.columns, self.rows = columns, rows
        self.cwd = cwd
        self._on_output = on_output
        self._master: int | None = None
        self._pending = bytearray()  # input the terminal has not taken yet
        self._reading = False
        self.process: asyncio.subprocess.Process | None = None

    @property
    def pid(self) -> int | None:
        return self.process.pid if self.process else None

    async def start(self) -> None:
        master, slave = os.openpty()
        try:
            set_window_size(slave, self.columns, self.rows)
            # no echo until the program sets the modes it wants: keys typed while it starts are not printed
            modes = termios.tcgetattr(slave)
            modes[3] &= ~termios.ECHO
            termios.tcsetattr(slave, termios.TCSANOW, modes)
            os.set_blocking(master, False)
            self.process = await asyncio.create_subprocess_exec(
                sys.executable, "-I", "-S", "-c", TAKE_TERMINAL, *self.argv,
                stdin=slave, stdout=slave, stderr=slave, env=self.env, cwd=self.cwd,
                start_new_session=True, close_fds=True,
            )
        except BaseException:
            os.close(master)
            raise
        finally:
            os.close(slave)
        self._master = master
        self.resume_reading()

    # --- output ----------------------------------------------------------------------------------------------
    def _read_ready(self) -> None:
        try:
            data = os.read(self._master, READ_CHUNK)
        except BlockingIOError:
            return
        except OSError as exc:  # EIO: every process holding the terminal has gone
            if exc.errno != errno.EIO:
                raise
            data = b""
        if not data:
            self.pause_reading()
            return
        self._on_output(data)

    def pause_reading(self) -> None:
        if self._reading and self._master is not None:
            asyncio.get_running_loop().remove_reader(self._master)
        self._reading = False

    def resume_reading(self) -> None:
        if not self._reading and self._master is not None:
            asyncio.get_running_loop().add_reader(self._master, self._read_ready)
            self._reading = True

    def drain_output(self) -> None:
        """Pass on whatever the child wrote before it ended (its last screen, its goodbye)."""
        if self._master is None:
            return
        while True:
            try:
                data = os.read(self._master, READ_CHUNK)
            except OSError:
                return
            if not data:
                return
            self._on_output(data)

    # --- input and size ---------------------------------------------------------------------------------------
    def write(self, data: bytes) -> None:
        if self._master is None:
            return
        was_empty = not self._pending
        self._pending += data
        if was_empty:
            self._write_ready()

    def _write_ready(self) -> None:
        loop = asyncio.get_running_loop()
        try:
            written = os.write(self._master, self._pending)
        except BlockingIOError:
            written = 0
        except OSError:  # the child is gone; its input goes nowhere
            self._pending.clear()
            written = 0
        del self._pending[:written]
        if self._pending:
            loop.add_writer(self._master, self._write_ready)
        else:
            loop.remove_writer(self._master)

    def resize(self, columns: int, rows: int, width_px: int = 0, height_px: int = 0) -> None:
        self.columns, self.rows = columns, rows
        if self._master is not None:
            set_window_size(self._master, columns, rows, width_px, height_px)

    # --- ending ------------------------------------------------------------------------------------------------
    async def wait(self) -> int:
        assert self.process is not None
        return await self.process.wait()

    def _signal_group(self, sig: int) -> None:
        if self.process is None or self.process.returncode is not None:
            return
        try:
            os.killpg(self.process.pid, sig)
        except ProcessLookupError:
            pass

    async def close(self) -> int | None:
        """Hang up: SIGHUP to the child's process group (what a terminal does when its line drops), SIGKILL if
        it has not gone after a grace period; reap it and release the terminal. Safe to call twice."""
        if self.process is not None and self.process.returncode is None:
            self._signal_group(signal.SIGHUP)
            self._signal_group(signal.SIGCONT)  # a stopped child could not act on the hang-up
            try:
                await asyncio.wait_for(self.process.wait(), KILL_GRACE)
            except asyncio.TimeoutError:
                self._signal_group(signal.SIGKILL)
                await self.process.wait()
        self._release()
        return self.process.returncode if self.process else None

    def _release(self) -> None:
        if self._master is None:
            return
        self.pause_reading()
        loop = asyncio.get_running_loop()
        loop.remove_writer(self._master)
        os.close(self._master)
        self._master = None
        self._pending.clear()

"""What `dateline serve --ssh` costs: memory per session and time from connect to first screen, with 1 and 5
readers at once, through the real OpenSSH client in tmux. Prints figures; asserts nothing.

    python tests/benchmarks/ssh_sessions.py [--index DIR] [--sessions 1,5] [--rounds 3]

Without --index the bundled archive (data/) is indexed into a temporary folder. Memory is read from /proc:
RSS (resident pages, shared ones counted in full, as `ps` shows) and PSS (shared pages divided among the
processes that map them: what one more session really adds). "First screen" is from starting `ssh` to the
first results painted in the reader's terminal, polled every 10 ms.
"""

from __future__ import annotations

import argparse
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

FIRST_RESULTS = "newest first"  # on the status line once the first results are painted
FACETS_FILLED = re.compile(r"\(\d+\)")  # a facet count: the app has finished its start-up work
POLL = 0.01
TIMEOUT = 60.0


def proc_kb(pid: int, field: str, path: str = "status") -> int:
    for line in Path(f"/proc/{pid}/{path}").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    return 0


def memory(pid: int) -> tuple[float, float]:
    """(RSS, PSS) in MB."""
    return proc_kb(pid, "VmRSS") / 1024, proc_kb(pid, "Pss", "smaps_rollup") / 1024


def children(pid: int) -> list[int]:
    out: list[int] = []
    for task in Path(f"/proc/{pid}/task").iterdir():
        try:
            out += [int(c) for c in (task / "children").read_text().split()]
        except FileNotFoundError:  # a thread that has just ended
            pass
    return out


def screen(name: str) -> str:
    return subprocess.run(["tmux", "capture-pane", "-p", "-t", name], capture_output=True, text=True).stdout


def wait_screen(name: str, predicate) -> float:
    started = time.perf_counter()
    while not predicate(screen(name)):
        if time.perf_counter() - started > TIMEOUT:
            raise SystemExit(f"no first screen in {name} after {TIMEOUT:.0f} s:\n{screen(name)}")
        time.sleep(POLL)
    return time.perf_counter()


class Server:
    def __init__(self, tmp: Path, index: Path, max_sessions: int):
        subprocess.run(["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", str(tmp / "key")], check=True)
        (tmp / "authorized_keys").write_text((tmp / "key.pub").read_text())
        self.key = tmp / "key"
        self.log = tmp / "serve.log"
        self.process = subprocess.Popen(
            [sys.executable, "-m", "tui.cli", "serve", "--ssh", "--port", "0", "--index", str(index),
             "--authorized-keys", str(tmp / "authorized_keys"), "--host-key", str(tmp / "host_key"),
             "--max-sessions", str(max_sessions)],
            stdout=open(self.log, "wb"), stderr=subprocess.STDOUT, cwd=ROOT)
        deadline = time.monotonic() + TIMEOUT
        while not (m := re.search(r"read-only on 127\.0\.0\.1:(\d+)", self.log.read_text())):
            if self.process.poll() is not None or time.monotonic() > deadline:
                raise SystemExit(f"the server did not start:\n{self.log.read_text()}")
            time.sleep(POLL)
        self.port = int(m.group(1))

    def ssh(self) -> str:
        return (f"ssh -F /dev/null -p {self.port} -i {self.key} -o IdentitiesOnly=yes -o IdentityAgent=none "
                f"-o BatchMode=yes -o StrictHostKeyChecking=no -o UserKnownHostsFile=/dev/null "
                f"-o LogLevel=ERROR reader@127.0.0.1")

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(timeout=30)


def wait_all(names: list[str], predicate) -> dict[str, float]:
    """When each screen first satisfies predicate (perf_counter), polling them all in turn."""
    done: dict[str, float] = {}
    started = time.perf_counter()
    while len(done) < len(names):
        for name in names:
            if name not in done and predicate(screen(name)):
                done[name] = time.perf_counter()
        if time.perf_counter() - started > TIMEOUT:
            raise SystemExit(f"no first screen after {TIMEOUT:.0f} s:\n{screen(names[0])}")
        time.sleep(POLL)
    return done


def local_first_screen(index: Path) -> float:
    """The same app started directly in tmux, no SSH: the baseline the SSH figures add to."""
    name = f"bench-local-{uuid.uuid4().hex[:6]}"
    started = time.perf_counter()
    subprocess.run(["tmux", "new-session", "-d", "-s", name, "-x", "120", "-y", "40",
                    f"env TERM=xterm-256color DATELINE_INDEX={index} PYTHONPATH={ROOT} "
                    f"{sys.executable} -m tui.cli browse --read-only; sleep 60"], check=True)
    try:
        return wait_all([name], lambda s: FIRST_RESULTS in s)[name] - started
    finally:
        subprocess.run(["tmux", "kill-session", "-t", name], capture_output=True)


def one_round(server: Server, count: int) -> dict:
    """`count` readers connect at the same moment; each one's time to its first screen, then everyone's memory."""
    names = [f"bench-ssh-{uuid.uuid4().hex[:6]}" for _ in range(count)]
    starts: dict[str, float] = {}
    try:
        for name in names:
            starts[name] = time.perf_counter()
            subprocess.run(["tmux", "new-session", "-d", "-s", name, "-x", "120", "-y", "40",
                            f"env TERM=xterm-256color {server.ssh()}; sleep 60"], check=True)
        painted = wait_all(names, lambda s: FIRST_RESULTS in s)
        firsts = [painted[name] - starts[name] for name in names]
        for name in names:  # start-up work done everywhere (facet counts drawn) before memory is read
            wait_screen(name, lambda s: FACETS_FILLED.search(s) is not None)
        time.sleep(0.5)  # let the last repaints and any freed memory settle: this is a reading, not a timing
        apps = children(server.process.pid)
        app_memory = [memory(pid) for pid in apps]
        return {"first": firsts, "apps": app_memory, "server": memory(server.process.pid), "count": len(apps)}
    finally:
        for name in names:
            subprocess.run(["tmux", "kill-session", "-t", name], capture_output=True)
        deadline = time.monotonic() + TIMEOUT
        while children(server.process.pid) and time.monotonic() < deadline:
            time.sleep(0.05)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--index", type=Path, help="an existing index (default: the bundled archive, indexed)")
    parser.add_argument("--sessions", default="1,5", help="how many readers at once, comma-separated")
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    for tool in ("tmux", "ssh", "ssh-keygen"):
        if shutil.which(tool) is None:
            raise SystemExit(f"{tool} is not installed; this benchmark drives the real OpenSSH client in tmux")
    counts = [int(n) for n in args.sessions.split(",")]
    with tempfile.TemporaryDirectory(prefix="dateline-ssh-bench-") as tmp_name:
        tmp = Path(tmp_name)
        index = args.index
        if index is None:
            from search_index import ArchiveIndex, index_sources

            index = tmp / "ix"
            with ArchiveIndex(str(index), create=True) as archive:
                index_sources(archive, [str(ROOT / "data")])
        server = Server(tmp, index, max(counts))
        print(f"index {index}; {args.rounds} rounds per row; MB; first screen = ssh start to first results\n")
        print("| readers | connect to first screen, median (min-max) | app RSS / PSS per session, median "
              "| server RSS / PSS |")
        print("|---|---|---|---|")
        handshakes = []
        for _ in range(args.rounds):  # connect, key exchange, authentication, a refused command: SSH's own share
            started = time.perf_counter()
            subprocess.run(server.ssh().split() + ["true"], capture_output=True)
            handshakes.append(time.perf_counter() - started)
        print(f"| SSH alone (connect, authenticate, a command refused) | {statistics.median(handshakes):.2f} s "
              f"({min(handshakes):.2f}-{max(handshakes):.2f}) | | |", flush=True)
        local = [local_first_screen(index) for _ in range(args.rounds)]
        print(f"| 1, no SSH (`dateline browse` in tmux) | {statistics.median(local):.2f} s "
              f"({min(local):.2f}-{max(local):.2f}) | | |", flush=True)
        try:
            for count in counts:
                rounds = [one_round(server, count) for _ in range(args.rounds)]
                firsts = [f for r in rounds for f in r["first"]]
                rss = [m[0] for r in rounds for m in r["apps"]]
                pss = [m[1] for r in rounds for m in r["apps"]]
                server_rss = statistics.median(r["server"][0] for r in rounds)
                server_pss = statistics.median(r["server"][1] for r in rounds)
                assert all(r["count"] == count for r in rounds), [r["count"] for r in rounds]
                print(f"| {count} | {statistics.median(firsts):.2f} s ({min(firsts):.2f}-{max(firsts):.2f}) "
                      f"| {statistics.median(rss):.0f} / {statistics.median(pss):.0f} "
                      f"| {server_rss:.0f} / {server_pss:.0f} |", flush=True)
        finally:
            server.stop()


if __name__ == "__main__":
    main()

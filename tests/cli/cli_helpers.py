"""Running ``python -m linreg_gui train ...`` (and exported scripts) as real subprocesses."""

from __future__ import annotations

import ast
import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
MAX_PARALLEL = 4


@dataclass
class Done:
    args: list[str]
    returncode: int
    stdout: str
    stderr: str

    def json(self) -> dict:
        return strict_json(self.stdout)


def strict_json(text: str) -> dict:
    """Parse JSON, refusing NaN, Infinity and -Infinity (not JSON, though Python writes them)."""

    def refuse(name):
        raise ValueError(f"not strict JSON: {name}")

    return json.loads(text, parse_constant=refuse)


def script_values(stdout: str) -> dict:
    """An exported script's 'weight: [...]', 'bias: ...' and 'loss: ...' lines, as values."""
    values = {}
    for line in stdout.splitlines():
        key, _, rest = line.partition(": ")
        if key in ("weight", "bias", "loss"):
            values[key] = ast.literal_eval(rest)
    assert set(values) == {"weight", "bias", "loss"}, stdout
    return values


def env() -> dict[str, str]:
    e = dict(os.environ)
    e["PYTHONPATH"] = str(REPO) + os.pathsep + e.get("PYTHONPATH", "")
    e.setdefault("PYTHONIOENCODING", "utf-8")
    return e


def train_args(*args: str) -> list[str]:
    return [sys.executable, "-m", "linreg_gui", "train", *args]


def run_all(commands: dict[str, list[str]], cwd: Path = REPO, timeout: float = 300) -> dict:
    """Run every command (a full argv) side by side, at most MAX_PARALLEL at a time."""
    results: dict[str, Done] = {}
    pending = list(commands.items())
    running: list[tuple[str, list[str], subprocess.Popen]] = []
    while pending or running:
        while pending and len(running) < MAX_PARALLEL:
            name, argv = pending.pop(0)
            proc = subprocess.Popen(argv, cwd=cwd, env=env(), stdout=subprocess.PIPE,
                                    stderr=subprocess.PIPE, text=True, encoding="utf-8")
            running.append((name, argv, proc))
        name, argv, proc = running.pop(0)
        out, err = proc.communicate(timeout=timeout)
        results[name] = Done(argv, proc.returncode, out, err)
    return results


def run_one(argv: list[str], cwd: Path = REPO) -> Done:
    return run_all({"one": argv}, cwd)["one"]


def assert_one_line_error(done: Done, *needles: str) -> str:
    """Exit code 2, nothing on stdout, one line on stderr naming the problem, no traceback."""
    assert done.returncode == 2, (done.returncode, done.stdout, done.stderr)
    assert done.stdout == ""
    line = done.stderr
    assert line.endswith("\n") and line.count("\n") == 1, line
    assert "Traceback" not in line
    assert line.startswith("linreg-gui train: ")
    for needle in needles:
        assert needle in line, (needle, line)
    return line.strip()

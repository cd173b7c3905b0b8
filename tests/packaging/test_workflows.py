"""The CI workflows (.github/workflows/) cannot run here: no runner. What can be checked is
checked: each file against GitHub's workflow schema (check-jsonschema's copy, offline), that
the jobs the issue asks for exist, that every `needs` names a job, and that each build job
calls packaging/build.py — the one build script — with subcommands it has, instead of a
second copy of the steps."""

from __future__ import annotations

import fnmatch
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from ruamel.yaml import YAML

REPO = Path(__file__).resolve().parents[2]
WORKFLOWS = sorted((REPO / ".github" / "workflows").glob("*.y*ml"))
RUNNERS = {"ubuntu-22.04": "linux", "windows-2022": "windows", "macos-14": "macos"}
# Build tools that only build.py may call: a workflow calling one has a second copy of a step.
BUILD_TOOLS = re.compile(r"\b(pyinstaller|PyInstaller|iscc|ISCC|hdiutil|tar\s+-c)")


def validate(path: Path) -> subprocess.CompletedProcess:
    # A dead proxy: the check must not need the network (its schemas are vendored).
    env = dict(os.environ, HTTPS_PROXY="http://127.0.0.1:9", HTTP_PROXY="http://127.0.0.1:9")
    return subprocess.run(
        [sys.executable, "-m", "check_jsonschema", "--builtin-schema", "vendor.github-workflows",
         str(path)], capture_output=True, text=True, env=env, timeout=120)


def load(path: Path) -> dict:
    return YAML(typ="safe").load(path.read_text(encoding="utf-8"))


def runs(job: dict) -> str:
    return "\n".join(step.get("run", "") for step in job.get("steps", []))


def build_calls(job: dict) -> list[list[str]]:
    """The argument lists of every `packaging/build.py ...` call in a job's steps."""
    calls = []
    for line in runs(job).splitlines():
        found = re.search(r"packaging/build\.py\s+(.*)$", line)
        if found:
            calls.append(found.group(1).split())
    return calls


@pytest.fixture(scope="module")
def ci() -> dict:
    return load(REPO / ".github" / "workflows" / "ci.yml")


def test_there_are_workflows() -> None:
    assert [p.name for p in WORKFLOWS] == ["ci.yml"]


@pytest.mark.parametrize("path", WORKFLOWS, ids=lambda p: p.name)
def test_workflow_matches_githubs_schema(path: Path) -> None:
    proc = validate(path)
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_schema_check_catches_a_broken_workflow(tmp_path: Path) -> None:
    broken = tmp_path / "broken.yml"
    # A job without runs-on, and a step with both uses and run: GitHub rejects both.
    broken.write_text("on: push\njobs:\n  test:\n    steps:\n"
                      "      - uses: actions/checkout@v4\n        run: echo hi\n",
                      encoding="utf-8")
    proc = validate(broken)
    assert proc.returncode != 0
    assert "runs-on" in proc.stdout + proc.stderr


def test_every_needed_job_exists() -> None:
    for path in WORKFLOWS:
        jobs = load(path)["jobs"]
        for name, job in jobs.items():
            needs = job.get("needs", [])
            for needed in [needs] if isinstance(needs, str) else needs:
                assert needed in jobs, f"{path.name}: {name} needs {needed}, which is no job"


def test_tests_run_on_the_three_systems(ci: dict) -> None:
    job = ci["jobs"]["test"]
    assert set(job["strategy"]["matrix"]["os"]) == set(RUNNERS)
    assert job["runs-on"] == "${{ matrix.os }}"
    assert "pytest" in runs(job) and "lint-imports" in runs(job)


def test_bundle_job_builds_smokes_and_uploads_on_each_system(ci: dict, build_py) -> None:
    job = ci["jobs"]["bundle"]
    include = job["strategy"]["matrix"]["include"]
    assert {entry["os"]: entry["system"] for entry in include} == RUNNERS
    calls = build_calls(job)
    for wanted in (["bundle", "--installer"], ["smoke"], ["smoke", "--installed"],
                   ["glibc-floor", "--max", "2.35"]):
        assert wanted in calls, f"the bundle job never runs build.py {' '.join(wanted)}"
    upload = next(step for step in job["steps"]
                  if step.get("uses", "").startswith("actions/upload-artifact@"))
    globs = upload["with"]["path"].split()
    assert upload["with"]["if-no-files-found"] == "error"
    # Each system's release file (named by build.py) is among what the job uploads.
    version = build_py.version()
    for kind, arch in (("linux", "x86_64"), ("windows", "x64"), ("macos", "arm64")):
        name = "dist/" + build_py.release_name(kind, version, arch)
        assert any(fnmatch.fnmatch(name, pattern) for pattern in globs), name


def test_release_job_runs_on_tags_with_checksums(ci: dict) -> None:
    assert "v*" in ci["on"]["push"]["tags"]
    job = ci["jobs"]["release"]
    assert job["if"] == "startsWith(github.ref, 'refs/tags/v')"
    assert set(job["needs"]) == {"test", "bundle"}
    assert job["permissions"] == {"contents": "write"}
    assert ["checksums", "release"] in build_calls(job)
    assert 'gh release create "$GITHUB_REF_NAME" release/*' in runs(job)


def test_build_steps_are_build_py_only(ci: dict, build_py) -> None:
    commands = set(build_py.make_parser()._subparsers._group_actions[0].choices)
    for path in WORKFLOWS:
        for name, job in load(path)["jobs"].items():
            assert not BUILD_TOOLS.search(runs(job)), f"{name} calls a build tool itself"
            for call in build_calls(job):
                assert call[0] in commands, f"{name}: build.py has no command {call[0]}"
                build_py.make_parser().parse_args(call)  # its options exist too


def test_make_bundle_and_ci_bundle_call_build_py() -> None:
    makefile = (REPO / "Makefile").read_text(encoding="utf-8")
    target = makefile.split("\nbundle:", 1)[1].split("\n\n", 1)[0]
    assert "$(PY) packaging/build.py bundle" in target
    assert not BUILD_TOOLS.search(target)
    ci_bundle = (REPO / ".ci" / "bundle").read_text(encoding="utf-8")
    assert "make bundle" in ci_bundle and "packaging/build.py smoke" in ci_bundle
    assert "packaging/build.py glibc-floor" in ci_bundle

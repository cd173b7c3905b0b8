#!/usr/bin/env python3
"""The one build script of the classroom bundle and its installers, on Linux, Windows and macOS.

`make bundle`, .ci/bundle and every job of .github/workflows/ call this file, so that the steps
exist once (packaging/README.md):

    python packaging/build.py bundle [--installer]   dist/linreg-gui/ (macOS: dist/linreg-gui.app)
                                                      and what a classroom installs from
    python packaging/build.py smoke [--installed]     --self-test and train --json from the bundle
                                                      (--installed: install it, run, uninstall)
    python packaging/build.py glibc-floor [FOLDER] [--max 2.35]   Linux: the newest GLIBC_x.y
                                                      symbol version the bundle's binaries need
    python packaging/build.py checksums FOLDER        FOLDER/SHA256SUMS of the files in it
    python packaging/build.py release-files           the files `bundle --installer` made here

What a classroom installs from, in dist/ (`release_files`):
  Linux    linreg-gui-VERSION-linux-ARCH.tar.gz (always: unpack, run linreg-gui/install.sh)
  Windows  linreg-gui-VERSION-windows-x64-setup.exe (--installer: Inno Setup, per user)
  macOS    linreg-gui-VERSION-macos-arm64.dmg (--installer: hdiutil)

Standard library only: it runs with the project's .venv Python before anything is installed,
and on Windows, where there is no make and no sh.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import platform
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
import time
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path, PurePath, PureWindowsPath

ROOT = Path(__file__).resolve().parent.parent
DIST = ROOT / "dist"
NAME = "linreg-gui"
SPEC = ROOT / "packaging" / "linreg-gui.spec"
ISS = ROOT / "packaging" / "windows" / "linreg-gui.iss"
# PyInstaller and its hooks: pinned in constraints.txt, installed for a build only (never by
# `make test`).
BUILD_REQUIREMENTS = ["pyinstaller", "pyinstaller-hooks-contrib"]
# A self-test that has not finished after this long has hung (it takes ~10 s).
SELF_TEST_TIMEOUT_S = 600
TRAIN_STEPS = 300


def version() -> str:
    """linreg_gui.__version__, read from the source (the build must not import the app)."""
    text = (ROOT / "linreg_gui" / "__init__.py").read_text(encoding="utf-8")
    found = re.search(r'^__version__ = "([^"]+)"', text, re.MULTILINE)
    if not found:
        raise SystemExit("build.py: no __version__ in linreg_gui/__init__.py")
    return found.group(1)


def system(name: str | None = None) -> str:
    """'linux', 'windows' or 'macos' (from sys.platform, or the given one)."""
    name = sys.platform if name is None else name
    if name == "win32":
        return "windows"
    if name == "darwin":
        return "macos"
    if name.startswith("linux"):
        return "linux"
    raise SystemExit(f"build.py: no bundle for this system ({name})")


def machine() -> str:
    """The architecture as the release files name it: x86_64 (Linux), x64, arm64."""
    arch = platform.machine().lower()
    return {"amd64": "x64", "aarch64": "arm64"}.get(arch, arch)


def release_name(kind: str, ver: str, arch: str) -> str:
    """The file name of what a classroom installs from, per system (`kind` from `system()`)."""
    if kind == "linux":
        return f"{NAME}-{ver}-linux-{arch}.tar.gz"
    if kind == "windows":
        return f"{NAME}-{ver}-windows-{arch}-setup.exe"
    return f"{NAME}-{ver}-macos-{arch}.dmg"


def bundle_executable(kind: str, dist: PurePath) -> PurePath:
    """The bundle's executable that prints to a terminal (--self-test, train --json).

    Windows: the console twin linreg-gui-cli.exe (the windowed .exe has no stdout); macOS: the
    executable inside the .app, which is what a classroom copies."""
    if kind == "windows":
        return dist / NAME / f"{NAME}-cli.exe"
    if kind == "macos":
        return dist / f"{NAME}.app" / "Contents" / "MacOS" / NAME
    return dist / NAME / NAME


def run(cmd: Sequence[str | os.PathLike], **kwargs) -> subprocess.CompletedProcess:
    """Run a command (a list: no shell, so spaces and Hangul in paths need no quoting)."""
    print("+ " + " ".join(f'"{c}"' if " " in str(c) else str(c) for c in cmd), flush=True)
    return subprocess.run([str(c) for c in cmd], check=True, **kwargs)


# --- bundle ---------------------------------------------------------------------------------

def install_build_requirements() -> None:
    run([sys.executable, "-m", "pip", "install", "--quiet", "-c", ROOT / "constraints.txt",
         *BUILD_REQUIREMENTS])


def pyinstaller() -> None:
    run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
         "--distpath", DIST, "--workpath", ROOT / "build" / "pyinstaller", SPEC], cwd=ROOT)


def make_tar_gz(folder: Path, out: Path) -> Path:
    """folder/ as out (one top-level folder, symlinks kept), written next to it, then renamed:
    a build that fails half-way leaves no archive that looks finished."""
    for old in out.parent.glob(f"{NAME}-*-linux-*.tar.gz"):
        old.unlink()
    partial = out.with_name(out.name + ".partial")
    with tarfile.open(partial, "w:gz", compresslevel=6) as tar:
        tar.add(folder, arcname=folder.name)
    partial.replace(out)
    return out


def iscc_candidates(environ: Mapping[str, str]) -> list[PureWindowsPath]:
    """Where Inno Setup 6's compiler is: on PATH, else its default folders (per machine, as on
    the hosted runners, or per user)."""
    found = []
    for var, sub in (("ProgramFiles(x86)", r"Inno Setup 6"), ("ProgramFiles", r"Inno Setup 6"),
                     ("LOCALAPPDATA", r"Programs\Inno Setup 6")):
        if environ.get(var):
            found.append(PureWindowsPath(environ[var]) / sub / "ISCC.exe")
    return found


def find_iscc() -> Path:
    on_path = shutil.which("iscc")
    if on_path:
        return Path(on_path)
    for candidate in iscc_candidates(os.environ):
        if Path(candidate).is_file():
            return Path(candidate)
    raise SystemExit("build.py: Inno Setup 6 (ISCC.exe) not found: install it from "
                     "https://jrsoftware.org/isinfo.php")


def iscc_command(iscc: PurePath, iss: PurePath, ver: str, out_name: str) -> list[str]:
    """ISCC's command line: the version and the output name as defines of the script."""
    return [str(iscc), f"/DAppVersion={ver}", f"/DOutputName={out_name.removesuffix('.exe')}",
            str(iss)]


def make_setup_exe(ver: str) -> Path:
    out = DIST / release_name("windows", ver, machine())
    out.unlink(missing_ok=True)
    run(iscc_command(find_iscc(), ISS, ver, out.name), cwd=ROOT)
    if not out.is_file():
        raise SystemExit(f"build.py: Inno Setup wrote no {out}")
    return out


def hdiutil_command(staging: PurePath, out: PurePath, ver: str) -> list[str]:
    return ["hdiutil", "create", "-volname", f"{NAME} {ver}", "-srcfolder", str(staging),
            "-ov", "-format", "UDZO", str(out)]


def make_dmg(ver: str) -> Path:
    """A compressed disk image holding linreg-gui.app: the user drags it to ~/Applications
    (their own: no administrator) or runs it from the image."""
    app = DIST / f"{NAME}.app"
    out = DIST / release_name("macos", ver, machine())
    out.unlink(missing_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        staging = Path(tmp) / NAME
        staging.mkdir()
        run(["ditto", app, staging / app.name])  # keeps the .app's symlinks and attributes
        # hdiutil on the hosted runners fails now and then with "Resource busy": try again.
        for attempt in range(1, 6):
            try:
                run(hdiutil_command(staging, out, ver))
                break
            except subprocess.CalledProcessError:
                if attempt == 5:
                    raise
                print(f"hdiutil failed (attempt {attempt}), trying again", flush=True)
    return out


def bundle(installer: bool) -> list[Path]:
    kind, ver = system(), version()
    install_build_requirements()
    pyinstaller()
    exe = Path(bundle_executable(kind, DIST))
    if not exe.is_file():
        raise SystemExit(f"build.py: PyInstaller made no {exe}")
    made = []
    if kind == "linux":  # the archive is the Linux installer (with install.sh inside)
        made.append(make_tar_gz(DIST / NAME, DIST / release_name(kind, ver, machine())))
    elif installer and kind == "windows":
        made.append(make_setup_exe(ver))
    elif installer and kind == "macos":
        made.append(make_dmg(ver))
    for path in [DIST / NAME, *made]:
        size = (sum(p.stat().st_size for p in path.rglob("*")
                    if p.is_file() and not p.is_symlink())
                if path.is_dir() else path.stat().st_size)
        print(f"{path.relative_to(ROOT)}: {size / 1e6:.0f} MB")
    return made


def release_files(dist: Path = DIST) -> list[Path]:
    """What `bundle` made in dist/ for a classroom (and what the workflows upload)."""
    patterns = (f"{NAME}-*-linux-*.tar.gz", f"{NAME}-*-windows-*-setup.exe",
                f"{NAME}-*-macos-*.dmg")
    return sorted(p for pattern in patterns for p in dist.glob(pattern))


# --- smoke ----------------------------------------------------------------------------------

def check_self_test(stdout: str) -> dict:
    """The self-test's JSON line (its last line), or SystemExit saying why it failed."""
    lines = [line for line in stdout.splitlines() if line.strip().startswith("{")]
    if not lines:
        raise SystemExit(f"--self-test printed no JSON line: {stdout[-2000:]!r}")
    result = json.loads(lines[-1])
    if result.get("self_test") != "pass":
        raise SystemExit(f"--self-test did not pass: {lines[-1]}")
    return result


def check_train(stdout: str, steps: int) -> dict:
    """train --json's result, or SystemExit when it did not train the steps asked for."""
    try:
        result = json.loads(stdout)
    except json.JSONDecodeError as exc:
        raise SystemExit(f"train --json printed no JSON ({exc}): {stdout[-2000:]!r}") from exc
    final = result.get("final") or {}
    if final.get("step") != steps:
        raise SystemExit(f"train --json stopped at step {final.get('step')}, not {steps}")
    return result


def smoke_executable(exe: Path, env: Mapping[str, str] | None = None) -> None:
    """--self-test and train --json with this executable; SystemExit when either fails."""
    if not exe.is_file():
        raise SystemExit(f"build.py smoke: no executable at {exe} (run build.py bundle first)")
    proc = subprocess.run([str(exe), "--self-test"], capture_output=True, text=True, env=env,
                          encoding="utf-8", errors="replace", timeout=SELF_TEST_TIMEOUT_S)
    if proc.returncode != 0:
        print(proc.stderr[-4000:], file=sys.stderr)
        raise SystemExit(f"--self-test exited with {proc.returncode}: {proc.stdout[-2000:]}")
    result = check_self_test(proc.stdout)
    print(f"{exe.name} --self-test: {json.dumps(result)}", flush=True)
    proc = subprocess.run([str(exe), "train", "--json", "--steps", str(TRAIN_STEPS)],
                          capture_output=True, text=True, encoding="utf-8", errors="replace",
                          env=env, timeout=SELF_TEST_TIMEOUT_S)
    if proc.returncode != 0:
        print(proc.stderr[-4000:], file=sys.stderr)
        raise SystemExit(f"train --json exited with {proc.returncode}")
    final = check_train(proc.stdout, TRAIN_STEPS)["final"]
    print(f"{exe.name} train --json: step {final['step']}, weight {final['weight']}, "
          f"bias {final['bias']:.4f}", flush=True)


def windows_install_locations(environ: Mapping[str, str]) -> dict[str, PureWindowsPath]:
    """Where the Inno Setup installer puts things for one user ({autopf}, {autoprograms} and
    {autodesktop} of a non-administrative install)."""
    profile = PureWindowsPath(environ["USERPROFILE"])
    local = PureWindowsPath(environ.get("LOCALAPPDATA") or profile / "AppData" / "Local")
    roaming = PureWindowsPath(environ.get("APPDATA") or profile / "AppData" / "Roaming")
    return {
        "app": local / "Programs" / NAME,
        "start_menu": roaming / "Microsoft" / "Windows" / "Start Menu" / "Programs",
        "desktop": profile / "Desktop",
    }


SHORTCUT_NAMES = {"english": "Linear Regression", "korean": "선형회귀 학습"}


def smoke_installed_windows(ver: str) -> None:
    import winreg  # Windows only

    setup = DIST / release_name("windows", ver, machine())
    where = {k: Path(v) for k, v in windows_install_locations(os.environ).items()}
    for language, shortcut in SHORTCUT_NAMES.items():
        # Per user by the script itself (PrivilegesRequired=lowest): no /CURRENTUSER needed.
        run([setup, "/VERYSILENT", "/SUPPRESSMSGBOXES", "/NORESTART", f"/LANG={language}",
             "/TASKS=desktopicon"])
        for folder in ("start_menu", "desktop"):
            link = where[folder] / f"{shortcut}.lnk"
            if not link.is_file():
                raise SystemExit(f"the {language} installer made no shortcut {link}")
            print(f"shortcut: {link}")
        with winreg.OpenKey(winreg.HKEY_CURRENT_USER, r"Software\Classes\.linreg") as key:
            progid = winreg.QueryValue(key, None)
        with winreg.OpenKey(winreg.HKEY_CURRENT_USER,
                            rf"Software\Classes\{progid}\shell\open\command") as key:
            command = winreg.QueryValue(key, None)
        expected = f'"{where["app"] / (NAME + ".exe")}" "%1"'
        if command.lower() != expected.lower():
            raise SystemExit(f".linreg opens with {command!r}, not {expected!r}")
        print(f".linreg -> {progid}: {command}")
        smoke_executable(where["app"] / f"{NAME}-cli.exe")
        run([where["app"] / "unins000.exe", "/VERYSILENT", "/SUPPRESSMSGBOXES", "/NORESTART"])
        # The uninstaller finishes in a copy of itself: wait for the folder to go.
        for _ in range(120):
            if not (where["app"] / f"{NAME}.exe").exists():
                break
            time.sleep(1)
        left = [p for p in (where["app"] / f"{NAME}.exe",
                            where["start_menu"] / f"{shortcut}.lnk",
                            where["desktop"] / f"{shortcut}.lnk") if p.exists()]
        if left:
            raise SystemExit(f"the uninstaller left {left}")
        print(f"{language}: installed, ran, uninstalled", flush=True)


def smoke_installed_macos(ver: str) -> None:
    dmg = DIST / release_name("macos", ver, machine())
    with tempfile.TemporaryDirectory() as tmp:
        mount = Path(tmp) / "volume"
        apps = Path(tmp) / "Applications"  # stands for the user's ~/Applications
        apps.mkdir()
        mount.mkdir()
        run(["hdiutil", "attach", "-nobrowse", "-readonly", "-mountpoint", mount, dmg])
        try:
            run(["ditto", mount / f"{NAME}.app", apps / f"{NAME}.app"])
        finally:
            run(["hdiutil", "detach", mount])
        smoke_executable(apps / f"{NAME}.app" / "Contents" / "MacOS" / NAME)


def smoke_installed_linux(ver: str) -> None:
    archive = DIST / release_name("linux", ver, machine())
    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp) / "home"
        home.mkdir()
        with tarfile.open(archive) as tar:
            tar.extractall(Path(tmp) / "unpacked", filter="tar")
        env = {k: v for k, v in os.environ.items() if not k.startswith("XDG_")}
        env["HOME"] = str(home)
        run(["sh", Path(tmp) / "unpacked" / NAME / "install.sh"], env=env)
        shutil.rmtree(Path(tmp) / "unpacked")  # the installed copy must not need the archive
        # Run with the temporary HOME: the purge below then shows the app wrote nothing else.
        smoke_executable(home / ".local" / "share" / NAME / "app" / NAME, env)
        run(["sh", home / ".local" / "share" / NAME / "app" / "install.sh", "--uninstall",
             "--purge"], env=env)
        left = [p for p in home.rglob("*") if not p.is_dir()]
        if left:
            raise SystemExit(f"install.sh --uninstall --purge left {left}")


def smoke(installed: bool) -> None:
    kind = system()
    if not installed:
        smoke_executable(Path(bundle_executable(kind, DIST)))
        return
    {"linux": smoke_installed_linux, "windows": smoke_installed_windows,
     "macos": smoke_installed_macos}[kind](version())


# --- glibc floor ----------------------------------------------------------------------------

_VERSION_NEEDED = re.compile(r"Name: GLIBC_(\d+(?:\.\d+)+)\b")


def is_elf(path: Path) -> bool:
    try:
        with path.open("rb") as f:
            return f.read(4) == b"\x7fELF"
    except OSError:
        return False


def glibc_versions_needed(readelf_output: str) -> set[tuple[int, ...]]:
    """The GLIBC_x.y versions in the version-needs section of `readelf -V -W` output (not the
    versions a library defines, nor GLIBC_PRIVATE or GLIBC_ABI_*)."""
    needed, in_needs = set(), False
    for line in readelf_output.splitlines():
        if line.startswith("Version needs section"):
            in_needs = True
        elif line.startswith(("Version symbols section", "Version definition section")):
            in_needs = False
        elif in_needs:
            found = _VERSION_NEEDED.search(line)
            if found:
                needed.add(tuple(int(part) for part in found.group(1).split(".")))
    return needed


def glibc_floor(paths: Iterable[Path]) -> tuple[tuple[int, ...], dict[tuple[int, ...], list]]:
    """The newest glibc version any of these ELF files needs, and which files need each."""
    readelf = shutil.which("readelf")
    if readelf is None:
        raise SystemExit("build.py: readelf not found (Debian: apt-get install binutils)")
    by_version: dict[tuple[int, ...], list[Path]] = {}
    for path in paths:
        out = subprocess.run([readelf, "-V", "-W", str(path)], capture_output=True, text=True,
                             check=True).stdout
        for needed in glibc_versions_needed(out):
            by_version.setdefault(needed, []).append(path)
    return (max(by_version) if by_version else (0,)), by_version


def elf_files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*")
                  if p.is_file() and not p.is_symlink() and is_elf(p))


def dotted(version_tuple: Sequence[int]) -> str:
    return ".".join(str(part) for part in version_tuple)


def report_glibc_floor(folder: Path, maximum: str | None) -> tuple[int, ...]:
    files = elf_files(folder)
    if not files:
        raise SystemExit(f"build.py: no ELF files under {folder} (run build.py bundle first)")
    floor, by_version = glibc_floor(files)
    newest = by_version.get(floor, [])
    print(f"glibc floor of {folder}: {dotted(floor)} ({len(files)} ELF files; needing "
          f"{dotted(floor)}: {', '.join(p.name for p in newest[:8])})")
    if maximum is not None:
        limit = tuple(int(part) for part in maximum.split("."))
        if floor > limit:
            raise SystemExit(f"build.py: the bundle needs glibc {dotted(floor)}, more than "
                             f"{maximum}: {[str(p) for p in newest]}")
    return floor


# --- checksums ------------------------------------------------------------------------------

def sha256sums(folder: Path) -> Path:
    """folder/SHA256SUMS in `sha256sum --check` format, one line per file (sorted)."""
    lines = []
    for path in sorted(p for p in folder.iterdir() if p.is_file() and p.name != "SHA256SUMS"):
        digest = hashlib.sha256()
        with path.open("rb") as f:
            for block in iter(lambda: f.read(1 << 20), b""):
                digest.update(block)
        lines.append(f"{digest.hexdigest()}  {path.name}\n")
    out = folder / "SHA256SUMS"
    out.write_text("".join(lines), encoding="utf-8", newline="\n")
    print(out.read_text(encoding="utf-8"), end="")
    return out


# --- command line ---------------------------------------------------------------------------

def make_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="build.py", description=__doc__.split("\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("bundle", help="the PyInstaller bundle (Linux: and its .tar.gz)")
    p.add_argument("--installer", action="store_true",
                   help="also the installer: Windows setup.exe (Inno Setup), macOS .dmg")
    p = sub.add_parser("smoke", help="--self-test and train --json from the bundle")
    p.add_argument("--installed", action="store_true",
                   help="install from the release file first (temporary HOME on Linux), "
                        "run from the installed copy, uninstall")
    p = sub.add_parser("glibc-floor", help="Linux: the glibc the bundle needs at least")
    p.add_argument("folder", nargs="?", type=Path, default=DIST / NAME)
    p.add_argument("--max", help="fail when the floor is newer than this (e.g. 2.35)")
    p = sub.add_parser("checksums", help="FOLDER/SHA256SUMS")
    p.add_argument("folder", type=Path)
    sub.add_parser("release-files", help="print the release files in dist/")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = make_parser().parse_args(argv)
    for stream in (sys.stdout, sys.stderr):  # a Hangul path on a cp1252 console: no crash
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="backslashreplace")
    if args.command == "bundle":
        bundle(args.installer)
    elif args.command == "smoke":
        smoke(args.installed)
    elif args.command == "glibc-floor":
        report_glibc_floor(args.folder, args.max)
    elif args.command == "checksums":
        sha256sums(args.folder)
    else:
        files = release_files()
        if not files:
            raise SystemExit("build.py: no release files in dist/ (run build.py bundle)")
        print("\n".join(str(p) for p in files))
    return 0


if __name__ == "__main__":
    sys.exit(main())

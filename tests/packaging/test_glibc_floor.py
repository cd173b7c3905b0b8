"""The Linux bundle's glibc floor: the newest GLIBC_x.y symbol version that any of its binaries
needs, read with readelf from the files themselves (packaging/build.py glibc-floor).

Two sources set it. The wheels (torch, PySide6, numpy: their manylinux tags promise a floor,
and their binaries are checked here against it) and the build machine's own files that
PyInstaller copies in (libpython, libstdc++, libz, ...: as new as that machine's glibc). So the
bundle needs max(wheels, build machine): 2.36 when built here on Debian 12, 2.35 on CI's
ubuntu-22.04 runner, never lower than the wheels' 2.34 (PySide6 6.11's manylinux_2_34)."""

from __future__ import annotations

import importlib.util
import os
import shutil
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
BUNDLE = REPO / "dist" / "linreg-gui"
# The floor packaging/README.md states for the wheels, and the runner image that allows it.
WHEELS_FLOOR = (2, 34)
UBUNTU_22_04 = (2, 35)

pytestmark = [
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc: Linux only"),
    pytest.mark.skipif(shutil.which("readelf") is None, reason="readelf (binutils) missing"),
]

READELF_SAMPLE = """\
Version symbols section '.gnu.version' contains 4 entries:
 Addr: 0x0000000000000480  Offset: 0x000480  Link: 5 (.dynsym)
  000:   0 (*local*)       2 (GLIBC_2.2.5)   3 (GLIBC_2.34)

Version definition section '.gnu.version_d' contains 2 entries:
  000000: Rev: 1  Flags: BASE  Index: 1  Cnt: 1  Name: libfoo.so
  0x001c: Rev: 1  Flags: none  Index: 2  Cnt: 1  Name: GLIBC_2.99

Version needs section '.gnu.version_r' contains 2 entries:
 Addr: 0x00000000000004a0  Offset: 0x0004a0  Link: 6 (.dynstr)
  000000: Version: 1  File: libstdc++.so.6  Cnt: 1
  0x0010:   Name: GLIBCXX_3.4.30  Flags: none  Version: 5
  0x0020: Version: 1  File: libc.so.6  Cnt: 4
  0x0030:   Name: GLIBC_2.34  Flags: none  Version: 4
  0x0040:   Name: GLIBC_2.2.5  Flags: none  Version: 3
  0x0050:   Name: GLIBC_PRIVATE  Flags: none  Version: 6
  0x0060:   Name: GLIBC_ABI_DT_RELR  Flags: none  Version: 7
"""


def test_reads_only_the_versions_a_binary_needs(build_py) -> None:
    # Not the versions a library defines (libc itself defines them all), nor GLIBCXX_.
    assert build_py.glibc_versions_needed(READELF_SAMPLE) == {(2, 34), (2, 2, 5)}


def site_packages_dir(package: str) -> Path:
    return Path(importlib.util.find_spec(package).origin).parent


def test_the_wheels_allow_ubuntu_22_04(build_py) -> None:
    """What the pinned wheels need: the lowest floor any bundle of them can have."""
    floors = {}
    for package in ("torch", "PySide6", "shiboken6", "numpy"):
        floors[package], _ = build_py.glibc_floor(build_py.elf_files(site_packages_dir(package)))
    print({name: build_py.dotted(v) for name, v in floors.items()})
    assert max(floors.values()) == WHEELS_FLOOR, floors
    assert floors["PySide6"] == WHEELS_FLOOR  # the one that sets it (manylinux_2_34)
    assert max(floors.values()) <= UBUNTU_22_04


@pytest.fixture(scope="module")
def bundle_floor(build_py):
    if not (BUNDLE / "linreg-gui").is_file():
        if os.environ.get("LINREG_BUNDLE_BUILT"):  # .ci/bundle, right after the build
            pytest.fail(f"no bundle at {BUNDLE}")
        pytest.skip("no bundle built (make bundle); .ci/bundle runs this after building")
    return build_py.glibc_floor(build_py.elf_files(BUNDLE))


def test_the_bundle_needs_no_newer_glibc_than_this_machine(build_py, bundle_floor) -> None:
    floor, _ = bundle_floor
    here = tuple(int(p) for p in os.confstr("CS_GNU_LIBC_VERSION").split()[1].split("."))
    print(f"bundle glibc floor {build_py.dotted(floor)}, this machine {build_py.dotted(here)}")
    assert WHEELS_FLOOR <= floor <= here


def test_only_the_build_machines_files_raise_the_floor(build_py, bundle_floor) -> None:
    """Every bundled file that needs more than the wheels' floor came from the build machine
    (Python and the system libraries next to it), not from a wheel: building on an older
    system lowers the floor down to the wheels' one."""
    _, by_version = bundle_floor
    wheel_names = {p.name for package in ("torch", "PySide6", "shiboken6", "numpy")
                   for p in build_py.elf_files(site_packages_dir(package))}
    wheel_names |= {p.name for p in (site_packages_dir("numpy").parent / "numpy.libs").glob("*")}
    raising = {p.name for version, files in by_version.items() if version > WHEELS_FLOOR
               for p in files}
    print(f"needing more than {build_py.dotted(WHEELS_FLOOR)}: {sorted(raising)}")
    assert not raising & wheel_names

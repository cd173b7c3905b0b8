"""Teacher mode's lock: which controls students may still use, and an optional password kept
only as a salted hash (PBKDF2-HMAC-SHA256), never as the password itself.

A lock travels in session files, so a teacher can hand out an exercise that opens locked.
It keeps honest students on the exercise; it is not security (the file can be edited).

Nothing here knows about Qt.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass

#: The controls a lock can leave free, in the order the dialog lists them.
LOCKABLE = (
    "table",  # the data table (and editing points on the plot)
    "lr",  # learning rate
    "steps",  # steps per run
    "seed",
    "optimizer",  # and its momentum / betas
    "loss",  # and Huber's delta
    "batch",
    "standardize",
    "reset",
    "open",  # Open, recent files and the sample data sets
    "pace",  # the training speed (steps per second)
)
#: PBKDF2 rounds for new locks: ~0.05 s on a classroom laptop, once per lock or unlock.
ITERATIONS = 100_000
#: The most rounds a lock may ask for (~0.5 s per unlock attempt); session files are read
#: with the same bound, so a file cannot make Unlock hang for minutes.
MAX_ITERATIONS = 1_000_000
SALT_BYTES = 16


@dataclass(frozen=True)
class TeacherLock:
    """A lock in force. ``free`` are the LOCKABLE keys students may still use; without a
    password (``password_hash`` None) Unlock needs none."""

    free: tuple[str, ...] = ()
    salt: str | None = None  # hex
    password_hash: str | None = None  # hex PBKDF2-HMAC-SHA256 of the password with the salt
    iterations: int = ITERATIONS

    def __post_init__(self) -> None:
        unknown = [k for k in self.free if k not in LOCKABLE]
        if unknown:
            raise ValueError(f"unknown controls {unknown}; a lock knows {', '.join(LOCKABLE)}")
        if (self.salt is None) != (self.password_hash is None):
            raise ValueError("a password needs both its salt and its hash")
        _check_iterations(self.iterations)

    @property
    def locked(self) -> tuple[str, ...]:
        """The LOCKABLE keys students may not use."""
        return tuple(k for k in LOCKABLE if k not in self.free)

    @property
    def has_password(self) -> bool:
        return self.password_hash is not None

    @classmethod
    def create(cls, free, password: str = "", *, iterations: int = ITERATIONS) -> TeacherLock:
        """A lock leaving ``free`` usable; an empty password means none."""
        free = tuple(k for k in LOCKABLE if k in set(free))
        _check_iterations(iterations)
        if not password:
            return cls(free)
        salt = secrets.token_bytes(SALT_BYTES)
        return cls(free, salt.hex(), _hash(password, salt, iterations).hex(), iterations)

    def check(self, password: str) -> bool:
        """Does ``password`` open this lock? (Always, when it has none.)"""
        if not self.has_password:
            return True
        digest = _hash(password, bytes.fromhex(self.salt), self.iterations)
        return hmac.compare_digest(digest.hex(), self.password_hash)


def _check_iterations(iterations: object) -> None:
    if isinstance(iterations, bool) or not isinstance(iterations, int) or not (
        1 <= iterations <= MAX_ITERATIONS
    ):
        raise ValueError(
            f"a lock's PBKDF2 rounds must be between 1 and {MAX_ITERATIONS}, got {iterations!r}"
        )


def _hash(password: str, salt: bytes, iterations: int) -> bytes:
    return hashlib.pbkdf2_hmac("sha256", password.encode("utf-8"), salt, iterations)

"""The APNG writer: a valid PNG whose first frame any PNG reader shows, with the declared
frame count, size, delay and endless loop; frames after the first store only what changed."""

from __future__ import annotations

import struct
import zlib

import numpy as np
import pytest

from linreg_gui.core.apng import ApngWriter, read_apng_info


def decode_first_frame(data: bytes) -> np.ndarray:
    """The default image (IHDR + IDAT), decoded by hand: filters 0 and 2 only."""
    pos, idat = 8, b""
    while pos < len(data):
        (length,) = struct.unpack(">I", data[pos:pos + 4])
        kind = data[pos + 4:pos + 8]
        if kind == b"IHDR":
            w, h = struct.unpack(">II", data[pos + 8:pos + 16])
        elif kind == b"IDAT":
            idat += data[pos + 8:pos + 8 + length]
        pos += 12 + length
    raw = np.frombuffer(zlib.decompress(idat), np.uint8).reshape(h, 1 + 4 * w)
    rows = np.empty((h, 4 * w), np.uint8)
    for y in range(h):
        kind, line = raw[y, 0], raw[y, 1:]
        assert kind in (0, 2)
        rows[y] = line if kind == 0 or y == 0 else line + rows[y - 1]
    rgba = rows.reshape(h, w, 4)
    assert (rgba[..., 3] == 255).all()  # the image a plain PNG reader shows is opaque
    return rgba[..., :3]


def test_frames_size_delay_and_loop():
    rng = np.random.default_rng(1)
    first = rng.integers(0, 256, size=(30, 40, 3), dtype=np.uint8)
    writer = ApngWriter(40, 30, frames=5, fps=10)
    frame = first.copy()
    for i in range(5):
        writer.add(frame)
        frame = frame.copy()
        frame[5 + i, 7] = (255, 0, 0)  # one pixel changes per frame
    data = writer.finish()
    info = read_apng_info(data)  # checks every CRC too
    assert (info["width"], info["height"], info["frames"], info["loops"]) == (40, 30, 5, 0)
    assert info["fctl"] == 5
    assert info["delays"] == pytest.approx([0.1] * 5)
    assert np.array_equal(decode_first_frame(data), first)
    # Only the changed pixel is stored after the first frame: far smaller than 5 frames.
    assert len(data) < len(zlib.compress(first.tobytes())) * 1.5


def test_wrong_frames_are_refused():
    writer = ApngWriter(4, 3, frames=1, fps=5)
    with pytest.raises(ValueError, match="expected"):
        writer.add(np.zeros((4, 3, 3), np.uint8))
    with pytest.raises(ValueError, match="0 of the 1"):
        writer.finish()
    writer.add(np.zeros((3, 4, 3), np.uint8))
    with pytest.raises(ValueError, match="declared"):
        writer.add(np.zeros((3, 4, 3), np.uint8))
    with pytest.raises(ValueError):
        ApngWriter(0, 3, frames=1, fps=5)


def decode_all_frames(data: bytes) -> list[np.ndarray]:
    """Every frame, composed as a player does: the first opaque, each later one drawn over
    the last (blend "over", alpha 0 or 255), dispose "none"."""
    pos, chunks = 8, []
    while pos < len(data):
        (length,) = struct.unpack(">I", data[pos:pos + 4])
        chunks.append((data[pos + 4:pos + 8], data[pos + 8:pos + 8 + length]))
        pos += 12 + length
    w, h = struct.unpack(">II", chunks[0][1][:8])
    canvas = np.zeros((h, w, 3), np.uint8)
    frames, box, seqs, blend = [], None, [], 0

    def paste(payload: bytes):
        x, y, fw, fh = box
        raw = np.frombuffer(zlib.decompress(payload), np.uint8).reshape(fh, 1 + 4 * fw)
        rows = np.empty((fh, 4 * fw), np.uint8)
        for r in range(fh):
            kind, line = raw[r, 0], raw[r, 1:]
            rows[r] = line if kind == 0 or r == 0 else line + rows[r - 1]
        rgba = rows.reshape(fh, fw, 4)
        alpha = rgba[..., 3]
        assert np.isin(alpha, (0, 255)).all()
        if blend == 0:
            assert (alpha == 255).all()
        region = canvas[y:y + fh, x:x + fw]
        region[alpha == 255] = rgba[alpha == 255][:, :3]
        frames.append(canvas.copy())

    for kind, body in chunks:
        if kind == b"fcTL":
            seq, fw, fh, x, y = struct.unpack(">IIIII", body[:20])
            seqs.append(seq)
            box = (x, y, fw, fh)
            dispose, blend = body[24], body[25]
            assert dispose == 0 and blend == (0 if not frames else 1)  # none; source, then over
        elif kind == b"IDAT":
            paste(body)
        elif kind == b"fdAT":
            seqs.append(struct.unpack(">I", body[:4])[0])
            paste(body[4:])
    assert seqs == list(range(len(seqs)))  # one sequence over fcTL and fdAT
    return frames


def test_every_frame_decodes_to_what_was_added():
    rng = np.random.default_rng(2)
    frames = [rng.integers(0, 256, size=(20, 25, 3), dtype=np.uint8)]
    for i in range(6):
        f = frames[-1].copy()
        if i != 3:  # frame 4 repeats frame 3 exactly
            f[2 + i:9 + i, 3 * i:3 * i + 5] = rng.integers(0, 256, size=(7, 5, 3))
        frames.append(f)
    writer = ApngWriter(25, 20, frames=len(frames), fps=24)
    for f in frames:
        writer.add(f)
    decoded = decode_all_frames(writer.finish())
    assert len(decoded) == len(frames)
    for got, want in zip(decoded, frames, strict=True):
        assert np.array_equal(got, want)

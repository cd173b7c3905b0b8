"""The printed report (File > Export > Report (PDF)…, File > Print report…): after the lesson's
run its PDF text (read with pdftotext, from poppler-utils) holds the numbers the window shows
and the headings in the window's language, on at most two A4 pages, with the bundled
NanumGothic embedded and the plots as vector lines (no raster image)."""

from __future__ import annotations

import os
import subprocess

import pytest
from PySide6.QtPrintSupport import QPrinter

from linreg_gui.gui import i18n
from tests.gui.teaching_helpers import reset, run_and_wait

KO_HEADINGS = ("경사하강법 선형회귀 학습 보고서", "이름:", "날짜:", "1. 데이터", "2. 설정",
               "3. 결과", "4. 판정", "5. 그래프", "학습률", "최소제곱법")
EN_HEADINGS = ("Linear regression by gradient descent: report", "Name:", "Date:", "1. Data",
               "2. Settings", "3. Results", "4. Verdict", "5. Plots", "Learning rate")


def pdf_text(path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True,
                          text=True, check=True, timeout=60).stdout


def pdf_info(path) -> str:
    return subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True,
                          timeout=60).stdout


def lesson_run(qtbot, window):
    reset(qtbot, window)
    run_and_wait(qtbot, window, window.step_action)
    for _ in range(3):
        run_and_wait(qtbot, window, window.train_action)


@pytest.fixture
def korean(window):
    before = i18n.current_language()
    window.set_language("ko")
    yield window
    window.set_language(before)


def test_the_report_holds_the_runs_numbers_in_korean(qtbot, korean, tmp_path):
    window = korean
    lesson_run(qtbot, window)
    shown = [window.readouts.value_text(k) for k in ("w0", "b", "loss")]
    assert shown == ["16.2360", "7.0396", "9.6839"]
    path = tmp_path / "report.pdf"
    window.handouts.export_report(str(path))
    text = pdf_text(path)
    for number in (*shown, "3.1119", "0.9637", "20.0000", "0.001", "301"):
        assert number in text, number
    for heading in KO_HEADINGS:
        assert heading in text, heading
    assert "스텝 301에서 멈췄습니다" in text  # the verdict, in the window's language
    assert "Pages:           2" in pdf_info(path)
    assert "A4" in pdf_info(path)
    fonts = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True,
                           check=True).stdout
    nanum = [line for line in fonts.splitlines() if line.startswith("NanumGothic")]
    assert nanum and all(" yes " in line for line in nanum), fonts  # embedded
    images = subprocess.run(["pdfimages", "-list", str(path)], capture_output=True,
                            text=True, check=True).stdout
    assert len(images.strip().splitlines()) == 2, images  # the header only: all vector


def test_the_report_follows_the_language_and_printing_draws_the_same(qtbot, window,
                                                                       tmp_path):
    before = i18n.current_language()
    window.set_language("en")
    try:
        lesson_run(qtbot, window)
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(tmp_path / "printed.pdf"))
        window.handouts.print_to(printer)
        text = pdf_text(tmp_path / "printed.pdf")
    finally:
        window.set_language(before)
    for heading in EN_HEADINGS:
        assert heading in text, heading
    assert "데이터" not in text
    for number in ("16.2360", "7.0396", "9.6839"):
        assert number in text


def test_a_bad_report_path_is_refused_with_a_message(qtbot, window, tmp_path, monkeypatch):
    target = tmp_path / "a folder.pdf"
    target.mkdir()
    monkeypatch.setattr(window.files, "ask_save_path", lambda *a: str(target))
    window.handouts.report_action.trigger()
    box = window.error_box
    assert "a folder.pdf" in box.text() + box.informativeText()
    box.close()
    assert os.listdir(target) == []

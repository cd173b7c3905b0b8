"""Help > About (version, every bundled component's license in full) and Help > Guided tour
(the lesson's steps, each page framing the part of the window it explains)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt

from linreg_gui import __version__
from linreg_gui.gui import i18n
from linreg_gui.gui.help_dialogs import COMPONENTS, TOUR_PAGES, AboutDialog, license_text

RUN_TIMEOUT = 60_000


@pytest.fixture
def window(qtbot):
    from linreg_gui.gui.main_window import MainWindow

    w = MainWindow()
    qtbot.addWidget(w)
    w.show()
    yield w
    w.close()
    i18n.uninstall()
    QSettings().remove(i18n.SETTINGS_KEY)


@pytest.mark.parametrize("component", COMPONENTS, ids=lambda c: c.license)
def test_every_bundled_license_ships_in_full(component):
    text = license_text(component)
    assert len(text) > 900 and "missing" not in text
    expected = {"BSD-3-Clause": "Redistribution and use in source and binary forms",
                "LGPL-3.0": "GNU LESSER GENERAL PUBLIC LICENSE",
                "MIT": "Permission is hereby granted, free of charge",
                "OFL-1.1": "SIL OPEN FONT LICENSE"}[component.license]
    assert expected in text


def test_about_dialog_lists_the_components_and_shows_each_license(qtbot, window):
    window.about_action.trigger()
    dialog = window.about_dialog
    assert isinstance(dialog, AboutDialog) and dialog.isVisible()
    assert __version__ in dialog.heading.text()
    names = [dialog.list.item(i).text() for i in range(dialog.list.count())]
    assert names[:5] == ["PyTorch", "Qt / Qt for Python (PySide6)", "pyqtgraph", "NumPy",
                         "openpyxl"] and names[5].startswith("NanumGothic")
    dialog.select("Qt")
    assert "LGPL-3.0" in dialog.license_label.text()
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in dialog.text.toPlainText()
    assert dialog.text.verticalScrollBar().maximum() > 0  # long: it scrolls
    dialog.select("NanumGothic")
    assert "OFL-1.1" in dialog.license_label.text()
    dialog.close()


def test_guided_tour_walks_the_lesson_pointing_at_the_window(qtbot, window):
    window.tour_action.trigger()
    tour = window.tour_dialog
    assert tour.isVisible() and not tour.isModal()
    assert [p.key for p in TOUR_PAGES] == ["data", "model", "prediction", "loss", "gradients",
                                            "step", "loop", "result"]
    seen = []
    for index in range(len(TOUR_PAGES)):
        assert tour.page == index
        seen.append(tour.title.text())
        assert tour.spotlight.isVisible()
        targets = TOUR_PAGES[index].targets(window)
        rect = tour.spotlight.target_rect()
        for target in targets:
            top_left = target.mapTo(window, target.rect().topLeft())
            assert rect.contains(top_left), (TOUR_PAGES[index].key, target)
        qtbot.mouseClick(tour.next_button, Qt.MouseButton.LeftButton)
    assert "ŷ = Wx + b" in seen[1] and "MSE" in seen[3] and "loss.backward()" in seen[4]
    assert not tour.isVisible() and not tour.spotlight.isVisible()  # Finish closed it


def test_guided_tour_follows_the_language(qtbot, window):
    window.show_tour()
    tour = window.tour_dialog
    tour.show_page(4)
    english = tour.body.text()
    i18n.set_language("ko")
    qtbot.waitUntil(lambda: tour.title.text() == "5. 기울기: loss.backward()")
    assert tour.body.text() != english and "weight.grad" in tour.body.text()
    assert tour.counter.text() == "8쪽 중 5쪽"
    i18n.set_language("en")
    qtbot.waitUntil(lambda: tour.body.text() == english)
    tour.close()

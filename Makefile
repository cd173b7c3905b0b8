# One command each, on a fresh machine:  make run  (set up, launch)   make test  (set up, test)
PYTHON ?= python3
VENV   ?= .venv
PY     := $(VENV)/bin/python
PIP    := $(PY) -m pip
# Debian packages Qt needs to open a window (xcb) and to render Korean; tests run offscreen
# (poppler-utils: the report tests read the PDF with pdftotext).
DEB_PACKAGES := libegl1 libgl1 libfontconfig1 libxkbcommon0 libdbus-1-3 libxcb-cursor0 \
	libxcb-icccm4 libxcb-keysyms1 libxkbcommon-x11-0 libxcb-shape0 libxcb-randr0 \
	libxcb-render-util0 libxcb-image0 libxcb-xinerama0 xvfb fonts-noto-cjk \
	fonts-dejavu-core poppler-utils

.PHONY: run test setup system-deps lint benchmark clean bundle install-user uninstall-user i18n i18n-update i18n-compile

$(VENV)/.installed: pyproject.toml constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(PIP) install --quiet --upgrade pip
	$(PIP) install --quiet -c constraints.txt -e '.[test]'
	touch $@

setup: $(VENV)/.installed

# Installs the Debian libraries when they are missing and we are allowed to (root).
system-deps:
	@missing=$$(for p in $(DEB_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || echo $$p; done); \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ]; then \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing; \
	  else echo "missing Debian packages (install them as root): $$missing"; fi; \
	fi

run: system-deps setup
	$(PY) -m linreg_gui

test: system-deps setup
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest
	$(VENV)/bin/lint-imports

benchmark: setup
	$(PY) benchmarks/bench_engine.py

# The classroom bundle (packaging/README.md): dist/linreg-gui/ and dist/linreg-gui-VERSION-linux-ARCH.tar.gz.
# packaging/build.py is the one build script (CI's workflows call it too); it installs the pinned
# PyInstaller into .venv (make test never does). binutils gives strip and readelf.
bundle: system-deps setup
	@$(MAKE) --no-print-directory system-deps DEB_PACKAGES=binutils
	$(PY) packaging/build.py bundle

# Per-user install of the bundle (no root): menu entry, icons, ~/.local/bin/linreg-gui.
install-user:
	@test -x dist/linreg-gui/linreg-gui || $(MAKE) --no-print-directory bundle
	sh packaging/install.sh dist/linreg-gui

uninstall-user:
	sh packaging/install.sh --uninstall

# Translations (README: "Languages"): i18n-update extracts every tr()/translate() string of
# linreg_gui/**/*.py into the .ts sources (new ones unfinished in Korean, filled from the source
# in English); i18n-compile turns them into the .qm files the app loads (committed too).
TS_FILES := resources/i18n/linreg_gui_ko.ts resources/i18n/linreg_gui_en.ts
PY_SOURCES = $(shell find linreg_gui -name '*.py' | sort)

i18n: i18n-update i18n-compile

i18n-update: setup
	$(VENV)/bin/pyside6-lupdate -locations none -no-obsolete -source-language en -target-language ko_KR \
		$(PY_SOURCES) -ts resources/i18n/linreg_gui_ko.ts
	$(VENV)/bin/pyside6-lupdate -locations none -no-obsolete -source-language en -target-language en \
		$(PY_SOURCES) -ts resources/i18n/linreg_gui_en.ts
	$(PY) tools/i18n_source_language.py resources/i18n/linreg_gui_en.ts

i18n-compile: setup
	for ts in $(TS_FILES); do $(VENV)/bin/pyside6-lrelease -silent -removeidentical $$ts -qm $${ts%.ts}.qm || exit 1; done

clean:
	rm -rf $(VENV) build dist *.egg-info

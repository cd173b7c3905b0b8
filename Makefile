# One command each, on a fresh machine:  make run  (set up, launch)   make test  (set up, test)
PYTHON ?= python3
VENV   ?= .venv
PY     := $(VENV)/bin/python
PIP    := $(PY) -m pip
# Debian packages Qt needs to open a window (xcb) and to render Korean; tests run offscreen.
DEB_PACKAGES := libegl1 libgl1 libfontconfig1 libxkbcommon0 libdbus-1-3 libxcb-cursor0 \
	libxcb-icccm4 libxcb-keysyms1 libxkbcommon-x11-0 libxcb-shape0 libxcb-randr0 \
	libxcb-render-util0 libxcb-image0 libxcb-xinerama0 xvfb fonts-noto-cjk

.PHONY: run test setup system-deps lint benchmark clean

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

clean:
	rm -rf $(VENV) build dist *.egg-info

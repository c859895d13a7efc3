# masterplan_plugin — the single entry point: setup, lint, test, demo, package, deploy, bench.
# `make demo` and `make test` install what they need first (through `setup`).

SHELL := /bin/bash
PLUGIN := masterplan_plugin
VERSION := $(shell sed -n 's/^version=//p' metadata.txt)
VENV := .venv
PY := $(VENV)/bin/python
BUILD := build
DIST := dist
PKG_DIR := $(BUILD)/package/$(PLUGIN)
APT_PACKAGES := qgis python3-qgis qgis-providers xvfb xauth poppler-utils pyqt5-dev-tools qttools5-dev-tools python3-venv
LANGS := fr en de
PROFILE ?= $(HOME)/.local/share/QGIS/QGIS3/profiles/default

# Debian's pyproj in a venv cannot find PROJ data; tests without a display run offscreen.
export PROJ_DATA := /usr/share/proj
export PYTHONDONTWRITEBYTECODE := 1
# pytest-qgis and headless QGIS need a platform without a display; the desktop test starts its own Xvfb.
export QT_QPA_PLATFORM ?= offscreen

.PHONY: setup system-packages lint test test-unit test-qgis test-desktop test-qgis340 demo package deploy \
        resources translations transup transcompile templates bench stress clean

setup: system-packages $(VENV)/.installed

system-packages:
	@missing=""; for p in $(APT_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  echo "Installing Debian packages:$$missing"; \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -q && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -q --no-install-recommends $$missing; \
	fi

# The venv sees Debian's QGIS, numpy and GDAL; shapely 2.1 wheels keep numpy 1.24 (see test/requirements.txt).
$(VENV)/.installed: test/requirements.txt
	test -x $(PY) || /usr/bin/python3 -m venv --system-site-packages $(VENV)
	$(PY) -m pip install -q --disable-pip-version-check -r test/requirements.txt
	touch $@

lint: setup
	$(PY) -m ruff check $(PLUGIN) test tools

resources: $(PLUGIN)/resources_rc.py
$(PLUGIN)/resources_rc.py: resources.qrc $(wildcard $(PLUGIN)/resources/icons/*.svg)
	pyrcc5 -o $@ resources.qrc

# Translations: .ts are sources (committed), .qm are built.
# The .pro is generated so that every source and form is always scanned.
transup: setup
	mkdir -p $(BUILD)
	# pylupdate5 resolves paths relative to the .pro file, hence absolute paths.
	$(PY) i18n/collect_error_messages.py
	{ echo "SOURCES = $$(find $(CURDIR)/$(PLUGIN) -name '*.py' ! -name resources_rc.py | sort | tr '\n' ' ') $(CURDIR)/i18n/error_messages.py"; \
	  echo "FORMS = $$(find $(CURDIR)/$(PLUGIN) -name '*.ui' | sort | tr '\n' ' ')"; \
	  echo "TRANSLATIONS = $(foreach l,$(LANGS),$(CURDIR)/i18n/$(PLUGIN)_$(l).ts)"; } > $(BUILD)/$(PLUGIN).pro
	pylupdate5 -noobsolete $(BUILD)/$(PLUGIN).pro

# The atlas .qpt templates are drawn by a development tool outside the plugin (not shipped); after changing
# the design, regenerate them in a headless QGIS and commit them (test_atlas_templates checks they match).
templates: setup
	PYTHONPATH=. $(PY) -m tools.atlas_template_designer $(PLUGIN)/resources/templates

transcompile translations: $(foreach l,$(LANGS),i18n/$(PLUGIN)_$(l).qm)
i18n/%.qm: i18n/%.ts
	lrelease -silent $< -qm $@

test: setup resources translations package
	$(PY) -m pytest test -ra

test-unit: setup
	$(PY) -m pytest test/unit -p no:qgis -ra

test-qgis: setup resources translations
	$(PY) -m pytest test/qgis -ra

test-desktop: setup package
	$(PY) -m pytest test/desktop -ra

# The same suite against QGIS 3.40 (Debian trixie) in a chroot, build/trixie-root, made once by debootstrap
# (reused while build/trixie-root.stamp matches) and run with trixie's Python, numpy 2 and shapely 2.1.
test-qgis340: setup resources translations package
	$(MAKE) --no-print-directory system-packages APT_PACKAGES=debootstrap
	test/qgis340/run.sh all

demo: setup
	$(PY) -m $(PLUGIN) demo $(BUILD)/demo
	$(PY) -m $(PLUGIN) atlas $(BUILD)/demo/demo_plan.gpkg --output $(BUILD)/demo/atlas
	@echo "Demo atlas: $(CURDIR)/$(BUILD)/demo/atlas/demo_plan_atlas.pdf (one PDF per municipality beside it)"

package: setup resources translations
	rm -rf $(BUILD)/package && mkdir -p $(PKG_DIR) $(DIST)
	cp -r $(PLUGIN)/. $(PKG_DIR)/
	find $(PKG_DIR) \( -name __pycache__ -o -name '*.pyc' -o -name '.pytest_cache' \) -prune -exec rm -rf {} +
	cp metadata.txt LICENSE $(PKG_DIR)/
	mkdir -p $(PKG_DIR)/i18n && cp i18n/*.qm $(PKG_DIR)/i18n/
	rm -f $(DIST)/$(PLUGIN)-$(VERSION).zip
	cd $(BUILD)/package && $(CURDIR)/$(PY) -m zipfile -c $(CURDIR)/$(DIST)/$(PLUGIN)-$(VERSION).zip $(PLUGIN)
	@echo "Built $(DIST)/$(PLUGIN)-$(VERSION).zip"

deploy: package
	mkdir -p $(PROFILE)/python/plugins
	rm -rf $(PROFILE)/python/plugins/$(PLUGIN)
	$(PY) -m zipfile -e $(DIST)/$(PLUGIN)-$(VERSION).zip $(PROFILE)/python/plugins
	@echo "Deployed to $(PROFILE)/python/plugins/$(PLUGIN)"

bench: setup
	$(PY) -m test.bench.run_benchmarks

# Checks sharing a context on two threads for 3,000 rounds, then 2,000 in-process validations under CPU
# load in batches of child processes: none may crash (build/bench/stress.json).
stress: setup
	MASTERPLAN_STRESS_ROUNDS=3000 $(PY) -m pytest test/unit/checks/test_thread_safety.py -p no:qgis -q
	$(PY) -m test.bench.stress_validation --validations 2000

clean:
	rm -rf $(BUILD) $(DIST) $(PLUGIN)/resources_rc.py i18n/*.qm .pytest_cache
	find . -name __pycache__ -prune -exec rm -rf {} +

#!/usr/bin/env bash
# Ensures the Debian packages that some test suites drive are present (run first by `npm test`):
#   chromium          test/browser (the task pane in headless Chromium)
#   fonts-noto-cjk    Chinese text in the browser screenshots and the LibreOffice renders
#   libreoffice-calc  test/xlsx, test/cli (formulas recalculated by an independent engine)
#   poppler-utils     test/xlsx (pdftoppm: report pages as PNG)
#
# `bash scripts/ensure-system-deps.sh --list` prints what it finds and changes nothing.
# Present (found the way the tests find them) → prints nothing, exit 0.
# Missing, running as root with apt-get → apt-get update + install of the missing ones, then checks again.
# Missing otherwise → prints the exact command to run and exits 1 at once (nothing is skipped).
# CS_SKIP_BROWSER=1 / CS_SKIP_LIBREOFFICE=1 (the suites' deliberate skips) drop their packages
# from the check and say so, so a skip is never silent.
#
# Only bash built-ins plus `id`, `apt-get`, `dpkg-query` and `fc-list` from PATH are used, so the
# test (test/setup/ensureSystemDeps.test.ts) runs it with a fake PATH.
set -u

have() { command -v "$1" >/dev/null 2>&1; }

dpkg_installed() {
  have dpkg-query && [ "$(dpkg-query -W -f='${Status}' "$1" 2>/dev/null)" = "install ok installed" ]
}

# present <package>: 0 when the package (or what the tests use of it) is there.
present() {
  case "$1" in
    chromium) { [ -n "${CHROMIUM_PATH:-}" ] && [ -x "${CHROMIUM_PATH}" ]; } || have chromium ;;
    libreoffice-calc) { [ -n "${SOFFICE:-}" ] && [ -x "${SOFFICE}" ]; } || have soffice || have libreoffice ;;
    poppler-utils) have pdftoppm && have pdftotext ;;
    fonts-noto-cjk)
      dpkg_installed fonts-noto-cjk && return 0
      have fc-list && case "$(fc-list ':lang=zh' family 2>/dev/null)" in *"Noto Sans CJK"* | *"Noto Serif CJK"*) return 0 ;; esac
      return 1 ;;
    *) return 1 ;;
  esac
}

wanted=()
if [ "${CS_SKIP_BROWSER:-}" = "1" ]; then
  echo "ensure-system-deps: CS_SKIP_BROWSER=1 — the browser suite will be SKIPPED (chromium not checked)" >&2
else
  wanted+=(chromium)
fi
wanted+=(fonts-noto-cjk)
if [ "${CS_SKIP_LIBREOFFICE:-}" = "1" ]; then
  echo "ensure-system-deps: CS_SKIP_LIBREOFFICE=1 — the LibreOffice suites will be SKIPPED (libreoffice-calc, poppler-utils not checked)" >&2
else
  wanted+=(libreoffice-calc poppler-utils)
fi

missing_packages() {
  local p out=()
  for p in "${wanted[@]}"; do present "$p" || out+=("$p"); done
  echo "${out[*]:-}"
}

if [ "${1:-}" = "--list" ]; then # what the check sees, one "package present|missing" a line
  for p in "${wanted[@]}"; do if present "$p"; then echo "$p present"; else echo "$p missing"; fi; done
  exit 0
fi

missing="$(missing_packages)"
[ -z "$missing" ] && exit 0

command_line="apt-get update && apt-get install -y --no-install-recommends $missing"
uid="$(id -u 2>/dev/null || echo unknown)"
if [ "$uid" != "0" ]; then
  {
    echo "ensure-system-deps: the tests need Debian packages that are missing: $missing"
    echo "Install them, then run npm test again:"
    echo "  sudo sh -c '$command_line'"
  } >&2
  exit 1
fi
if ! have apt-get; then
  echo "ensure-system-deps: missing $missing and there is no apt-get here; install those packages (Debian names) and run npm test again" >&2
  exit 1
fi

echo "ensure-system-deps: installing $missing (apt-get, as root)" >&2
export DEBIAN_FRONTEND=noninteractive
# shellcheck disable=SC2086 # one word per package
if ! { apt-get update -q >/dev/null && apt-get install -y -q --no-install-recommends $missing >/dev/null; }; then
  echo "ensure-system-deps: apt-get failed; run it by hand to see why: $command_line" >&2
  exit 1
fi
still="$(missing_packages)"
if [ -n "$still" ]; then
  echo "ensure-system-deps: apt-get finished but these are still not usable: $still" >&2
  exit 1
fi
echo "ensure-system-deps: installed $missing" >&2
exit 0

#!/usr/bin/env bash
# Debian packages the tests need: a real browser (chromium) for the UI tests, real feed readers for the RSS output
# (python3-feedparser, read by Debian's /usr/bin/python3; xmllint from libxml2-utils), and util-linux's script(1) for the
# pseudo-terminal test of `wbw review`. Skipped quietly when everything is already there.
set -euo pipefail
need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v xmllint >/dev/null 2>&1 || need+=(libxml2-utils)
/usr/bin/python3 -c 'import feedparser' >/dev/null 2>&1 || need+=(python3-feedparser)
command -v script >/dev/null 2>&1 || need+=(util-linux)
if [ ${#need[@]} -gt 0 ]; then
  echo "installing Debian packages: ${need[*]}" >&2
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

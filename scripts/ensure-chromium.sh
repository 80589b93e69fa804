#!/usr/bin/env bash
# Make sure a headless Chromium is installed for the Neo4j Browser test (tests/integration/test_browser.py).
# Debian's `chromium` package is used; nothing downloads a browser build of its own. Idempotent and quick
# when Chromium is already there. NEWSGRAPH_CHROMIUM names another binary to use instead.
set -euo pipefail

chromium=${NEWSGRAPH_CHROMIUM:-}
if [ -z "$chromium" ]; then
  chromium=$(command -v chromium || command -v chromium-browser || true)
fi
if [ -n "$chromium" ] && "$chromium" --version > /dev/null 2>&1; then
  exit 0
fi

if ! command -v apt-get > /dev/null 2>&1; then
  echo "Chromium is needed for the Neo4j Browser test; install it (e.g. 'chromium') or set NEWSGRAPH_CHROMIUM." >&2
  exit 1
fi
if [ "$(id -u)" -eq 0 ]; then
  SUDO=()
elif command -v sudo > /dev/null 2>&1 && sudo -n true 2> /dev/null; then
  SUDO=(sudo -n)
else
  echo "Chromium is needed for the Neo4j Browser test: run 'sudo apt-get install chromium' once." >&2
  exit 1
fi

echo "Installing Debian's chromium for the Neo4j Browser test (once)..."
export DEBIAN_FRONTEND=noninteractive
# A fresh machine may have no package lists yet; refresh them only when the package is unknown.
if ! apt-cache show chromium > /dev/null 2>&1; then
  "${SUDO[@]}" apt-get update -qq
fi
if ! "${SUDO[@]}" apt-get install -y -qq --no-install-recommends chromium fonts-dejavu-core > /dev/null; then
  "${SUDO[@]}" apt-get update -qq  # stale lists point at versions the mirror no longer has
  "${SUDO[@]}" apt-get install -y -qq --no-install-recommends chromium fonts-dejavu-core > /dev/null
fi
chromium --version

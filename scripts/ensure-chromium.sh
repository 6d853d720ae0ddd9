#!/usr/bin/env bash
# The browser tests drive Debian's chromium (test/site/browser.ts; EHC_CHROMIUM names another).
# Installs it when it is missing and this user may: `npm test` runs this first, so a fresh
# machine needs no step of its own. Where it cannot install, it says so; the browser tests then
# fail, as they must, rather than skip.
set -u
browser=${EHC_CHROMIUM:-/usr/bin/chromium}
[ -x "$browser" ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "installing Debian's chromium for the browser tests"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium >/dev/null
  [ -x "$browser" ] && exit 0
fi
echo "no browser at $browser: install Debian's chromium (apt-get install chromium) or set EHC_CHROMIUM; the browser tests will fail" >&2
exit 0

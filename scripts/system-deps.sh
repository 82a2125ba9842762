#!/usr/bin/env bash
# Installs, from Debian, what the tests run besides Node: Chromium for Playwright (which
# cannot download its own browser here) and the toolchains that execute the code samples.
# Only what is missing is installed; apt-get update runs once, and only if needed.
set -euo pipefail

missing=()
need() { # need COMMAND-CHECK PACKAGE...
  if ! eval "$1" >/dev/null 2>&1; then shift; missing+=("$@"); fi
}

need 'test -x /usr/bin/chromium' chromium
need 'command -v curl' curl
need 'python3 -c "import requests" || /usr/bin/python3 -c "import requests"' python3 python3-requests
need 'command -v go' golang-go
need 'command -v php && php -r "exit(function_exists(\"curl_init\") ? 0 : 1);"' php-cli php-curl
need 'command -v ruby' ruby
need 'command -v javac' openjdk-17-jdk-headless
# Rust from Debian (not rustup): the crates come from Debian's registry directory, offline.
need 'test -x /usr/bin/cargo && test -x /usr/bin/rustc' rustc cargo
need 'compgen -G "/usr/share/cargo/registry/reqwest-0.11.*"' librust-reqwest-dev
need 'compgen -G "/usr/share/cargo/registry/serde_json-1.*"' librust-serde-json-dev

if [ "$(id -u)" -ne 0 ]; then SUDO=sudo; else SUDO=; fi

# apt-get, waiting up to 10 minutes while another apt-get or dpkg (a fresh machine's own
# updates, say) holds its lock, instead of failing at once. apt's DPkg::Lock::Timeout covers
# only dpkg's lock, not the package lists' one that `apt-get update` takes, hence the loop.
apt_get() {
  local deadline=$((SECONDS + 600)) said=0 errors
  while true; do
    if errors=$(DEBIAN_FRONTEND=noninteractive $SUDO apt-get -o DPkg::Lock::Timeout=600 "$@" 2>&1 >/dev/null); then return 0; fi
    if ! grep -q 'Could not get lock\|Unable to acquire the dpkg frontend lock' <<<"$errors" || [ $SECONDS -ge $deadline ]; then
      echo "$errors" >&2
      return 1
    fi
    if [ $said = 0 ]; then echo "Waiting for another package manager to release its lock (up to 10 minutes): $(head -n 1 <<<"$errors")"; said=1; fi
    sleep 5
  done
}

if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing from Debian: ${missing[*]}"
  apt_get update -qq
  apt_get install -y -qq --no-install-recommends "${missing[@]}"
fi

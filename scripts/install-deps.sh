#!/usr/bin/env bash
# Installs the system packages the build, tests and demo need, when they are missing.
# Runs `apt-get update` first, and only when something is missing.
set -euo pipefail

packages=(libpq-dev libssl-dev zlib1g-dev libxml2-dev postgresql postgresql-client pkg-config chromium chromium-driver)
missing=()
for package in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
    if [ "$(id -u)" != 0 ]; then
        echo "install-deps: missing packages: ${missing[*]}; install them with: sudo apt-get install ${missing[*]}" >&2
        exit 1
    fi
    echo "install-deps: installing ${missing[*]}"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi

# The Python test tools (oracles, Selenium, the SMTP server): one environment from one file.
"$(dirname "$0")/python-env.sh" ensure

#!/usr/bin/env bash
# Installs the system packages the build, tests and demo need, when they are missing.
# Runs `apt-get update` first, and only when something is missing.
set -euo pipefail

packages=(libpq-dev zlib1g-dev libxml2-dev postgresql postgresql-client pkg-config chromium chromium-driver)
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

# The Python reference implementation the sampler's tickets are tested against.
if ! python3 -c "import consistent_sampler" 2>/dev/null; then
    echo "install-deps: installing the Python package consistent-sampler 1.0.10"
    python3 -m pip install --quiet --disable-pip-version-check consistent-sampler==1.0.10
fi

# The browser tests drive Debian's chromium through chromedriver with Selenium.
if ! python3 -c "import selenium" 2>/dev/null; then
    echo "install-deps: installing the Python package selenium 4.27.1"
    python3 -m pip install --quiet --disable-pip-version-check selenium==4.27.1
fi

# The mailer's tests, bench and chaos run deliver to a real SMTP server: aiosmtpd.
if ! python3 -c "import aiosmtpd" 2>/dev/null; then
    echo "install-deps: installing the Python package aiosmtpd 1.4.6"
    python3 -m pip install --quiet --disable-pip-version-check aiosmtpd==1.4.6
fi

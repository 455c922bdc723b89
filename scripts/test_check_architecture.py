#!/usr/bin/env python3
"""Self-test of scripts/check_architecture.py (Python 3 standard library only).

Takes the real manifest (`swift package dump-package`, or --package-json FILE) and a temporary copy
of the real Modules/, Plugins/ and Apps/ sources, and shows that the checker

    - passes on the real tree with whatever the check forbids taken out of the copies (so it
      flags nothing else in the real manifest and sources, and counts the layers right);
    - fails on a plugin depending on another plugin (Reporting -> CarerEngagement, byName and
      target entries), a kernel module depending on a plugin, and a plugin depending on an app;
    - fails on `import OtherPlugin` (plain, @testable, public, internal) in a plugin's file and on
      `import SomePlugin` in a kernel module's file, naming the file and the module;
    - ignores an import of the plugin's own module, of a product, and "import X" in comments and
      multi-line strings;
    - fails when the README's architecture section leaves out a kernel module (--readme).

Run: python3 scripts/test_check_architecture.py [--package-json FILE]
"""

from __future__ import annotations

import copy
import json
import shutil
import subprocess
import sys
import tempfile
import unittest
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
CHECKER = HERE / "check_architecture.py"
sys.path.insert(0, str(HERE))

import check_architecture as arch  # noqa: E402  (after the path is set)

REAL_PACKAGE: dict = {}


def target(package: dict, name: str) -> dict:
    for entry in package["targets"]:
        if entry["name"] == name:
            return entry
    raise AssertionError(f"no target {name} in the manifest")


def clean_package(package: dict) -> dict:
    """The real manifest without the dependencies the check forbids."""
    clean = copy.deepcopy(package)
    targets = {t.name: t for t in arch.load_targets(clean)}
    for entry in clean["targets"]:
        layer = targets[entry["name"]].layer if entry["name"] in targets else None
        if layer not in arch.FORBIDDEN:
            continue
        kept = []
        for dependency in entry.get("dependencies", []):
            names = [dependency[kind][0] for kind in ("byName", "target") if isinstance(dependency, dict) and dependency.get(kind)]
            if any(n in targets and targets[n].layer in arch.FORBIDDEN[layer] and n != entry["name"] for n in names):
                continue
            kept.append(dependency)
        entry["dependencies"] = kept
    return clean


def first_swift_file(directory: Path) -> Path:
    files = sorted(directory.rglob("*.swift"))
    assert files, f"no .swift file under {directory}"
    return files[0]


class CheckArchitectureTests(unittest.TestCase):
    def setUp(self):
        self.scratch = Path(tempfile.mkdtemp(prefix="test-check-architecture-"))
        self.root = self.scratch / "tree"
        self.root.mkdir()
        for folder in ("Modules", "Plugins", "Apps"):
            if (ROOT / folder).is_dir():
                shutil.copytree(ROOT / folder, self.root / folder,
                                ignore=shutil.ignore_patterns(".build", ".swiftpm", "*.o"))
        self.package = clean_package(REAL_PACKAGE)
        self.targets = {t.name: t for t in arch.load_targets(self.package)}
        self.plugins = sorted(n for n, t in self.targets.items() if t.layer == arch.PLUGIN)
        self.remove_forbidden_imports()

    def tearDown(self):
        shutil.rmtree(self.scratch, ignore_errors=True)

    def remove_forbidden_imports(self):
        """Comments out, in the copy only, the imports the check would flag in the real sources."""
        for line in arch.import_violations(self.root, list(self.targets.values())):
            location = line.split(": ", 2)[1]  # "architecture: <file>:<line>: ..."
            file, number = location.rsplit(":", 1)
            path = self.root / file
            lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
            lines[int(number) - 1] = "// (removed for the test) " + lines[int(number) - 1]
            path.write_text("".join(lines), encoding="utf-8")

    def run_checker(self, package: dict, *extra: str) -> subprocess.CompletedProcess:
        package_json = self.scratch / "package.json"
        package_json.write_text(json.dumps(package), encoding="utf-8")
        return subprocess.run(
            [sys.executable, str(CHECKER), "--package-json", str(package_json), "--root", str(self.root), *extra],
            capture_output=True, text=True, timeout=120,
        )

    def assert_violation(self, result, *words):
        self.assertEqual(result.returncode, 1, result.stdout + result.stderr)
        lines = [line for line in result.stdout.splitlines() if all(word in line for word in words)]
        self.assertTrue(lines, f"no line naming {words} in:\n{result.stdout}")
        return lines

    def write(self, relative: str, text: str) -> Path:
        path = self.root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        return path

    # ---- the real tree ----------------------------------------------------------------------

    def test_real_tree_passes(self):
        self.assertGreaterEqual(len(self.plugins), 2, "the test needs two plugins")
        result = self.run_checker(self.package)
        self.assertEqual(result.returncode, 0, result.stdout + result.stderr)
        count = {layer: sum(1 for t in self.targets.values() if t.layer == layer)
                 for layer in (arch.KERNEL, arch.PLUGIN, arch.APP)}
        self.assertIn(
            f"architecture: {count[arch.KERNEL]} kernel modules, {count[arch.PLUGIN]} plugins, "
            f"{count[arch.APP]} apps: arrows point down", result.stdout)
        self.assertGreater(count[arch.KERNEL], 0)
        self.assertGreater(count[arch.APP], 0)

    # ---- manifest -----------------------------------------------------------------------------

    def test_plugin_on_plugin_by_name_fails(self):
        package = copy.deepcopy(self.package)
        target(package, "Reporting")["dependencies"].append({"byName": ["CarerEngagement", None]})
        lines = self.assert_violation(self.run_checker(package), "Reporting", "CarerEngagement")
        self.assertIn(
            "architecture: plugin Reporting (Plugins/Reporting) depends on plugin CarerEngagement; "
            "move what both need into a kernel module under Modules/", lines)

    def test_plugin_on_plugin_target_entry_fails(self):
        package = copy.deepcopy(self.package)
        target(package, "Reporting")["dependencies"].append({"target": ["CarerEngagement", None]})
        self.assert_violation(self.run_checker(package), "plugin Reporting", "plugin CarerEngagement")

    def test_kernel_module_on_plugin_fails(self):
        package = copy.deepcopy(self.package)
        target(package, "Domain")["dependencies"].append({"byName": ["Reporting", None]})
        self.assert_violation(self.run_checker(package), "kernel module Domain (Modules/Domain)", "plugin Reporting")

    def test_kernel_module_on_app_and_plugin_on_app_fail(self):
        package = copy.deepcopy(self.package)
        target(package, "Tabular")["dependencies"].append({"byName": ["ilacs-admin", None]})
        target(package, "AnnexA")["dependencies"].append({"byName": ["ilacs-sampler", None]})
        result = self.run_checker(package)
        self.assert_violation(result, "kernel module Tabular", "app ilacs-admin")
        self.assert_violation(result, "plugin AnnexA", "app ilacs-sampler")

    def test_products_apps_and_tests_are_free(self):
        package = copy.deepcopy(self.package)
        # A product of another package with a plugin's name is not our plugin.
        target(package, "Reporting")["dependencies"].append({"product": ["CarerEngagement", "elsewhere", None, None]})
        # Apps, benchmarks and tests may use any plugin.
        for name in ("ilacs-admin", "ilacs-bench", "ReportingTests"):
            target(package, name)["dependencies"].append({"byName": ["CarerEngagement", None]})
        result = self.run_checker(package)
        self.assertEqual(result.returncode, 0, result.stdout)

    # ---- sources ------------------------------------------------------------------------------

    def test_import_of_another_plugin_fails(self):
        for spelling in ("import CarerEngagement", "@testable import CarerEngagement",
                         "public import CarerEngagement", "internal import CarerEngagement",
                         "@preconcurrency import struct CarerEngagement.Carer"):
            with self.subTest(spelling=spelling):
                path = first_swift_file(self.root / "Plugins/Reporting")
                original = path.read_text(encoding="utf-8")
                path.write_text(f"{spelling}\n{original}", encoding="utf-8")
                try:
                    relative = path.relative_to(self.root)
                    lines = self.assert_violation(self.run_checker(self.package), f"{relative}:1:", "CarerEngagement")
                    self.assertIn("plugin Reporting imports plugin CarerEngagement", lines[0])
                finally:
                    path.write_text(original, encoding="utf-8")

    def test_import_of_another_plugin_in_a_new_file_fails(self):
        self.write("Plugins/Reporting/Sub/Extra.swift", "import Foundation\nimport AnnexA\n")
        self.assert_violation(self.run_checker(self.package),
                              "Plugins/Reporting/Sub/Extra.swift:2:", "plugin Reporting imports plugin AnnexA")

    def test_kernel_module_importing_a_plugin_fails(self):
        self.write("Modules/Domain/Leak.swift", "// a kernel module reaching up\n@testable import EvidenceSampling\n")
        self.assert_violation(self.run_checker(self.package),
                              "Modules/Domain/Leak.swift:2:", "kernel module Domain imports plugin EvidenceSampling")

    def test_own_module_comments_and_strings_are_ignored(self):
        self.write("Plugins/Reporting/Quiet.swift", "\n".join([
            "import Reporting  // its own module",
            "import Crypto",
            "// import CarerEngagement",
            "/* import AnnexA",
            "   import EvidenceSampling */",
            'let template = """',
            "import CarerEngagement",
            '"""',
            'let s = "import AnnexA"',
        ]) + "\n")
        result = self.run_checker(self.package)
        self.assertEqual(result.returncode, 0, result.stdout)

    # ---- README -------------------------------------------------------------------------------

    def test_readme_missing_a_kernel_module_fails(self):
        kernel = sorted(n for n, t in self.targets.items() if t.layer == arch.KERNEL)
        readme = self.write("README.md", "# X\n\n## Architecture in a paragraph\n\n"
                            + ", ".join(f"`{n}`" for n in kernel[1:]) + ".\n\n## Other\n\n`" + kernel[0] + "`\n")
        result = self.run_checker(self.package, "--readme", str(readme))
        self.assert_violation(result, "does not name kernel module", kernel[0])

        readme.write_text("## Architecture\n\n" + " ".join(f"Modules/{n}" for n in kernel) + "\n", encoding="utf-8")
        result = self.run_checker(self.package, "--readme", str(readme))
        self.assertEqual(result.returncode, 0, result.stdout)

    def test_readme_without_architecture_section_fails(self):
        readme = self.write("README.md", "# Nothing about the layout\n")
        self.assert_violation(self.run_checker(self.package, "--readme", str(readme)), "no heading containing")


def main() -> int:
    global REAL_PACKAGE
    args = sys.argv[1:]
    if args[:1] == ["--package-json"] and len(args) >= 2:
        REAL_PACKAGE = json.loads(Path(args[1]).read_text(encoding="utf-8"))
        args = args[2:]
    else:
        REAL_PACKAGE = arch.dump_package(ROOT)
    program = unittest.main(argv=[sys.argv[0], *args], exit=False, verbosity=1)
    return 0 if program.result.wasSuccessful() else 1


if __name__ == "__main__":
    sys.exit(main())

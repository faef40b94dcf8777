"""The package reads in one direction: the import graph of `pokazatel` (every import statement, at module
level or inside a function) has no cycles, the runtime pipeline never imports training or evaluation,
and no module is named like a standard-library one."""

from __future__ import annotations

import ast
import sys
import tomllib
from functools import cache
from pathlib import Path

import pytest

PROJECT_ROOT = Path(__file__).resolve().parent.parent
PACKAGE = "pokazatel"
OFFLINE_PACKAGES = ("pokazatel.nlp.training", "pokazatel.nlp.evaluation")


def package_dirs() -> dict[str, Path]:
    """Each package of the distribution and its folder, as pyproject.toml's setuptools section maps them."""
    setuptools = tomllib.loads((PROJECT_ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]
    mapping = setuptools["package-dir"]
    dirs = {}
    for package in setuptools["packages"]:
        mapped = max((p for p in mapping if package == p or package.startswith(p + ".")), key=len, default="")
        folder = PROJECT_ROOT / mapping[mapped] if mapped else PROJECT_ROOT / PACKAGE
        rest = package[len(mapped or PACKAGE) :].strip(".")
        dirs[package] = folder.joinpath(*rest.split(".")) if rest else folder
    return dirs


def modules() -> dict[str, Path]:
    found = {}
    for package, folder in package_dirs().items():
        if package == "pokazatel.data":
            continue
        for path in folder.glob("*.py"):
            found[package if path.stem == "__init__" else f"{package}.{path.stem}"] = path
    return found


def imported_names(path: Path, module: str, is_package: bool) -> set[str]:
    """Every name of the package an import statement in the file names (absolute or relative)."""
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parent = module.split(".")[: len(module.split(".")) - node.level + (1 if is_package else 0)]
                base = ".".join([*parent, *([base] if base else [])])
            names.add(base)
            names.update(f"{base}.{alias.name}" for alias in node.names)
    return {name for name in names if name == PACKAGE or name.startswith(PACKAGE + ".")}


@cache
def import_graph() -> dict[str, set[str]]:
    known = modules()
    graph = {}
    for module, path in known.items():
        targets = imported_names(path, module, path.stem == "__init__")
        # "from pokazatel.nlp import extensions" imports the module pokazatel.nlp.extensions; a name that is
        # not a module ("from pokazatel.nlp.ru.morph import parse") stands for the module it comes from.
        graph[module] = {t for t in targets if t in known and t != module} - {module}
    return graph


def find_cycle(graph: dict[str, set[str]]) -> list[str] | None:
    state: dict[str, int] = {}  # 1 on the current path, 2 finished
    path: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        path.append(node)
        for target in sorted(graph.get(node, ())):
            if state.get(target) == 1:
                return path[path.index(target) :] + [target]
            if target not in state and (cycle := visit(target)):
                return cycle
        path.pop()
        state[node] = 2
        return None

    for node in sorted(graph):
        if node not in state and (cycle := visit(node)):
            return cycle
    return None


def test_the_graph_covers_the_package():
    graph = import_graph()
    assert {"pokazatel.nlp.pipeline", "pokazatel.nlp.ru.entities", "pokazatel.cli.main"} <= set(graph)
    assert "pokazatel.nlp.ru.positions" in graph["pokazatel.nlp.ru.entities"]


def test_cycle_finder_finds_a_cycle():
    assert find_cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert find_cycle({"a": {"b"}, "b": set()}) is None


def test_no_import_cycles():
    assert find_cycle(import_graph()) is None


@pytest.mark.parametrize("module", sorted(m for m in modules() if m.startswith("pokazatel.nlp")
                                          and not m.startswith(OFFLINE_PACKAGES)))
def test_runtime_never_imports_training_or_evaluation(module):
    offline = {t for t in import_graph()[module] if t.startswith(OFFLINE_PACKAGES)}
    assert not offline, f"{module} imports {sorted(offline)}"


def test_no_module_named_like_the_standard_library():
    clashes = sorted(m for m in modules() if m.rsplit(".", 1)[-1] in sys.stdlib_module_names)
    assert not clashes

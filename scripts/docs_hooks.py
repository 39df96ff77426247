"""mkdocs hooks for the API reference (mkdocs.yml `hooks:`): pages that follow the generated code.

`<!-- payclients:resources PACKAGE -->` becomes one mkdocstrings block per resource class of the
generated PACKAGE (from its `api.RESOURCES`), and `<!-- payclients:models PACKAGE -->` a table of its
models with the first line of each docstring. The README's link to CHANGELOG.md points at the
site's changelog page. Both read the source with `ast`, importing nothing, so
the build stays quick however many operations and models a spec grows to.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
GENERATED = ROOT / "generated"
MARKER = re.compile(r"<!-- payclients:(resources|models) (\w+) -->")


def on_page_markdown(markdown: str, **kwargs: Any) -> str:
    markdown = markdown.replace("](CHANGELOG.md)", "](changelog.md)")  # the README's link, on the site
    return MARKER.sub(lambda m: resources_page(m[2]) if m[1] == "resources" else models_page(m[2]), markdown)


def _assigned(path: Path, name: str) -> Any:
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        targets = [node.target] if isinstance(node, ast.AnnAssign) else getattr(node, "targets", [])
        if any(isinstance(t, ast.Name) and t.id == name for t in targets) and node.value is not None:
            return ast.literal_eval(node.value)
    raise LookupError(f"{path}: no {name}")


def resources_page(package: str) -> str:
    resources: dict[str, tuple[str, str, str]] = _assigned(GENERATED / package / "api" / "__init__.py", "RESOURCES")
    blocks = []
    for tag, (module, sync_class, _) in sorted(resources.items()):
        block = f"## `client.{tag}`\n\n::: {package}.api{module}.{sync_class}\n    options:\n      heading_level: 3\n"
        blocks.append(block)
    return "\n".join(blocks)


def _first_line(path: Path, class_name: str) -> str:
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.ClassDef) and node.name == class_name:
            doc = ast.get_docstring(node) or ""
            return doc.strip().split("\n\n")[0].replace("\n", " ").replace("|", "\\|")
    return ""


def models_page(package: str) -> str:
    models = GENERATED / package / "models"
    modules: dict[str, str] = {}
    for node in ast.walk(ast.parse((models / "__init__.py").read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.level == 1 and node.module:
            for alias in node.names:
                modules[alias.name] = node.module
    rows = ["| model | what it is |", "| --- | --- |"]
    for name in sorted(modules, key=str.lower):
        rows.append(f"| `{name}` | {_first_line(models / f'{modules[name]}.py', name)} |")
    return f"{len(modules)} models.\n\n" + "\n".join(rows)

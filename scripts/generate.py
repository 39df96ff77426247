"""Regenerate `generated/` from `specs/` with the pinned openapi-python-client.

    python scripts/generate.py                 # every provider
    python scripts/generate.py solvimon woovi  # some of them
    python scripts/generate.py --check         # exit 1 if generated/ is stale, naming the files
    python scripts/generate.py solvimon --output /tmp/out   # write elsewhere (for trying a spec)

A spec may be split: its root document lists part files under `x-payclients-parts` (paths relative to
specs/), and their `tags`, `paths` and `components` are merged into the root before anything else. A
path, operationId or component defined twice is an error unless both copies are identical. The merged
document is what gets validated, generated and shipped.

Each spec is validated first; the generator runs with `--fail-on-warning`, our config
(`scripts/generator/<provider>.yaml`) and our templates (`scripts/templates/`). We run ruff ourselves,
isolated from any project configuration, so the same spec always gives the same bytes.
"""

from __future__ import annotations

import argparse
import datetime as dt
import filecmp
import importlib.metadata
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
SPECS = ROOT / "specs"
GENERATED = ROOT / "generated"
CONFIGS = ROOT / "scripts" / "generator"
TEMPLATES = ROOT / "scripts" / "templates"

GENERATOR_VERSION = "0.29.1"
RUFF_ARGS = ["--isolated", "--target-version", "py311", "--line-length", "120"]
PROVIDERS = ("solvimon", "woovi", "mindz")
PY_TYPED = "# Marker file for PEP 561: this package ships type information.\n"


class GenerationError(Exception):
    """A spec that does not validate or does not generate cleanly."""


def package_name(provider: str) -> str:
    return f"payclients_{provider}"


def available_providers() -> list[str]:
    return [p for p in PROVIDERS if (SPECS / f"{p}.yaml").exists()]


def check_generator_version() -> None:
    installed = importlib.metadata.version("openapi-python-client")
    if installed != GENERATOR_VERSION:
        raise GenerationError(
            f'openapi-python-client {GENERATOR_VERSION} is required, {installed} is installed (pip install -e ".[dev]")'
        )


PARTS_KEY = "x-payclients-parts"
PART_KEYS = {"x-payclients-part", "tags", "paths", "components"}


def load_yaml(path: Path) -> Any:
    with path.open(encoding="utf-8") as handle:
        return yaml.safe_load(handle)


def merged_spec(spec: Path, root: dict[str, Any] | None = None) -> dict[str, Any]:
    """The root document (`root`, if already read from `spec`) with every part listed under
    `x-payclients-parts` merged in."""
    if root is None:
        root = load_yaml(spec)
    parts = root.pop(PARTS_KEY, [])
    operation_ids = {op["operationId"]: f"{spec.name} {path}" for path, op in _operations(root)}
    for name in parts:
        part_file = SPECS / name
        part = load_yaml(part_file)
        if not isinstance(part, dict) or set(part) - PART_KEYS:
            raise GenerationError(f"{name}: a part holds only {', '.join(sorted(PART_KEYS))}")
        known_tags = {tag["name"] for tag in root.setdefault("tags", [])}
        root["tags"].extend(tag for tag in part.get("tags", []) if tag["name"] not in known_tags)
        for path, item in (part.get("paths") or {}).items():
            if path in root.setdefault("paths", {}):
                raise GenerationError(f"{name}: path {path} is already defined")
            root["paths"][path] = item
        for path, op in _operations({"paths": part.get("paths") or {}}):
            where = operation_ids.setdefault(op["operationId"], f"{name} {path}")
            if where != f"{name} {path}":
                raise GenerationError(f"{name}: operationId {op['operationId']} is already used by {where}")
        for section, entries in (part.get("components") or {}).items():
            target = root.setdefault("components", {}).setdefault(section, {})
            for key, value in entries.items():
                if key in target and target[key] != value:
                    raise GenerationError(f"{name}: components.{section}.{key} differs from the one already defined")
                target[key] = value
    return root


def _operations(document: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    methods = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
    return [
        (f"{method.upper()} {path}", op)
        for path, item in (document.get("paths") or {}).items()
        for method, op in item.items()
        if method in methods
    ]


def write_spec(document: dict[str, Any], target: Path) -> None:

    text = yaml.safe_dump(document, sort_keys=False, allow_unicode=True, width=120)
    target.write_text(text, encoding="utf-8")


SHIPPED_SPEC = "openapi.json"


def write_shipped_spec(document: dict[str, Any], target: Path) -> None:
    """The merged spec as JSON, one member a line (so a change reads as a small diff); dates as text."""

    def as_text(value: Any) -> str:
        if isinstance(value, dt.date):
            return value.isoformat()
        raise TypeError(f"{type(value).__name__} has no JSON form: {value!r}")

    text = json.dumps(document, ensure_ascii=False, indent=1, default=as_text)
    target.write_text(text + "\n", encoding="utf-8")


def validate_spec(spec: Path, document: dict[str, Any] | None = None, label: str | None = None) -> None:
    from openapi_spec_validator import validate
    from openapi_spec_validator.readers import read_from_filename

    if document is None:
        document, _ = read_from_filename(str(spec))
    try:
        validate(document)
    except Exception as exc:  # the validator raises several unrelated exception types
        name = label or str(spec.relative_to(ROOT))
        raise GenerationError(f"{name} is not a valid OpenAPI document:\n{exc}") from exc


def run(cmd: list[str], cwd: Path) -> str:
    result = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, check=False)
    output = (result.stdout + result.stderr).strip()
    if result.returncode != 0:
        raise GenerationError(f"{' '.join(cmd[:4])} ... failed:\n{output}")
    return output


def _jinja_literal(value: Any) -> str:
    """`value` (str, int, bool, list, dict) as a Jinja literal."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{_jinja_literal(k)}: {_jinja_literal(v)}" for k, v in value.items()) + "}"
    if isinstance(value, list):
        return "[" + ", ".join(_jinja_literal(v) for v in value) + "]"
    if isinstance(value, int | str):
        return json.dumps(value)
    raise GenerationError(f"an x-payclients- value the templates cannot take: {value!r}")


def spec_extensions(document: dict[str, Any]) -> str:
    """The `x-payclients-*` facts the templates need, as a Jinja module (`spec_extensions.jinja`).

    The generator hands the templates its parsed model, which drops extensions. So the facts travel
    separately: `pagination` maps "METHOD /path" to the operation's `x-payclients-pagination` with its
    style's fields merged in under `rules` (see specs/README.md, "Pagination"); `tags` maps each tag
    to its description, the docstring of its resource attribute.
    """
    styles = document.get("x-payclients-pagination-styles", {})
    pagination: dict[str, Any] = {}
    for path, item in document.get("paths", {}).items():
        for method, operation in item.items():
            mark = operation.get("x-payclients-pagination") if isinstance(operation, dict) else None
            if mark is None:
                continue
            if mark.get("style") not in styles:
                raise GenerationError(f"{method.upper()} {path}: unknown pagination style {mark.get('style')!r}")
            pagination[f"{method.upper()} {path}"] = {**mark, "rules": styles[mark["style"]]}
    tags = {tag["name"]: " ".join(tag.get("description", "").split()) for tag in document.get("tags", [])}
    return f"{{% set pagination = {_jinja_literal(pagination)} %}}\n{{% set tags = {_jinja_literal(tags)} %}}\n"


def with_parameter_descriptions(spec: Path, target: Path) -> Path:
    """A copy of the spec in which each parameter's description is also its schema's.

    The generator reads a parameter's meaning from its schema only and drops the parameter's own
    `description`, so method docstrings (`help()`, the API reference) would say nothing about the
    arguments. Schemas that are references are left alone: their own description stands.
    """

    class Loader(yaml.SafeLoader):
        """Dates stay strings, as in JSON."""

    Loader.add_constructor("tag:yaml.org,2002:timestamp", yaml.SafeLoader.construct_yaml_str)
    document = yaml.load(spec.read_text(encoding="utf-8"), Loader=Loader)

    def described(parameter: object) -> None:
        if not isinstance(parameter, dict) or not isinstance(parameter.get("description"), str):
            return
        schema = parameter.get("schema")
        if isinstance(schema, dict) and "$ref" not in schema and "description" not in schema:
            schema["description"] = parameter["description"]

    for parameter in (document.get("components") or {}).get("parameters", {}).values():
        described(parameter)
    for item in (document.get("paths") or {}).values():
        for parameter in item.get("parameters", []) if isinstance(item, dict) else []:
            described(parameter)
        for operation in item.values() if isinstance(item, dict) else []:
            for parameter in operation.get("parameters", []) if isinstance(operation, dict) else []:
                described(parameter)
    target.write_text(json.dumps(document), encoding="utf-8")
    return target


def generate_into(provider: str, target: Path) -> None:
    """Write the package generated from specs/<provider>.yaml to `target` (replaced)."""
    root = SPECS / f"{provider}.yaml"
    with tempfile.TemporaryDirectory(prefix="payclients-gen-") as tmp:
        document = load_yaml(root) or {}
        if PARTS_KEY in document:
            document = merged_spec(root, document)  # the root is read once
            validate_spec(root, document, label=f"{root.relative_to(ROOT)} (merged with its parts)")
            # The generator and the package both get the merged document.
            spec = Path(tmp) / "openapi.yaml"
            write_spec(document, spec)
        else:
            validate_spec(root)
            spec = root
        out = Path(tmp) / package_name(provider)
        templates = Path(tmp) / "templates"
        shutil.copytree(TEMPLATES, templates)
        (templates / "spec_extensions.jinja").write_text(spec_extensions(document), encoding="utf-8")
        output = run(
            [
                sys.executable,
                "-m",
                "openapi_python_client",
                "generate",
                "--path",
                str(with_parameter_descriptions(spec, Path(tmp) / f"{provider}.json")),
                "--config",
                str(CONFIGS / f"{provider}.yaml"),
                "--custom-template-path",
                str(templates),
                "--meta",
                "none",
                "--output-path",
                str(out),
                "--fail-on-warning",
                "--overwrite",
            ],
            cwd=Path(tmp),
        )
        if "warning" in output.lower():
            raise GenerationError(f"the generator warned about {root.name}:\n{output}")
        (out / "py.typed").write_text(PY_TYPED, encoding="utf-8")
        # The spec travels with its client, so payclients.testing can check fakes against it anywhere,
        # and the command line reads its help there. As JSON: parsing 1 MB of YAML took most of a second.
        write_shipped_spec(document, out / SHIPPED_SPEC)
        # Run from the parent folder: inside the package, its types.py would shadow the stdlib module.
        ruff = [sys.executable, "-m", "ruff"]
        run([*ruff, "check", *RUFF_ARGS, "--fix-only", "--extend-select", "I", "--exit-zero", out.name], cwd=out.parent)
        run([*ruff, "format", *RUFF_ARGS, out.name], cwd=out.parent)
        for cache in out.rglob(".ruff_cache"):
            shutil.rmtree(cache)
        if target.exists():
            shutil.rmtree(target)
        shutil.copytree(out, target)


def differences(expected: Path, actual: Path) -> list[str]:
    """Relative paths that differ between two trees (missing, extra or changed files)."""
    if not actual.exists():
        return [f"{actual.relative_to(ROOT)} (missing)"]
    found: list[str] = []

    def walk(cmp: filecmp.dircmp[str], prefix: Path) -> None:
        for name in cmp.left_only:
            found.append(f"{prefix / name} (missing)")
        for name in cmp.right_only:
            if name != "__pycache__":
                found.append(f"{prefix / name} (not generated from the spec)")
        _, mismatch, errors = filecmp.cmpfiles(cmp.left, cmp.right, cmp.common_files, shallow=False)
        found.extend(f"{prefix / name} (differs)" for name in [*mismatch, *errors])
        for name, sub in cmp.subdirs.items():
            if name != "__pycache__":
                walk(sub, prefix / name)

    walk(filecmp.dircmp(expected, actual), actual.relative_to(ROOT))
    return sorted(found)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("providers", nargs="*", help=f"any of {', '.join(PROVIDERS)} (default: every spec)")
    parser.add_argument("--check", action="store_true", help="fail if generated/ differs from what the specs give")
    parser.add_argument("--output", type=Path, help="write the package(s) under this folder instead of generated/")
    args = parser.parse_args(argv)

    providers = args.providers or available_providers()
    unknown = sorted(set(providers) - set(PROVIDERS))
    if unknown:
        parser.error(f"unknown provider(s): {', '.join(unknown)}")
    try:
        check_generator_version()
        stale: list[str] = []
        for provider in providers:
            if args.check:
                with tempfile.TemporaryDirectory() as tmp:
                    fresh = Path(tmp) / package_name(provider)
                    generate_into(provider, fresh)
                    stale.extend(differences(fresh, GENERATED / package_name(provider)))
            else:
                destination = (args.output or GENERATED) / package_name(provider)
                generate_into(provider, destination)
                print(f"generated {destination}")
    except GenerationError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    if stale:
        print("generated/ is not what the specs produce; run `python scripts/generate.py`:", file=sys.stderr)
        for line in stale:
            print(f"  {line}", file=sys.stderr)
        return 1
    if args.check:
        print(f"generated/ is up to date ({', '.join(providers)})")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Mutation testing for the modules that protect users: does breaking the code make a test fail?

Each mutant changes one thing in one module (a comparison flipped, `and`/`or` swapped, a `not`
dropped, a constant changed, a `raise` or a `return` value removed, `+`/`-` swapped). The module is
rewritten in place, the tests that cover it run with a timeout, and the original is put back, whatever
happens. A mutant is *killed* when the tests fail (or time out) and *survives* when they pass; survivors
are listed with their line, for a person to judge: a missing test, or an equivalent mutant.

    python scripts/mutate.py sdk/payclients/_retries.py                  # the module's default tests
    python scripts/mutate.py sdk/payclients/_logging.py --tests tests/test_logging.py
    python scripts/mutate.py --all --sample 40 --json mutation.json      # every module, 40 mutants each

Slow by nature (one pytest run per mutant): it is not part of CI.
"""

from __future__ import annotations

import argparse
import ast
import json
import os
import random
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# The modules under test and the tests that should notice a change in each.
TARGETS: dict[str, list[str]] = {
    "sdk/payclients/_retries.py": [
        "tests/mutation/test_retries_mut2.py",
        "tests/test_retries.py",
        "tests/test_base_client.py",
    ],
    "sdk/payclients/_base_client.py": [
        "tests/mutation/test_base_client_mut1.py",
        "tests/test_base_client.py",
        "tests/faults/test_errors.py",
        "tests/faults/test_redirects.py",
        "tests/faults/test_deadline.py",
        "tests/test_http_client.py",
        "tests/test_raw_response.py",
        "tests/faults/test_constructor_arguments.py",
        # test_paths.py without its spec walk (5 s, and it never reaches the client runtime)
        "tests/faults/test_paths.py::test_a_bad_path_value_is_refused_before_sending",
        "tests/faults/test_paths.py::test_every_other_value_is_percent_encoded_into_one_segment",
        "tests/faults/test_paths.py::test_whole_numbers_and_async_clients_take_the_same_path",
    ],
    "sdk/payclients/_provider.py": [
        "tests/mutation/test_provider_mut2.py",
        "tests/test_base_client.py",
        "tests/woovi/test_idempotency.py",
    ],
    "sdk/payclients/_config.py": ["tests/mutation/test_config_mut2.py", "tests/faults/test_config.py"],
    "sdk/payclients/_auth.py": [
        "tests/mutation/test_auth_mut2.py",
        "tests/solvimon/test_client.py",
        "tests/faults/test_config.py",
    ],
    "sdk/payclients/_exceptions.py": [
        "tests/mutation/test_exceptions_mut1.py",
        "tests/faults/test_errors.py",
        "tests/test_base_client.py",
    ],
    "sdk/payclients/_logging.py": [
        "tests/test_logging.py",
        "tests/mutation/test_logging_mut2.py",
        "tests/test_base_client.py",
    ],
    "sdk/payclients/_pagination.py": [
        "tests/mutation/test_pagination_mut3.py",
        "tests/test_pagination_guards.py",
    ],
    "sdk/payclients/_webhooks.py": [
        "tests/mutation/test_webhooks_mut3.py",
        "tests/test_webhooks.py",
        "tests/mindz/test_webhooks.py",
    ],
    "sdk/payclients/mindz/_webhooks.py": ["tests/mindz/test_webhooks.py"],
    "sdk/payclients/woovi/webhooks.py": [
        "tests/woovi/test_webhooks.py",
        "tests/mutation/test_woovi_webhooks_mut3.py",
    ],
    "sdk/payclients/solvimon/webhooks.py": [
        "tests/mutation/test_solvimon_webhooks_mut3.py",
        "tests/solvimon/test_webhooks.py",
    ],
    "sdk/payclients/_checks.py": ["tests/mutation/test_checks_mut2.py", "tests/faults/test_config.py"],
    "sdk/payclients/woovi/_params.py": [
        "tests/mutation/test_woovi_params_mut2.py",
        "tests/woovi/test_charges.py",
        "tests/woovi/test_customers.py",
        "tests/woovi/test_refunds.py",
    ],
    "sdk/payclients/_paths.py": ["tests/faults/test_paths.py"],
}

COMPARISONS: dict[type[ast.cmpop], type[ast.cmpop]] = {
    ast.Eq: ast.NotEq,
    ast.NotEq: ast.Eq,
    ast.Lt: ast.GtE,
    ast.GtE: ast.Lt,
    ast.Gt: ast.LtE,
    ast.LtE: ast.Gt,
    ast.In: ast.NotIn,
    ast.NotIn: ast.In,
    ast.Is: ast.IsNot,
    ast.IsNot: ast.Is,
}
OPERATORS: dict[type[ast.operator], type[ast.operator]] = {
    ast.Add: ast.Sub,
    ast.Sub: ast.Add,
    ast.Mult: ast.Div,
    ast.Div: ast.Mult,
}


@dataclass(frozen=True)
class Mutant:
    index: int
    """Position of the mutated node in `ast.walk` order."""
    kind: str
    line: int
    description: str


@dataclass
class Result:
    mutant: Mutant
    outcome: str  # "killed", "survived", "timeout", "broken" (does not compile)
    seconds: float


def _docstrings(tree: ast.AST) -> set[int]:
    ids = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
            body = node.body
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
                ids.add(id(body[0].value))
    return ids


def _is_type_checking_or_all(node: ast.AST, parents: dict[int, ast.AST]) -> bool:
    """Code that does not run (TYPE_CHECKING blocks) or only lists names (`__all__`)."""
    current: ast.AST | None = node
    while current is not None:
        if isinstance(current, ast.If) and "TYPE_CHECKING" in ast.unparse(current.test):
            return True
        if isinstance(current, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == "__all__" for t in current.targets
        ):
            return True
        if isinstance(current, ast.arg):  # annotations
            return True
        current = parents.get(id(current))
    return False


def mutants(source: str) -> Iterator[Mutant]:
    tree = ast.parse(source)
    docstrings = _docstrings(tree)
    parents = {id(child): parent for parent in ast.walk(tree) for child in ast.iter_child_nodes(parent)}
    for index, node in enumerate(ast.walk(tree)):
        if _is_type_checking_or_all(node, parents):
            continue
        line = getattr(node, "lineno", 0)
        if isinstance(node, ast.Compare):
            for position, op in enumerate(node.ops):
                if type(op) in COMPARISONS:
                    new = COMPARISONS[type(op)].__name__
                    yield Mutant(index, f"compare:{position}", line, f"{type(op).__name__} -> {new}")
        elif isinstance(node, ast.BoolOp):
            yield Mutant(
                index, "boolop", line, f"{type(node.op).__name__} -> {'Or' if isinstance(node.op, ast.And) else 'And'}"
            )
        elif isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.Not):
            yield Mutant(index, "drop-not", line, "not x -> x")
        elif isinstance(node, ast.BinOp) and type(node.op) in OPERATORS:
            yield Mutant(index, "binop", line, f"{type(node.op).__name__} -> {OPERATORS[type(node.op)].__name__}")
        elif isinstance(node, ast.Constant) and id(node) not in docstrings:
            if isinstance(node.value, bool):
                yield Mutant(index, "constant", line, f"{node.value} -> {not node.value}")
            elif isinstance(node.value, int | float) and not isinstance(node.value, bool):
                yield Mutant(index, "constant", line, f"{node.value!r} -> {node.value!r} + 1")
        elif isinstance(node, ast.Raise):
            yield Mutant(index, "drop-raise", line, "raise -> pass")
        elif (
            isinstance(node, ast.Return)
            and node.value is not None
            and not (isinstance(node.value, ast.Constant) and node.value.value is None)
        ):
            yield Mutant(index, "return-none", line, "return x -> return None")
        elif isinstance(node, ast.If | ast.While) and not _is_type_checking_or_all(node.test, parents):
            yield Mutant(index, "negate-condition", line, "if c -> if not c")


def apply(source: str, mutant: Mutant) -> str:
    tree = ast.parse(source)
    node = next(n for i, n in enumerate(ast.walk(tree)) if i == mutant.index)
    kind = mutant.kind
    if kind.startswith("compare:"):
        assert isinstance(node, ast.Compare)
        position = int(kind.split(":")[1])
        node.ops[position] = COMPARISONS[type(node.ops[position])]()
    elif kind == "boolop":
        assert isinstance(node, ast.BoolOp)
        node.op = ast.Or() if isinstance(node.op, ast.And) else ast.And()
    elif kind == "drop-not":
        assert isinstance(node, ast.UnaryOp)
        _replace(tree, node, node.operand)
    elif kind == "binop":
        assert isinstance(node, ast.BinOp)
        node.op = OPERATORS[type(node.op)]()
    elif kind == "constant":
        assert isinstance(node, ast.Constant)
        node.value = (not node.value) if isinstance(node.value, bool) else node.value + 1
    elif kind == "drop-raise":
        _replace(tree, node, ast.Pass())
    elif kind == "return-none":
        assert isinstance(node, ast.Return)
        node.value = ast.Constant(None)
    elif kind == "negate-condition":
        assert isinstance(node, ast.If | ast.While)
        node.test = ast.UnaryOp(op=ast.Not(), operand=node.test)
    return ast.unparse(ast.fix_missing_locations(tree))


def _replace(tree: ast.AST, old: ast.AST, new: ast.AST) -> None:
    for parent in ast.walk(tree):
        for name, value in ast.iter_fields(parent):
            if value is old:
                setattr(parent, name, new)
                return
            if isinstance(value, list) and any(item is old for item in value):
                setattr(parent, name, [new if item is old else item for item in value])
                return
    raise LookupError("node not found")


def _forget_bytecode(module: Path) -> None:
    cache = module.parent / "__pycache__"
    for compiled in cache.glob(f"{module.stem}.*.pyc"):
        compiled.unlink(missing_ok=True)


def run_tests(tests: list[str], timeout: float) -> tuple[str, float]:
    # This checkout's code first, even when the venv holds an editable install of another checkout.
    path = os.pathsep.join([str(ROOT / "sdk"), str(ROOT / "generated"), str(ROOT)])
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1", "PYTHONHASHSEED": "0", "PYTHONPATH": path}
    command = [sys.executable, "-m", "pytest", "-x", "-q", "-p", "no:cacheprovider", "--no-header", *tests]
    started = time.monotonic()
    try:
        done = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, timeout=timeout, check=False)
    except subprocess.TimeoutExpired:
        return "timeout", time.monotonic() - started
    return ("survived" if done.returncode == 0 else "killed"), time.monotonic() - started


def mutate_module(
    path: str, tests: list[str], *, timeout: float, sample: int | None, seed: int, lines: set[int] | None = None
) -> list[Result]:
    module = ROOT / path
    original = module.read_text()
    found = [m for m in mutants(original) if lines is None or m.line in lines]
    if sample is not None and len(found) > sample:
        found = sorted(random.Random(seed).sample(found, sample), key=lambda m: m.index)
    results: list[Result] = []
    try:
        for number, mutant in enumerate(found, 1):
            try:
                changed = apply(original, mutant)
                compile(changed, path, "exec")
            except (SyntaxError, LookupError, AssertionError, TypeError):
                results.append(Result(mutant, "broken", 0.0))
                continue
            module.write_text(changed)
            _forget_bytecode(module)
            outcome, seconds = run_tests(tests, timeout)
            module.write_text(original)
            _forget_bytecode(module)
            results.append(Result(mutant, outcome, seconds))
            mark = {"killed": ".", "timeout": "T", "survived": "S"}[outcome]
            print(f"{path}:{mutant.line} [{number}/{len(found)}] {mutant.description} {mark}", flush=True)
    finally:
        module.write_text(original)
        _forget_bytecode(module)
    return results


def summary(path: str, results: list[Result]) -> dict[str, object]:
    counted = [r for r in results if r.outcome != "broken"]
    killed = [r for r in counted if r.outcome in ("killed", "timeout")]
    survivors = [r for r in counted if r.outcome == "survived"]
    return {
        "module": path,
        "mutants": len(counted),
        "killed": len(killed),
        "score": round(100 * len(killed) / len(counted), 1) if counted else None,
        "survivors": [asdict(r.mutant) for r in survivors],
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("modules", nargs="*", help="module paths (default tests from TARGETS)")
    parser.add_argument("--all", action="store_true", help="every module in TARGETS")
    parser.add_argument("--tests", nargs="+", help="tests to run instead of the module's defaults")
    parser.add_argument("--timeout", type=float, default=120.0, help="seconds per mutant's test run")
    parser.add_argument("--sample", type=int, help="at most this many mutants per module, picked at random")
    parser.add_argument("--seed", type=int, default=9)
    parser.add_argument("--json", type=Path, help="write the summary here")
    parser.add_argument("--list", action="store_true", help="only list the mutants")
    parser.add_argument("--lines", type=int, nargs="+", help="only mutants on these lines (to re-check survivors)")
    args = parser.parse_args(argv)
    modules = list(TARGETS) if args.all else args.modules
    if not modules:
        parser.error("name modules, or pass --all")
    report = []
    for path in modules:
        tests = args.tests or TARGETS.get(path)
        if not tests:
            parser.error(f"no default tests for {path}: pass --tests")
        if args.list:
            for mutant in mutants((ROOT / path).read_text()):
                print(f"{path}:{mutant.line} {mutant.kind} {mutant.description}")
            continue
        baseline, _ = run_tests(tests, args.timeout * 3)
        if baseline != "survived":
            print(f"{path}: the tests fail without any mutation; fix them first", file=sys.stderr)
            return 2
        lines = set(args.lines) if args.lines else None
        results = mutate_module(path, tests, timeout=args.timeout, sample=args.sample, seed=args.seed, lines=lines)
        report.append(summary(path, results))
        line = report[-1]
        print(f"== {path}: {line['killed']}/{line['mutants']} killed ({line['score']}%)", flush=True)
        for survivor in line["survivors"]:  # type: ignore[attr-defined]
            print(f"   survived: line {survivor['line']}: {survivor['description']}")
    if args.json:
        args.json.write_text(json.dumps(report, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

#!/usr/bin/env python3
"""Validate a dlxh store, and exchange files, against the JSON Schemas beside this script.

    python3 Docs/schema/validate.py STORE_DIR [EXCHANGE_FILE...]

Prints one line per file, "ok PATH" or "FAIL PATH: JSON-PATH: MESSAGE" (the first problem in
document order, with a count of the others), and exits 0 only when every file passes and the
store had at least one reports file and one hot-spots file. Exit 1: a file failed; exit 2: the
command line or the schemas themselves are wrong.

Needs python3's `jsonschema` package: 4.18 or later (which brings `referencing`), or an older 4.x
such as Debian 12's python3-jsonschema 4.10. Nothing is fetched from the network: every schema is
loaded from this folder into one registry, under its $id, and nothing else resolves.
"""

import json
import os
import re
import sys

try:
    from jsonschema import Draft202012Validator
except ImportError as error:  # pragma: no cover
    print(f"FAIL {__file__}: needs the python3 jsonschema package: {error}", file=sys.stderr)
    sys.exit(2)
try:
    from referencing import Registry, Resource
except ImportError:  # jsonschema before 4.18: the older RefResolver does the same job
    Registry = None

SCHEMA_DIR = os.path.dirname(os.path.abspath(__file__))
BASE = "https://dlxh.invalid/schema/"
MAX_MESSAGE = 300


def load_schemas():
    """Every *.schema.json of this folder, checked against the draft 2020-12 meta-schema,
    and a registry holding them all under their $id."""
    schemas = {}
    for name in sorted(os.listdir(SCHEMA_DIR)):
        if not name.endswith(".schema.json"):
            continue
        path = os.path.join(SCHEMA_DIR, name)
        with open(path, encoding="utf-8") as f:
            schema = json.load(f)
        Draft202012Validator.check_schema(schema)
        if schema.get("$id") != BASE + name:
            raise ValueError(f"{path}: $id should be {BASE + name}")
        schemas[name] = schema
    format_checker = Draft202012Validator.FORMAT_CHECKER
    if Registry is not None:
        registry = Registry().with_resources(
            (schema["$id"], Resource.from_contents(schema)) for schema in schemas.values()
        )
        options = lambda schema: {"registry": registry}
    else:
        from jsonschema import RefResolver

        by_id = {schema["$id"]: schema for schema in schemas.values()}

        def refuse(uri):
            raise LookupError(f"{uri} is not one of the dlxh schemas")

        options = lambda schema: {
            "resolver": RefResolver(schema["$id"], schema, store=by_id, handlers={"http": refuse, "https": refuse})
        }
    return {
        name: Draft202012Validator(schema, format_checker=format_checker, **options(schema))
        for name, schema in schemas.items()
    }


def path_key(error):
    """Sorts errors in document order (array indexes numerically)."""
    return tuple((0, p, "") if isinstance(p, int) else (1, 0, str(p)) for p in error.absolute_path)


def short(text):
    text = " ".join(text.split())
    return text if len(text) <= MAX_MESSAGE else text[: MAX_MESSAGE - 1] + "…"


def check_file(path, validator, extra_check=None):
    """Returns None when the file is valid, else "json-path: message"."""
    try:
        with open(path, "rb") as f:
            raw = f.read()
    except OSError as error:
        return f"$: cannot read: {error.strerror}"
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        return f"$: not UTF-8 text (byte {error.start})"
    try:
        document = json.loads(text)
    except json.JSONDecodeError as error:
        return f"$: not JSON: {error.msg} at line {error.lineno} column {error.colno}"
    errors = sorted(validator.iter_errors(document), key=path_key)
    if errors:
        first = errors[0]
        more = f" (and {len(errors) - 1} more)" if len(errors) > 1 else ""
        return f"{first.json_path}: {short(first.message)}{more}"
    if extra_check:
        return extra_check(document)
    return None


def month_matches(relative):
    """The store refuses a reports file whose month is not the one its path names."""
    def check(document):
        expected = f"reports/{document['month'][:4]}/{document['month']}.json"
        if relative != expected:
            return f"$.month: {document['month']!r} does not match the file name (expected {expected})"
        return None
    return check


def year_matches(relative):
    """The store refuses a hot-spots file whose year is not the one its name says."""
    def check(document):
        stem = os.path.basename(relative)[: -len(".json")]
        if not re.fullmatch(r"[0-9]+", stem) or int(stem) != document["year"]:
            return f"$.year: {document['year']} does not match the file name {os.path.basename(relative)}"
        return None
    return check


def visible_json(folder, depth):
    """What the store itself reads: *.json files up to `depth` levels down, skipping hidden names."""
    found = []
    if not os.path.isdir(folder):
        return found
    for name in sorted(os.listdir(folder)):
        if name.startswith("."):
            continue
        path = os.path.join(folder, name)
        if os.path.isdir(path):
            if depth > 1:
                found += [os.path.join(name, sub) for sub in visible_json(path, depth - 1)]
        elif name.endswith(".json"):
            found.append(name)
    return found


def main(argv):
    if len(argv) < 2 or argv[1] in ("-h", "--help"):
        print(__doc__.strip(), file=sys.stderr)
        return 2
    store = argv[1]
    if not os.path.isdir(store):
        print(f"FAIL {store}: not a folder", file=sys.stderr)
        return 2
    try:
        validators = load_schemas()
    except Exception as error:  # a broken schema is the schema author's bug: say so plainly
        print(f"FAIL {SCHEMA_DIR}: {error}", file=sys.stderr)
        return 2

    jobs = [
        ("store.json", "store.schema.json", None),
        ("config.json", "config.schema.json", None),
        ("roster.json", "roster.schema.json", None),
    ]
    if os.path.exists(os.path.join(store, "manifest.json")):  # stores made before it have none
        jobs.append(("manifest.json", "manifest.schema.json", None))
    hotspots = ["hotspots/" + p for p in visible_json(os.path.join(store, "hotspots"), 1)]
    reports = ["reports/" + p.replace(os.sep, "/") for p in visible_json(os.path.join(store, "reports"), 2)]
    jobs += [(p, "hotspots.schema.json", year_matches(p)) for p in hotspots]
    jobs += [(p, "reports.schema.json", month_matches(p)) for p in reports]
    guidance = ["guidance/" + p for p in visible_json(os.path.join(store, "guidance"), 1)]
    jobs += [(p, "guidance.schema.json", year_matches(p)) for p in guidance]
    streams = ["streams/" + p for p in visible_json(os.path.join(store, "streams"), 1)]
    jobs += [(p, "streams.schema.json", None) for p in streams]
    register = ["register/" + p for p in visible_json(os.path.join(store, "register"), 1)]
    jobs += [(p, "register.schema.json", year_matches(p)) for p in register]
    staff = ["staff/" + p for p in visible_json(os.path.join(store, "staff"), 1)]
    jobs += [(p, "staff.schema.json", None) for p in staff]
    drafts = ["drafts/" + p for p in visible_json(os.path.join(store, "drafts"), 1)]
    jobs += [(p, "draft.schema.json", None) for p in drafts]

    failed = False
    for relative, schema, extra in jobs:
        path = os.path.join(store, relative)
        problem = check_file(path, validators[schema], extra)
        if problem:
            failed = True
            print(f"FAIL {path}: {problem}")
        else:
            print(f"ok {path}")
    for path in argv[2:]:
        problem = check_file(path, validators["exchange.schema.json"])
        if problem:
            failed = True
            print(f"FAIL {path}: {problem}")
        else:
            print(f"ok {path}")

    if not reports:
        failed = True
        print(f"FAIL {os.path.join(store, 'reports')}: $: no reports file found")
    if not hotspots:
        failed = True
        print(f"FAIL {os.path.join(store, 'hotspots')}: $: no hot-spots file found")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

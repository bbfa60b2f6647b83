#!/usr/bin/env python3
"""Checks rasad's OpenAPI document with the Python tools for it.

    pip install openapi-spec-validator      # brings jsonschema
    rasad serve --data DIR &                 # or any saved copy of the document
    python3 tools/check_openapi.py http://127.0.0.1:8080/api/openapi.json

1. openapi-spec-validator: the document is valid OpenAPI 3.1.
2. jsonschema (Draft 2020-12): every example (parameters, request bodies,
   responses) is valid against its schema, refs resolved in the document.

The Rust test (crates/serve/tests/api/openapi.rs) checks the same and
more without Python; this is a second opinion from standard validators.
"""

import json
import sys
import urllib.request

import jsonschema
from openapi_spec_validator import validate


def load(src):
    if src.startswith("http://") or src.startswith("https://"):
        with urllib.request.urlopen(src) as r:
            return json.load(r)
    with open(src, encoding="utf-8") as f:
        return json.load(f)


def resolve(doc, node):
    while isinstance(node, dict) and "$ref" in node:
        ref = node["$ref"]
        assert ref.startswith("#/"), ref
        target = doc
        for part in ref[2:].split("/"):
            target = target[part]
        node = target
    return node


def check(doc, schema, example, where, problems):
    # $refs point into the document: carry its components along.
    wrapped = dict(schema)
    wrapped["components"] = doc["components"]
    validator = jsonschema.Draft202012Validator(
        wrapped, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
    )
    for e in validator.iter_errors(example):
        problems.append(f"{where}: {e.message} at {list(e.absolute_path)}")


def main():
    src = sys.argv[1] if len(sys.argv) > 1 else "http://127.0.0.1:8080/api/openapi.json"
    doc = load(src)
    validate(doc)
    print(f"{src}: valid OpenAPI {doc['openapi']}")
    problems, checked = [], 0
    for path, item in doc["paths"].items():
        for method, op in item.items():
            at = f"{method.upper()} {path}"
            for p in op.get("parameters", []):
                if "example" in p:
                    check(doc, p["schema"], p["example"], f"{at} parameter {p['name']}", problems)
                    checked += 1
            for media, c in op.get("requestBody", {}).get("content", {}).items():
                check(doc, c["schema"], c["example"], f"{at} request {media}", problems)
                checked += 1
            for code, r in op["responses"].items():
                r = resolve(doc, r)
                for media, c in r.get("content", {}).items():
                    if "example" in c:
                        check(doc, c["schema"], c["example"], f"{at} {code} {media}", problems)
                        checked += 1
    for p in problems:
        print(p)
    print(f"{checked} examples checked, {len(problems)} problems")
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()

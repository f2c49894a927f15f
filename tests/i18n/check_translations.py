#!/usr/bin/env python3
"""Fails when a translation in a Qt .ts file is missing, unfinished or stale, or when its placeholders (%1..%9, %n,
with or without L) differ from the source text's.

With --lupdate and --project, lupdate first runs over a copy of the .ts with the sources of the project CMake wrote
for `update_translations`, so that a message added to the code but not to the .ts fails too.
"""
import argparse
import pathlib
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

PLACEHOLDER = re.compile(r"%L?([1-9]|n)")


def placeholders(text):
    return sorted(set(PLACEHOLDER.findall(text or "")))


def problems(ts_path):
    found = []
    count = 0
    for context in ET.parse(ts_path).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            count += 1
            source = message.findtext("source") or ""
            where = f"{name}: \"{source}\""
            translation = message.find("translation")
            kind = translation.get("type") if translation is not None else "missing"
            if kind:
                found.append(f"{where} is {kind}")
                continue
            forms = [form.text for form in translation.iter("numerusform")] or [translation.text]
            if message.get("numerus") == "yes" and len(forms) < 2:
                found.append(f"{where} needs a singular and a plural form")
            for form in forms:
                if not form:
                    found.append(f"{where} has an empty translation")
                elif placeholders(form) != placeholders(source):
                    found.append(f"{where}: the translation \"{form}\" has the placeholders {placeholders(form)}, "
                                 f"the source {placeholders(source)}")
    return count, found


def cmake_list(project_cmake, variable):
    match = re.search(r'set\(%s "([^"]*)"\)' % variable, project_cmake.read_text())
    return [item for item in match.group(1).split(";") if item] if match else []


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("ts", type=pathlib.Path)
    parser.add_argument("--lupdate", help="lupdate, to bring a copy of the .ts up to date with the sources first")
    parser.add_argument("--project", type=pathlib.Path, help="the lupdate project (.cmake) CMake generated")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as scratch:
        ts = args.ts
        if args.lupdate:
            ts = pathlib.Path(scratch) / args.ts.name
            shutil.copyfile(args.ts, ts)
            sources = pathlib.Path(scratch) / "sources.lst"
            sources.write_text("\n".join(cmake_list(args.project, "lupdate_sources")) + "\n")
            command = [args.lupdate, "-silent", "-no-obsolete", "-locations", "none"]
            for include in cmake_list(args.project, "lupdate_include_paths"):
                command += ["-I", include]
            command += ["@" + str(sources), "-ts", str(ts)]
            subprocess.run(command, check=True)
        count, found = problems(ts)

    for problem in found:
        print(problem)
    if found:
        print(f"{len(found)} of {count} messages in {args.ts} need work: run "
              "`cmake --build build --target update_translations`, then translate them (Qt Linguist, or by hand).")
        return 1
    print(f"All {count} messages in {args.ts} are translated, with matching placeholders.")
    return 0


if __name__ == "__main__":
    sys.exit(main())

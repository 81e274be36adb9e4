#!/usr/bin/env python3
"""The structure CI keeps (issue 26), each failure named by file and line:

1. No import circle in any crate: no two files importing each other,
   directly or around a loop, and no two modules (the files and folders of
   one folder) either. An import is any path through `crate::`, `super::`
   or `self::` (in a `use` or written inline), resolved to the file of the
   module it names.
2. No `|safe` in any template: HTML reaches a template only as a type that
   proves it was sanitised or escaped (`SanitizedHtml`, `Markup`). And
   `Markup::from_sanitizer`, the door `SanitizedHtml` converts through, is
   called nowhere else.
3. Every store trait declared in `crates/masthead-core/src/store*` is named
   in `docs/architecture.md`.
4. One outbound HTTP client: outside `crates/masthead-outbound`, no crate's
   non-test code uses reqwest, hyper's client or a raw outbound socket
   (`TcpStream::connect`, `TcpSocket`), and no crate lists reqwest (or
   hyper/hyper-util with their `client` feature) among its dependencies.

Usage: scripts/check_structure.py [--only circles|safe|traits|http] [ROOT]
Exits 1 and prints every finding when something is wrong.
"""
import os
import re
import sys
from collections import defaultdict

ROOT = os.path.abspath(sys.argv[-1] if len(sys.argv) > 1 and not sys.argv[-1].startswith("--") and sys.argv[-1] not in ("circles", "safe", "traits", "http") else os.path.join(os.path.dirname(__file__), ".."))


# --- reading Rust ----------------------------------------------------------

def strip_comments_and_strings(text):
    """The code with comments, strings and chars blanked (newlines kept, so
    line numbers stay right)."""
    out = []
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if text.startswith("//", i):
            j = text.find("\n", i)
            j = n if j < 0 else j
            out.append(" " * (j - i))
            i = j
        elif text.startswith("/*", i):
            depth, j = 1, i + 2
            while j < n and depth:
                if text.startswith("/*", j):
                    depth, j = depth + 1, j + 2
                elif text.startswith("*/", j):
                    depth, j = depth - 1, j + 2
                else:
                    j += 1
            out.append(re.sub(r"[^\n]", " ", text[i:j]))
            i = j
        elif c == "r" and re.match(r'r#*"', text[i:i + 300]) and (i == 0 or not (text[i - 1].isalnum() or text[i - 1] == "_")):
            m = re.match(r'r(#*)"', text[i:])
            hashes = m.group(1)
            end = text.find('"' + hashes, i + len(m.group(0)))
            end = n if end < 0 else end + 1 + len(hashes)
            out.append(re.sub(r"[^\n]", " ", text[i:end]))
            i = end
        elif c == '"':
            j = i + 1
            while j < n and text[j] != '"':
                j += 2 if text[j] == "\\" else 1
            out.append(re.sub(r"[^\n]", " ", text[i:j + 1]))
            i = j + 1
        elif c == "'" and re.match(r"'(\\.|[^\\'])'", text[i:i + 12]):
            m = re.match(r"'(\\[^']*|[^\\'])'", text[i:i + 12])
            out.append(" " * len(m.group(0)))
            i += len(m.group(0))
        else:
            out.append(c)
            i += 1
    return "".join(out)


def expand_use(tree):
    """`a::{b, c::{d, e}}` → ['a::b', 'a::c::d', 'a::c::e']."""
    tree = tree.strip()
    m = re.match(r"^(.*?)\{(.*)\}$", tree, re.S)
    if not m:
        return [re.sub(r"\s+as\s+\w+$", "", tree).strip()]
    prefix, inner = m.group(1), m.group(2)
    parts, depth, cur = [], 0, ""
    for ch in inner:
        if ch == "{":
            depth += 1
        elif ch == "}":
            depth -= 1
        if ch == "," and depth == 0:
            parts.append(cur)
            cur = ""
        else:
            cur += ch
    parts.append(cur)
    out = []
    for p in parts:
        p = p.strip()
        if not p:
            continue
        if p == "self":
            out.append(prefix.rstrip(":").strip())
        else:
            out.extend(expand_use(prefix + p))
    return out


PATH = re.compile(r"(?<![\w:])((?:crate|super|self)(?:\s*::\s*(?:super|[A-Za-z_]\w*))+)")
USE = re.compile(r"\buse\s+((?:crate|super|self)\s*::[^;]*);", re.S)


def references(code):
    """(line, path segments) for every path through crate/super/self."""
    found = []
    spans = []
    for m in USE.finditer(code):
        line = code.count("\n", 0, m.start()) + 1
        for path in expand_use(m.group(1)):
            found.append((line, [s.strip() for s in path.split("::") if s.strip()]))
        spans.append((m.start(), m.end()))
    for m in PATH.finditer(code):
        if any(a <= m.start() < b for a, b in spans):
            continue
        line = code.count("\n", 0, m.start()) + 1
        found.append((line, [s.strip() for s in m.group(1).split("::")]))
    return found


# --- modules and files -----------------------------------------------------

class Crate:
    def __init__(self, src):
        self.src = src
        self.files = {}  # module path tuple -> file
        for dirpath, _, names in os.walk(src):
            for name in names:
                if not name.endswith(".rs"):
                    continue
                full = os.path.join(dirpath, name)
                rel = os.path.relpath(full, src)[:-3].split(os.sep)
                if rel[-1] in ("mod", "lib", "main"):
                    rel = rel[:-1]
                if rel and rel[-1] == "main" or (rel and rel[0] == "bin"):
                    continue
                self.files[tuple(rel)] = full

    def module_of(self, path):
        """The module a file defines."""
        for mod, f in self.files.items():
            if f == path:
                return mod
        return None

    def resolve(self, module, segments):
        """The file of the longest module the path names, from `module`."""
        segs = list(segments)
        if not segs:
            return None
        if segs[0] == "crate":
            base, segs = [], segs[1:]
        elif segs[0] in ("self", "super"):
            base = list(module)
            while segs and segs[0] in ("self", "super"):
                if segs[0] == "super":
                    if not base:
                        return None
                    base.pop()
                segs = segs[1:]
        else:
            return None
        best = tuple(base)
        for k in range(1, len(segs) + 1):
            cand = tuple(base + segs[:k])
            if cand in self.files:
                best = cand
            else:
                break
        return self.files.get(best)


def crates(root):
    for base in ("crates",):
        d = os.path.join(root, base)
        if not os.path.isdir(d):
            continue
        for name in sorted(os.listdir(d)):
            src = os.path.join(d, name, "src")
            if os.path.isdir(src):
                yield name, src


def sccs(nodes, edges):
    """Tarjan's strongly connected components with more than one node."""
    index, low, on, stack, out = {}, {}, set(), [], []
    counter = [0]
    sys.setrecursionlimit(100000)

    def visit(v):
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on.add(v)
        for w in edges.get(v, ()):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                on.discard(w)
                comp.append(w)
                if w == v:
                    break
            if len(comp) > 1:
                out.append(sorted(comp))

    for v in sorted(nodes):
        if v not in index:
            visit(v)
    return out


def check_circles(root):
    problems = []
    for name, src in crates(root):
        crate = Crate(src)
        # file -> {file: first line of the reference}
        edges = defaultdict(dict)
        for mod, f in crate.files.items():
            with open(f, encoding="utf-8") as fh:
                code = strip_comments_and_strings(fh.read())
            for line, segs in references(code):
                target = crate.resolve(mod, segs)
                if target and target != f and target not in edges[f]:
                    edges[f][target] = line
        rel = lambda p: os.path.relpath(p, root)
        files = set(crate.files.values())
        for comp in sccs(files, {k: list(v) for k, v in edges.items()}):
            lines = []
            members = set(comp)
            for a in comp:
                for b, line in sorted(edges[a].items()):
                    if b in members:
                        lines.append(f"  {rel(a)}:{line} uses {rel(b)}")
            problems.append(f"{name}: files import each other in a circle:\n" + "\n".join(lines))
        # Module level: within each folder, its files and sub-folders.
        folders = {os.path.dirname(f) for f in files}
        for folder in sorted(folders):
            def unit(path):
                r = os.path.relpath(path, folder)
                if r.startswith(".."):
                    return None
                head = r.split(os.sep)[0]
                return head[:-3] if head.endswith(".rs") else head
            unit_edges = defaultdict(dict)
            for a, targets in edges.items():
                ua = unit(a)
                if ua is None:
                    continue
                for b, line in targets.items():
                    ub = unit(b)
                    if ub is None or ub == ua:
                        continue
                    unit_edges[ua].setdefault(ub, (a, line))
            units = set(unit_edges) | {u for t in unit_edges.values() for u in t}
            for comp in sccs(units, {k: list(v) for k, v in unit_edges.items()}):
                if all(os.path.isfile(os.path.join(folder, u + ".rs")) or u in ("mod", "lib") for u in comp):
                    # Files alone: already reported as a file circle.
                    continue
                lines = []
                members = set(comp)
                for a in comp:
                    for b, (f, line) in sorted(unit_edges[a].items()):
                        if b in members:
                            lines.append(f"  {rel(f)}:{line} ({a}) uses {b}")
                problems.append(
                    f"{name}: modules of {rel(folder)} import each other in a circle:\n"
                    + "\n".join(lines)
                )
    return problems


def check_safe(root):
    problems = []
    for dirpath, _, names in os.walk(os.path.join(root, "crates")):
        if os.sep + "templates" not in dirpath + os.sep and not dirpath.endswith("templates"):
            continue
        for name in sorted(names):
            full = os.path.join(dirpath, name)
            with open(full, encoding="utf-8", errors="replace") as fh:
                for n, line in enumerate(fh, 1):
                    if re.search(r"\|\s*safe\b", line):
                        problems.append(
                            f"{os.path.relpath(full, root)}:{n}: `|safe` in a template "
                            f"(print a type that proves it was sanitised or escaped): {line.strip()}"
                        )
    # The crate that defines the door, and its one caller.
    door_files = {
        os.path.join("crates", "masthead-i18n", "src", "markup.rs"),
        os.path.join("crates", "masthead-core", "src", "html", "sanitized.rs"),
    }
    for dirpath, _, names in os.walk(os.path.join(root, "crates")):
        for name in sorted(names):
            full = os.path.join(dirpath, name)
            if not name.endswith(".rs") or os.path.relpath(full, root) in door_files:
                continue
            with open(full, encoding="utf-8", errors="replace") as fh:
                code = strip_comments_and_strings(fh.read())
            for n, line in enumerate(code.split("\n"), 1):
                if re.search(r"\bfrom_sanitizer\s*\(", line):
                    problems.append(
                        f"{os.path.relpath(full, root)}:{n}: `Markup::from_sanitizer` outside "
                        f"`SanitizedHtml`'s conversion (build Markup from text and elements)"
                    )
    return problems


def check_traits(root):
    problems = []
    core = os.path.join(root, "crates", "masthead-core", "src")
    doc_path = os.path.join(root, "docs", "architecture.md")
    with open(doc_path, encoding="utf-8") as fh:
        doc = fh.read()
    for dirpath, _, names in os.walk(core):
        for name in sorted(names):
            full = os.path.join(dirpath, name)
            rel = os.path.relpath(full, core)
            if not rel.startswith("store") or not name.endswith(".rs"):
                continue
            with open(full, encoding="utf-8") as fh:
                for n, line in enumerate(fh, 1):
                    m = re.match(r"\s*pub\s+trait\s+(\w+)", line)
                    if m and not re.search(r"\b" + m.group(1) + r"\b", doc):
                        problems.append(
                            f"{os.path.relpath(full, root)}:{n}: store trait {m.group(1)} "
                            f"is not named in docs/architecture.md"
                        )
    return problems


OUTBOUND_CRATE = "masthead-outbound"
# What a hand-made HTTP client starts with.
HTTP_CLIENT = re.compile(
    r"\b(reqwest\s*::|hyper\s*::\s*client\b|hyper_util\s*::\s*client\b"
    r"|TcpStream\s*::\s*connect\b|TcpSocket\b)"
)


def without_test_items(code):
    """The code with every `#[cfg(test)]` item (a module, a function, a
    `use`) blanked, newlines kept."""
    out = list(code)
    for m in re.finditer(r"#\[cfg\(test\)\]", code):
        i = m.end()
        brace, semi = code.find("{", i), code.find(";", i)
        if semi >= 0 and (brace < 0 or semi < brace):
            end = semi + 1
        elif brace >= 0:
            depth, end = 0, brace
            while end < len(code):
                if code[end] == "{":
                    depth += 1
                elif code[end] == "}":
                    depth -= 1
                    if depth == 0:
                        end += 1
                        break
                end += 1
        else:
            continue
        for k in range(m.start(), min(end, len(code))):
            if out[k] != "\n":
                out[k] = " "
    return "".join(out)


def check_http(root):
    problems = []
    for name, src in crates(root):
        if name == OUTBOUND_CRATE:
            continue
        for dirpath, _, names in os.walk(src):
            for fname in sorted(names):
                if not fname.endswith(".rs"):
                    continue
                full = os.path.join(dirpath, fname)
                with open(full, encoding="utf-8") as fh:
                    code = without_test_items(strip_comments_and_strings(fh.read()))
                for m in HTTP_CLIENT.finditer(code):
                    line = code.count("\n", 0, m.start()) + 1
                    problems.append(
                        f"{os.path.relpath(full, root)}:{line}: `{re.sub(chr(92) + 's+', '', m.group(1))}` "
                        f"outside {OUTBOUND_CRATE} (send requests through masthead_outbound::Client, "
                        f"with Reach::PublicOnly for URLs from outside)"
                    )
        manifest = os.path.join(os.path.dirname(src), "Cargo.toml")
        if not os.path.isfile(manifest):
            continue
        section = ""
        with open(manifest, encoding="utf-8") as fh:
            for n, line in enumerate(fh, 1):
                head = re.match(r"\s*\[([^\]]+)\]", line)
                if head:
                    section = head.group(1).strip()
                    continue
                if not (section == "dependencies" or re.match(r"target\..*\.dependencies$", section)):
                    continue
                dep = re.match(r"\s*([\w-]+)\s*=", line)
                if not dep:
                    continue
                crate = dep.group(1)
                if crate == "reqwest" or (crate in ("hyper", "hyper-util") and '"client' in line):
                    problems.append(
                        f"{os.path.relpath(manifest, root)}:{n}: {name} depends on {crate}"
                        f"{' with its client' if crate != 'reqwest' else ''}: outbound HTTP "
                        f"goes through {OUTBOUND_CRATE}"
                    )
    return problems


def main():
    only = None
    if "--only" in sys.argv:
        only = sys.argv[sys.argv.index("--only") + 1]
    checks = {
        "circles": check_circles,
        "safe": check_safe,
        "traits": check_traits,
        "http": check_http,
    }
    problems = []
    for key, check in checks.items():
        if only in (None, key):
            problems.extend(check(ROOT))
    for p in problems:
        print(p)
    if problems:
        print(f"\n{len(problems)} structure problem(s) (scripts/check_structure.py)")
        sys.exit(1)
    held = {
        "circles": "no import circle",
        "safe": "no |safe, one door into Markup",
        "traits": "every store trait documented",
        "http": "one outbound HTTP client",
    }
    print("structure: " + ", ".join(v for k, v in held.items() if only in (None, k)))


if __name__ == "__main__":
    main()

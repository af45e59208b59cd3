"""Turn each peer linter's machine-readable output into score.py findings.

score.py (../shared/corpus/score.py) reads {"findings": [{record, category, start, end}]}
with start/end as UTF-8 byte offsets into the record's text. None of the peers has
warmly's tone categories, so every peer finding gets the placeholder category
PEER_CATEGORY: score.py's "any" row (which ignores the category but only counts
findings whose category is one of its nine) is then the peer's precision and recall,
and "clean drafts flagged" counts every draft the peer said anything about. Only the
"any" row is meaningful for a peer; its per-category rows are not reported.

Each drafted record is written to a file named <record id>.txt, so the record id is
the file's stem. Inputs to the adapters:
  raw    the tool's output, exactly as printed
  texts  {record id: draft text} (the text as written to the file)

Formats (checked against real runs, see bench/samples/):
  alex 11 --text --reporter=<vfile-reporter-json 3>: a JSON list of files; each
      message has position.start/end with "offset", a 0-based UTF-16 code unit
      index into the file (JavaScript string index).
  write-good 1.0.8 --parse (the CLI has no JSON output): one line per suggestion,
      "path:line:col:reason", line 1-based, col a 0-based UTF-16 index into that line
      (lines split on "\\n"); reason begins with the flagged text in double quotes.
  proselint 0.16 -o json check: {"result": {"file:///abs/path": {"diagnostics":
      [{check_path, span: [start, end], ...}]}}}; span is a code point range into
      "\\n" + text + "\\n" (proselint pads the file), so we subtract 1.
"""
import json
import os
import re
from urllib.parse import unquote, urlparse

PEER_CATEGORY = "hostile"  # placeholder: any of score.py's nine works; only "any" is read


def record_of(path):
    """Record id of a drafted file: its name without the .txt extension."""
    name = os.path.basename(path)
    return name[:-4] if name.endswith(".txt") else name


def _utf16_to_byte_table(text):
    """table[i] = UTF-8 byte offset of UTF-16 code unit index i (len+1 entries)."""
    table = []
    b = 0
    for ch in text:
        cp = ord(ch)
        units = 2 if cp > 0xFFFF else 1
        for _ in range(units):
            table.append(b)
        b += len(ch.encode("utf-8"))
    table.append(b)
    return table


def utf16_to_byte(text, index):
    table = _utf16_to_byte_table(text)
    return table[max(0, min(index, len(table) - 1))]


def char_to_byte(text, index):
    """UTF-8 byte offset of code point index `index`."""
    index = max(0, min(index, len(text)))
    return len(text[:index].encode("utf-8"))


def _finding(record, tool, rule, start, end, text):
    return {
        "record": record,
        "tool": tool,
        "rule": f"{tool}:{rule}",
        "category": PEER_CATEGORY,
        "start": start,
        "end": end,
        "quote": text.encode("utf-8")[start:end].decode("utf-8", errors="replace"),
    }


def _sorted(findings):
    return sorted(findings, key=lambda f: (f["record"], f["start"], f["end"], f["rule"]))


def alex_findings(raw, texts):
    """alex --reporter=vfile-reporter-json output (stderr) -> findings."""
    raw = raw.strip()
    if not raw:
        return []
    files = json.loads(raw)
    out = []
    for f in files:
        rec = record_of(f.get("path") or (f.get("history") or [""])[-1])
        if rec not in texts:
            continue
        text = texts[rec]
        table = _utf16_to_byte_table(text)
        line_starts = _utf16_line_starts(text)
        for m in f.get("messages", []):
            if m.get("fatal"):
                continue
            pos = m.get("position") or {}
            s, e = pos.get("start") or {}, pos.get("end") or {}
            s16 = _alex_point(s, m, line_starts)
            if s16 is None:
                continue
            e16 = _alex_point(e, None, line_starts)
            if e16 is None or e16 < s16:
                e16 = s16 + len((m.get("actual") or "").encode("utf-16-le")) // 2
            s16 = min(s16, len(table) - 1)
            e16 = min(e16, len(table) - 1)
            out.append(_finding(rec, "alex", m.get("ruleId") or m.get("source"),
                                table[s16], table[e16], text))
    return _sorted(out)


def _utf16_line_starts(text):
    starts = [0]
    i = 0
    for ch in text:
        i += 2 if ord(ch) > 0xFFFF else 1
        if ch == "\n":
            starts.append(i)
    return starts


def _alex_point(point, message, line_starts):
    """UTF-16 index of a unist point: its offset, else line/column (1-based)."""
    if point.get("offset") is not None:
        return point["offset"]
    line = point.get("line") or (message or {}).get("line")
    col = point.get("column") or (message or {}).get("column")
    if not line or not col or line > len(line_starts):
        return None
    return line_starts[line - 1] + col - 1


_WG_CHECKS = {  # write-good's explanations -> its check names (write-good.js)
    "is a weasel word": "weasel",
    "is repeated": "illusion",
    "adds no meaning": "so",
    "is unnecessary verbiage": "thereIs",
    "may be passive voice": "passive",
    "can weaken meaning": "adverb",
    "is wordy or unneeded": "tooWordy",
    "is a cliche": "cliches",
    "is a form of 'to be'": "eprime",
}

_WG_LINE = re.compile(r"^(?P<path>.*?):(?P<line>\d+):(?P<col>\d+):(?P<reason>.*)$")


def write_good_findings(raw, texts):
    """write-good --parse output (stdout) -> findings."""
    # A suggestion whose reason held a newline continues on the next output line;
    # write-good replaced only the first newline by a space.
    entries = []
    for line in raw.split("\n"):
        m = _WG_LINE.match(line)
        if m and record_of(m.group("path")) in texts and m.group("reason").startswith('"'):
            entries.append([m.group("path"), int(m.group("line")), int(m.group("col")),
                            m.group("reason")])
        elif entries and line:
            entries[-1][3] += "\n" + line
    out = []
    for path, lineno, col, reason in entries:
        rec = record_of(path)
        text = texts[rec]
        table = _utf16_to_byte_table(text)
        lines16 = _utf16_line_starts(text)
        if lineno > len(lines16):
            continue
        s16 = lines16[lineno - 1] + col
        units = text.encode("utf-16-le")
        flagged = _write_good_quote(reason, units, s16)
        if flagged is None:
            continue
        e16 = s16 + len(flagged.encode("utf-16-le")) // 2
        why = reason[len(flagged) + 3:]
        rule = "+".join(_WG_CHECKS.get(w.strip(), w.strip()) for w in why.split(" and "))
        out.append(_finding(rec, "write-good", rule, table[min(s16, len(table) - 1)],
                            table[min(e16, len(table) - 1)], text))
    return _sorted(out)


def _write_good_quote(reason, units, s16):
    """The flagged text at the head of a write-good reason: '"<text>" <why>'.

    The text itself may hold quotes or a newline (shown as a space), so take the
    shortest candidate that matches the draft at the reported position.
    """
    for m in re.finditer(r'" ', reason):
        cand = reason[1:m.start()]
        got = units[2 * s16: 2 * s16 + len(cand.encode("utf-16-le"))].decode(
            "utf-16-le", errors="replace")
        if got == cand or got.replace("\n", " ") == cand.replace("\n", " "):
            return cand
    return None


def proselint_findings(raw, texts):
    """proselint -o json check output (stdout) -> findings."""
    raw = raw.strip()
    if not raw:
        return []
    doc = json.loads(raw)
    out = []
    for source, res in (doc.get("result") or {}).items():
        path = unquote(urlparse(source).path) if source.startswith("file:") else source
        rec = record_of(path)
        if rec not in texts:
            continue
        text = texts[rec]
        for d in res.get("diagnostics", []) or []:
            s, e = d["span"]
            s, e = max(0, s - 1), max(0, e - 1)  # proselint lints "\n" + text + "\n"
            out.append(_finding(rec, "proselint", d.get("check_path"),
                                char_to_byte(text, s), char_to_byte(text, e), text))
    return _sorted(out)


ADAPTERS = {
    "alex": alex_findings,
    "write-good": write_good_findings,
    "proselint": proselint_findings,
}

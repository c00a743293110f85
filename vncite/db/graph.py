"""The document -> document graph (which indexed documents rely on which), as DOT, GraphML or JSON."""

from __future__ import annotations

import json
from typing import Any
from xml.sax.saxutils import escape

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from vncite.db.models import Document, Instrument, Link


def graph(session: Session) -> dict[str, Any]:
    """Nodes (documents that cite or are cited) and edges (links with instrument and role)."""
    src, tgt = aliased(Document), aliased(Document)
    edges, nodes = [], {}
    rows = session.execute(
        select(Link.relation, src, tgt, Instrument.symbol)
        .join(src, src.id == Link.source_id).join(tgt, tgt.id == Link.target_id)
        .join(Instrument, Instrument.id == Link.instrument_id)
        .order_by(src.path, tgt.path)
    )
    for relation, s, t, symbol in rows:
        for d in (s, t):
            nodes[d.id] = {
                "id": f"d{d.id}", "path": d.path, "type": d.type, "symbol": d.symbol,
                "date": d.date.isoformat() if d.date else None, "issuer": d.issuer,
            }
        edges.append({"source": f"d{s.id}", "target": f"d{t.id}", "instrument": symbol, "relation": relation})
    return {"nodes": list(nodes.values()), "edges": edges}


def to_json(g: dict[str, Any]) -> str:
    return json.dumps(g, ensure_ascii=False, indent=2)


def _label(node: dict[str, Any]) -> str:
    return " ".join(p for p in (node["type"], node["symbol"]) if p) or node["path"]


def to_dot(g: dict[str, Any]) -> str:
    def q(text: str) -> str:
        return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'

    lines = ["digraph vncite {", "  rankdir=LR;", "  node [shape=box];"]
    lines += [f"  {n['id']} [label={q(_label(n))}, tooltip={q(n['path'])}];" for n in g["nodes"]]
    lines += [f"  {e['source']} -> {e['target']} [label={q(e['relation'])}];" for e in g["edges"]]
    return "\n".join([*lines, "}"]) + "\n"


def to_graphml(g: dict[str, Any]) -> str:
    keys = [("path", "node"), ("label", "node"), ("date", "node"), ("instrument", "edge"), ("relation", "edge")]
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">']
    out += [f'  <key id="{k}" for="{f}" attr.name="{k}" attr.type="string"/>' for k, f in keys]
    out.append('  <graph id="vncite" edgedefault="directed">')
    for n in g["nodes"]:
        out.append(f'    <node id="{n["id"]}">')
        for k, v in (("path", n["path"]), ("label", _label(n)), ("date", n["date"])):
            if v:
                out.append(f'      <data key="{k}">{escape(v)}</data>')
        out.append("    </node>")
    for e in g["edges"]:
        out.append(f'    <edge source="{e["source"]}" target="{e["target"]}">')
        out.append(f'      <data key="instrument">{escape(e["instrument"] or "")}</data>')
        out.append(f'      <data key="relation">{escape(e["relation"])}</data>')
        out.append("    </edge>")
    out += ["  </graph>", "</graphml>"]
    return "\n".join(out) + "\n"


RENDERERS = {"dot": to_dot, "graphml": to_graphml, "json": to_json}

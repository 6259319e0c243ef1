#!/usr/bin/env python3
"""Datasets dropped as their owners publish them, unconverted, each with a `format` mapping in
its provenance.json (DESIGN §4; docs/INPUTS.md), for tests/intake.rs:

- foundation/counsel_chat   the real counsel-chat CSV (tests/data/counsel-chat, MIT) as published:
                            `pair` layout, two prompt columns, grouped by questionID, `topic` in meta;
- foundation/esconv_like    ESConv's shape — one JSON array of dialogs, `dialog: [{speaker,
                            annotation, content}]`, speakers seeker/supporter — `conversation`
                            layout, role_map, nested meta (`survey.score`);
- foundation/annomi_like    AnnoMI's shape — one utterance per row, gzipped CSV, rows of a
                            transcript out of order — `turns` layout;
- edge_cases/hub_parquet    a Hugging Face Hub Parquet file (list<struct<role, content>>
                            `messages` column, written by pyarrow) with no mapping: detected as ChatML;
- edge_cases/hub_pairs      Parquet with a struct column, `pair` layout over dotted paths.

The ESConv/AnnoMI/Hub texts are counsel-chat answers too, so every text is real writing.

Usage: owner_drop.py BUCKET_DIR RELEASE [--broken]
--broken adds foundation/broken_map: a CSV whose header lacks a column its mapping names.
Prints the expectations as JSON: records per source, and the exact texts of a few conversations.
"""
import csv
import gzip
import json
import os
import shutil
import sys

import pyarrow as pa
import pyarrow.parquet as pq

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "..", "data", "counsel-chat", "counsel_chat.csv")


def provenance(name, license, fmt=None, role_map=None):
    p = {"source_name": name, "license": license, "data_owner": "mhd tests (texts: counsel-chat, N. Bertagnolli)",
         "collection_method": "public answers by licensed therapists on counselchat.com",
         "consent_basis": "public posts, published under MIT", "acquired_date": "2026-12-05",
         "upstream_url": "https://github.com/nbertagnolli/counsel-chat", "language": "en"}
    if fmt:
        p["format"] = fmt
    if role_map:
        p["role_map"] = role_map
    return p


def put(root, rel, family, source, files, prov):
    d = os.path.join(root, "staging", rel, family, source)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, "provenance.json"), "w") as f:
        json.dump(prov, f)
    return d


def main():
    root, rel = sys.argv[1], sys.argv[2]
    broken = "--broken" in sys.argv
    rows = list(csv.DictReader(open(DATA, newline="", encoding="utf-8")))
    answers = [r["answerText"].strip() for r in rows if r["answerText"].strip()]
    questions = [(r["questionTitle"].strip() + " " + r["questionText"].strip()).strip() for r in rows]
    expect = {"records": {}, "texts": {}}

    d = put(root, rel, "foundation", "counsel_chat", [], provenance("counsel-chat", "MIT", {
        "layout": "pair", "prompt": ["questionTitle", "questionText"], "response": "answerText",
        "group": "questionID", "id": "", "meta": ["topic"]}))
    shutil.copy(DATA, os.path.join(d, "counsel_chat.csv"))
    expect["records"]["foundation/counsel_chat"] = len(rows)

    # ESConv-like: one JSON array of dialogs
    dialogs = []
    for i in range(40):
        turns = [("seeker", questions[i]), ("supporter", answers[i]),
                 ("seeker", "Thank you. " + questions[i + 40][:200]), ("supporter", answers[i + 40])]
        dialogs.append({"experience_type": "Previous Experience", "emotion_type": ["anxiety", "sadness"][i % 2],
                        "problem_type": "ongoing depression", "situation": questions[i][:80],
                        "survey": {"score": i % 5}, "seeker_question": None,
                        "dialog": [{"speaker": s, "annotation": {"strategy": "Question"} if s == "supporter" else {},
                                    "content": t} for s, t in turns]})
    d = put(root, rel, "foundation", "esconv_like", [], provenance("esconv-like", "MIT", {
        "layout": "conversation", "messages": "dialog", "role": "speaker", "content": "content",
        "meta": ["emotion_type", "survey.score"]}, role_map={"supporter": "assistant"}))
    with open(os.path.join(d, "ESConv.json"), "w") as f:
        json.dump(dialogs, f, indent=2)
    expect["records"]["foundation/esconv_like"] = len(dialogs)
    expect["texts"]["esconv_like/3"] = [t["content"] for t in dialogs[3]["dialog"]]

    # AnnoMI-like: one utterance per row, a transcript's rows out of order, gzipped
    d = put(root, rel, "foundation", "annomi_like", [], provenance("annomi-like", "MIT", {
        "layout": "turns", "conversation": "transcript_id", "order": "utterance_id",
        "role": "interlocutor", "content": "utterance_text", "meta": ["mi_quality"]}))
    with gzip.open(os.path.join(d, "AnnoMI-simple.csv.gz"), "wt", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["mi_quality", "transcript_id", "video_title", "utterance_id", "interlocutor", "timestamp", "utterance_text"])
        for t in range(30):
            utts = [("therapist", answers[200 + t]), ("client", questions[200 + t]), ("therapist", answers[300 + t])]
            order = [1, 0, 2] if t % 2 else [0, 1, 2]
            for u in order:
                w.writerow(["high" if t % 3 else "low", t, f"session {t}", u, utts[u][0], f"00:00:{u:02d}", utts[u][1]])
            if t == 5:
                expect["texts"]["annomi_like/5"] = [x[1] for x in utts]
    expect["records"]["foundation/annomi_like"] = 30

    # a Hub Parquet file: ChatML `messages` column, detected without a mapping
    msgs = [[{"role": "user", "content": questions[400 + i]}, {"role": "assistant", "content": answers[400 + i]}]
            for i in range(25)]
    d = put(root, rel, "edge_cases", "hub_parquet", [], provenance("hub-parquet", "MIT"))
    pq.write_table(pa.table({"messages": msgs, "source_id": [f"hub-{i}" for i in range(25)]}),
                   os.path.join(d, "train-00000-of-00001.parquet"), row_group_size=10)
    expect["records"]["edge_cases/hub_parquet"] = 25
    expect["texts"]["hub_parquet/7"] = [m["content"] for m in msgs[7]]

    # Parquet with a struct column, `pair` layout over dotted paths
    qa = [{"question": {"title": questions[500 + i][:60], "body": questions[500 + i]}, "answer": answers[500 + i]}
          for i in range(15)]
    d = put(root, rel, "edge_cases", "hub_pairs", [], provenance("hub-pairs", "MIT", {
        "layout": "pair", "prompt": ["qa.question.body"], "response": "qa.answer", "id": "row"}))
    pq.write_table(pa.table({"row": list(range(15)), "qa": qa}), os.path.join(d, "data.parquet"))
    expect["records"]["edge_cases/hub_pairs"] = 15
    expect["texts"]["hub_pairs/4"] = [qa[4]["question"]["body"], qa[4]["answer"]]

    if broken:
        d = put(root, rel, "foundation", "broken_map", [], provenance("broken-map", "MIT", {
            "layout": "pair", "prompt": "question", "response": "answer_text"}))
        with open(os.path.join(d, "qa.csv"), "w", newline="") as f:
            w = csv.writer(f)
            w.writerow(["question", "answer"])
            w.writerow([questions[0], answers[0]])
    print(json.dumps(expect))


if __name__ == "__main__":
    main()

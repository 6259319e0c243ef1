#!/usr/bin/env python3
"""A realistic drop for the training-consumption test, built from real therapists' answers
(tests/data/counsel-chat, MIT, as published) in the shapes data owners send:

- foundation/counsel_chat_qa   ChatML JSONL, MIT: question -> answer, with the owner's `id` and
                               a `group` per question (its answers stay in one split);
- foundation/counsellor_led    ChatML JSONL, CC-BY-4.0: the counsellor speaks first (no ids);
- edge_cases/crisis_topics     ShareGPT JSONL, CC-BY-NC-4.0: trauma, self-harm, abuse, grief,
                               substance use, eating disorders — plus conversations that break
                               the training rules (a system turn mid-conversation; one longer
                               than 8192 tokens);
- voice_persona/coach_csv      CSV, CC0-1.0: client/coach rows;
- journaling/prompts           a family the policy does not list (left out, must be named).

Usage: realistic_drop.py BUCKET_DIR RELEASE
Prints {"rule_breakers": {...}, "excluded": {...}} so the test knows what was planted.
"""
import csv
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "..", "data", "counsel-chat", "counsel_chat.csv")
EDGE = {"trauma", "self-harm", "domestic-violence", "grief-and-loss", "substance-abuse",
        "eating-disorders", "addiction"}
PERSONA = {"counseling-fundamentals", "behavioral-change", "stress", "sleep-improvement"}
JOURNAL = {"spirituality", "legal-regulatory", "professional-ethics"}
OPENERS = ["Hi, thanks for reaching out. What would you like to talk about today?",
           "Hello, I'm glad you came back. How have things been since we last spoke?",
           "Welcome. Before we start, is there anything on your mind you want to begin with?"]


def provenance(name, license, method):
    return {"source_name": name, "license": license, "data_owner": "counsel-chat (N. Bertagnolli)",
            "collection_method": method, "consent_basis": "public posts on counselchat.com, published under MIT",
            "acquired_date": "2026-11-30", "upstream_url": "https://github.com/nbertagnolli/counsel-chat",
            "language": "en"}


def main():
    bucket, release = sys.argv[1], sys.argv[2]
    rng = random.Random(17)
    rows = [r for r in csv.DictReader(open(DATA, newline="", encoding="utf-8"))
            if r["answerText"].strip() and (r["questionText"].strip() or r["questionTitle"].strip())]
    root = os.path.join(bucket, "staging", release)

    def src(family, source, license, method):
        d = os.path.join(root, family, source)
        os.makedirs(d, exist_ok=True)
        with open(os.path.join(d, "provenance.json"), "w") as f:
            json.dump(provenance(source, license, method), f, indent=1)
        return d

    def question(r):
        return "\n\n".join(x for x in (r["questionTitle"].strip(), r["questionText"].strip()) if x)

    foundation = [r for r in rows if r["topic"] not in EDGE | PERSONA | JOURNAL]
    rng.shuffle(foundation)
    led, qa = foundation[: len(foundation) // 9], foundation[len(foundation) // 9:]
    d = src("foundation", "counsel_chat_qa", "MIT", "public Q&A: a member's question, a licensed therapist's answer")
    with open(os.path.join(d, "part-00000.jsonl"), "w") as f:
        for r in qa:
            f.write(json.dumps({"id": f"cc-{r['']}", "group": f"q{r['questionID']}", "messages": [
                {"role": "user", "content": question(r)},
                {"role": "assistant", "content": r["answerText"].strip()}]}) + "\n")
    d = src("foundation", "counsellor_led", "CC-BY-4.0", "counsellor-led sessions: the counsellor opens")
    with open(os.path.join(d, "part-00000.jsonl"), "w") as f:
        for r in led:
            f.write(json.dumps({"messages": [
                {"role": "assistant", "content": rng.choice(OPENERS)},
                {"role": "user", "content": question(r)},
                {"role": "assistant", "content": r["answerText"].strip()}]}) + "\n")

    edge = [r for r in rows if r["topic"] in EDGE]
    d = src("edge_cases", "crisis_topics", "CC-BY-NC-4.0", "public Q&A on crisis topics")
    breakers = {"training_system_position": 0, "training_length": 0}
    with open(os.path.join(d, "part-00000.jsonl"), "w") as f:
        for i, r in enumerate(edge):
            conv = [{"from": "human", "value": question(r)}, {"from": "gpt", "value": r["answerText"].strip()}]
            if i % 40 == 7:
                # an operator note injected mid-conversation: a ChatML trainer must not see it
                conv.insert(1, {"from": "system", "value": "Escalation protocol: follow the safety plan."})
                breakers["training_system_position"] += 1
            f.write(json.dumps({"conversations": conv}) + "\n")
        # one transcript longer than the 8192-token context
        long_answer = "\n\n".join(r["answerText"].strip() for r in rows[:60])
        f.write(json.dumps({"conversations": [{"from": "human", "value": question(rows[0])},
                                              {"from": "gpt", "value": long_answer}]}) + "\n")
        breakers["training_length"] += 1

    persona = [r for r in rows if r["topic"] in PERSONA]
    d = src("voice_persona", "coach_csv", "CC0-1.0", "coaching Q&A as client/coach rows")
    with open(os.path.join(d, "sessions.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["conversation_id", "turn", "speaker", "text"])
        for i, r in enumerate(persona):
            w.writerow([f"s{i:05d}", 1, "client", question(r)])
            w.writerow([f"s{i:05d}", 2, "coach", r["answerText"].strip()])

    journal = [r for r in rows if r["topic"] in JOURNAL]
    d = src("journaling", "prompts", "MIT", "public Q&A")
    with open(os.path.join(d, "part-00000.jsonl"), "w") as f:
        for r in journal:
            f.write(json.dumps({"messages": [{"role": "user", "content": question(r)},
                                             {"role": "assistant", "content": r["answerText"].strip()}]}) + "\n")
    with open(os.path.join(root, "release.json"), "w") as f:
        json.dump({"note": "intake closed"}, f)
    print(json.dumps({"rule_breakers": breakers, "excluded": {"journaling": len(journal)},
                      "counsellor_first": len(led)}))


if __name__ == "__main__":
    main()

//! Release status for ops: one document per release from the state table (DynamoDB or the
//! local store), as JSON for scripts and as text for people. `mhd status` prints it.

use crate::pipeline::StageError;
use crate::state::{self, Meta, StateStore};
use crate::store::BlobStore;
use serde_json::{Value, json};

/// The status of one release as JSON (what `--json` prints; [`text`] renders it for people).
/// With the release's blob store (`blob`), a shard read under a source sidecar since replaced
/// counts as not yet reported, as the finalizer counts it; without one (`mhd status` on AWS
/// without `MHD_BUCKET`) every row of this generation counts, and the document says so.
pub async fn document<S: StateStore, B: BlobStore>(
    st: &S,
    blob: Option<&B>,
    meta: &Meta,
) -> Result<Value, StageError> {
    let shards = state::shards(st, &meta.release).await?;
    let rows = state::gates(st, &meta.release).await?;
    // Every gate this build runs: its row once gating has run, else pending.
    let mut gates: Vec<Value> = rows
        .iter()
        .map(|g| serde_json::to_value(g).unwrap_or_default())
        .collect();
    for name in crate::gate_name::GateName::RELEASE_WIDE {
        if !rows.iter().any(|g| g.name == name.as_str()) {
            gates.push(json!({"name": name, "status": "pending", "summary": "", "report_key": ""}));
        }
    }
    let received = state::signoffs(st, &meta.release).await?;
    let sources = state::sources(st, &meta.release).await?;
    // Every required signoff, "missing" until a file arrives.
    let mut signoffs: Vec<Value> = meta
        .required_signoffs
        .iter()
        .map(|req| {
            received
                .iter()
                .find(|s| s.kind == req.kind && s.family == req.family)
                .map(|s| serde_json::to_value(s).unwrap_or_default())
                .unwrap_or_else(|| {
                    json!({"kind": req.kind, "family": req.family, "status": "missing", "reasons": [],
                           "key": crate::keys::signoff_key(&meta.release, &req.kind, &req.family)})
                })
        })
        .collect();
    for s in &received {
        if !meta
            .required_signoffs
            .iter()
            .any(|r| r.kind == s.kind && r.family == s.family)
        {
            signoffs.push(serde_json::to_value(s).unwrap_or_default());
        }
    }
    let mine: Vec<state::ShardRow> = shards
        .iter()
        .filter(|s| s.generation == meta.generation && meta.expected_shards.contains(&s.key))
        .cloned()
        .collect();
    let reported = match blob {
        Some(b) => crate::pipeline::shard::current_keys(b, &meta.release, &mine)
            .await?
            .len(),
        None => mine.len(),
    };
    // read under a sidecar since replaced: waiting to be read again
    let rereading = mine.len() - reported;
    let failed: Vec<&str> = shards
        .iter()
        .filter(|s| s.status != state::ShardStatus::Done)
        .map(|s| s.key.as_str())
        .collect();
    let blocked_on = match meta.state {
        state::State::Open => "the seal (staging/<release>/release.json)".to_string(),
        state::State::Sealed => format!(
            "{} of {} shards",
            meta.expected_shards.len() - reported,
            meta.expected_shards.len()
        ),
        // From the signoff rows, not `meta.reasons`: the state turns AWAITING_SIGNOFF one write
        // before the first signoff check records what it waits on.
        state::State::AwaitingSignoff => awaited(&signoffs, meta),
        state::State::Failed => first_few(&meta.reasons),
        state::State::Published => "nothing (published)".to_string(),
        s => format!("{} in progress", s.as_str()),
    };
    Ok(json!({
        "release": meta.release,
        "state": meta.state,
        "version": meta.version,
        "shards": {"expected": meta.expected_shards.len(), "reported": reported, "failed": failed, "total_rows": shards.len(),
                   "rereading": rereading, "sidecars_checked": blob.is_some()},
        "rejected_keys": meta.rejected,
        "sources": sources,
        "gates": gates,
        "signoffs": signoffs,
        "required_signoffs": meta.required_signoffs.iter().map(|r| format!("{}.{}", r.kind, r.family)).collect::<Vec<_>>(),
        "reasons": meta.reasons,
        "blocked_on": blocked_on,
    }))
}

pub fn text(doc: &Value) -> String {
    let shards = &doc["shards"];
    let rereading = shards["rereading"].as_u64().unwrap_or(0);
    let mut s = format!(
        "release {}  state {}\nshards  {}/{} reported, {} failed{}{}\n",
        doc["release"].as_str().unwrap_or(""),
        doc["state"].as_str().unwrap_or(""),
        shards["reported"],
        shards["expected"],
        shards["failed"].as_array().map(Vec::len).unwrap_or(0),
        if rereading > 0 {
            format!(", {rereading} to read again under a newer provenance.json")
        } else {
            String::new()
        },
        if shards["sidecars_checked"] == false {
            " (provenance.json versions not checked: set MHD_BUCKET)"
        } else {
            ""
        }
    );
    s.push_str(&sources_text(doc));
    for g in doc["gates"].as_array().into_iter().flatten() {
        s.push_str(&format!(
            "gate    {:<14} {:<5} {}  ({})\n",
            g["name"].as_str().unwrap_or(""),
            g["status"].as_str().unwrap_or(""),
            g["summary"].as_str().unwrap_or(""),
            g["report_key"].as_str().unwrap_or("")
        ));
    }
    for so in doc["signoffs"].as_array().into_iter().flatten() {
        let reasons = joined(&so["reasons"]);
        s.push_str(&format!(
            "signoff {}.{} {} {}\n",
            so["kind"].as_str().unwrap_or(""),
            so["family"].as_str().unwrap_or(""),
            so["status"].as_str().unwrap_or(""),
            reasons
        ));
    }
    s.push_str(&format!(
        "blocked on: {}\n",
        doc["blocked_on"].as_str().unwrap_or("")
    ));
    s
}

/// One line per source: provenance verdict, licence, records in / out / quarantined (a
/// source with nothing out is named), and its problems; then what the coverage gate left out.
pub fn sources_text(doc: &Value) -> String {
    let mut s = String::new();
    for so in doc["sources"].as_array().into_iter().flatten() {
        let problems = joined(&so["problems"]);
        let out = so["records_out"].as_u64().unwrap_or(0);
        s.push_str(&format!(
            "source  {}/{} provenance {} {} {} in, {} out{}, {} quarantined {}\n",
            so["family"].as_str().unwrap_or(""),
            so["source"].as_str().unwrap_or(""),
            so["provenance"].as_str().unwrap_or(""),
            so["license"].as_str().unwrap_or("-"),
            so["records_in"].as_u64().unwrap_or(0),
            out,
            if out == 0 { " (NOTHING OUT)" } else { "" },
            so["quarantined"].as_u64().unwrap_or(0),
            problems
        ));
    }
    for g in doc["gates"].as_array().into_iter().flatten() {
        if let Some(left) = g["summary"]
            .as_str()
            .and_then(|x| x.split_once("left out, not in the policy: "))
        {
            s.push_str(&format!("left out (not in the policy): {}\n", left.1));
        }
    }
    s
}

/// How many reasons the "blocked on" line names; `reasons` holds them all.
const NAMED_REASONS: usize = 3;

/// The first few reasons, and how many more there are.
fn first_few(reasons: &[String]) -> String {
    let mut s = reasons
        .iter()
        .take(NAMED_REASONS)
        .cloned()
        .collect::<Vec<_>>()
        .join("; ");
    if reasons.len() > NAMED_REASONS {
        s.push_str(&format!("; and {} more", reasons.len() - NAMED_REASONS));
    }
    s
}

/// Every required signoff that is not yet approved, as "signoff kind.family: status[: reasons]".
fn awaited(signoffs: &[Value], meta: &Meta) -> String {
    let waiting: Vec<String> = signoffs
        .iter()
        .filter(|so| {
            so["status"] != "approved"
                && meta
                    .required_signoffs
                    .iter()
                    .any(|r| so["kind"] == r.kind.as_str() && so["family"] == r.family.as_str())
        })
        .map(|so| {
            let reasons = joined(&so["reasons"]);
            format!(
                "signoff {}.{}: {}{}",
                so["kind"].as_str().unwrap_or(""),
                so["family"].as_str().unwrap_or(""),
                so["status"].as_str().unwrap_or(""),
                if reasons.is_empty() {
                    String::new()
                } else {
                    format!(": {reasons}")
                }
            )
        })
        .collect();
    if waiting.is_empty() {
        "the next signoff check (all required signoffs approved)".to_string()
    } else {
        waiting.join("; ")
    }
}

/// A JSON array of strings as one "a; b" line.
fn joined(v: &Value) -> String {
    v.as_array()
        .into_iter()
        .flatten()
        .filter_map(Value::as_str)
        .collect::<Vec<_>>()
        .join("; ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::ReleaseId;
    use crate::review::PacketRef;
    use crate::state::machine::RequiredSignoff;
    use crate::state::{LocalStateStore, SignoffRow, State};
    use crate::store::LocalBlobStore;

    fn required(kind: &str, family: &str) -> RequiredSignoff {
        RequiredSignoff {
            kind: kind.into(),
            family: family.into(),
            packet: PacketRef {
                key: format!("packets/{kind}.{family}.jsonl"),
                sha256: "0".repeat(64),
                size: 1,
            },
        }
    }

    /// The transient states (a finalizer is between writes): what ops see while they last.
    #[tokio::test]
    async fn transient_states_say_what_is_in_progress() {
        let st = LocalStateStore::in_memory();
        let r = ReleaseId::parse("v2026-11-26").unwrap();
        let mut meta = state::machine::open(r, 0);
        meta.expected_shards = vec!["staging/a".into(), "staging/b".into()];
        meta.state = State::Sealed;
        let doc = document(&st, None::<&LocalBlobStore>, &meta).await.unwrap();
        assert_eq!(doc["blocked_on"], "2 of 2 shards");
        assert!(
            text(&doc).contains("state SEALED\nshards  0/2 reported"),
            "{}",
            text(&doc)
        );
        for (state, line) in [
            (State::Gating, "GATING in progress"),
            (State::Assembling, "ASSEMBLING in progress"),
        ] {
            meta.state = state;
            let doc = document(&st, None::<&LocalBlobStore>, &meta).await.unwrap();
            assert_eq!(doc["blocked_on"], line);
            // Gates not yet run are listed as pending, every one of them.
            let pending = doc["gates"]
                .as_array()
                .unwrap()
                .iter()
                .filter(|g| g["status"] == "pending")
                .count();
            assert_eq!(pending, crate::gate_name::GateName::RELEASE_WIDE.len());
        }
    }

    #[tokio::test]
    async fn awaiting_signoff_names_what_it_waits_on_before_the_first_check_writes_reasons() {
        let st = LocalStateStore::in_memory();
        let r = ReleaseId::parse("v2026-11-26").unwrap();
        let mut meta = state::machine::open(r.clone(), 0);
        meta.state = State::AwaitingSignoff;
        meta.required_signoffs = vec![required("clinician_qa", "a"), required("bias", "b")];
        assert!(meta.reasons.is_empty());
        let approved = SignoffRow {
            kind: "bias".into(),
            family: "b".into(),
            key: "k".into(),
            status: state::SignoffStatus::Approved,
            reasons: vec![],
            sha256: None,
            principal: None,
        };
        state::put_signoff(&st, &r, &approved).await.unwrap();
        let doc = document(&st, None::<&LocalBlobStore>, &meta).await.unwrap();
        assert_eq!(doc["blocked_on"], "signoff clinician_qa.a: missing");

        let invalid = SignoffRow {
            kind: "clinician_qa".into(),
            family: "a".into(),
            status: state::SignoffStatus::Invalid,
            reasons: vec!["bad sha".into()],
            ..approved
        };
        state::put_signoff(&st, &r, &invalid).await.unwrap();
        let doc = document(&st, None::<&LocalBlobStore>, &meta).await.unwrap();
        assert_eq!(
            doc["blocked_on"],
            "signoff clinician_qa.a: invalid: bad sha"
        );
    }
}

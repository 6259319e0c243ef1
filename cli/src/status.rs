//! `mhd status`: gate state for ops, from DynamoDB or an embedded run's local state.

use anyhow::{Context, Result};
use mhd_shared::model::ReleaseId;
use mhd_shared::state::{self, Meta, StateStore};
use serde_json::{Value, json};
use std::path::PathBuf;
use std::process::ExitCode;

pub async fn status(
    release: Option<ReleaseId>,
    dir: Option<PathBuf>,
    as_json: bool,
) -> Result<ExitCode> {
    match dir {
        Some(d) => {
            let r = release.context("--bucket-dir needs --release")?;
            let st = mhd_shared::state::LocalStateStore::at(crate::local_state_path(&d, &r))?;
            render(&st, Some(r), as_json).await
        }
        None => {
            let table = std::env::var("MHD_TABLE")
                .context("set MHD_TABLE (or use --bucket-dir for an embedded run)")?;
            let cfg = mhd_shared::aws::sdk_config().await;
            render(
                &mhd_shared::aws::state_store(&cfg, &table),
                release,
                as_json,
            )
            .await
        }
    }
}

async fn render<S: StateStore>(
    st: &S,
    release: Option<ReleaseId>,
    as_json: bool,
) -> Result<ExitCode> {
    let Some(r) = release else {
        let all = state::releases(st).await?;
        if as_json {
            let v: Vec<Value> = all
                .iter()
                .map(
                    |m| json!({"release": m.release, "state": m.state, "updated_at": m.updated_at}),
                )
                .collect();
            println!("{}", serde_json::to_string_pretty(&v)?);
        } else {
            for m in &all {
                println!("{:<16} {}", m.release.as_str(), m.state.as_str());
            }
        }
        return Ok(ExitCode::SUCCESS);
    };
    let Some(meta) = state::get_meta(st, &r).await? else {
        eprintln!("no state for release {r}");
        return Ok(ExitCode::from(1));
    };
    let doc = document(st, &meta).await?;
    if as_json {
        println!("{}", serde_json::to_string_pretty(&doc)?);
    } else {
        print!("{}", text(&doc));
    }
    Ok(ExitCode::SUCCESS)
}

pub async fn document<S: StateStore>(st: &S, meta: &Meta) -> Result<Value> {
    let shards = state::shards(st, &meta.release).await?;
    let gates = state::gates(st, &meta.release).await?;
    let signoffs = state::signoffs(st, &meta.release).await?;
    let reported = shards
        .iter()
        .filter(|s| s.generation == meta.generation && meta.expected_shards.contains(&s.key))
        .count();
    let failed: Vec<&str> = shards
        .iter()
        .filter(|s| s.status != "done")
        .map(|s| s.key.as_str())
        .collect();
    let blocked_on = match meta.state {
        state::State::Open => "the seal (staging/<release>/release.json)".to_string(),
        state::State::Sealed => format!(
            "{} of {} shards",
            meta.expected_shards.len() - reported,
            meta.expected_shards.len()
        ),
        state::State::AwaitingSignoff | state::State::Failed => meta.reasons.join("; "),
        state::State::Published => "nothing (published)".to_string(),
        s => format!("{} in progress", s.as_str()),
    };
    Ok(json!({
        "release": meta.release,
        "state": meta.state,
        "version": meta.version,
        "shards": {"expected": meta.expected_shards.len(), "reported": reported, "failed": failed, "total_rows": shards.len()},
        "rejected_keys": meta.rejected,
        "gates": gates,
        "signoffs": signoffs,
        "required_signoffs": meta.required_signoffs.iter().map(|r| format!("{}.{}", r.kind, r.family)).collect::<Vec<_>>(),
        "reasons": meta.reasons,
        "blocked_on": blocked_on,
    }))
}

pub fn text(doc: &Value) -> String {
    let mut s = format!(
        "release {}  state {}\nshards  {}/{} reported, {} failed\n",
        doc["release"].as_str().unwrap_or(""),
        doc["state"].as_str().unwrap_or(""),
        doc["shards"]["reported"],
        doc["shards"]["expected"],
        doc["shards"]["failed"]
            .as_array()
            .map(Vec::len)
            .unwrap_or(0)
    );
    for g in doc["gates"].as_array().into_iter().flatten() {
        s.push_str(&format!(
            "gate    {:<12} {:<5} {}  ({})\n",
            g["name"].as_str().unwrap_or(""),
            g["status"].as_str().unwrap_or(""),
            g["summary"].as_str().unwrap_or(""),
            g["report_key"].as_str().unwrap_or("")
        ));
    }
    for so in doc["signoffs"].as_array().into_iter().flatten() {
        let reasons = so["reasons"]
            .as_array()
            .map(|r| {
                r.iter()
                    .filter_map(|x| x.as_str())
                    .collect::<Vec<_>>()
                    .join("; ")
            })
            .unwrap_or_default();
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

//! `mhd run`: the embedded pipeline over a local directory laid out like the bucket.

use anyhow::{Context, Result, bail};
use mhd_shared::keys;
use mhd_shared::model::ReleaseId;
use mhd_shared::pipeline::embedded;
use mhd_shared::state::{LocalStateStore, State};
use mhd_shared::store::{BlobStore, LocalBlobStore};
use std::io::IsTerminal;
use std::path::Path;
use std::process::ExitCode;

pub async fn run(
    dir: &Path,
    release: &ReleaseId,
    policy: Option<&Path>,
    reopen: bool,
    jobs: usize,
    json: bool,
) -> Result<ExitCode> {
    if jobs == 0 {
        bail!("--jobs must be at least 1");
    }
    if !dir.is_dir() {
        bail!("--bucket-dir {} is not a directory", dir.display());
    }
    let policy = crate::load_policy(policy)?;
    let blob = LocalBlobStore::new(dir);
    if blob.get(&keys::manifest_key(release)).await?.is_some() {
        eprintln!(
            "{release} is already published at {}",
            dir.join(keys::release_prefix(release)).display()
        );
        return Ok(ExitCode::SUCCESS);
    }
    let staged = keys::staging_prefix(release);
    if blob.list(&staged).await?.is_empty() {
        // Nothing to build: say so before any state exists, so a typo in the release id does
        // not leave a FAILED release behind.
        bail!(
            "nothing is staged for {release}: {} is empty or missing",
            dir.join(&staged).display()
        );
    }
    let state_path = crate::local_state_path(dir, release);
    let st = LocalStateStore::at(&state_path)?;
    if reopen && mhd_shared::state::get_meta(&st, release).await?.is_some() {
        // The same transition the AWS side makes (a new generation; the staged files are read
        // again by this run): the release's history stays in its state.
        let m = mhd_shared::pipeline::seal::reopen(&st, release, mhd_shared::pipeline::now())
            .await
            .map_err(|e| anyhow::anyhow!("--reopen: {e}"))?;
        eprintln!("{release}: re-opened, generation {}", m.generation);
    }
    // Scratch files live beside the release's work files, not in $TMPDIR: a run killed with
    // -9 leaves them where the next run (which holds the state lock now) clears them.
    let scratch = dir
        .join("work")
        .join(release.as_str())
        .join(".mhd-tmp-scratch");
    if scratch.exists() {
        std::fs::remove_dir_all(&scratch)
            .with_context(|| format!("clearing {}", scratch.display()))?;
    }
    std::fs::create_dir_all(&scratch).with_context(|| format!("creating {}", scratch.display()))?;
    let _ = tempfile::env::override_temp_dir(&scratch);
    let tty = std::io::stderr().is_terminal() && !json;
    let mut progress = |done: usize, total: usize| {
        if tty {
            eprint!("\rshards {done}/{total}");
            if done == total {
                eprintln!();
            }
        }
    };
    let (summary, adv) = embedded::run(&blob, &st, &policy, release, jobs, &mut progress).await?;
    let meta = adv.meta.context("release state missing after the run")?;
    let code = match meta.state {
        State::Published => 0,
        State::AwaitingSignoff => 3,
        State::Failed => 2,
        _ => 1,
    };
    // Every source with its counts and anything left out, as `mhd status` shows them.
    let doc = mhd_shared::status::document(&st, Some(&blob), &meta).await?;
    if json {
        let out = serde_json::json!({
            "release": release, "state": meta.state, "exit": code,
            "shards": summary.shards, "records_in": summary.records_in, "records_out": summary.records_out,
            "quarantined": summary.quarantined, "reasons": meta.reasons,
            "required_signoffs": meta.required_signoffs,
            "sources": doc["sources"],
        });
        println!("{}", serde_json::to_string_pretty(&out)?);
    } else {
        eprintln!(
            "{release}: {} shards, {} records in, {} normalized, {} quarantined",
            summary.shards, summary.records_in, summary.records_out, summary.quarantined
        );
        eprint!("{}", mhd_shared::status::sources_text(&doc));
        match meta.state {
            State::Published => {
                println!(
                    "published {release}: {}",
                    dir.join(keys::release_prefix(release)).display()
                );
            }
            State::AwaitingSignoff => {
                println!("gates passed; waiting for signoffs (exit 3):");
                for r in &meta.reasons {
                    println!("  - {r}");
                }
                for req in &meta.required_signoffs {
                    println!(
                        "  packet {} -> drop {}",
                        req.packet.key,
                        keys::signoff_key(release, &req.kind, &req.family)
                    );
                }
            }
            State::Failed => {
                println!(
                    "release {release} FAILED (exit 2); nothing was published. Reports: {}",
                    dir.join(format!("work/{release}/reports/")).display()
                );
                for r in &meta.reasons {
                    println!("  - {r}");
                }
                println!("fix the drop, then re-run with --reopen");
            }
            s => println!("{release} is {} ({})", s.as_str(), adv.why),
        }
    }
    Ok(ExitCode::from(code))
}

//! `mhd smoke`: verify a published release as training would consume it.

use anyhow::{Context, Result, bail};
use mhd_shared::model::ReleaseId;
use mhd_shared::store::LocalBlobStore;
use std::path::PathBuf;
use std::process::ExitCode;

pub async fn smoke(
    prefix: Option<String>,
    dir: Option<PathBuf>,
    release: Option<ReleaseId>,
    json: bool,
) -> Result<ExitCode> {
    // The training rules come from the policy published with the release, not from this build.
    // Drawn on a terminal only (indicatif hides itself otherwise).
    let bar = indicatif::ProgressBar::new(0).with_style(
        indicatif::ProgressStyle::with_template("{bytes} verified ({bytes_per_sec})")
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_spinner()),
    );
    let progress = |n: u64| bar.inc(n);
    let result = match (prefix, dir, release) {
        (Some(p), None, None) => {
            let rest = p
                .strip_prefix("s3://")
                .context("prefix must be s3://bucket/releases/vX/")?;
            let (bucket, path) = rest
                .split_once('/')
                .context("prefix must be s3://bucket/releases/vX/")?;
            let rel = path
                .trim_end_matches('/')
                .strip_prefix("releases/")
                .context("prefix must be s3://bucket/releases/vX/")?;
            let release = ReleaseId::parse(rel)?;
            let cfg = mhd_aws::sdk_config().await;
            let blob = mhd_aws::blob_store(&cfg, bucket);
            (
                release.clone(),
                mhd_shared::smoke::smoke_with(&blob, &release, &progress).await,
            )
        }
        (None, Some(d), Some(r)) => {
            if !d.is_dir() {
                bail!("--bucket-dir {} is not a directory", d.display());
            }
            let res = mhd_shared::smoke::smoke_with(&LocalBlobStore::new(d), &r, &progress).await;
            (r, res)
        }
        _ => bail!("give either s3://bucket/releases/vX/ or --bucket-dir DIR --release vX"),
    };
    bar.finish_and_clear();
    let (release, result) = result;
    match result {
        Ok(rep) => {
            if json {
                let mut v = serde_json::to_value(&rep)?;
                v["ok"] = true.into();
                v["exit"] = 0.into();
                println!("{}", serde_json::to_string_pretty(&v)?);
            } else {
                println!(
                    "smoke OK: {} — {} files ({} bytes) verified",
                    rep.release, rep.files_verified, rep.bytes_verified
                );
                for (fam, splits) in &rep.records {
                    println!(
                        "  {fam}: {}",
                        splits
                            .iter()
                            .map(|(s, n)| format!("{s}={n}"))
                            .collect::<Vec<_>>()
                            .join(" ")
                    );
                }
                println!(
                    "dry-run epoch (curriculum {}, sequences of {} tokens, {} per batch):",
                    rep.curriculum.join(" → "),
                    rep.max_seq_len,
                    rep.batch_sequences
                );
                for (split, e) in &rep.epoch {
                    println!(
                        "  {split}: {} records, {} tokens, {} sequences, {} batches, padding waste {:.1}%",
                        e.records,
                        e.tokens,
                        e.sequences,
                        e.batches,
                        e.padding_waste * 100.0
                    );
                }
            }
            Ok(ExitCode::SUCCESS)
        }
        // A store error (unreachable, no credentials) is I/O, not a failed check.
        Err(mhd_shared::smoke::SmokeError::Store(e)) => Err(e.into()),
        Err(e) => {
            if json {
                let out = serde_json::json!({
                    "release": release, "ok": false, "exit": 2, "error": e.to_string(),
                });
                println!("{}", serde_json::to_string_pretty(&out)?);
            }
            eprintln!("smoke FAILED: {e}");
            Ok(ExitCode::from(2))
        }
    }
}

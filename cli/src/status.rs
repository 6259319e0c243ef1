//! `mhd status`: gate state for ops, from DynamoDB or an embedded run's local state.

use anyhow::{Context, Result};
use mhd_shared::model::ReleaseId;
use mhd_shared::state::{self, StateStore};
use mhd_shared::store::BlobStore;
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
            let st =
                mhd_shared::state::LocalStateStore::read_only(crate::local_state_path(&d, &r))?;
            let blob = mhd_shared::store::LocalBlobStore::new(&d);
            render(&st, Some(&blob), Some(r), as_json).await
        }
        None => {
            let table = std::env::var("MHD_TABLE")
                .context("set MHD_TABLE (or use --bucket-dir for an embedded run)")?;
            let cfg = mhd_aws::sdk_config().await;
            let st = mhd_aws::state_store(&cfg, &table);
            // (with the bucket, a shard read under a replaced provenance.json counts as waiting)
            let blob = std::env::var("MHD_BUCKET")
                .ok()
                .map(|b| mhd_aws::blob_store(&cfg, &b));
            render(&st, blob.as_ref(), release, as_json).await
        }
    }
}

async fn render<S: StateStore, B: BlobStore>(
    st: &S,
    blob: Option<&B>,
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
    let doc = mhd_shared::status::document(st, blob, &meta).await?;
    if as_json {
        println!("{}", serde_json::to_string_pretty(&doc)?);
    } else {
        print!("{}", mhd_shared::status::text(&doc));
    }
    Ok(ExitCode::SUCCESS)
}

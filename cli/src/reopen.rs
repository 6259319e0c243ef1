//! `mhd reopen`: re-open a FAILED release in DynamoDB after its drop was fixed, and re-drive
//! every staged object.

use anyhow::{Context, Result};
use mhd_shared::model::ReleaseId;
use std::process::ExitCode;

pub async fn reopen(release: &ReleaseId) -> Result<ExitCode> {
    let table = std::env::var("MHD_TABLE").context("set MHD_TABLE")?;
    let bucket = std::env::var("MHD_BUCKET").context("set MHD_BUCKET")?;
    let cfg = mhd_aws::sdk_config().await;
    let st = mhd_aws::state_store(&cfg, &table);
    let blob = mhd_aws::blob_store(&cfg, &bucket);
    let (m, n) =
        mhd_aws::reopen_and_redrive(&blob, &st, release, mhd_shared::pipeline::now()).await?;
    println!(
        "{release} is {} (generation {}); re-drove {n} staged files",
        m.state.as_str(),
        m.generation
    );
    Ok(ExitCode::SUCCESS)
}

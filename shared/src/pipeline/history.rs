//! Comparisons with earlier published releases (release notes, distribution diff).

use super::StageError;
use crate::gates::GateResult;
use crate::keys;
use crate::model::ReleaseId;
use crate::release::manifest::Manifest;
use crate::store::BlobStore;

/// Releases order by date, then re-cut number (`v2026-11-25` < `v2026-11-25.2` < `v2026-11-26`).
pub fn release_order(r: &ReleaseId) -> (String, u64) {
    let s = r.as_str();
    match s.split_once('.') {
        Some((d, n)) => (d.to_string(), n.parse().unwrap_or(0)),
        None => (s.to_string(), 0),
    }
}

/// The newest published release older than `r` (by release order, not by LATEST, so a resumed
/// assembly sees the same answer).
pub async fn previous_manifest<B: BlobStore>(
    blob: &B,
    r: &ReleaseId,
) -> Result<Option<Manifest>, StageError> {
    let mut best: Option<ReleaseId> = None;
    for key in blob.list("releases/").await? {
        let Some(rel) = key
            .strip_prefix("releases/")
            .and_then(|k| k.strip_suffix("/manifest.json"))
        else {
            continue;
        };
        let Ok(rel) = ReleaseId::parse(rel) else {
            continue;
        };
        if release_order(&rel) < release_order(r)
            && best
                .as_ref()
                .is_none_or(|b| release_order(&rel) > release_order(b))
        {
            best = Some(rel);
        }
    }
    let Some(prev) = best else { return Ok(None) };
    Ok(blob
        .get(&keys::manifest_key(&prev))
        .await?
        .and_then(|b| serde_json::from_slice(&b).ok()))
}

/// Add the comparison with the previous release (`previous_manifest`, read once by the caller
/// so the reports and the hand-off's digest name the same one) to the reports that have one
/// (distribution).
pub async fn attach<B: BlobStore>(
    blob: &B,
    previous: Option<&Manifest>,
    results: &mut [GateResult],
) -> Result<(), StageError> {
    let Some(prev) = previous else {
        return Ok(());
    };
    for res in results
        .iter_mut()
        .filter(|x| x.name == crate::gates::GateName::Distribution)
    {
        let key = keys::release_key(
            &ReleaseId::parse(&prev.release).expect("manifest release ids are valid"),
            "reports/distribution.json",
        );
        if let Some(before) = blob
            .get(&key)
            .await?
            .and_then(|b| serde_json::from_slice(&b).ok())
        {
            let d = crate::gates::distribution::diff(&res.report, &before);
            res.report["previous"] =
                serde_json::json!({"release": prev.release, "report_key": key, "diff": d});
        }
    }
    Ok(())
}

//! Signoff intake (ingest side) and the AWAITING_SIGNOFF check (finalizer side).

use super::StageError;
use crate::fingerprint::sha256_hex;
use crate::keys;
use crate::model::ReleaseId;
use crate::policy::Policy;
use crate::review::{self, Expected, Verdict};
use crate::state::machine::{Outcome, RequiredSignoff};
use crate::state::{self, Meta, SignoffRow, SignoffStatus, StateStore};
use crate::store::BlobStore;
use std::collections::BTreeSet;

/// Who uploaded a signoff, as an S3 event says: the principal, and the object version (or
/// ETag) of the upload it is about.
#[derive(Debug, Clone, Default)]
pub struct Upload {
    pub principal: Option<String>,
    /// `BlobStore::version`'s token for the uploaded object; `None`: no event (embedded).
    pub version: Option<String>,
}

/// Record that a signoff file arrived (and who uploaded it). Validation happens in the
/// finalizer, against the packet actually drawn — a signoff that arrives before its packet is
/// kept and validated once the packet exists. `None`: the event is about an upload that a
/// newer one has replaced (events arrive late and out of order); that newer upload's own event
/// records its uploader, so the principal is never paired with bytes it did not upload.
pub async fn receive<B: BlobStore, S: StateStore>(
    blob: &B,
    st: &S,
    release: &ReleaseId,
    kind: &str,
    family: &str,
    upload: Upload,
    now: i64,
) -> Result<Option<SignoffRow>, StageError> {
    state::ensure_meta(st, release, now).await?;
    let key = keys::signoff_key(release, kind, family);
    let before = blob.version(&key).await?;
    let bytes = blob
        .get(&key)
        .await?
        .ok_or_else(|| StageError::Missing(key.clone()))?;
    if let Some(v) = &upload.version
        && (before.as_ref() != Some(v) || blob.version(&key).await?.as_ref() != Some(v))
    {
        return Ok(None);
    }
    let principal = upload.principal;
    let sha = sha256_hex(&bytes);
    state::put_uploader(
        st,
        release,
        &state::UploaderRow {
            kind: kind.into(),
            family: family.into(),
            sha256: sha.clone(),
            principal: principal.clone(),
        },
    )
    .await?;
    let existing = state::signoffs(st, release)
        .await?
        .into_iter()
        .find(|r| r.kind == kind && r.family == family);
    let row = match existing {
        // The finalizer may already have judged this very file (events arrive late and out of
        // order): keep its verdict, add what only the event knows — the uploader.
        Some(prev) if prev.sha256.as_deref() == Some(sha.as_str()) => SignoffRow {
            principal: principal.or(prev.principal),
            ..prev
        },
        _ => SignoffRow {
            kind: kind.into(),
            family: family.into(),
            key,
            status: SignoffStatus::Received,
            reasons: vec![],
            sha256: Some(sha),
            principal,
        },
    };
    state::put_signoff(st, release, &row).await?;
    Ok(Some(row))
}

/// Validate one required signoff against its drawn packet.
pub async fn verdict<B: BlobStore>(
    blob: &B,
    policy: &Policy,
    release: &ReleaseId,
    req: &RequiredSignoff,
) -> Result<(Verdict, Option<String>), StageError> {
    let bytes = blob
        .get(&keys::signoff_key(release, &req.kind, &req.family))
        .await?;
    let packet = blob.get(&req.packet.key).await?.unwrap_or_default();
    let ids = if sha256_hex(&packet) == req.packet.sha256 {
        review::packet_ids(&packet)
    } else {
        BTreeSet::new()
    };
    let exp = Expected {
        release,
        kind: &req.kind,
        family: &req.family,
        packet: &req.packet,
        packet_ids: &ids,
    };
    let v = review::validate(policy, &exp, bytes.as_deref());
    Ok((v, bytes.as_deref().map(sha256_hex)))
}

pub async fn check<B: BlobStore, S: StateStore>(
    blob: &B,
    st: &S,
    policy: &Policy,
    meta: &Meta,
) -> Result<Outcome, StageError> {
    // The packets were drawn from what was read: staging that moved since fails the release
    // now, not at assembly after people signed.
    let staged: BTreeSet<String> = blob
        .list(&keys::staging_prefix(&meta.release))
        .await?
        .into_iter()
        .collect();
    let sealed: BTreeSet<&String> = meta.expected_shards.iter().collect();
    let rows: Vec<_> = state::shards(st, &meta.release)
        .await?
        .into_iter()
        .filter(|r| r.generation == meta.generation && sealed.contains(&r.key))
        .collect();
    let moved = super::gather::drift(blob, meta, &rows, &staged).await?;
    if !moved.is_empty() {
        return Ok(Outcome::SignoffsBlocked(moved.reasons()));
    }
    let mut waiting = Vec::new();
    let mut blocked = Vec::new();
    for req in &meta.required_signoffs {
        let (mut v, sha) = verdict(blob, policy, &meta.release, req).await?;
        // the uploader of these very bytes (intake records it; until it has, nobody)
        let principal = state::uploader(st, &meta.release, &req.kind, &req.family)
            .await?
            .filter(|u| Some(&u.sha256) == sha.as_ref())
            .and_then(|u| u.principal);
        let allowed = policy
            .review
            .kinds
            .get(&req.kind)
            .map(|k| k.principals.as_slice())
            .unwrap_or_default();
        if !allowed.is_empty()
            && !matches!(v, Verdict::Missing)
            && !principal.as_ref().is_some_and(|p| allowed.contains(p))
        {
            // Fail closed: with an allowlist, an unknown or unrecorded uploader cannot sign.
            v = Verdict::Invalid(vec![format!(
                "uploader principal {} is not in the policy's allowlist for {}",
                principal.as_deref().unwrap_or("(none recorded)"),
                req.kind
            )]);
        }
        let reasons = match &v {
            Verdict::Invalid(r) => r.clone(),
            _ => vec![],
        };
        let row = SignoffRow {
            kind: req.kind.clone(),
            family: req.family.clone(),
            key: keys::signoff_key(&meta.release, &req.kind, &req.family),
            status: v.status(),
            reasons: reasons.clone(),
            sha256: sha,
            principal,
        };
        state::put_signoff(st, &meta.release, &row).await?;
        let label = format!("{}.{}", req.kind, req.family);
        match v {
            Verdict::Approved { .. } => {}
            Verdict::Rejected => blocked.push(format!("signoffs: {label} rejected the release")),
            Verdict::Missing => waiting.push(format!("signoff {label}: missing")),
            Verdict::Invalid(r) => {
                waiting.push(format!("signoff {label}: invalid: {}", r.join("; ")))
            }
        }
    }
    Ok(if !blocked.is_empty() {
        Outcome::SignoffsBlocked(blocked)
    } else if !waiting.is_empty() {
        Outcome::SignoffsPending(waiting)
    } else {
        Outcome::SignoffsApproved
    })
}

/// Record ids the approved signoffs take out of the export.
pub async fn removals<B: BlobStore>(
    blob: &B,
    policy: &Policy,
    meta: &Meta,
) -> Result<BTreeSet<String>, StageError> {
    let mut out = BTreeSet::new();
    for req in &meta.required_signoffs {
        if let (Verdict::Approved { removes }, _) =
            verdict(blob, policy, &meta.release, req).await?
        {
            out.extend(removes);
        }
    }
    Ok(out)
}

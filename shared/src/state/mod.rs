//! Release state (DESIGN §7): one table, `pk = RELEASE#<release>`, `sk` = `META`,
//! `SHARD#<key>`, `GATE#<name>`, `SIGNOFF#<kind>#<family>`. DynamoDB on AWS, a local store
//! for `mhd run`; both implement the same three primitives.

mod local;
pub mod machine;

pub use local::LocalStateStore;
pub use machine::{Meta, State};

use crate::model::ReleaseId;
use crate::store::StoreError;
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::future::Future;

/// One table item. `doc` is the typed row as JSON; `state`/`version` are lifted out as
/// top-level attributes so writes can be conditioned on them and ops can read them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Item {
    pub pk: String,
    pub sk: String,
    pub state: Option<String>,
    pub version: Option<u64>,
    pub doc: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Cond {
    Always,
    NotExists,
    VersionIs(u64),
}

pub trait StateStore: Send + Sync {
    fn get(
        &self,
        pk: &str,
        sk: &str,
    ) -> impl Future<Output = Result<Option<Item>, StoreError>> + Send;
    /// Write `item` if `cond` holds; `false` when it did not.
    fn put(&self, item: Item, cond: Cond) -> impl Future<Output = Result<bool, StoreError>> + Send;
    /// Write `item` only while the item at (`item.pk`, `guard_sk`) has one of `states`
    /// (atomically: a transaction on DynamoDB).
    fn put_guarded(
        &self,
        item: Item,
        guard_sk: &str,
        states: &[&str],
    ) -> impl Future<Output = Result<bool, StoreError>> + Send;
    /// Items of `pk` whose sort key starts with `sk_prefix`, in sort-key order.
    fn query(
        &self,
        pk: &str,
        sk_prefix: &str,
    ) -> impl Future<Output = Result<Vec<Item>, StoreError>> + Send;
    /// Every release's META item.
    fn metas(&self) -> impl Future<Output = Result<Vec<Item>, StoreError>> + Send;
}

pub fn pk(r: &ReleaseId) -> String {
    format!("RELEASE#{r}")
}
pub const META: &str = "META";

crate::named::named! {
    /// How a shard's file as a whole fared.
    pub enum ShardStatus {
        Done = "done",
        /// The file could not be read as a whole (its `error` says why).
        Failed = "failed",
    }
}

crate::named::named! {
    /// A gate's verdict.
    pub enum GateStatus { Pass = "pass", Fail = "fail" }
}

crate::named::named! {
    /// A source's provenance verdict.
    pub enum ProvenanceStatus { Ok = "ok", Fail = "fail" }
}

crate::named::named! {
    /// Where a required signoff stands.
    pub enum SignoffStatus {
        /// The file arrived; not judged yet.
        Received = "received",
        Approved = "approved",
        Rejected = "rejected",
        Invalid = "invalid",
        Missing = "missing",
    }
}

/// A shard's result, written by the shard stage (`SHARD#<key>`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ShardRow {
    pub key: String,
    pub status: ShardStatus,
    pub family: String,
    pub source: String,
    pub sha256: String,
    pub bytes: u64,
    pub records_in: u64,
    pub records_out: u64,
    pub quarantined: BTreeMap<String, u64>,
    pub blank_lines: u64,
    /// File-level failure code (e.g. `decompression_ratio`, `sha256_mismatch`).
    #[serde(default)]
    pub error: Option<String>,
    pub report_key: String,
    /// The release generation this row was produced in (see `Meta::generation`).
    #[serde(default)]
    pub generation: u64,
    /// The privacy step's summary; absent when the shard was not scanned (the privacy gate then
    /// fails: a row from a build without the scan cannot ship).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pii: Option<crate::pii::shard::ShardPii>,
    /// The object's version when it was read (`BlobStore::version`): assembly refuses a release
    /// whose staged content no longer is what was read.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub version: Option<String>,
    /// Its source's `provenance.json` when it was read. The sidecar says how the file is read
    /// (its mapping and role map), so a row read under another one is stale: it is read again,
    /// and does not count as reported until it is.
    #[serde(default, skip_serializing_if = "SidecarRead::is_unrecorded")]
    pub sidecar: SidecarRead,
    /// Which read wrote the shard's outputs (`keys::read_tag`): gating takes the files this
    /// names, never another read's. Empty in rows from builds before it (untagged outputs).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub read: String,
}

/// Which provenance sidecar a shard was read under.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", from = "SidecarWire")]
pub enum SidecarRead {
    /// A row from a build that did not record it (a release in flight at an upgrade): taken as
    /// current, as that build did.
    #[default]
    Unrecorded,
    /// There was none.
    Absent,
    /// The sidecar's version (`BlobStore::version`).
    Version(String),
}

/// What a row's `sidecar` may hold: the tagged form, or a bare version string (rows of the build
/// that first recorded it).
#[derive(Deserialize)]
#[serde(untagged)]
enum SidecarWire {
    Bare(String),
    Tagged { version: String },
}

impl From<SidecarWire> for SidecarRead {
    fn from(w: SidecarWire) -> Self {
        match w {
            SidecarWire::Bare(s) if s == "unrecorded" => SidecarRead::Unrecorded,
            SidecarWire::Bare(s) if s == "absent" => SidecarRead::Absent,
            SidecarWire::Bare(v) | SidecarWire::Tagged { version: v } => SidecarRead::Version(v),
        }
    }
}

impl SidecarRead {
    pub fn of(version: Option<String>) -> Self {
        version.map_or(SidecarRead::Absent, SidecarRead::Version)
    }

    pub fn is_unrecorded(&self) -> bool {
        *self == SidecarRead::Unrecorded
    }

    /// Whether what was read under this sidecar no longer holds, the sidecar now being `now`.
    pub fn is_stale(&self, now: &Option<String>) -> bool {
        match self {
            SidecarRead::Unrecorded => false,
            SidecarRead::Absent => now.is_some(),
            SidecarRead::Version(v) => now.as_ref() != Some(v),
        }
    }
}

/// A gate's verdict (`GATE#<name>`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct GateRow {
    pub name: String,
    pub status: GateStatus,
    /// One line for ops; never record content.
    pub summary: String,
    pub report_key: String,
    /// A few headline counts (e.g. duplicates removed), for metrics.
    #[serde(default, skip_serializing_if = "std::collections::BTreeMap::is_empty")]
    pub counts: BTreeMap<String, u64>,
}

/// A source's provenance verdict (`SOURCE#<family>/<source>`), written when gating runs.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SourceRow {
    pub family: String,
    pub source: String,
    pub provenance: ProvenanceStatus,
    #[serde(default)]
    pub license: Option<String>,
    #[serde(default)]
    pub problems: Vec<String>,
    /// Records read, normalized and quarantined across the source's shards.
    #[serde(default)]
    pub records_in: u64,
    #[serde(default)]
    pub records_out: u64,
    #[serde(default)]
    pub quarantined: u64,
}

/// A signoff's status (`SIGNOFF#<kind>#<family>`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SignoffRow {
    pub kind: String,
    pub family: String,
    pub key: String,
    pub status: SignoffStatus,
    #[serde(default)]
    pub reasons: Vec<String>,
    #[serde(default)]
    pub sha256: Option<String>,
    /// The uploader's principal from the S3 event (AWS only).
    #[serde(default)]
    pub principal: Option<String>,
}

/// Who uploaded a signoff file (`UPLOADER#<kind>#<family>`), from the S3 event. Written only by
/// signoff intake, apart from the `SIGNOFF#` row the finalizer rewrites with each verdict: a
/// verdict written from an older read can never erase the uploader it is judged by.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct UploaderRow {
    pub kind: String,
    pub family: String,
    /// The file the event was for: the principal vouches for these bytes only.
    pub sha256: String,
    pub principal: Option<String>,
}

fn decode<T: DeserializeOwned>(item: &Item) -> Result<T, StoreError> {
    serde_json::from_str(&item.doc).map_err(|e| StoreError::Remote {
        op: "decode",
        key: format!("{}/{}", item.pk, item.sk),
        message: e.to_string(),
        retryable: false,
    })
}

fn item<T: Serialize>(
    r: &ReleaseId,
    sk: String,
    state: Option<String>,
    version: Option<u64>,
    row: &T,
) -> Item {
    Item {
        pk: pk(r),
        sk,
        state,
        version,
        doc: serde_json::to_string(row).expect("rows serialize"),
    }
}

pub async fn get_meta<S: StateStore>(s: &S, r: &ReleaseId) -> Result<Option<Meta>, StoreError> {
    match s.get(&pk(r), META).await? {
        Some(i) => Ok(Some(decode(&i)?)),
        None => Ok(None),
    }
}

fn meta_item(m: &Meta) -> Item {
    item(
        &m.release,
        META.into(),
        Some(m.state.as_str().into()),
        Some(m.version),
        m,
    )
}

/// The META row, creating it (OPEN) on a release's first event.
pub async fn ensure_meta<S: StateStore>(
    s: &S,
    r: &ReleaseId,
    now: i64,
) -> Result<Meta, StoreError> {
    if let Some(m) = get_meta(s, r).await? {
        return Ok(m);
    }
    let fresh = machine::open(r.clone(), now);
    if s.put(meta_item(&fresh), Cond::NotExists).await? {
        return Ok(fresh);
    }
    // Someone else created it between our read and write: theirs stands.
    Ok(get_meta(s, r).await?.expect("created concurrently"))
}

/// Replace META if it is still at `prev_version`; `false` if another writer got there first.
pub async fn replace_meta<S: StateStore>(
    s: &S,
    prev_version: u64,
    m: &Meta,
) -> Result<bool, StoreError> {
    debug_assert_eq!(m.version, prev_version + 1);
    s.put(meta_item(m), Cond::VersionIs(prev_version)).await
}

/// Outcome of recording a shard.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ShardWrite {
    Recorded,
    /// The release no longer accepts shards (gating or later): the row was not written.
    Closed,
    /// The object or its sidecar changed while it was read: nothing was written (the newer
    /// upload's event processes the newer content; a newer sidecar, the read itself, again).
    Superseded,
}

pub async fn put_shard<S: StateStore>(
    s: &S,
    r: &ReleaseId,
    row: &ShardRow,
) -> Result<ShardWrite, StoreError> {
    let it = item(
        r,
        format!("SHARD#{}", row.key),
        Some(row.status.as_str().to_string()),
        None,
        row,
    );
    let accepted: Vec<&str> = [State::Open, State::Sealed]
        .iter()
        .map(|s| s.as_str())
        .collect();
    Ok(if s.put_guarded(it, META, &accepted).await? {
        ShardWrite::Recorded
    } else {
        ShardWrite::Closed
    })
}

/// One shard's row (`SHARD#<key>`).
pub async fn shard<S: StateStore>(
    s: &S,
    r: &ReleaseId,
    key: &str,
) -> Result<Option<ShardRow>, StoreError> {
    match s.get(&pk(r), &format!("SHARD#{key}")).await? {
        Some(i) => Ok(Some(decode(&i)?)),
        None => Ok(None),
    }
}

pub async fn shards<S: StateStore>(s: &S, r: &ReleaseId) -> Result<Vec<ShardRow>, StoreError> {
    s.query(&pk(r), "SHARD#")
        .await?
        .iter()
        .map(decode)
        .collect()
}

pub async fn put_gate<S: StateStore>(
    s: &S,
    r: &ReleaseId,
    row: &GateRow,
) -> Result<(), StoreError> {
    let it = item(
        r,
        format!("GATE#{}", row.name),
        Some(row.status.as_str().to_string()),
        None,
        row,
    );
    s.put(it, Cond::Always).await.map(|_| ())
}

pub async fn gates<S: StateStore>(s: &S, r: &ReleaseId) -> Result<Vec<GateRow>, StoreError> {
    s.query(&pk(r), "GATE#").await?.iter().map(decode).collect()
}

pub async fn put_signoff<S: StateStore>(
    s: &S,
    r: &ReleaseId,
    row: &SignoffRow,
) -> Result<(), StoreError> {
    let it = item(
        r,
        format!("SIGNOFF#{}#{}", row.kind, row.family),
        Some(row.status.as_str().to_string()),
        None,
        row,
    );
    s.put(it, Cond::Always).await.map(|_| ())
}

pub async fn put_source<S: StateStore>(
    s: &S,
    r: &ReleaseId,
    row: &SourceRow,
) -> Result<(), StoreError> {
    let it = item(
        r,
        format!("SOURCE#{}/{}", row.family, row.source),
        Some(row.provenance.as_str().to_string()),
        None,
        row,
    );
    s.put(it, Cond::Always).await.map(|_| ())
}

pub async fn sources<S: StateStore>(s: &S, r: &ReleaseId) -> Result<Vec<SourceRow>, StoreError> {
    s.query(&pk(r), "SOURCE#")
        .await?
        .iter()
        .map(decode)
        .collect()
}

pub async fn signoffs<S: StateStore>(s: &S, r: &ReleaseId) -> Result<Vec<SignoffRow>, StoreError> {
    s.query(&pk(r), "SIGNOFF#")
        .await?
        .iter()
        .map(decode)
        .collect()
}

pub async fn put_uploader<S: StateStore>(
    s: &S,
    r: &ReleaseId,
    row: &UploaderRow,
) -> Result<(), StoreError> {
    let sk = format!("UPLOADER#{}#{}", row.kind, row.family);
    s.put(item(r, sk, None, None, row), Cond::Always)
        .await
        .map(|_| ())
}

pub async fn uploader<S: StateStore>(
    s: &S,
    r: &ReleaseId,
    kind: &str,
    family: &str,
) -> Result<Option<UploaderRow>, StoreError> {
    match s.get(&pk(r), &format!("UPLOADER#{kind}#{family}")).await? {
        Some(it) => decode(&it).map(Some),
        None => Ok(None),
    }
}

pub async fn releases<S: StateStore>(s: &S) -> Result<Vec<Meta>, StoreError> {
    let mut out: Vec<Meta> = s
        .metas()
        .await?
        .iter()
        .map(decode)
        .collect::<Result<_, _>>()?;
    out.sort_by(|a, b| a.release.cmp(&b.release));
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::SidecarRead;

    #[derive(serde::Serialize, serde::Deserialize, Debug, PartialEq)]
    struct Row {
        #[serde(default, skip_serializing_if = "SidecarRead::is_unrecorded")]
        sidecar: SidecarRead,
    }

    #[test]
    fn sidecar_reads_round_trip_and_older_rows_still_decode() {
        for s in [
            SidecarRead::Absent,
            SidecarRead::Version("v:3".into()),
            SidecarRead::Unrecorded,
        ] {
            let row = Row { sidecar: s };
            let text = serde_json::to_string(&row).unwrap();
            assert_eq!(serde_json::from_str::<Row>(&text).unwrap(), row, "{text}");
        }
        let read = |t: &str| serde_json::from_str::<Row>(t).unwrap().sidecar;
        // a row from before the field, and one from the build that wrote a bare version
        assert_eq!(read("{}"), SidecarRead::Unrecorded);
        assert_eq!(
            read(r#"{"sidecar":"etag:abc"}"#),
            SidecarRead::Version("etag:abc".into())
        );
        assert_eq!(read(r#"{"sidecar":"absent"}"#), SidecarRead::Absent);
    }
}

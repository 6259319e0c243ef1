//! The manifest (DESIGN §6b): the release's table of contents, written last.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

pub const SCHEMA: &str = "mhd-release/manifest/v1";

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PolicyRef {
    pub name: String,
    pub sha256: String,
    /// The policy file as published with the release (its training rules are what smoke
    /// applies).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub key: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SourceEntry {
    pub name: String,
    pub license: Option<String>,
    pub provenance_key: String,
    pub records_in: u64,
    pub records_out: u64,
    pub quarantined: u64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PiiEntry {
    /// `clean` (nothing found), `redacted` (identifiers replaced by placeholders) or
    /// `quarantined` (records with identifiers kept out, by policy).
    pub status: String,
    /// Identifiers found, by kind.
    pub found: BTreeMap<String, u64>,
    /// Records redacted.
    pub redacted: u64,
    /// Records kept out of the release by the privacy step.
    #[serde(default)]
    pub quarantined: u64,
    /// Identifiers the re-scan still saw after redaction (a published release has 0).
    pub residual: u64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FamilyEntry {
    pub name: String,
    pub required: bool,
    pub coverage: String,
    pub records: BTreeMap<String, u64>,
    pub sources: Vec<SourceEntry>,
    pub pii: PiiEntry,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FileEntry {
    pub key: String,
    pub sha256: String,
    pub bytes: u64,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub records: Option<u64>,
    pub role: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub split: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub family: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct GateEntry {
    pub name: String,
    pub status: String,
    pub report_key: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SignoffEntry {
    pub kind: String,
    pub family: String,
    pub key: String,
    pub sha256: String,
    pub decision: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Manifest {
    pub schema: String,
    pub release: String,
    pub created_at: String,
    pub policy: PolicyRef,
    pub families: Vec<FamilyEntry>,
    pub splits: BTreeMap<String, u64>,
    pub files: Vec<FileEntry>,
    pub gates: Vec<GateEntry>,
    pub signoffs: Vec<SignoffEntry>,
    pub commercial_use_allowed: bool,
    /// Families present in the drop that the policy does not list, with their records: left
    /// out, never shipped.
    #[serde(default)]
    pub families_not_in_policy: BTreeMap<String, u64>,
}

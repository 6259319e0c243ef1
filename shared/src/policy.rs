//! The release policy: parsed from TOML once, validated into typed config, hashed for the manifest.

use crate::gate_name::GateName;
use serde::Deserialize;
use sha2::{Digest, Sha256};
use std::collections::BTreeMap;

/// The Release 0 policy, compiled in so a Lambda needs no extra object to start.
pub const RELEASE_0: &str = include_str!("../../config/release-0.toml");

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Family {
    pub required: bool,
    #[serde(default)]
    pub holdout_sensitive: bool,
    #[serde(default)]
    pub reviews: Vec<String>,
    pub stage: u32,
    pub weight: f64,
    pub route: String,
    /// Expected ranges `[low, high]` of distribution metrics, checked on the family's records
    /// across all splits.
    #[serde(default)]
    pub expected: BTreeMap<Metric, [f64; 2]>,
    /// Overrides `[privacy].action` for this family.
    #[serde(default)]
    pub pii: Option<PiiAction>,
}

crate::named::named! {
    /// The distribution metrics a family's `expected` ranges may name (the distribution gate
    /// computes each of them per family and split). Read from the policy by name; a name not
    /// listed here fails the policy, naming its line.
    pub enum Metric {
        Conversations = "conversations",
        MeanTurns = "mean_turns",
        MeanTokensPerConversation = "mean_tokens_per_conversation",
        P99TokensPerConversation = "p99_tokens_per_conversation",
        MaxTokensPerConversation = "max_tokens_per_conversation",
        MeanCharsPerMessage = "mean_chars_per_message",
        AssistantShare = "assistant_share",
        UserShare = "user_share",
    }
}

// By name, as the policy and the reports list them.
impl Ord for Metric {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        self.as_str().cmp(other.as_str())
    }
}

impl PartialOrd for Metric {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

/// What happens to a record in which the privacy gate finds identifiers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum PiiAction {
    /// Each identifier is replaced by its typed placeholder; the record ships.
    Redact,
    /// The record is kept out of the release, under `work/` with reason `pii_found`.
    Quarantine,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Privacy {
    pub action: PiiAction,
    /// Redacted records drawn per family for the privacy review sample.
    pub sample_size: usize,
    pub seed: String,
    /// Key of the keyed hash that replaces an identifier found in a record's `upstream_id` or
    /// `group`. Only a deployment sets it, through `MHD_FIELD_KEY`: the policy file is
    /// published, so loading refuses a key written in it. Without one, such records are
    /// quarantined (`pii_in_field`).
    #[serde(default)]
    pub field_key: Option<String>,
}

/// Where near duplicates are removed: across the whole release, or only within a family (then
/// cross-family near duplicates both ship, but in one split).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum DedupScope {
    Release,
    Family,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Dedup {
    /// Jaccard similarity of word 5-gram shingles at or above which two records are near
    /// duplicates.
    pub near_threshold: f64,
    pub scope: DedupScope,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Leakage {
    /// n-gram length in words (13 after GPT-3's decontamination).
    pub ngram: usize,
    /// A validation/test record whose single most similar train record contains more than this
    /// share of its n-grams is a leak (the gate fails).
    pub max_share: f64,
    /// The planner keeps a validation/test record in one split with its most similar train
    /// record when that record contains more than this share of its n-grams: lower than
    /// `max_share`, so a plan the planner made cannot fail the gate (and lower than
    /// `[dedup] near_threshold`, so a copy too different to remove still may not straddle).
    #[serde(default = "default_same_split_share")]
    pub same_split_share: f64,
    /// n-grams found in at least this many train records are common phrases and never count…
    pub common_in_train: usize,
    /// …nor those found in at least this share of train records (and at least 3 of them), so a
    /// small release's boilerplate does not read as a leak.
    pub common_share: f64,
}

fn default_same_split_share() -> f64 {
    0.35
}

/// How training consumes a release (checked by `mhd smoke`, used for its dry-run epoch).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Training {
    /// Maximum sequence length in o200k tokens; a longer record fails the smoke test.
    pub max_seq_len: usize,
    /// Tokens the chat template adds per message (ChatML: `<|im_start|>role\n … <|im_end|>\n`).
    pub message_overhead_tokens: usize,
    /// Packed sequences per batch in the dry-run epoch.
    pub batch_sequences: usize,
    /// A system message may only come first.
    pub system_only_first: bool,
    /// The first non-system message must be the user's.
    pub user_first: bool,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawGateRules {
    required: Vec<String>,
}

#[derive(Debug, Clone)]
pub struct GateRules {
    /// Gates that must have run and passed; a missing one fails the release.
    pub required: Vec<GateName>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Licenses {
    pub allowed: Vec<String>,
    #[serde(default)]
    pub noncommercial: Vec<String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProvenanceRules {
    pub required_fields: Vec<String>,
    /// A source whose records are quarantined at more than this share fails the provenance
    /// gate: a file that is mostly junk is a broken delivery, not a source to ship a sliver of.
    #[serde(default = "default_max_quarantined_share")]
    pub max_quarantined_share: f64,
}

fn default_max_quarantined_share() -> f64 {
    0.5
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Splits {
    pub seed: String,
    pub train: f64,
    pub validation: f64,
    pub test: f64,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Limits {
    pub max_line_bytes: u64,
    pub max_record_bytes: u64,
    pub max_decompressed_bytes: u64,
    pub max_decompression_ratio: u64,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Export {
    pub records_per_file: u64,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReviewKind {
    pub sample_size: usize,
    pub roles: Vec<String>,
    pub rubric: Vec<String>,
    /// Uploader principals (from the S3 event) allowed to sign off; empty: any principal.
    #[serde(default)]
    pub principals: Vec<String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Review {
    pub seed: String,
    pub kinds: BTreeMap<String, ReviewKind>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct Raw {
    name: String,
    families: BTreeMap<String, Family>,
    licenses: Licenses,
    provenance: ProvenanceRules,
    splits: Splits,
    limits: Limits,
    export: Export,
    review: Review,
    privacy: Privacy,
    dedup: Dedup,
    leakage: Leakage,
    training: Training,
    gates: RawGateRules,
}

/// A validated policy. Construct with [`Policy::from_toml`].
#[derive(Debug, Clone)]
pub struct Policy {
    pub name: String,
    pub families: BTreeMap<String, Family>,
    pub licenses: Licenses,
    pub provenance: ProvenanceRules,
    pub splits: Splits,
    pub limits: Limits,
    pub export: Export,
    pub review: Review,
    pub privacy: Privacy,
    pub dedup: Dedup,
    pub leakage: Leakage,
    pub training: Training,
    pub gates: GateRules,
    /// sha256 of the policy file's bytes, recorded in the manifest.
    pub sha256: String,
    /// The policy file's text, published with the release so smoke applies the same rules.
    pub text: String,
}

#[derive(Debug, thiserror::Error)]
pub enum PolicyError {
    #[error("policy is not valid TOML for this schema: {0}")]
    Parse(String),
    #[error("policy field `{field}`: {problem}")]
    Invalid { field: String, problem: String },
}

fn invalid(field: impl Into<String>, problem: impl Into<String>) -> PolicyError {
    PolicyError::Invalid {
        field: field.into(),
        problem: problem.into(),
    }
}

/// Names, weights, expected ranges and review kinds of every family.
fn check_families(raw: &Raw) -> Result<(), PolicyError> {
    for (name, f) in &raw.families {
        if !crate::model::valid_name(name) {
            return Err(invalid(
                format!("families.{name}"),
                "name must match [a-z0-9_-]+",
            ));
        }
        if !(f.weight > 0.0 && f.weight.is_finite()) {
            return Err(invalid(format!("families.{name}.weight"), "must be > 0"));
        }
        for (metric, [lo, hi]) in &f.expected {
            // Also refuses NaN bounds, which compare as neither.
            if lo
                .partial_cmp(hi)
                .is_none_or(|o| o == std::cmp::Ordering::Greater)
            {
                return Err(invalid(
                    format!("families.{name}.expected.{metric}"),
                    "low must be <= high",
                ));
            }
        }
        for kind in &f.reviews {
            if !raw.review.kinds.contains_key(kind) {
                return Err(invalid(
                    format!("families.{name}.reviews"),
                    format!("review kind `{kind}` is not defined under [review.kinds]"),
                ));
            }
        }
    }
    Ok(())
}

/// Split shares sum to one; reader limits are positive; some licence is allowed.
fn check_splits_and_limits(raw: &Raw) -> Result<(), PolicyError> {
    let s = &raw.splits;
    for (field, v) in [
        ("train", s.train),
        ("validation", s.validation),
        ("test", s.test),
    ] {
        if !(0.0..=1.0).contains(&v) {
            return Err(invalid(format!("splits.{field}"), "must be within 0..=1"));
        }
    }
    if ((s.train + s.validation + s.test) - 1.0).abs() > 1e-9 {
        return Err(invalid("splits", "train + validation + test must equal 1"));
    }
    if raw.licenses.allowed.is_empty() {
        return Err(invalid(
            "licenses.allowed",
            "must list at least one licence",
        ));
    }
    let l = &raw.limits;
    for (field, v) in [
        ("max_line_bytes", l.max_line_bytes),
        ("max_record_bytes", l.max_record_bytes),
        ("max_decompressed_bytes", l.max_decompressed_bytes),
        ("max_decompression_ratio", l.max_decompression_ratio),
    ] {
        if v == 0 {
            return Err(invalid(format!("limits.{field}"), "must be > 0"));
        }
    }
    Ok(())
}

/// `[gates] required`: release-wide gates by name.
fn required_gates(rules: &RawGateRules) -> Result<Vec<GateName>, PolicyError> {
    let mut required_gates = Vec::new();
    for g in &rules.required {
        let Some(name) = GateName::release_wide(g) else {
            let known: Vec<&str> = GateName::RELEASE_WIDE.iter().map(|g| g.as_str()).collect();
            return Err(invalid(
                "gates.required",
                format!("unknown gate `{g}`; known: {}", known.join(", ")),
            ));
        };
        required_gates.push(name);
    }
    Ok(required_gates)
}

/// Dedup, leakage, provenance and training thresholds.
fn check_thresholds(raw: &Raw) -> Result<(), PolicyError> {
    if !(raw.dedup.near_threshold > 0.0 && raw.dedup.near_threshold <= 1.0) {
        return Err(invalid("dedup.near_threshold", "must be in (0, 1]"));
    }
    if raw.leakage.ngram < 3 {
        return Err(invalid("leakage.ngram", "must be >= 3"));
    }
    if !(0.0..=1.0).contains(&raw.leakage.max_share) {
        return Err(invalid("leakage.max_share", "must be in [0, 1]"));
    }
    if !(0.0..=raw.leakage.max_share).contains(&raw.leakage.same_split_share) {
        return Err(invalid(
            "leakage.same_split_share",
            "must be in [0, max_share]: the planner must join what the gate would fail",
        ));
    }
    if !(0.0..=1.0).contains(&raw.provenance.max_quarantined_share) {
        return Err(invalid(
            "provenance.max_quarantined_share",
            "must be in [0, 1]",
        ));
    }
    if raw.training.max_seq_len == 0 || raw.training.batch_sequences == 0 {
        return Err(invalid(
            "training",
            "max_seq_len and batch_sequences must be > 0",
        ));
    }
    Ok(())
}

fn check_privacy(p: &Privacy) -> Result<(), PolicyError> {
    if p.field_key.is_some() {
        // The policy file is published with every release: a key in it would let anyone
        // who reads the release reverse the hashed fields by trying candidate values.
        return Err(invalid(
            "privacy.field_key",
            "a secret does not belong in a policy file that is published with the release; \
             set MHD_FIELD_KEY in the deployment instead",
        ));
    }
    if p.seed.trim().is_empty() {
        return Err(invalid("privacy.seed", "must not be empty"));
    }
    Ok(())
}

fn check_export_and_reviews(raw: &Raw) -> Result<(), PolicyError> {
    if raw.export.records_per_file == 0 {
        return Err(invalid("export.records_per_file", "must be > 0"));
    }
    for (kind, k) in &raw.review.kinds {
        if k.roles.is_empty() {
            return Err(invalid(
                format!("review.kinds.{kind}.roles"),
                "must not be empty",
            ));
        }
        if k.rubric.is_empty() {
            return Err(invalid(
                format!("review.kinds.{kind}.rubric"),
                "must not be empty",
            ));
        }
    }
    Ok(())
}

impl Policy {
    /// The field key a deployment supplies (`MHD_FIELD_KEY`) replaces the policy's.
    pub fn with_field_key(mut self, deployment: Option<String>) -> Self {
        if let Some(k) = deployment.filter(|k| !k.is_empty()) {
            self.privacy.field_key = Some(k);
        }
        self
    }

    pub fn release_0() -> Self {
        Self::from_toml(RELEASE_0).expect("the bundled Release 0 policy is valid")
    }

    pub fn from_toml(text: &str) -> Result<Self, PolicyError> {
        // toml's messages name the offending key and line, which is what a policy author needs.
        let raw: Raw = toml::from_str(text).map_err(|e| PolicyError::Parse(e.to_string()))?;
        if raw.name.trim().is_empty() {
            return Err(invalid("name", "must not be empty"));
        }
        if raw.families.is_empty() {
            return Err(invalid("families", "at least one family is required"));
        }
        check_families(&raw)?;
        check_splits_and_limits(&raw)?;
        let required_gates = required_gates(&raw.gates)?;
        check_thresholds(&raw)?;
        check_privacy(&raw.privacy)?;
        check_export_and_reviews(&raw)?;
        Ok(Policy {
            name: raw.name,
            families: raw.families,
            licenses: raw.licenses,
            provenance: raw.provenance,
            splits: raw.splits,
            limits: raw.limits,
            export: raw.export,
            review: raw.review,
            privacy: raw.privacy,
            dedup: raw.dedup,
            leakage: raw.leakage,
            training: raw.training,
            gates: GateRules {
                required: required_gates,
            },
            sha256: hex::encode(Sha256::digest(text.as_bytes())),
            text: text.to_string(),
        })
    }

    /// The privacy action for a family (its override, else the policy's).
    pub fn pii_action(&self, family: &str) -> PiiAction {
        self.families
            .get(family)
            .and_then(|f| f.pii)
            .unwrap_or(self.privacy.action)
    }

    /// Every (kind, family) signoff this policy requires, for families in `included`.
    pub fn required_signoffs<'a>(
        &'a self,
        included: impl IntoIterator<Item = &'a str>,
    ) -> Vec<(String, String)> {
        let mut out: Vec<(String, String)> = included
            .into_iter()
            .filter_map(|f| self.families.get(f).map(|fam| (f, fam)))
            .flat_map(|(f, fam)| fam.reviews.iter().map(move |k| (k.clone(), f.to_string())))
            .collect();
        out.sort();
        out.dedup();
        out
    }

    pub fn license_ok(&self, spdx: &str) -> bool {
        self.licenses.allowed.iter().any(|l| l == spdx) || self.is_noncommercial(spdx)
    }
    pub fn is_noncommercial(&self, spdx: &str) -> bool {
        self.licenses.noncommercial.iter().any(|l| l == spdx)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bundled_policy_loads() {
        let p = Policy::release_0();
        assert_eq!(p.name, "release-0");
        assert!(p.families["foundation"].required);
        assert_eq!(p.sha256.len(), 64);
        let req = p.required_signoffs(["foundation", "edge_cases", "voice_persona"]);
        assert_eq!(
            req,
            vec![
                ("bias_cultural_review".to_string(), "foundation".to_string()),
                ("clinician_qa".to_string(), "edge_cases".to_string()),
                ("clinician_qa".to_string(), "foundation".to_string()),
            ]
        );
    }

    #[test]
    fn a_secret_in_the_published_policy_is_refused() {
        let bad = RELEASE_0.replace(
            "seed = \"release-0-privacy\"",
            "seed = \"release-0-privacy\"\nfield_key = \"s3cret\"",
        );
        assert_ne!(bad, RELEASE_0);
        let e = Policy::from_toml(&bad).unwrap_err().to_string();
        assert!(
            e.contains("privacy.field_key") && e.contains("MHD_FIELD_KEY"),
            "{e}"
        );
        // the deployment's key is the only way in, and the text stays key-free
        let p = Policy::release_0().with_field_key(Some("k".into()));
        assert_eq!(p.privacy.field_key.as_deref(), Some("k"));
        assert!(!p.text.contains("field_key ="));
    }

    #[test]
    fn malformed_policy_names_the_field() {
        let bad = RELEASE_0.replace("train = 0.90", "train = 0.80");
        let e = Policy::from_toml(&bad).unwrap_err().to_string();
        assert!(e.contains("splits"), "{e}");
        let bad = RELEASE_0.replace("reviews = [\"clinician_qa\"]", "reviews = [\"nope\"]");
        let e = Policy::from_toml(&bad).unwrap_err().to_string();
        assert!(e.contains("families.edge_cases.reviews"), "{e}");
        let bad = RELEASE_0.replace("max_record_bytes = 262144", "max_record_bytes = \"big\"");
        let e = Policy::from_toml(&bad).unwrap_err().to_string();
        assert!(e.contains("max_record_bytes"), "{e}");
        let bad = RELEASE_0.replace("stage = 1", "stage = 1\ncolour = 2");
        let e = Policy::from_toml(&bad).unwrap_err().to_string();
        assert!(e.contains("colour"), "{e}");
    }
}

//! The privacy step of the shard stage: per record, detect and redact (or quarantine), and the
//! shard's privacy summary that the release-wide gate adds up.

use super::{Detector, Kind, redact};
use crate::fingerprint::{record_id, unit_hash};
use crate::model::Record;
use crate::policy::PiiAction;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Privacy counts for a shard, a source, a family or a release (they add up).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PiiTotals {
    /// Findings per kind (placeholder name without brackets).
    pub found: BTreeMap<String, u64>,
    pub records_scanned: u64,
    pub records_with_findings: u64,
    pub redacted: u64,
    pub quarantined: u64,
    /// Findings the re-scan still saw after redaction; those records are quarantined and the
    /// privacy gate fails.
    pub residual: u64,
    /// Record fields (`upstream_id`, `group`) that held an identifier and were replaced by
    /// their keyed hash.
    #[serde(default)]
    pub fields_hashed: u64,
}

impl PiiTotals {
    pub fn merge(&mut self, o: &PiiTotals) {
        for (k, n) in &o.found {
            *self.found.entry(k.clone()).or_default() += n;
        }
        self.records_scanned += o.records_scanned;
        self.records_with_findings += o.records_with_findings;
        self.redacted += o.redacted;
        self.quarantined += o.quarantined;
        self.residual += o.residual;
        self.fields_hashed += o.fields_hashed;
    }
}

/// A shard's privacy summary (stored in its `SHARD#` row and report). Counts, kinds and ids only.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ShardPii {
    pub detector: String,
    pub action: PiiAction,
    #[serde(flatten)]
    pub totals: PiiTotals,
    /// Ids of redacted records with the smallest sampling hash (bottom-k), so the release-wide
    /// sample can be drawn without reading every record again.
    pub sample: Vec<String>,
}

/// What to do with one record after the scan.
pub enum Verdict {
    Keep(Record),
    /// Quarantine with this reason; the record as read (before redaction) goes to `work/`.
    Quarantine(crate::reason::Reason, Record),
}

/// Where one finding was: (record index, message, kind, start byte, end byte). No text.
pub type Offset = (u64, usize, Kind, usize, usize);

/// The per-shard privacy step.
pub struct Scanner<'a> {
    detector: &'a Detector,
    field_key: Option<String>,
    seed: String,
    keep: usize,
    candidates: Vec<(u64, String)>,
    pub summary: ShardPii,
    /// (record index, message index, kind, start, end) of findings, for the shard report.
    pub offsets: Vec<(u64, usize, Kind, usize, usize)>,
}

/// Finding positions listed per shard report; the counts hold them all.
const REPORT_OFFSETS: usize = 1000;

impl<'a> Scanner<'a> {
    /// `sample_seed` identifies the draw: (policy seed, release, family).
    pub fn new(
        action: PiiAction,
        sample_seed: String,
        sample_size: usize,
        field_key: Option<String>,
    ) -> Scanner<'a> {
        Scanner {
            detector: Detector::get(),
            field_key,
            seed: sample_seed,
            keep: sample_size.saturating_mul(2),
            candidates: Vec::new(),
            summary: ShardPii {
                detector: super::DETECTOR.into(),
                action,
                totals: PiiTotals::default(),
                sample: Vec::new(),
            },
            offsets: Vec::new(),
        }
    }

    pub fn scan(&mut self, mut r: Record, index: u64) -> Verdict {
        self.summary.totals.records_scanned += 1;
        let as_read = (r.upstream_id.clone(), r.group.clone(), r.meta.clone());
        match super::field::protect(self.detector, self.field_key.as_deref(), &mut r) {
            super::field::Fields::Clean(n) => self.summary.totals.fields_hashed += u64::from(n),
            super::field::Fields::Unkeyed => {
                self.summary.totals.quarantined += 1;
                self.summary.totals.records_with_findings += 1;
                (r.upstream_id, r.group, r.meta) = as_read;
                return Verdict::Quarantine(crate::reason::Reason::PiiInField, r);
            }
        }
        let result = redact(self.detector, &mut r.messages);
        if result.total() == 0 {
            return Verdict::Keep(r);
        }
        let action = self.summary.action;
        let s = &mut self.summary.totals;
        s.records_with_findings += 1;
        for (k, n) in Kind::ALL.iter().zip(result.found) {
            if n > 0 {
                *s.found.entry(k.as_str().into()).or_default() += u64::from(n);
            }
        }
        for (m, f) in &result.spans {
            if self.offsets.len() < REPORT_OFFSETS {
                self.offsets.push((index, *m, f.kind, f.start, f.end));
            }
        }
        let reason = if result.residual > 0 {
            s.residual += u64::from(result.residual);
            Some(crate::reason::Reason::PiiResidual)
        } else if action == PiiAction::Quarantine {
            Some(crate::reason::Reason::PiiFound)
        } else {
            None
        };
        if let Some(reason) = reason {
            s.quarantined += 1;
            result.restore(&mut r.messages);
            return Verdict::Quarantine(reason, r);
        }
        s.redacted += 1;
        r.id = record_id(&r.messages);
        let h = (unit_hash(&self.seed, &r.id) * (1u64 << 53) as f64) as u64;
        self.candidates.push((h, r.id.clone()));
        if self.candidates.len() > self.keep.max(1) * 4 {
            self.trim();
        }
        Verdict::Keep(r)
    }

    fn trim(&mut self) {
        self.candidates.sort();
        self.candidates.dedup();
        self.candidates.truncate(self.keep);
    }

    pub fn finish(mut self) -> (ShardPii, Vec<Offset>) {
        self.trim();
        self.summary.sample = self.candidates.into_iter().map(|(_, id)| id).collect();
        (self.summary, self.offsets)
    }
}

/// The seed string of a family's privacy sample.
pub fn sample_seed(policy_seed: &str, release: &str, family: &str) -> String {
    format!("{policy_seed}/{release}/{family}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Message, Role};

    fn record(text: &str) -> Record {
        let messages = vec![
            Message {
                role: Role::User,
                content: text.into(),
            },
            Message {
                role: Role::Assistant,
                content: "Thank you.".into(),
            },
        ];
        Record::for_test("foundation", 0, messages)
    }

    #[test]
    fn quarantine_keeps_the_record_as_read_and_redact_ships_placeholders() {
        let text = "write to me at sam.q@example.com";
        let mut q = Scanner::new(PiiAction::Quarantine, "seed".into(), 2, None);
        match q.scan(record(text), 0) {
            Verdict::Quarantine(reason, r) => {
                assert_eq!(reason, crate::reason::Reason::PiiFound);
                assert_eq!(r, record(text));
            }
            Verdict::Keep(_) => panic!("a record with identifiers is quarantined"),
        }
        let mut red = Scanner::new(PiiAction::Redact, "seed".into(), 2, None);
        let Verdict::Keep(r) = red.scan(record(text), 0) else {
            panic!("redact keeps the record")
        };
        assert_eq!(r.messages[0].content, "write to me at [EMAIL]");
        assert_eq!(r.id, record_id(&r.messages));
        let (summary, _) = red.finish();
        assert_eq!((summary.totals.redacted, summary.sample.len()), (1, 1));
    }
}

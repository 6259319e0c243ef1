//! Privacy: detection of the HIPAA Safe Harbor identifiers that occur in conversation text,
//! redaction with typed placeholders, and the residual re-scan.
//!
//! No model: structured identifiers are found by patterns and then validated (checksums,
//! ranges); the weak ones (bare 9-digit numbers, 5-digit ZIPs, ids) only count next to a context
//! word ("SSN", "zip", "MRN", …); names come from public-domain lists plus contextual cues, so a
//! name missing from the lists is still found after "my name is", "Dr.", "my sister", ….
//! Help-line numbers, help-service sites and organisation names are public resources and stay.
//!
//! Findings carry kinds and byte offsets only: they are safe to log and report.

mod contact;
mod dates;
pub mod eval;
mod geo;
mod ids;
mod lexicon;
mod names;
mod redact;
pub mod shard;
mod text;

pub use redact::{Redacted, redact};

use serde::{Deserialize, Serialize};
use std::sync::OnceLock;

/// The identifier kinds, each with its placeholder. Order is the priority when findings
/// overlap: the earlier kind wins (an e-mail address beats the name inside it).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum Kind {
    Email,
    Url,
    Ip,
    Card,
    Ssn,
    Mrn,
    HealthPlan,
    Account,
    License,
    Vehicle,
    Device,
    Id,
    Phone,
    Date,
    Age,
    Address,
    Zip,
    Location,
    Name,
}

impl Kind {
    pub const ALL: [Kind; 19] = [
        Kind::Email,
        Kind::Url,
        Kind::Ip,
        Kind::Card,
        Kind::Ssn,
        Kind::Mrn,
        Kind::HealthPlan,
        Kind::Account,
        Kind::License,
        Kind::Vehicle,
        Kind::Device,
        Kind::Id,
        Kind::Phone,
        Kind::Date,
        Kind::Age,
        Kind::Address,
        Kind::Zip,
        Kind::Location,
        Kind::Name,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Email => "EMAIL",
            Kind::Url => "URL",
            Kind::Ip => "IP",
            Kind::Card => "CARD",
            Kind::Ssn => "SSN",
            Kind::Mrn => "MRN",
            Kind::HealthPlan => "HEALTH_PLAN",
            Kind::Account => "ACCOUNT",
            Kind::License => "LICENSE",
            Kind::Vehicle => "VEHICLE",
            Kind::Device => "DEVICE",
            Kind::Id => "ID",
            Kind::Phone => "PHONE",
            Kind::Date => "DATE",
            Kind::Age => "AGE",
            Kind::Address => "ADDRESS",
            Kind::Zip => "ZIP",
            Kind::Location => "LOCATION",
            Kind::Name => "NAME",
        }
    }

    pub fn parse(s: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.as_str() == s)
    }

    /// The text that replaces an identifier of this kind.
    pub fn placeholder(self) -> &'static str {
        match self {
            Kind::Email => "[EMAIL]",
            Kind::Url => "[URL]",
            Kind::Ip => "[IP]",
            Kind::Card => "[CARD]",
            Kind::Ssn => "[SSN]",
            Kind::Mrn => "[MRN]",
            Kind::HealthPlan => "[HEALTH_PLAN]",
            Kind::Account => "[ACCOUNT]",
            Kind::License => "[LICENSE]",
            Kind::Vehicle => "[VEHICLE]",
            Kind::Device => "[DEVICE]",
            Kind::Id => "[ID]",
            Kind::Phone => "[PHONE]",
            Kind::Date => "[DATE]",
            Kind::Age => "[AGE]",
            Kind::Address => "[ADDRESS]",
            Kind::Zip => "[ZIP]",
            Kind::Location => "[LOCATION]",
            Kind::Name => "[NAME]",
        }
    }

    /// Structured identifiers (everything but names and free-text geography), for the recall
    /// targets that differ between the two.
    pub fn structured(self) -> bool {
        !matches!(self, Kind::Name | Kind::Location)
    }
}

/// One identifier found: its kind and byte range in the text. Never the text itself.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct Finding {
    pub start: usize,
    pub end: usize,
    pub kind: Kind,
}

/// Identifies the detector in reports: the lists and this version change together.
pub const DETECTOR: &str = "mhd-pii/2";

/// The compiled detector: patterns and lists, built once per process.
pub struct Detector {
    contact: contact::Contact,
    ids: ids::Ids,
    dates: dates::Dates,
    geo: geo::Geo,
    names: names::Names,
    lexicon: lexicon::Lexicon,
}

impl Detector {
    /// The process-wide detector (compiling the patterns and loading the lists takes a few ms).
    pub fn get() -> &'static Detector {
        static D: OnceLock<Detector> = OnceLock::new();
        D.get_or_init(Detector::build)
    }

    fn build() -> Detector {
        Detector {
            contact: contact::Contact::new(),
            ids: ids::Ids::new(),
            dates: dates::Dates::new(),
            geo: geo::Geo::new(),
            names: names::Names::new(),
            lexicon: lexicon::Lexicon::load(),
        }
    }

    /// Every identifier in `text`, non-overlapping, in text order.
    pub fn detect(&self, text: &str) -> Vec<Finding> {
        let mut out = Vec::new();
        self.detect_into(text, &mut out);
        out
    }

    pub fn detect_into(&self, text: &str, out: &mut Vec<Finding>) {
        out.clear();
        let protected = self.lexicon.protected_spans(text);
        let has_digit = text.bytes().any(|b| b.is_ascii_digit());
        self.contact.find(text, has_digit, &self.lexicon, out);
        if has_digit {
            self.ids.find(text, out);
            self.dates.find(text, out);
            self.geo.find_numeric(text, out);
            // every keyed value holds a digit ("MRN 00123", "plate AB12 CDE")
            self.ids.find_keyed(text, &self.lexicon, out);
        }
        self.geo.find_places(text, &self.lexicon, out);
        self.names.find(text, &self.lexicon, out);
        resolve(out, &protected);
    }
}

/// Keeps the non-overlapping findings, preferring the higher-priority kind and then the longer
/// span; drops any that touch a protected span (an organisation's name).
fn resolve(found: &mut Vec<Finding>, protected: &[(usize, usize)]) {
    if found.len() <= 1 && protected.is_empty() {
        return;
    }
    found.retain(|f| !protected.iter().any(|&(s, e)| f.start < e && s < f.end));
    found.sort_by_key(|f| (f.kind, std::cmp::Reverse(f.end - f.start), f.start));
    let mut kept: Vec<Finding> = Vec::with_capacity(found.len());
    for f in found.drain(..) {
        if !kept.iter().any(|k| f.start < k.end && k.start < f.end) {
            kept.push(f);
        }
    }
    kept.sort();
    *found = kept;
}

#[cfg(test)]
mod tests;

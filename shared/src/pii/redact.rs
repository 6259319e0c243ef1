//! Redaction with typed placeholders, and the residual re-scan that checks it.

use super::{Detector, Finding, Kind};
use crate::model::Message;

/// The result of redacting one record's messages. Counts and kinds only.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Redacted {
    /// Findings per kind, before redaction.
    pub found: [u32; Kind::ALL.len()],
    /// Findings the re-scan of the redacted text still reports (must be 0).
    pub residual: u32,
    /// Where each finding was: (message index, finding) — offsets into the original text.
    pub spans: Vec<(usize, Finding)>,
    /// The content of each changed message before redaction, so a caller that quarantines the
    /// record can keep it as read without copying every record up front.
    pub originals: Vec<(usize, String)>,
}

impl Redacted {
    /// Puts the original content back into `messages` (the record as read).
    pub fn restore(self, messages: &mut [Message]) {
        for (i, text) in self.originals {
            messages[i].content = text;
        }
    }
}

impl Redacted {
    pub fn total(&self) -> u32 {
        self.found.iter().sum()
    }
}

/// Replaces every finding in `text` with its placeholder.
pub fn apply(text: &str, found: &[Finding]) -> String {
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    for f in found {
        out.push_str(&text[at..f.start]);
        out.push_str(f.kind.placeholder());
        at = f.end;
    }
    out.push_str(&text[at..]);
    out
}

/// Redaction passes before the re-scan. A finding that lost an overlap to a higher-priority one
/// can leave a remainder that only shows once its neighbour is a placeholder
/// ("12 Oak Street Springfield Sarah"); a second pass takes it.
const PASSES: usize = 3;

/// Detects and redacts every message in place, then re-scans each changed message. Spans are
/// offsets into the text of the pass that found them.
pub fn redact(d: &Detector, messages: &mut [Message]) -> Redacted {
    let mut r = Redacted::default();
    let mut found = Vec::new();
    for (i, m) in messages.iter_mut().enumerate() {
        for pass in 0..PASSES {
            d.detect_into(&m.content, &mut found);
            if found.is_empty() {
                break;
            }
            for f in &found {
                r.found[f.kind as usize] += 1;
                r.spans.push((i, *f));
            }
            let redacted = apply(&m.content, &found);
            let before = std::mem::replace(&mut m.content, redacted);
            if pass == 0 {
                r.originals.push((i, before));
            }
        }
        if !found.is_empty() {
            d.detect_into(&m.content, &mut found);
            r.residual += found.len() as u32;
        }
    }
    r
}

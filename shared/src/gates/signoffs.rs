//! The signoffs gate's report in the release: every required review, the approvals shipped
//! (key and sha256 of each signoff file), the records reviewers took out, and the table's
//! signoff rows. The verdict itself is reached before assembly (`pipeline::signoffs`): a
//! release assembles only once every required signoff is approved, so this gate passes.

use super::{GateName, GateResult};
use crate::state::machine::RequiredSignoff;
use serde::Serialize;
use serde_json::json;
use std::collections::BTreeSet;

pub fn gate(
    required: &[RequiredSignoff],
    approved: &[impl Serialize],
    removed: &BTreeSet<String>,
    rows: &[impl Serialize],
) -> GateResult {
    GateResult::new(
        GateName::Signoffs,
        Vec::new(),
        format!("{} required signoffs approved", approved.len()),
        json!({
            "gate": GateName::Signoffs,
            "required": required,
            "signoffs": approved,
            "removed_record_ids": removed,
            "rows": rows,
        }),
    )
}

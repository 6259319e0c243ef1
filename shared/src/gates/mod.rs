//! Release-wide gates. Each returns a verdict, a one-line summary for ops, and a report
//! (counts, keys and reasons only — never record content).

pub mod coverage;
pub mod dedup;
pub mod distribution;
mod distribution_html;
pub mod leakage;
pub mod privacy;
pub mod provenance;
pub mod routing;
pub mod signoffs;

use crate::corpus::CorpusError;
pub use crate::gate_name::GateName;
use crate::keys::KeyRejection;
use crate::model::ReleaseId;
use crate::plan::Plan;
use crate::policy::Policy;
use crate::state::ShardRow;
use serde::Serialize;
use serde_json::{Value, json};
use std::collections::BTreeMap;

/// What every release-wide gate judges: the policy, the release's plan, and what the release
/// stage gathered besides the records.
pub struct Context<'a> {
    pub policy: &'a Policy,
    pub release: &'a ReleaseId,
    pub plan: &'a Plan,
    /// Rows of the shards the seal fixed.
    pub rows: &'a [ShardRow],
    pub sources: &'a BTreeMap<(String, String), provenance::SourceInput>,
    /// Staged keys that are not part of the layout.
    pub rejected: &'a [KeyRejection],
    /// Shards that reported but were staged after the seal.
    pub late: &'a [String],
    /// Shards whose staged content changed after it was read.
    pub changed: &'a [String],
}

/// A release-wide gate: one shape for all of them.
pub type Gate = fn(&Context) -> Result<GateResult, CorpusError>;

fn gate(name: GateName) -> Gate {
    match name {
        GateName::Provenance => provenance::gate,
        GateName::Privacy => privacy::gate,
        GateName::Coverage => coverage::gate,
        GateName::Dedup => dedup::gate,
        GateName::Leakage => leakage::gate,
        GateName::Routing => routing::gate,
        GateName::Distribution => distribution::gate,
        GateName::RequiredGates | GateName::Signoffs => unreachable!("not a release-wide gate"),
    }
}

/// Every release-wide gate ([`GateName::RELEASE_WIDE`], in order), then the check that every
/// gate the policy requires ran.
pub fn judge(cx: &Context) -> Result<Vec<GateResult>, CorpusError> {
    let mut results = GateName::RELEASE_WIDE
        .into_iter()
        .map(|name| gate(name)(cx))
        .collect::<Result<Vec<_>, _>>()?;
    results.push(required_gates(cx.policy, &results));
    Ok(results)
}

/// Fails closed when a gate the policy requires did not run in this build.
fn required_gates(policy: &Policy, ran: &[GateResult]) -> GateResult {
    let missing: Vec<String> = policy
        .gates
        .required
        .iter()
        .filter(|g| !ran.iter().any(|r| r.name == **g))
        .map(|g| format!("required gate `{g}` did not run"))
        .collect();
    GateResult::new(
        GateName::RequiredGates,
        missing,
        format!("all {} required gates ran", policy.gates.required.len()),
        json!({"gate": GateName::RequiredGates, "required": policy.gates.required, "ran": ran.iter().map(|r| r.name).collect::<Vec<_>>()}),
    )
}

#[derive(Debug, Clone, Serialize)]
pub struct GateResult {
    pub name: GateName,
    pub pass: bool,
    pub summary: String,
    /// Reasons the gate failed, one per problem (empty when it passed).
    pub failures: Vec<String>,
    pub report: Value,
    /// Companion files for people, written next to the report (e.g. `coverage.md`).
    pub extra: Vec<(String, Vec<u8>)>,
    /// Headline counts carried into the `GATE#` row (and from there into metrics).
    pub counts: std::collections::BTreeMap<String, u64>,
}

impl GateResult {
    pub fn new(name: GateName, failures: Vec<String>, pass_summary: String, report: Value) -> Self {
        let pass = failures.is_empty();
        let summary = if pass {
            pass_summary
        } else if failures.len() == 1 {
            failures[0].clone()
        } else {
            format!("{} (and {} more)", failures[0], failures.len() - 1)
        };
        GateResult {
            name,
            pass,
            summary,
            failures,
            report,
            extra: Vec::new(),
            counts: Default::default(),
        }
    }

    pub fn report_file(&self) -> String {
        self.name.report_file().into()
    }
}

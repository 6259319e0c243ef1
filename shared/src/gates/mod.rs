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

use serde::Serialize;
use serde_json::Value;

#[derive(Debug, Clone, Serialize)]
pub struct GateResult {
    pub name: &'static str,
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
    pub fn new(
        name: &'static str,
        failures: Vec<String>,
        pass_summary: String,
        report: Value,
    ) -> Self {
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

    /// The report file name under `reports/` (DESIGN §3 names the privacy report `pii.json`).
    pub fn report_file(&self) -> String {
        match self.name {
            "privacy" => "pii.json".into(),
            name => format!("{name}.json"),
        }
    }
}

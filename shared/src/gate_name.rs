//! The names of the release's gates: one vocabulary for the policy (`[gates] required`), the
//! gates themselves, their report files, the `GATE#` rows and the manifest. Depends on
//! nothing, so the policy can name gates without depending on the gates.

crate::named::named! {
    pub enum GateName {
        Provenance = "provenance",
        Privacy = "privacy",
        Coverage = "coverage",
        Dedup = "dedup",
        Leakage = "leakage",
        Routing = "routing",
        Distribution = "distribution",
        /// Every gate the policy requires ran (a build without one fails closed).
        RequiredGates = "required_gates",
        /// Every required review approved (checked before assembly, reported in the release).
        Signoffs = "signoffs",
    }
}

impl GateName {
    /// The release-wide gates this build runs, in the order they are judged and reported: the
    /// names `[gates] required` may list.
    pub const RELEASE_WIDE: [GateName; 7] = [
        GateName::Provenance,
        GateName::Privacy,
        GateName::Coverage,
        GateName::Dedup,
        GateName::Leakage,
        GateName::Routing,
        GateName::Distribution,
    ];

    /// The report's file name under `reports/` (DESIGN §3 names the privacy report `pii.json`).
    pub fn report_file(self) -> &'static str {
        match self {
            GateName::Provenance => "provenance.json",
            GateName::Privacy => "pii.json",
            GateName::Coverage => "coverage.json",
            GateName::Dedup => "dedup.json",
            GateName::Leakage => "leakage.json",
            GateName::Routing => "routing.json",
            GateName::Distribution => "distribution.json",
            GateName::RequiredGates => "required_gates.json",
            GateName::Signoffs => "signoffs.json",
        }
    }

    /// A release-wide gate by its name.
    pub fn release_wide(name: &str) -> Option<GateName> {
        GateName::RELEASE_WIDE
            .into_iter()
            .find(|g| g.as_str() == name)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_serialize_as_written_and_parse_back() {
        for g in GateName::RELEASE_WIDE {
            assert_eq!(serde_json::to_value(g).unwrap(), g.as_str());
            assert_eq!(GateName::release_wide(g.as_str()), Some(g));
        }
        assert_eq!(
            serde_json::to_value(GateName::RequiredGates).unwrap(),
            "required_gates"
        );
        assert_eq!(GateName::release_wide("signoffs"), None);
    }
}

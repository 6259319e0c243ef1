//! Human review (DESIGN §6): deterministic review packets and signoff validation.

use crate::fingerprint::{sha256_hex, unit_hash};
use crate::model::ReleaseId;
use crate::plan::Plan;
use crate::policy::{Policy, ReviewKind};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};

/// Draw `sample_size` records of `family`, stratified by source: each source contributes in
/// proportion to its size (at least one), records ordered by a hash seeded with
/// (policy seed, release, kind, family). Same plan + policy + release => same packet bytes.
pub fn draw_packet(
    plan: &Plan,
    policy: &Policy,
    release: &ReleaseId,
    kind: &str,
    family: &str,
) -> Result<Vec<u8>, crate::corpus::CorpusError> {
    let size = policy
        .review
        .kinds
        .get(kind)
        .map(|k| k.sample_size)
        .unwrap_or(0);
    let seed = format!("{}|{release}|{kind}|{family}", policy.review.seed);
    let mut by_source: BTreeMap<&str, Vec<(f64, usize)>> = BTreeMap::new();
    for (i, p) in plan.records.iter().enumerate() {
        if &*p.entry.family == family {
            by_source
                .entry(&p.entry.source)
                .or_default()
                .push((unit_hash(&seed, &p.entry.id), i));
        }
    }
    let total: usize = by_source.values().map(Vec::len).sum();
    let take = size.min(total);
    let mut chosen: Vec<(f64, usize)> = Vec::new();
    for v in by_source.values_mut() {
        v.sort_by(|a, b| a.partial_cmp(b).expect("hashes are finite"));
        let quota = ((v.len() * take) as f64 / total.max(1) as f64)
            .ceil()
            .max(1.0) as usize;
        chosen.extend(v.iter().take(quota.min(v.len())));
    }
    chosen.sort_by(|a, b| a.partial_cmp(b).expect("hashes are finite"));
    chosen.truncate(take);
    let indices: Vec<usize> = chosen.iter().map(|c| c.1).collect();
    let mut out = Vec::new();
    for r in plan.fetch(&indices)? {
        serde_json::to_writer(&mut out, &r).expect("records serialize");
        out.push(b'\n');
    }
    Ok(out)
}

/// The reviewer guide written next to each packet.
pub fn guide(
    release: &ReleaseId,
    kind: &str,
    family: &str,
    k: &ReviewKind,
    packet_key: &str,
    sha: &str,
    size: usize,
) -> String {
    let mut s = format!(
        "# Review guide: {kind} on {family} ({release})\n\n\
         Packet: `{packet_key}` — {size} records, sha256 `{sha}`.\n\n\
         Drop your signoff at `signoffs/{release}/{kind}.{family}.json` (schema: \
         `docs/schemas/signoff.schema.json`; `mhd signoff draft` writes a skeleton).\n\n\
         Reviewer roles accepted for this kind: {}.\n\n## Rubric (answer every criterion pass|fail)\n\n",
        k.roles.join(", ")
    );
    for c in &k.rubric {
        s.push_str(&format!("- `{c}`\n"));
    }
    s.push_str(
        "\nRecords you want out of the release: list them under `exceptions` with \
         `\"action\":\"remove\"`. A `reject` decision blocks the release.\n",
    );
    s
}

/// Defined beside the state machine, which records the packets it drew.
pub use crate::state::machine::PacketRef;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Reviewer {
    pub name: String,
    pub role: String,
    #[serde(default)]
    pub credential: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RubricAnswer {
    pub criterion: String,
    pub result: String,
    #[serde(default)]
    pub notes: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Exception {
    pub record_id: String,
    pub issue: String,
    pub action: String,
}

/// A signoff file (DESIGN §6).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Signoff {
    pub release: String,
    pub kind: String,
    pub family: String,
    pub packet: PacketRef,
    pub reviewers: Vec<Reviewer>,
    pub rubric: Vec<RubricAnswer>,
    #[serde(default)]
    pub exceptions: Vec<Exception>,
    pub decision: String,
    pub signed_at: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Verdict {
    Missing,
    Invalid(Vec<String>),
    Rejected,
    /// Approved, with the record ids its `remove` exceptions take out.
    Approved {
        removes: BTreeSet<String>,
    },
}

impl Verdict {
    pub fn status(&self) -> crate::state::SignoffStatus {
        use crate::state::SignoffStatus;
        match self {
            Verdict::Missing => SignoffStatus::Missing,
            Verdict::Invalid(_) => SignoffStatus::Invalid,
            Verdict::Rejected => SignoffStatus::Rejected,
            Verdict::Approved { .. } => SignoffStatus::Approved,
        }
    }
}

/// What the system drew, which a signoff must match.
pub struct Expected<'a> {
    pub release: &'a ReleaseId,
    pub kind: &'a str,
    pub family: &'a str,
    pub packet: &'a PacketRef,
    pub packet_ids: &'a BTreeSet<String>,
}

/// A signoff is a small document (rubric answers, reviewers, exceptions by record id); a larger
/// file is refused before it is parsed.
pub const MAX_SIGNOFF_BYTES: usize = 1 << 20;

pub fn validate(policy: &Policy, exp: &Expected<'_>, bytes: Option<&[u8]>) -> Verdict {
    let Some(bytes) = bytes else {
        return Verdict::Missing;
    };
    if bytes.len() > MAX_SIGNOFF_BYTES {
        return Verdict::Invalid(vec![format!(
            "the signoff is {} bytes, over the {MAX_SIGNOFF_BYTES}-byte limit",
            bytes.len()
        )]);
    }
    let s: Signoff = match serde_json::from_slice(bytes) {
        Ok(s) => s,
        Err(e) => {
            return Verdict::Invalid(vec![format!(
                "not a valid signoff document (line {}, column {})",
                e.line(),
                e.column()
            )]);
        }
    };
    let mut reasons = Vec::new();
    if s.release != exp.release.as_str() {
        reasons.push(format!(
            "release is {:?}, expected {}",
            s.release, exp.release
        ));
    }
    if s.kind != exp.kind || s.family != exp.family {
        reasons.push(format!(
            "kind/family {}/{} does not match the file name {}/{}",
            s.kind, s.family, exp.kind, exp.family
        ));
    }
    if s.packet.key != exp.packet.key {
        reasons.push(format!(
            "packet key {:?} is not the drawn packet {}",
            s.packet.key, exp.packet.key
        ));
    }
    if !s.packet.sha256.eq_ignore_ascii_case(&exp.packet.sha256) {
        reasons
            .push("packet sha256 does not match the drawn packet (stale or edited packet)".into());
    }
    if s.packet.size != exp.packet.size {
        reasons.push(format!(
            "packet size {} does not match the drawn packet ({})",
            s.packet.size, exp.packet.size
        ));
    }
    match policy.review.kinds.get(exp.kind) {
        None => reasons.push(format!("review kind {} is not in the policy", exp.kind)),
        Some(k) => {
            if s.reviewers.is_empty() {
                reasons.push("no reviewers listed".into());
            }
            for r in &s.reviewers {
                if !k.roles.contains(&r.role) {
                    reasons.push(format!(
                        "reviewer role {:?} is not accepted for {} (accepted: {})",
                        r.role,
                        exp.kind,
                        k.roles.join(", ")
                    ));
                }
            }
            for c in &k.rubric {
                match s.rubric.iter().find(|a| &a.criterion == c) {
                    None => reasons.push(format!("rubric criterion {c} is not answered")),
                    Some(a) if a.result != "pass" && a.result != "fail" => reasons.push(format!(
                        "rubric criterion {c} has result {:?}; expected pass or fail",
                        a.result
                    )),
                    Some(_) => {}
                }
            }
        }
    }
    for e in &s.exceptions {
        if e.action != "remove" && e.action != "accept" {
            reasons.push(format!(
                "exception for {} has action {:?}; expected remove or accept",
                e.record_id, e.action
            ));
        }
        if !exp.packet_ids.contains(&e.record_id) {
            reasons.push(format!(
                "exception names record {} which is not in the packet",
                e.record_id
            ));
        }
    }
    if s.decision != "approve" && s.decision != "reject" {
        reasons.push(format!(
            "decision is {:?}; expected approve or reject",
            s.decision
        ));
    }
    if time::OffsetDateTime::parse(&s.signed_at, &time::format_description::well_known::Rfc3339)
        .is_err()
    {
        reasons.push("signed_at is not an RFC 3339 timestamp".into());
    }
    if !reasons.is_empty() {
        return Verdict::Invalid(reasons);
    }
    if s.decision == "reject" {
        return Verdict::Rejected;
    }
    let removes = s
        .exceptions
        .iter()
        .filter(|e| e.action == "remove")
        .map(|e| e.record_id.clone())
        .collect();
    Verdict::Approved { removes }
}

/// The packet reference for bytes the system drew.
pub fn packet_ref(key: String, bytes: &[u8]) -> PacketRef {
    PacketRef {
        key,
        sha256: sha256_hex(bytes),
        size: bytes.iter().filter(|&&b| b == b'\n').count(),
    }
}

/// Record ids in a packet.
pub fn packet_ids(bytes: &[u8]) -> BTreeSet<String> {
    bytes
        .split(|&b| b == b'\n')
        .filter(|l| !l.is_empty())
        .filter_map(|l| serde_json::from_slice::<crate::model::Record>(l).ok())
        .map(|r| r.id)
        .collect()
}

/// A filled signoff for `packet`, as `mhd signoff draft` writes it (decision left for the reviewer
/// unless `decision` is given).
pub fn draft(
    policy: &Policy,
    release: &ReleaseId,
    req: &crate::state::machine::RequiredSignoff,
    reviewer: Reviewer,
    decision: &str,
    signed_at: &str,
) -> Signoff {
    let (kind, family) = (req.kind.as_str(), req.family.as_str());
    let rubric = policy
        .review
        .kinds
        .get(kind)
        .map(|k| {
            k.rubric
                .iter()
                .map(|c| RubricAnswer {
                    criterion: c.clone(),
                    result: "pass".into(),
                    notes: String::new(),
                })
                .collect()
        })
        .unwrap_or_default();
    Signoff {
        release: release.to_string(),
        kind: kind.into(),
        family: family.into(),
        packet: req.packet.clone(),
        reviewers: vec![reviewer],
        rubric,
        exceptions: vec![],
        decision: decision.into(),
        signed_at: signed_at.into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn setup() -> (Policy, ReleaseId, PacketRef, BTreeSet<String>) {
        let p = Policy::release_0();
        let r = ReleaseId::parse("v2026-11-25").unwrap();
        let packet = PacketRef {
            key: "review/v2026-11-25/clinician_qa.foundation.jsonl".into(),
            sha256: "ab".repeat(32),
            size: 2,
        };
        let ids: BTreeSet<String> = ["mhd-1".to_string(), "mhd-2".to_string()].into();
        (p, r, packet, ids)
    }

    fn good(p: &Policy, r: &ReleaseId, packet: &PacketRef) -> Signoff {
        let rev = Reviewer {
            name: "Dr A".into(),
            role: "clinician".into(),
            credential: "LIC-1".into(),
        };
        let req = crate::state::machine::RequiredSignoff {
            kind: "clinician_qa".into(),
            family: "foundation".into(),
            packet: packet.clone(),
        };
        draft(p, r, &req, rev, "approve", "2026-11-25T12:00:00Z")
    }

    fn verdict(
        p: &Policy,
        r: &ReleaseId,
        packet: &PacketRef,
        ids: &BTreeSet<String>,
        s: &Signoff,
    ) -> Verdict {
        let exp = Expected {
            release: r,
            kind: "clinician_qa",
            family: "foundation",
            packet,
            packet_ids: ids,
        };
        validate(p, &exp, Some(&serde_json::to_vec(s).unwrap()))
    }

    #[test]
    fn approves_and_collects_removes() {
        let (p, r, packet, ids) = setup();
        let mut s = good(&p, &r, &packet);
        s.exceptions.push(Exception {
            record_id: "mhd-2".into(),
            issue: "unsafe advice".into(),
            action: "remove".into(),
        });
        assert_eq!(
            verdict(&p, &r, &packet, &ids, &s),
            Verdict::Approved {
                removes: ["mhd-2".to_string()].into()
            }
        );
    }

    #[test]
    fn each_defect_blocks_with_a_reason() {
        let (p, r, packet, ids) = setup();
        type Defect = Box<dyn Fn(&mut Signoff)>;
        let cases: Vec<(Defect, &str)> = vec![
            (Box::new(|s| s.packet.sha256 = "00".repeat(32)), "sha256"),
            (
                Box::new(|s| s.reviewers[0].role = "intern".into()),
                "reviewer role",
            ),
            (
                Box::new(|s| {
                    s.rubric.pop();
                }),
                "not answered",
            ),
            (Box::new(|s| s.release = "v2026-11-24".into()), "release"),
            (
                Box::new(|s| {
                    s.exceptions.push(Exception {
                        record_id: "zzz".into(),
                        issue: "".into(),
                        action: "remove".into(),
                    })
                }),
                "not in the packet",
            ),
            (Box::new(|s| s.decision = "maybe".into()), "decision"),
            (
                // an otherwise valid signoff padded to 2 MiB
                Box::new(|s| s.rubric[0].notes = "x".repeat(2 << 20)),
                "byte limit",
            ),
        ];
        for (mutate, needle) in cases {
            let mut s = good(&p, &r, &packet);
            mutate(&mut s);
            match verdict(&p, &r, &packet, &ids, &s) {
                Verdict::Invalid(reasons) => assert!(
                    reasons.iter().any(|x| x.contains(needle)),
                    "{needle}: {reasons:?}"
                ),
                other => panic!("{needle}: {other:?}"),
            }
        }
        let mut s = good(&p, &r, &packet);
        s.decision = "reject".into();
        assert_eq!(verdict(&p, &r, &packet, &ids, &s), Verdict::Rejected);
        let exp = Expected {
            release: &r,
            kind: "clinician_qa",
            family: "foundation",
            packet: &packet,
            packet_ids: &ids,
        };
        assert_eq!(validate(&p, &exp, None), Verdict::Missing);
        assert!(matches!(
            validate(&p, &exp, Some(b"{")),
            Verdict::Invalid(_)
        ));
    }
}

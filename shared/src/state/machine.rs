//! The release state machine (DESIGN §7/§7b), as pure functions: state + facts -> next state.
//!
//! OPEN -> SEALED -> GATING -> AWAITING_SIGNOFF -> ASSEMBLING -> PUBLISHED | FAILED.
//! Drivers (the finalizer Lambda, `mhd run`) read the row, ask [`next`], claim the work with a
//! conditional write of [`claim`]'s result, do it, and write [`complete`]'s result the same way.
//! Long steps hold a lease so a crashed worker's step is resumed by the next delivery.

use crate::keys::KeyRejection;
use crate::model::ReleaseId;
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;

/// How long a worker owns GATING/ASSEMBLING before another may resume it. Longer than the
/// Lambda maximum of 15 minutes, so a live worker is never overtaken.
pub const LEASE_SECS: i64 = 16 * 60;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum State {
    Open,
    Sealed,
    Gating,
    AwaitingSignoff,
    Assembling,
    Published,
    Failed,
}

impl State {
    pub fn as_str(self) -> &'static str {
        match self {
            State::Open => "OPEN",
            State::Sealed => "SEALED",
            State::Gating => "GATING",
            State::AwaitingSignoff => "AWAITING_SIGNOFF",
            State::Assembling => "ASSEMBLING",
            State::Published => "PUBLISHED",
            State::Failed => "FAILED",
        }
    }
    /// States in which staged shards are still accepted.
    pub fn accepts_shards(self) -> bool {
        matches!(self, State::Open | State::Sealed)
    }
    pub fn terminal(self) -> bool {
        matches!(self, State::Published | State::Failed)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Lease {
    pub owner: String,
    pub until: i64,
}

/// The `META` row of a release.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Meta {
    pub release: ReleaseId,
    pub state: State,
    /// Bumped by every write; the condition of every write.
    pub version: u64,
    /// Bumped by every re-open: only shard rows of the current generation count as reported.
    #[serde(default)]
    pub generation: u64,
    /// Shard keys staged when the release was sealed: the set that must report.
    #[serde(default)]
    pub expected_shards: Vec<String>,
    /// Staged keys that are not part of the layout, with reasons.
    #[serde(default)]
    pub rejected: Vec<KeyRejection>,
    /// The signoffs this release needs, with the packets drawn for them (set by the gates).
    #[serde(default)]
    pub required_signoffs: Vec<RequiredSignoff>,
    /// Why the release failed, or what it waits for.
    #[serde(default)]
    pub reasons: Vec<String>,
    #[serde(default)]
    pub lease: Option<Lease>,
    pub created_at: i64,
    pub updated_at: i64,
    #[serde(default)]
    pub sealed_at: Option<i64>,
    /// Fixed when assembly starts, so a resumed assembly writes byte-identical files.
    #[serde(default)]
    pub assembling_at: Option<i64>,
    #[serde(default)]
    pub published_at: Option<i64>,
}

/// A review packet the system drew: its key, sha256 and record count (a signoff names it).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PacketRef {
    pub key: String,
    pub sha256: String,
    pub size: usize,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RequiredSignoff {
    pub kind: String,
    pub family: String,
    pub packet: PacketRef,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Work {
    Gates,
    Signoffs,
    Assemble,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Next {
    /// Nothing to do now; the reason is for logs and `mhd status`.
    Idle(String),
    Run(Work),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// Gates passed; the review packets drawn (empty: no human signoff is required).
    GatesPassed {
        signoffs: Vec<RequiredSignoff>,
    },
    GatesFailed(Vec<String>),
    SignoffsPending(Vec<String>),
    SignoffsApproved,
    SignoffsBlocked(Vec<String>),
    Published,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TransitionError {
    #[error("release {release} is already {state}; the seal changes nothing")]
    AlreadySealed {
        release: ReleaseId,
        state: &'static str,
    },
    #[error("release {release} is {state}; only a FAILED release can be re-opened")]
    NotFailed {
        release: ReleaseId,
        state: &'static str,
    },
    #[error("outcome {outcome} does not apply in state {state}")]
    Unexpected {
        outcome: String,
        state: &'static str,
    },
}

pub fn open(release: ReleaseId, now: i64) -> Meta {
    Meta {
        release,
        state: State::Open,
        version: 0,
        generation: 0,
        expected_shards: Vec::new(),
        rejected: Vec::new(),
        required_signoffs: Vec::new(),
        reasons: Vec::new(),
        lease: None,
        created_at: now,
        updated_at: now,
        sealed_at: None,
        assembling_at: None,
        published_at: None,
    }
}

fn bumped(meta: &Meta, now: i64) -> Meta {
    let mut m = meta.clone();
    m.version += 1;
    m.updated_at = now;
    m
}

/// OPEN -> SEALED with the shard set that must report.
pub fn seal(
    meta: &Meta,
    mut expected: Vec<String>,
    mut rejected: Vec<KeyRejection>,
    now: i64,
) -> Result<Meta, TransitionError> {
    if meta.state != State::Open {
        return Err(TransitionError::AlreadySealed {
            release: meta.release.clone(),
            state: meta.state.as_str(),
        });
    }
    expected.sort();
    expected.dedup();
    rejected.sort_by(|a, b| a.detail.cmp(&b.detail));
    let mut m = bumped(meta, now);
    m.state = State::Sealed;
    m.expected_shards = expected;
    m.rejected = rejected;
    m.sealed_at = Some(now);
    Ok(m)
}

/// FAILED -> OPEN, after data owners fix their drop. The seal, the drawn packets and the
/// reasons are cleared; shard rows stay (a re-uploaded shard overwrites its own row), and the
/// next seal fixes the shard set again.
pub fn reopen(meta: &Meta, now: i64) -> Result<Meta, TransitionError> {
    if meta.state != State::Failed {
        return Err(TransitionError::NotFailed {
            release: meta.release.clone(),
            state: meta.state.as_str(),
        });
    }
    let mut m = bumped(meta, now);
    m.state = State::Open;
    m.generation += 1;
    m.expected_shards.clear();
    m.rejected.clear();
    m.required_signoffs.clear();
    m.reasons.clear();
    m.lease = None;
    m.sealed_at = None;
    m.assembling_at = None;
    Ok(m)
}

fn lease_free(meta: &Meta, worker: &str, now: i64) -> bool {
    match &meta.lease {
        None => true,
        Some(l) => l.owner == worker || l.until <= now,
    }
}

/// What should happen next, given which shard keys have reported.
pub fn next(meta: &Meta, reported: &BTreeSet<String>, worker: &str, now: i64) -> Next {
    match meta.state {
        State::Open => {
            Next::Idle("open: waiting for the seal (staging/<release>/release.json)".into())
        }
        State::Sealed => {
            let missing = meta
                .expected_shards
                .iter()
                .filter(|k| !reported.contains(*k))
                .count();
            if missing == 0 {
                Next::Run(Work::Gates)
            } else {
                Next::Idle(format!(
                    "sealed: {} of {} shards reported",
                    meta.expected_shards.len() - missing,
                    meta.expected_shards.len()
                ))
            }
        }
        State::Gating if lease_free(meta, worker, now) => Next::Run(Work::Gates),
        State::Gating => Next::Idle("gating: another worker holds the lease".into()),
        State::AwaitingSignoff => Next::Run(Work::Signoffs),
        State::Assembling if lease_free(meta, worker, now) => Next::Run(Work::Assemble),
        State::Assembling => Next::Idle("assembling: another worker holds the lease".into()),
        State::Published => Next::Idle("published".into()),
        State::Failed => Next::Idle(format!("failed: {}", meta.reasons.join("; "))),
    }
}

/// The row to write (conditionally) before doing `work`; `None` when the work needs no claim.
pub fn claim(meta: &Meta, work: Work, worker: &str, now: i64) -> Option<Meta> {
    let target = match work {
        Work::Gates => State::Gating,
        Work::Assemble => State::Assembling,
        Work::Signoffs => return None,
    };
    let mut m = bumped(meta, now);
    m.state = target;
    m.lease = Some(Lease {
        owner: worker.to_string(),
        until: now + LEASE_SECS,
    });
    if target == State::Assembling && m.assembling_at.is_none() {
        m.assembling_at = Some(now);
    }
    Some(m)
}

/// The row that hands `worker`'s lease back when its step stopped with an error, so the retry
/// resumes at once instead of after [`LEASE_SECS`]; `None` when it holds no lease. A worker that
/// is killed cannot do this: its lease expires.
pub fn hand_back(meta: &Meta, worker: &str, now: i64) -> Option<Meta> {
    let held = matches!(&meta.lease, Some(l) if l.owner == worker);
    let mut m = bumped(meta, now);
    m.lease = None;
    held.then_some(m)
}

/// The row after `outcome`; `None` when nothing changes (e.g. still waiting on the same signoffs).
pub fn complete(
    meta: &Meta,
    outcome: Outcome,
    worker: &str,
    now: i64,
) -> Result<Option<Meta>, TransitionError> {
    let unexpected = |o: &Outcome| TransitionError::Unexpected {
        outcome: format!("{o:?}"),
        state: meta.state.as_str(),
    };
    let mut m = bumped(meta, now);
    m.reasons.clear();
    m.lease = None;
    match (&meta.state, outcome) {
        (State::Gating, Outcome::GatesPassed { signoffs }) => {
            if signoffs.is_empty() {
                return Ok(claim(meta, Work::Assemble, worker, now));
            }
            m.state = State::AwaitingSignoff;
            m.required_signoffs = signoffs;
        }
        (State::Gating | State::Assembling, Outcome::GatesFailed(reasons))
        | (State::AwaitingSignoff, Outcome::SignoffsBlocked(reasons)) => {
            m.state = State::Failed;
            m.reasons = reasons;
        }
        (State::AwaitingSignoff, Outcome::SignoffsPending(waiting)) => {
            if meta.reasons == waiting {
                return Ok(None);
            }
            m.reasons = waiting;
        }
        (State::AwaitingSignoff, Outcome::SignoffsApproved) => {
            return Ok(claim(meta, Work::Assemble, worker, now));
        }
        (State::Assembling, Outcome::Published) => {
            m.state = State::Published;
            m.published_at = Some(now);
        }
        (_, o) => return Err(unexpected(&o)),
    }
    Ok(Some(m))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rel() -> ReleaseId {
        ReleaseId::parse("v2026-11-25").unwrap()
    }
    fn req() -> RequiredSignoff {
        RequiredSignoff {
            kind: "clinician_qa".into(),
            family: "foundation".into(),
            packet: PacketRef {
                key: "k".into(),
                sha256: "s".into(),
                size: 1,
            },
        }
    }
    fn set(keys: &[&str]) -> BTreeSet<String> {
        keys.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn happy_path() {
        let m = open(rel(), 1);
        assert!(matches!(next(&m, &set(&[]), "w", 1), Next::Idle(_)));
        let m = seal(&m, vec!["b".into(), "a".into(), "a".into()], vec![], 2).unwrap();
        assert_eq!(m.expected_shards, vec!["a", "b"]);
        assert_eq!(m.version, 1);
        assert_eq!(
            next(&m, &set(&["a"]), "w", 2),
            Next::Idle("sealed: 1 of 2 shards reported".into())
        );
        assert_eq!(
            next(&m, &set(&["a", "b", "late"]), "w", 2),
            Next::Run(Work::Gates)
        );
        let g = claim(&m, Work::Gates, "w", 3).unwrap();
        assert_eq!(g.state, State::Gating);
        let a = complete(
            &g,
            Outcome::GatesPassed {
                signoffs: vec![req()],
            },
            "w",
            4,
        )
        .unwrap()
        .unwrap();
        assert_eq!(a.state, State::AwaitingSignoff);
        assert!(a.lease.is_none());
        assert_eq!(next(&a, &set(&[]), "w2", 5), Next::Run(Work::Signoffs));
        assert!(claim(&a, Work::Signoffs, "w2", 5).is_none());
        let p = complete(&a, Outcome::SignoffsPending(vec!["x".into()]), "w2", 5)
            .unwrap()
            .unwrap();
        assert!(
            complete(&p, Outcome::SignoffsPending(vec!["x".into()]), "w2", 6)
                .unwrap()
                .is_none()
        );
        let s = complete(&p, Outcome::SignoffsApproved, "w3", 7)
            .unwrap()
            .unwrap();
        assert_eq!(s.state, State::Assembling);
        assert_eq!(s.assembling_at, Some(7));
        assert_eq!(next(&s, &set(&[]), "w3", 8), Next::Run(Work::Assemble));
        let done = complete(&s, Outcome::Published, "w3", 9).unwrap().unwrap();
        assert_eq!(done.state, State::Published);
        assert!(matches!(next(&done, &set(&[]), "w", 10), Next::Idle(_)));
        // Every write bumps the version exactly once.
        assert_eq!(done.version, 6);
    }

    #[test]
    fn leases_keep_others_out_until_they_expire() {
        let m = seal(&open(rel(), 0), vec![], vec![], 0).unwrap();
        let g = claim(&m, Work::Gates, "w1", 100).unwrap();
        assert!(matches!(next(&g, &set(&[]), "w2", 101), Next::Idle(_)));
        assert_eq!(next(&g, &set(&[]), "w1", 101), Next::Run(Work::Gates));
        assert_eq!(
            next(&g, &set(&[]), "w2", 100 + LEASE_SECS),
            Next::Run(Work::Gates)
        );
    }

    #[test]
    fn a_lease_handed_back_lets_the_next_worker_resume_at_once() {
        let m = seal(&open(rel(), 0), vec![], vec![], 0).unwrap();
        let g = claim(&m, Work::Gates, "w1", 100).unwrap();
        assert_eq!(hand_back(&g, "w2", 101), None, "not w2's lease");
        let back = hand_back(&g, "w1", 101).unwrap();
        assert_eq!((back.state, back.lease.clone()), (State::Gating, None));
        assert_eq!(back.version, g.version + 1);
        assert_eq!(next(&back, &set(&[]), "w2", 102), Next::Run(Work::Gates));
        assert_eq!(
            hand_back(&back, "w1", 103),
            None,
            "nothing left to hand back"
        );
    }

    #[test]
    fn seal_twice_and_stray_outcomes_are_refused() {
        let m = seal(&open(rel(), 0), vec![], vec![], 0).unwrap();
        assert!(seal(&m, vec![], vec![], 1).is_err());
        assert!(complete(&m, Outcome::Published, "w", 1).is_err());
        let f = complete(
            &claim(&m, Work::Gates, "w", 1).unwrap(),
            Outcome::GatesFailed(vec!["r".into()]),
            "w",
            2,
        )
        .unwrap()
        .unwrap();
        assert_eq!(f.state, State::Failed);
        assert_eq!(f.reasons, vec!["r"]);
        assert!(complete(&f, Outcome::SignoffsApproved, "w", 3).is_err());
    }

    #[test]
    fn no_signoffs_required_goes_straight_to_assembly() {
        let m = seal(&open(rel(), 0), vec![], vec![], 0).unwrap();
        let g = claim(&m, Work::Gates, "w", 1).unwrap();
        let a = complete(&g, Outcome::GatesPassed { signoffs: vec![] }, "w", 2)
            .unwrap()
            .unwrap();
        assert_eq!(a.state, State::Assembling);
        assert_eq!(a.lease.as_ref().unwrap().owner, "w");
    }
}

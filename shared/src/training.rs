//! The one set of training rules (DESIGN §8): role order, system position and sequence length
//! as a ChatML trainer sees them. Applied when records are built — a record that breaks a rule
//! is quarantined with the rule named — and again by `mhd smoke` with the policy the manifest
//! names, so nothing published can fail smoke.

use crate::model::{Record, Role};
use crate::policy::Training;
use crate::read::Reason;

/// A rule a record breaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Broken {
    /// A system message after the first message (`system_only_first`).
    SystemPosition,
    /// The first non-system message is not the user's (`user_first`).
    RoleOrder,
    /// Longer than `max_seq_len` tokens with the chat template.
    Length { tokens: usize },
}

impl Broken {
    /// The quarantine reason that names the rule.
    pub fn reason(self) -> Reason {
        match self {
            Broken::SystemPosition => Reason::TrainingSystemPosition,
            Broken::RoleOrder => Reason::TrainingRoleOrder,
            Broken::Length { .. } => Reason::TrainingLength,
        }
    }

    /// What a person reads: the rule and the policy field (never content).
    pub fn describe(self, t: &Training) -> String {
        match self {
            Broken::SystemPosition => {
                "a system message after the first message ([training] system_only_first)".into()
            }
            Broken::RoleOrder => {
                "the first non-system message is not the user's ([training] user_first)".into()
            }
            Broken::Length { tokens } => format!(
                "{tokens} tokens with the chat template, over [training] max_seq_len {}",
                t.max_seq_len
            ),
        }
    }
}

/// The record's length in template tokens (o200k, plus the per-message template overhead).
pub fn template_tokens(r: &Record, t: &Training) -> usize {
    r.messages
        .iter()
        .map(|m| crate::stats::tokens(&m.content) + t.message_overhead_tokens)
        .sum()
}

/// Checks `r` against the rules; its template tokens when it passes.
pub fn check(r: &Record, t: &Training) -> Result<usize, Broken> {
    check_order(r, t)?;
    let tokens = template_tokens(r, t);
    if tokens > t.max_seq_len {
        return Err(Broken::Length { tokens });
    }
    Ok(tokens)
}

/// [`check`] without the token count: a BPE token is at least one byte, so a record whose bytes
/// (plus template overhead) fit `max_seq_len` cannot be too long and is not tokenized. This is
/// the form the shard stage uses; the verdict is the same as [`check`]'s.
pub fn admit(r: &Record, t: &Training) -> Result<(), Broken> {
    check_order(r, t)?;
    let bound: usize = r
        .messages
        .iter()
        .map(|m| m.content.len() + t.message_overhead_tokens)
        .sum();
    if bound <= t.max_seq_len {
        return Ok(());
    }
    check(r, t).map(|_| ())
}

fn check_order(r: &Record, t: &Training) -> Result<(), Broken> {
    if t.system_only_first && r.messages.iter().skip(1).any(|m| m.role == Role::System) {
        return Err(Broken::SystemPosition);
    }
    let first = r.messages.iter().find(|m| m.role != Role::System);
    if t.user_first && first.map(|m| m.role) != Some(Role::User) {
        return Err(Broken::RoleOrder);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Message;
    use proptest::prelude::*;

    fn rec(roles: &[Role], text: &str) -> Record {
        let messages = roles
            .iter()
            .map(|&role| Message {
                role,
                content: text.into(),
            })
            .collect();
        Record::for_test("f", 0, messages)
    }

    fn rules(user_first: bool, max_seq_len: usize) -> Training {
        Training {
            max_seq_len,
            message_overhead_tokens: 4,
            batch_sequences: 8,
            system_only_first: true,
            user_first,
        }
    }

    #[test]
    fn each_rule_is_named() {
        let t = rules(true, 64);
        let counsellor_first = rec(&[Role::Assistant, Role::User, Role::Assistant], "hi");
        assert_eq!(check(&counsellor_first, &t), Err(Broken::RoleOrder));
        assert!(check(&counsellor_first, &rules(false, 64)).is_ok());
        assert_eq!(
            check(&rec(&[Role::User, Role::System], "hi"), &t),
            Err(Broken::SystemPosition)
        );
        let long = "word ".repeat(80);
        assert!(matches!(
            check(&rec(&[Role::User, Role::Assistant], &long), &t),
            Err(Broken::Length { .. })
        ));
        assert!(Broken::RoleOrder.describe(&t).contains("user_first"));
        assert!(
            Broken::Length { tokens: 99 }
                .describe(&t)
                .contains("max_seq_len 64")
        );
    }

    #[test]
    fn release_0_accepts_what_a_chatml_trainer_accepts() {
        // Counsellors often speak first: Release 0 must not reject that.
        let t = crate::policy::Policy::release_0().training;
        let ok = rec(
            &[Role::Assistant, Role::User, Role::Assistant],
            "hello there",
        );
        assert_eq!(check(&ok, &t), Ok(3 * (2 + t.message_overhead_tokens)));
        let late_system = rec(&[Role::User, Role::System, Role::Assistant], "x");
        assert_eq!(check(&late_system, &t), Err(Broken::SystemPosition));
    }

    proptest! {
        /// The byte bound never changes a verdict.
        #[test]
        fn admit_agrees_with_check(
            words in proptest::collection::vec("[a-zé]{1,12}|[0-9]{1,6}|[!?.,]", 0..120),
            max in 1usize..200,
        ) {
            let t = rules(false, max);
            let r = rec(&[Role::User, Role::Assistant], &words.join(" "));
            prop_assert_eq!(admit(&r, &t), check(&r, &t).map(|_| ()));
        }
    }
}

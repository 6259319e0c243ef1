//! Content identity: the record id, and the stable hashes splits and sampling draw from.

use crate::model::Message;
use sha2::{Digest, Sha256};

pub mod minhash;
pub mod stored;

/// A record's id: derived from its messages only (roles and exact content bytes), so the same
/// conversation gets the same id in every run, source and format.
pub fn record_id(messages: &[Message]) -> String {
    let mut h = Sha256::new();
    h.update(b"mhd-record-v1\0");
    for m in messages {
        h.update(m.role.as_str().as_bytes());
        h.update(b"\0");
        h.update((m.content.len() as u64).to_le_bytes());
        h.update(m.content.as_bytes());
    }
    let digest = h.finalize();
    format!("mhd-{}", hex::encode(&digest[..16]))
}

/// A uniform value in [0, 1) from a seed and a key; the basis of split assignment and sampling.
pub fn unit_hash(seed: &str, key: &str) -> f64 {
    let mut h = Sha256::new();
    h.update((seed.len() as u64).to_le_bytes());
    h.update(seed.as_bytes());
    h.update(key.as_bytes());
    let d = h.finalize();
    let mut b = [0u8; 8];
    b.copy_from_slice(&d[..8]);
    // 53 high bits -> exactly representable f64 in [0, 1).
    (u64::from_be_bytes(b) >> 11) as f64 / (1u64 << 53) as f64
}

pub fn sha256_hex(bytes: &[u8]) -> String {
    hex::encode(Sha256::digest(bytes))
}

#[cfg(test)]
impl crate::model::Record {
    /// A record for unit tests: id derived from content, no upstream id or group.
    pub(crate) fn for_test(
        family: &str,
        index: u64,
        messages: Vec<crate::model::Message>,
    ) -> crate::model::Record {
        crate::model::Record {
            id: record_id(&messages),
            family: family.into(),
            source: "s".into(),
            origin: crate::model::Origin {
                key: "k".into(),
                index,
            },
            messages,
            upstream_id: None,
            group: None,
            meta: None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Role;
    use proptest::prelude::*;

    fn msg(role: Role, c: &str) -> Message {
        Message {
            role,
            content: c.into(),
        }
    }

    #[test]
    fn id_depends_on_roles_and_boundaries() {
        let a = record_id(&[msg(Role::User, "ab"), msg(Role::Assistant, "c")]);
        let b = record_id(&[msg(Role::User, "a"), msg(Role::Assistant, "bc")]);
        let c = record_id(&[msg(Role::Assistant, "ab"), msg(Role::User, "c")]);
        assert_ne!(a, b);
        assert_ne!(a, c);
        assert_eq!(a.len(), 4 + 32);
    }

    proptest! {
        #[test]
        fn id_is_deterministic(contents in proptest::collection::vec(".*", 1..5)) {
            let ms: Vec<Message> = contents.iter().map(|c| msg(Role::User, c)).collect();
            prop_assert_eq!(record_id(&ms), record_id(&ms.clone()));
        }

        #[test]
        fn unit_hash_in_range(seed in ".*", key in ".*") {
            let u = unit_hash(&seed, &key);
            prop_assert!((0.0..1.0).contains(&u));
        }
    }
}

//! Identifiers in a record's own fields (`upstream_id`, `group`, the text values of `meta`): a
//! data owner's conversation id
//! is sometimes an e-mail address, a phone number or an SSN. Such a value is replaced by a keyed
//! hash — stable across runs for the same key, so grouping (one client's sessions stay in one
//! split) and lineage (a withdrawal request can still be matched by re-hashing) keep working, and
//! unguessable without the key, so a phone number's small space cannot be searched.

use super::Detector;
use crate::model::Record;
use sha2::{Digest, Sha256};

/// HMAC-SHA-256 (RFC 2104) of `value` under `key`, as "h:" and 16 hex digits.
pub fn keyed_hash(key: &str, value: &str) -> String {
    const BLOCK: usize = 64;
    let mut k = [0u8; BLOCK];
    if key.len() > BLOCK {
        k[..32].copy_from_slice(&Sha256::digest(key.as_bytes()));
    } else {
        k[..key.len()].copy_from_slice(key.as_bytes());
    }
    let pad = |b: u8| k.map(|x| x ^ b);
    let inner = Sha256::new()
        .chain_update(pad(0x36))
        .chain_update(value.as_bytes())
        .finalize();
    let outer = Sha256::new()
        .chain_update(pad(0x5c))
        .chain_update(inner)
        .finalize();
    format!("h:{}", hex::encode(&outer[..8]))
}

/// What scanning a record's fields found.
pub enum Fields {
    /// Nothing, or every identifier replaced by its keyed hash (how many).
    Clean(u32),
    /// An identifier and no key to hash it with: the record must not ship.
    Unkeyed,
}

/// Scans `upstream_id`, `group` and the values of `meta` (text: a number as written,
/// `read::mapped`); replaces a value holding any identifier by its keyed hash.
pub fn protect(d: &Detector, key: Option<&str>, r: &mut Record) -> Fields {
    let mut hashed = 0;
    let meta = r
        .meta
        .iter_mut()
        .flat_map(|m| m.values_mut())
        .filter_map(|v| match v {
            serde_json::Value::String(s) => Some(s),
            _ => None,
        });
    for value in [&mut r.upstream_id, &mut r.group]
        .into_iter()
        .flatten()
        .chain(meta)
    {
        if d.detect(value).is_empty() {
            continue;
        }
        match key {
            Some(k) => {
                *value = keyed_hash(k, value);
                hashed += 1;
            }
            None => return Fields::Unkeyed,
        }
    }
    Fields::Clean(hashed)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hmac_matches_rfc_4231_case_2() {
        // key "Jefe", data "what do ya want for nothing?": 5bdcc146bf60754e…
        assert_eq!(
            keyed_hash("Jefe", "what do ya want for nothing?"),
            "h:5bdcc146bf60754e"
        );
    }

    #[test]
    fn identifiers_in_fields_are_hashed_stably_and_plain_ids_kept() {
        let d = Detector::get();
        let mut r = Record::for_test("f", 0, vec![]);
        r.upstream_id = Some("jo.smith@example.com".into());
        r.group = Some("client-0042".into());
        let mut again = r.clone();
        assert!(matches!(protect(d, Some("k"), &mut r), Fields::Clean(1)));
        assert!(
            r.upstream_id
                .as_deref()
                .is_some_and(|v| v.starts_with("h:"))
        );
        assert_eq!(r.group.as_deref(), Some("client-0042"));
        protect(d, Some("k"), &mut again);
        assert_eq!(r.upstream_id, again.upstream_id, "stable for the same key");
        let mut unkeyed = Record::for_test("f", 0, vec![]);
        unkeyed.group = Some("call 415-555-2671".into());
        assert!(matches!(protect(d, None, &mut unkeyed), Fields::Unkeyed));
    }

    #[test]
    fn meta_values_are_scanned_numbers_as_text_included() {
        let d = Detector::get();
        let mut r = Record::for_test("f", 0, vec![]);
        let meta: serde_json::Map<String, serde_json::Value> = serde_json::from_str(
            r#"{"topic":"sleep","phone":"4155552671","score":"4","note":"ask jo.smith@example.com"}"#,
        )
        .unwrap();
        r.meta = Some(meta);
        assert!(matches!(protect(d, Some("k"), &mut r), Fields::Clean(2)));
        let m = r.meta.as_ref().unwrap();
        assert_eq!(
            (m["topic"].as_str(), m["score"].as_str()),
            (Some("sleep"), Some("4"))
        );
        for k in ["phone", "note"] {
            assert!(
                m[k].as_str().is_some_and(|v| v.starts_with("h:")),
                "{k}: {m:?}"
            );
        }
    }
}

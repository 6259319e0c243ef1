//! What the shard step stores per normalized record for the release-wide stage
//! (`work/<r>/shards/…/<file>.minhash.bin`): enough to plan without reading a record — id,
//! position in the source, group key, MinHash signature. Entry `n` describes line `n` of the
//! shard's normalized `records.jsonl`.
//!
//! Layout: 8 magic bytes, then per record: the id's 16 digest bytes, the source index (u64),
//! the group (u32 length, `u32::MAX` for none, then UTF-8 bytes), K signature bins (u32); all
//! little-endian. ~540 bytes per record.

use super::minhash::{K, Signature};
use crate::model::Record;

const MAGIC: &[u8; 8] = b"MHDFP2\0\0";
const NO_GROUP: u32 = u32::MAX;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fingerprint {
    pub id: String,
    pub index: u64,
    /// The upstream group, else the upstream id (what decides the split besides the id).
    pub group: Option<String>,
    pub signature: Signature,
}

/// Appends `r`'s entry (the magic first, when `out` is empty).
pub fn encode(r: &Record, signature: &Signature, out: &mut Vec<u8>) {
    if out.is_empty() {
        out.extend_from_slice(MAGIC);
    }
    entry(r, signature, out);
}

fn entry(r: &Record, signature: &Signature, out: &mut Vec<u8>) {
    let mut digest = [0u8; 16];
    if let Some(h) = r.id.strip_prefix("mhd-") {
        let _ = hex::decode_to_slice(h, &mut digest);
    }
    out.extend_from_slice(&digest);
    out.extend_from_slice(&r.origin.index.to_le_bytes());
    match r.group.as_deref().or(r.upstream_id.as_deref()) {
        Some(g) => {
            out.extend_from_slice(&(g.len() as u32).to_le_bytes());
            out.extend_from_slice(g.as_bytes());
        }
        None => out.extend_from_slice(&NO_GROUP.to_le_bytes()),
    }
    for v in signature {
        out.extend_from_slice(&v.to_le_bytes());
    }
}

/// Streams entries into `out` (a file with no entries stays empty), so the shard step's
/// memory does not grow with the shard.
pub struct Writer<W: std::io::Write> {
    out: W,
    buf: Vec<u8>,
    started: bool,
}

impl<W: std::io::Write> Writer<W> {
    pub fn new(out: W) -> Self {
        Writer {
            out,
            buf: Vec::with_capacity(4 * K + 64),
            started: false,
        }
    }

    pub fn push(&mut self, r: &Record, signature: &Signature) -> std::io::Result<()> {
        if !self.started {
            self.out.write_all(MAGIC)?;
            self.started = true;
        }
        self.buf.clear();
        entry(r, signature, &mut self.buf);
        self.out.write_all(&self.buf)
    }

    pub fn finish(mut self) -> std::io::Result<W> {
        self.out.flush()?;
        Ok(self.out)
    }
}

/// Every entry of a fingerprints file, in record order.
pub fn decode(bytes: &[u8]) -> Result<Vec<Fingerprint>, String> {
    if bytes.is_empty() {
        return Ok(Vec::new());
    }
    let mut rest = bytes
        .strip_prefix(MAGIC.as_slice())
        .ok_or("not a fingerprints file (bad magic; written by an older build?)")?;
    let mut out = Vec::new();
    let truncated = |n: usize| format!("truncated in entry {}", n + 1);
    while !rest.is_empty() {
        let n = out.len();
        let take = |rest: &mut &[u8], k: usize| -> Result<Vec<u8>, String> {
            if rest.len() < k {
                return Err(truncated(n));
            }
            let (a, b) = rest.split_at(k);
            *rest = b;
            Ok(a.to_vec())
        };
        let digest = take(&mut rest, 16)?;
        let index = u64::from_le_bytes(take(&mut rest, 8)?.try_into().expect("8 bytes"));
        let len = u32::from_le_bytes(take(&mut rest, 4)?.try_into().expect("4 bytes"));
        let group = if len == NO_GROUP {
            None
        } else {
            let g = take(&mut rest, len as usize)?;
            Some(String::from_utf8(g).map_err(|_| format!("entry {}: group is not UTF-8", n + 1))?)
        };
        let bins = take(&mut rest, 4 * K)?;
        let mut signature = [0u32; K];
        for (k, c) in bins.chunks_exact(4).enumerate() {
            signature[k] = u32::from_le_bytes([c[0], c[1], c[2], c[3]]);
        }
        out.push(Fingerprint {
            id: format!("mhd-{}", hex::encode(&digest)),
            index,
            group,
            signature,
        });
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fingerprint::minhash::signature;
    use crate::model::{Message, Role};
    use proptest::prelude::*;

    fn record(text: &str, index: u64, group: Option<&str>, upstream: Option<&str>) -> Record {
        let mut r = Record::for_test(
            "foundation",
            index,
            vec![Message {
                role: Role::User,
                content: text.into(),
            }],
        );
        r.group = group.map(str::to_string);
        r.upstream_id = upstream.map(str::to_string);
        r
    }

    proptest! {
        #[test]
        fn entries_round_trip(
            rows in proptest::collection::vec(
                ("[a-z ]{0,40}", any::<u64>(), proptest::option::of("\\PC{0,12}"), proptest::option::of("[0-9]{1,6}")),
                0..8,
            )
        ) {
            let mut buf = Vec::new();
            let mut want = Vec::new();
            for (text, index, group, upstream) in &rows {
                let r = record(text, *index, group.as_deref(), upstream.as_deref());
                let sig = signature(&r.messages);
                encode(&r, &sig, &mut buf);
                want.push(Fingerprint {
                    id: r.id.clone(),
                    index: *index,
                    group: group.clone().or(upstream.clone()),
                    signature: sig,
                });
            }
            prop_assert_eq!(decode(&buf).unwrap(), want);
            if !buf.is_empty() {
                prop_assert!(decode(&buf[..buf.len() - 1]).is_err());
            }
        }
    }

    #[test]
    fn the_streaming_writer_writes_what_encode_does() {
        let rs: Vec<Record> = (0..3)
            .map(|i| record(&format!("t {i}"), i, None, Some("u")))
            .collect();
        let mut a = Vec::new();
        let mut w = Writer::new(Vec::new());
        for r in &rs {
            let sig = signature(&r.messages);
            encode(r, &sig, &mut a);
            w.push(r, &sig).unwrap();
        }
        assert_eq!(w.finish().unwrap(), a);
        assert!(Writer::new(Vec::<u8>::new()).finish().unwrap().is_empty());
    }

    #[test]
    fn a_file_from_another_format_is_refused() {
        let e = decode(b"MHDMH1\0\0abc").unwrap_err();
        assert!(e.contains("bad magic"), "{e}");
    }
}

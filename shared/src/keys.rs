//! The bucket key grammar (DESIGN §3): what a staged key means, and where every output goes.

use crate::model::{ReleaseId, valid_name};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ShardFormat {
    Jsonl,
    JsonlGz,
    /// One JSON array of records.
    Json,
    Csv,
    CsvGz,
    Parquet,
}

/// A data shard under `staging/<release>/<family>/<source>/`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ShardKey {
    pub key: String,
    pub release: ReleaseId,
    pub family: String,
    pub source: String,
    /// File name within the source directory.
    pub file: String,
    pub format: ShardFormat,
}

/// What a key in `staging/` or `signoffs/` is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BucketKey {
    Shard(ShardKey),
    Provenance {
        release: ReleaseId,
        family: String,
        source: String,
    },
    Seal {
        release: ReleaseId,
    },
    Signoff {
        release: ReleaseId,
        kind: String,
        family: String,
    },
}

impl BucketKey {
    pub fn release(&self) -> &ReleaseId {
        match self {
            BucketKey::Shard(s) => &s.release,
            BucketKey::Provenance { release, .. }
            | BucketKey::Seal { release }
            | BucketKey::Signoff { release, .. } => release,
        }
    }
}

/// Why a key was not accepted. The code is stable (reports and the table carry it).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error, Serialize, Deserialize)]
#[error("{code}: {detail}")]
pub struct KeyRejection {
    pub code: String,
    pub detail: String,
    /// The release the key belongs to, when that much could be read.
    pub release: Option<ReleaseId>,
}

/// Longest shard file name: work files append up to 31 bytes (a read's 16-hex tag and
/// `.records.jsonl`) and must stay within a file system's 255-byte name limit; a longer name is
/// rejected when the shard set is fixed instead of failing every run with "File name too long".
pub const MAX_SHARD_FILE_BYTES: usize = 200;

fn reject(code: &str, detail: impl Into<String>, release: Option<ReleaseId>) -> KeyRejection {
    KeyRejection {
        code: code.into(),
        detail: detail.into(),
        release,
    }
}

/// Classify a key under `staging/` or `signoffs/`.
pub fn classify(key: &str) -> Result<BucketKey, KeyRejection> {
    let parts: Vec<&str> = key.split('/').collect();
    let top = parts[0];
    if top != "staging" && top != "signoffs" {
        return Err(reject(
            "outside_intake",
            "not under staging/ or signoffs/",
            None,
        ));
    }
    let release = match parts.get(1).map(|r| ReleaseId::parse(r)) {
        Some(Ok(r)) => r,
        _ => {
            return Err(reject(
                "bad_release",
                "second segment is not vYYYY-MM-DD[.N]",
                None,
            ));
        }
    };
    let rel = Some(release.clone());
    if top == "signoffs" {
        return match parts.as_slice() {
            [_, _, file] => {
                let stem = file.strip_suffix(".json").ok_or_else(|| {
                    reject(
                        "bad_signoff_name",
                        "signoffs are <kind>.<family>.json",
                        rel.clone(),
                    )
                })?;
                match stem.split_once('.') {
                    Some((kind, family)) if valid_name(kind) && valid_name(family) => {
                        Ok(BucketKey::Signoff {
                            release,
                            kind: kind.into(),
                            family: family.into(),
                        })
                    }
                    _ => Err(reject(
                        "bad_signoff_name",
                        "signoffs are <kind>.<family>.json",
                        rel,
                    )),
                }
            }
            _ => Err(reject(
                "bad_layout",
                "signoffs/<release>/<kind>.<family>.json",
                rel,
            )),
        };
    }
    match parts.as_slice() {
        [_, _, "release.json"] => Ok(BucketKey::Seal { release }),
        [_, _, family, source, file] => {
            if !valid_name(family) {
                return Err(reject(
                    "bad_family",
                    "family must match [a-z0-9_-]{1,64}",
                    rel,
                ));
            }
            if !valid_name(source) {
                return Err(reject(
                    "bad_source",
                    "source must match [a-z0-9_-]{1,64}",
                    rel,
                ));
            }
            if *file == PROVENANCE_FILE {
                return Ok(BucketKey::Provenance {
                    release,
                    family: family.to_string(),
                    source: source.to_string(),
                });
            }
            const FORMATS: &[(&str, ShardFormat)] = &[
                (".jsonl.gz", ShardFormat::JsonlGz),
                (".jsonl", ShardFormat::Jsonl),
                (".json", ShardFormat::Json),
                (".csv.gz", ShardFormat::CsvGz),
                (".csv", ShardFormat::Csv),
                (".parquet", ShardFormat::Parquet),
            ];
            let Some(&(_, format)) = FORMATS.iter().find(|(ext, _)| file.ends_with(ext)) else {
                return Err(reject(
                    "unsupported_format",
                    "shards are .jsonl, .jsonl.gz, .json, .csv, .csv.gz or .parquet",
                    rel,
                ));
            };
            if file.len() > MAX_SHARD_FILE_BYTES {
                return Err(reject(
                    "name_too_long",
                    format!(
                        "shard file name is {} bytes, over {MAX_SHARD_FILE_BYTES}; rename it",
                        file.len()
                    ),
                    rel,
                ));
            }
            let stem = file.split('.').next().unwrap_or("");
            if stem.is_empty() || file.starts_with('.') {
                return Err(reject(
                    "bad_shard_name",
                    "shard file name is empty or hidden",
                    rel,
                ));
            }
            if name_holds_identifier(file) {
                return Err(reject(
                    IDENTIFIER_IN_NAME,
                    "the file name holds an identifier; rename the file (the name is withheld here)",
                    rel,
                ));
            }
            Ok(BucketKey::Shard(ShardKey {
                key: key.to_string(),
                release,
                family: family.to_string(),
                source: source.to_string(),
                file: file.to_string(),
                format,
            }))
        }
        _ => Err(reject(
            "bad_layout",
            "staging/<release>/<family>/<source>/<file> or staging/<release>/release.json",
            rel,
        )),
    }
}

/// The rejection code of a staged file whose name holds an identifier.
pub const IDENTIFIER_IN_NAME: &str = "identifier_in_name";

/// Whether a shard's file name holds an identifier (an e-mail address, a phone number, a name…):
/// the name is read as words, separators as spaces, the extension dropped.
fn name_holds_identifier(file: &str) -> bool {
    let stem = [
        ".jsonl.gz",
        ".jsonl",
        ".csv.gz",
        ".csv",
        ".json",
        ".parquet",
    ]
    .iter()
    .find_map(|e| file.strip_suffix(e))
    .unwrap_or(file);
    let d = crate::pii::Detector::get();
    // as written ("jo.smith@example.com"), and with separators read as spaces ("jane_doe")
    let spaced: String = stem
        .chars()
        .map(|c| if matches!(c, '_' | '+') { ' ' } else { c })
        .collect();
    // dates, ages and generic codes are how files are named ("export-2024-03-14", "part-000123456")
    use crate::pii::Kind;
    let named = |t: &str| {
        d.detect(t).iter().any(|f| match f.kind {
            Kind::Date | Kind::Age | Kind::Id | Kind::Zip | Kind::Account | Kind::Device => false,
            // a dataset's name is not a person's: only listed names and towns count
            Kind::Name | Kind::Location => d.listed_names_only(&t[f.start..f.end]),
            _ => true,
        })
    };
    named(stem) || named(&spaced)
}

/// A key as it may be written in reports, logs and table items: a staged file whose name holds
/// an identifier is named by its folder and a hash of the name.
pub fn safe_key(key: &str) -> String {
    match key.rsplit_once('/') {
        Some((dir, file)) if key.starts_with("staging/") && name_holds_identifier(file) => {
            use sha2::{Digest, Sha256};
            let h = hex::encode(&Sha256::digest(file.as_bytes())[..6]);
            format!("{dir}/[name withheld {h}]")
        }
        _ => key.to_string(),
    }
}

/// Decode an S3 event notification key: `+` is a space, then percent-decoding (AWS encodes keys
/// in notifications as `application/x-www-form-urlencoded`).
pub fn decode_event_key(raw: &str) -> Result<String, KeyRejection> {
    let plus = raw.replace('+', " ");
    percent_encoding::percent_decode_str(&plus)
        .decode_utf8()
        .map(|s| s.into_owned())
        .map_err(|_| {
            reject(
                "bad_key_encoding",
                "event key is not valid UTF-8 once decoded",
                None,
            )
        })
}

pub fn staging_prefix(r: &ReleaseId) -> String {
    format!("staging/{r}/")
}
pub fn seal_key(r: &ReleaseId) -> String {
    format!("staging/{r}/release.json")
}
/// A source's sidecar, beside its data files.
pub const PROVENANCE_FILE: &str = "provenance.json";
pub fn provenance_key(r: &ReleaseId, family: &str, source: &str) -> String {
    format!("staging/{r}/{family}/{source}/{PROVENANCE_FILE}")
}
pub fn signoff_key(r: &ReleaseId, kind: &str, family: &str) -> String {
    format!("signoffs/{r}/{kind}.{family}.json")
}
pub fn review_packet_key(r: &ReleaseId, kind: &str, family: &str) -> String {
    format!("review/{r}/{kind}.{family}.jsonl")
}
pub fn review_guide_key(r: &ReleaseId, kind: &str, family: &str) -> String {
    format!("review/{r}/{kind}.{family}.md")
}

/// `work/<release>/shards/<family>/<source>/<file>.<read>.` + suffix: each read of a shard
/// writes its own outputs (`read` is [`read_tag`]'s, recorded in the row), so a slower, older
/// read can never land its files under a newer read's row. Rows from builds before the tag
/// (empty `read`) name the untagged form.
fn shard_work(s: &ShardKey, read: &str, suffix: &str) -> String {
    format!(
        "work/{}/shards/{}/{}/{}.{suffix}",
        s.release,
        s.family,
        s.source,
        tagged(&s.file, read)
    )
}
/// The file's name with the read's tag after it (`<file>.<read>`; the file alone when untagged).
fn tagged(file: &str, read: &str) -> String {
    if read.is_empty() {
        file.to_string()
    } else {
        format!("{file}.{read}")
    }
}
/// Which read of a shard wrote its outputs: the staged object's version, the sidecar's and the
/// release generation it was read under. Reads of the same content under the same sidecar in
/// one generation share it (their outputs are the same bytes).
pub fn read_tag(version: Option<&str>, sidecar: Option<&str>, generation: u64) -> String {
    use sha2::{Digest, Sha256};
    let mut h = Sha256::new();
    for part in [version.unwrap_or("-"), sidecar.unwrap_or("-")] {
        h.update((part.len() as u64).to_le_bytes());
        h.update(part.as_bytes());
    }
    h.update(generation.to_le_bytes());
    h.finalize()[..8]
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}
pub fn normalized_key(s: &ShardKey, read: &str) -> String {
    shard_work(s, read, "records.jsonl")
}
/// The shard's fingerprints, one per normalized record (see `fingerprint::stored`).
pub fn fingerprints_key(s: &ShardKey, read: &str) -> String {
    shard_work(s, read, "minhash.bin")
}
pub fn shard_report_key(s: &ShardKey, read: &str) -> String {
    shard_work(s, read, "report.json")
}
pub fn quarantine_key(s: &ShardKey, read: &str) -> String {
    format!(
        "work/{}/quarantine/{}/{}/{}.jsonl",
        s.release,
        s.family,
        s.source,
        tagged(&s.file, read)
    )
}
pub fn work_report_key(r: &ReleaseId, name: &str) -> String {
    format!("work/{r}/reports/{name}")
}
/// The gating step's hand-off to assembly (`pipeline::gated`).
pub fn gated_key(r: &ReleaseId) -> String {
    format!("work/{r}/gated.json")
}
pub fn release_prefix(r: &ReleaseId) -> String {
    format!("releases/{r}/")
}
pub fn release_key(r: &ReleaseId, rest: &str) -> String {
    format!("releases/{r}/{rest}")
}
pub fn manifest_key(r: &ReleaseId) -> String {
    release_key(r, "manifest.json")
}
pub const LATEST_KEY: &str = "releases/LATEST";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classifies_the_layout() {
        let k = classify("staging/v2026-11-25/foundation/src_a/part-0.jsonl.gz").unwrap();
        match k {
            BucketKey::Shard(s) => {
                assert_eq!(s.family, "foundation");
                assert_eq!(s.source, "src_a");
                assert_eq!(s.format, ShardFormat::JsonlGz);
            }
            other => panic!("{other:?}"),
        }
        assert!(matches!(
            classify("staging/v2026-11-25/release.json"),
            Ok(BucketKey::Seal { .. })
        ));
        assert!(matches!(
            classify("staging/v2026-11-25/f/s/provenance.json"),
            Ok(BucketKey::Provenance { .. })
        ));
        assert!(matches!(
            classify("signoffs/v2026-11-25/clinician_qa.foundation.json"),
            Ok(BucketKey::Signoff { .. })
        ));
    }

    #[test]
    fn file_names_with_identifiers_are_rejected_and_dataset_names_are_not() {
        for bad in [
            "jo.smith@example.com.jsonl",
            "jane_doe.jsonl",
            "Maria_Garcia_sessions.csv",
            "call_415-555-0177.csv",
        ] {
            assert!(name_holds_identifier(bad), "{bad}");
        }
        for ok in [
            "ESConv.json",
            "AnnoMI-simple.csv.gz",
            "counsel_chat.csv",
            "train-00000-of-00001.parquet",
            "export-2024-03-14.jsonl",
            "Reading_List.csv",
            "part-000123456.jsonl",
        ] {
            assert!(!name_holds_identifier(ok), "{ok}");
        }
    }

    #[test]
    fn every_container_is_a_shard_format() {
        for (file, want) in [
            ("a.jsonl", ShardFormat::Jsonl),
            ("a.jsonl.gz", ShardFormat::JsonlGz),
            ("a.json", ShardFormat::Json),
            ("a.csv", ShardFormat::Csv),
            ("a.csv.gz", ShardFormat::CsvGz),
            ("train-00000-of-00001.parquet", ShardFormat::Parquet),
        ] {
            match classify(&format!("staging/v2026-11-25/f/s/{file}")) {
                Ok(BucketKey::Shard(s)) => assert_eq!(s.format, want, "{file}"),
                other => panic!("{file}: {other:?}"),
            }
        }
    }

    #[test]
    fn rejects_with_codes() {
        let code = |k: &str| classify(k).unwrap_err().code;
        assert_eq!(code("staging/2026-11-25/f/s/a.jsonl"), "bad_release");
        assert_eq!(code("staging/v2026-11-25/F/s/a.jsonl"), "bad_family");
        assert_eq!(code("staging/v2026-11-25/f/s/a.xlsx"), "unsupported_format");
        assert_eq!(code("staging/v2026-11-25/f/a.jsonl"), "bad_layout");
        assert_eq!(code("staging/v2026-11-25/f/s/x/a.jsonl"), "bad_layout");
        assert_eq!(code("signoffs/v2026-11-25/nodot.json"), "bad_signoff_name");
        assert_eq!(code("releases/v2026-11-25/manifest.json"), "outside_intake");
        let long = format!("staging/v2026-11-25/f/s/{}.jsonl", "a".repeat(240));
        assert_eq!(code(&long), "name_too_long");
        let ok = format!("staging/v2026-11-25/f/s/{}.jsonl", "a".repeat(194));
        assert!(classify(&ok).is_ok());
        let family = format!("staging/v2026-11-25/{}/s/a.jsonl", "f".repeat(65));
        assert_eq!(code(&family), "bad_family");
        let rej = classify("staging/v2026-11-25/f/s/a.txt").unwrap_err();
        assert_eq!(rej.release.unwrap().as_str(), "v2026-11-25");
    }

    #[test]
    fn a_read_tag_names_the_version_the_sidecar_and_the_generation() {
        let t = read_tag(Some("v:1"), Some("v:9"), 0);
        assert_eq!(t, read_tag(Some("v:1"), Some("v:9"), 0), "stable");
        assert_eq!(t.len(), 16);
        for other in [
            read_tag(Some("v:2"), Some("v:9"), 0),
            read_tag(Some("v:1"), Some("v:8"), 0),
            read_tag(Some("v:1"), None, 0),
            read_tag(None, Some("v:9"), 0),
            read_tag(Some("v:1"), Some("v:9"), 1),
            // the parts are length-prefixed: moving a byte across the boundary changes the tag
            read_tag(Some("v:1v"), Some(":9"), 0),
        ] {
            assert_ne!(t, other);
        }
        let s = match classify("staging/v2026-11-25/foundation/src/a.jsonl") {
            Ok(BucketKey::Shard(s)) => s,
            other => panic!("{other:?}"),
        };
        assert_eq!(
            normalized_key(&s, &t),
            format!("work/v2026-11-25/shards/foundation/src/a.jsonl.{t}.records.jsonl")
        );
        assert_eq!(
            normalized_key(&s, ""),
            "work/v2026-11-25/shards/foundation/src/a.jsonl.records.jsonl"
        );
        assert_eq!(
            quarantine_key(&s, &t),
            format!("work/v2026-11-25/quarantine/foundation/src/a.jsonl.{t}.jsonl")
        );
    }

    #[test]
    fn decodes_event_keys() {
        assert_eq!(
            decode_event_key("staging/v2026-11-25/f/s/my+file%2Bv2.jsonl").unwrap(),
            "staging/v2026-11-25/f/s/my file+v2.jsonl"
        );
        assert_eq!(decode_event_key("a%2Fb").unwrap(), "a/b");
        assert!(decode_event_key("%ff").is_err());
    }
}

#![no_main]
//! Keys, provenance sidecars, signoffs and policies from arbitrary bytes: never a panic.

use libfuzzer_sys::fuzz_target;
use mhd_shared::model::ReleaseId;
use mhd_shared::policy::Policy;
use mhd_shared::review::{Expected, PacketRef, validate};

fuzz_target!(|data: &[u8]| {
    if let Ok(s) = std::str::from_utf8(data) {
        let _ = mhd_shared::keys::classify(s);
        let _ = mhd_shared::keys::decode_event_key(s);
        let _ = ReleaseId::parse(s);
        let _ = Policy::from_toml(s);
    }
    let _ = mhd_shared::provenance::Provenance::parse(data);
    let policy = Policy::release_0();
    let release = ReleaseId::parse("v2026-11-25").unwrap();
    let packet = PacketRef {
        key: "review/v2026-11-25/clinician_qa.foundation.jsonl".into(),
        sha256: "00".into(),
        size: 1,
    };
    let ids = Default::default();
    let exp = Expected {
        release: &release,
        kind: "clinician_qa",
        family: "foundation",
        packet: &packet,
        packet_ids: &ids,
    };
    let _ = validate(&policy, &exp, Some(data));
});

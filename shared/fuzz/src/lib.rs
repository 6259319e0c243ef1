//! Shared body of the reader fuzz targets.

use mhd_shared::keys::{ShardFormat, ShardKey};
use mhd_shared::model::{ReleaseId, Role};
use mhd_shared::policy::Policy;
use mhd_shared::read::{Context, Item, RoleMap, read_stream};

/// Any bytes as a shard of `format`: the reader never panics, every item it emits carries a
/// valid position, and each record is well-formed (non-empty content, an assistant turn, an id
/// matching its content).
pub fn read_any(format: ShardFormat, file: &str, data: &[u8]) {
    let shard = ShardKey {
        key: format!("staging/v2026-11-25/f/s/{file}"),
        release: ReleaseId::parse("v2026-11-25").unwrap(),
        family: "f".into(),
        source: "s".into(),
        file: file.into(),
        format,
    };
    let mut limits = Policy::release_0().limits;
    limits.max_line_bytes = 4096;
    limits.max_record_bytes = 2048;
    limits.max_decompressed_bytes = 1 << 20;
    let roles = RoleMap::default();
    let ctx = Context {
        shard: &shard,
        roles: &roles,
        limits: &limits,
        mapping: None,
    };
    let _ = read_stream(&ctx, data, &mut |item| match item {
        Item::Record(r) => {
            assert!(!r.messages.is_empty());
            assert!(r.messages.iter().all(|m| !m.content.is_empty()));
            assert!(r.messages.iter().any(|m| m.role == Role::Assistant));
            assert_eq!(r.id, mhd_shared::fingerprint::record_id(&r.messages));
        }
        Item::Quarantined(q, raw) => {
            assert!(q.line >= 1 || q.index == u64::MAX);
            assert!(raw.len() <= 4097);
        }
        Item::Blank { line } => assert!(line >= 1),
    });
}

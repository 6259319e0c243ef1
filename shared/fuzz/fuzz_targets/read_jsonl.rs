#![no_main]
//! Arbitrary bytes as a `a.jsonl` shard (see `mhd_shared_fuzz::read_any` for the invariants).

use libfuzzer_sys::fuzz_target;
use mhd_shared::keys::ShardFormat;

fuzz_target!(|data: &[u8]| mhd_shared_fuzz::read_any(ShardFormat::Jsonl, "a.jsonl", data));

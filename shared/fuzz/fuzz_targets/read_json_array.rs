#![no_main]
//! Arbitrary bytes as a `a.json` shard, one JSON array of records streamed element by element
//! (see `mhd_shared_fuzz::read_any` for the invariants).

use libfuzzer_sys::fuzz_target;
use mhd_shared::keys::ShardFormat;

fuzz_target!(|data: &[u8]| mhd_shared_fuzz::read_any(ShardFormat::Json, "a.json", data));

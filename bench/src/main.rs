//! `mhd-bench`: the benchmarks behind docs/PERFORMANCE.md. Each reports against a baseline
//! measured in the same run (ratios; these machines are noisy), never as a pass/fail timing.
//! Not part of the product: `mhd` and the Lambdas carry none of this.

mod long_text;
mod release;
mod throughput;

use anyhow::Result;
use clap::{Parser, Subcommand};
use std::path::PathBuf;

#[derive(Parser)]
#[command(
    name = "mhd-bench",
    about = "mhd benchmarks (ratios against a baseline measured in the same run)"
)]
struct Cli {
    #[command(subcommand)]
    cmd: Cmd,
}

#[derive(Subcommand)]
enum Cmd {
    /// Shard-stage throughput vs a parse-only serde_json pass, and peak RSS (docs/PERFORMANCE.md).
    Normalize {
        /// Size of the generated shard in MiB.
        #[arg(long, default_value_t = 256)]
        mib: u64,
        /// Work directory (default: a temporary one).
        #[arg(long)]
        dir: Option<PathBuf>,
    },
    /// o200k token counting throughput vs a whitespace split of the same text.
    Tokens {
        #[arg(long, default_value_t = 64)]
        mib: u64,
    },
    /// MinHash signatures (vs 128 independent hashes) and the release-wide dedup/split/leakage
    /// stage over N generated conversations: time and peak RSS.
    Dedup {
        #[arg(long, default_value_t = 100_000)]
        conversations: usize,
        /// Share of conversations that are edited copies of an earlier one (near duplicates,
        /// copies of copies included): the release stage's memory must not grow with it.
        #[arg(long, default_value_t = 0.02)]
        near_share: f64,
    },
    /// The gating run and the publishing run of a release over N generated conversations,
    /// publishing from gating's hand-off and recomputing (the baseline): time ratios.
    Release {
        #[arg(long, default_value_t = 200_000)]
        conversations: u64,
        #[arg(long, default_value_t = 0.02)]
        near_share: f64,
    },
    /// Privacy detect+redact throughput vs a parse-only pass over the same text.
    Pii {
        #[arg(long, default_value_t = 64)]
        mib: u64,
        /// Real text to measure on instead of the generated text: a ChatML JSONL file, repeated
        /// up to --mib (scripts/bench-pii passes the counsel-chat answers).
        #[arg(long)]
        jsonl: Option<PathBuf>,
    },
    /// How privacy detection and redaction time grows with one record's length, over shapes
    /// that once made it quadratic: t(4n) / (4 t(n)) per shape (about 1 is linear).
    PiiLong {
        /// The shorter record's size in KiB (the longer is four times it).
        #[arg(long, default_value_t = 64)]
        kib: usize,
        /// More shapes to try instead of the built-in ones: one JSON string per line.
        #[arg(long)]
        units: Option<PathBuf>,
    },
    #[command(hide = true)]
    NormalizeChild {
        #[arg(long)]
        bucket_dir: PathBuf,
    },
}

#[tokio::main]
async fn main() -> Result<()> {
    match Cli::parse().cmd {
        Cmd::Normalize { mib, dir } => throughput::run(mib, dir.as_deref()).await,
        Cmd::NormalizeChild { bucket_dir } => throughput::child(&bucket_dir).await,
        Cmd::Tokens { mib } => throughput::tokens(mib),
        Cmd::Pii { mib, jsonl } => throughput::pii(mib, jsonl.as_deref()),
        Cmd::PiiLong { kib, units } => long_text::pii_long(kib, units.as_deref()),
        Cmd::Dedup {
            conversations,
            near_share,
        } => throughput::dedup(conversations, near_share).await,
        Cmd::Release {
            conversations,
            near_share,
        } => release::release(conversations, near_share),
    }
}

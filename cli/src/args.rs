//! The command line as clap parses it: every command, its arguments and their help.

use clap::{Parser, Subcommand};
use mhd_shared::model::ReleaseId;
use std::path::PathBuf;

#[derive(Parser)]
#[command(
    name = "mhd",
    version,
    about = "mental-health dataset releases: gated, versioned, reproducible"
)]
pub struct Cli {
    #[command(subcommand)]
    pub cmd: Cmd,
}

#[derive(Subcommand)]
pub enum Cmd {
    /// Run the whole pipeline embedded over a local directory laid out like the bucket.
    /// Exit 0: published; 3: waiting for signoffs; 2: a gate failed; 1: usage or I/O error.
    Run {
        #[arg(long)]
        bucket_dir: PathBuf,
        #[arg(long, value_parser = parse_release)]
        release: ReleaseId,
        /// Policy file (default: the bundled config/release-0.toml).
        #[arg(long)]
        policy: Option<PathBuf>,
        /// Re-open a FAILED release first (after the drop was fixed): shards are re-read and the
        /// release re-sealed.
        #[arg(long)]
        reopen: bool,
        /// Shards normalized at once (default: the machine's cores). The release is the same
        /// for any value.
        #[arg(long)]
        jobs: Option<usize>,
        #[arg(long)]
        json: bool,
    },
    /// Re-open a FAILED release in DynamoDB (MHD_TABLE) after its drop was fixed; re-upload
    /// the changed files and then the seal.
    Reopen {
        #[arg(long, value_parser = parse_release)]
        release: ReleaseId,
    },
    /// Gate state of a release (DynamoDB via MHD_TABLE, or --bucket-dir for an embedded run).
    Status {
        #[arg(long, value_parser = parse_release)]
        release: Option<ReleaseId>,
        #[arg(long)]
        bucket_dir: Option<PathBuf>,
        #[arg(long)]
        json: bool,
    },
    /// Reviewer helpers.
    #[command(subcommand)]
    Signoff(SignoffCmd),
    /// Verify a published release as training would consume it.
    Smoke {
        /// `s3://bucket/releases/vX/`
        prefix: Option<String>,
        #[arg(long)]
        bucket_dir: Option<PathBuf>,
        #[arg(long, value_parser = parse_release)]
        release: Option<ReleaseId>,
        #[arg(long)]
        json: bool,
    },
    /// The privacy detector.
    #[command(subcommand)]
    Pii(PiiCmd),
}

#[derive(Subcommand)]
pub enum PiiCmd {
    /// What the detector would redact in text read from stdin, one line per input line:
    /// kind, byte offsets and the text (for checking your own data; prints what you give it).
    Detect,
    /// Recall, precision, byte-identical and decoy shares on a labelled set (tests/pii/:
    /// the Faker halves and the hand-labelled counsel-chat answers). Exit 2 below a floor.
    Eval {
        /// Labelled JSONL set (see cli/src/pii_eval.rs for the format).
        #[arg(long)]
        set: PathBuf,
        #[arg(long)]
        json: bool,
        /// Print up to N misses and false positives with their text (synthetic/public sets only).
        #[arg(long, default_value_t = 0)]
        show: usize,
        #[arg(long)]
        min_recall: Option<f64>,
        #[arg(long)]
        min_type_recall: Option<f64>,
        #[arg(long)]
        min_precision: Option<f64>,
        #[arg(long)]
        min_identical: Option<f64>,
        #[arg(long)]
        min_decoys: Option<f64>,
    },
}

#[derive(Subcommand)]
pub enum SignoffCmd {
    /// Write a signoff skeleton for a drawn packet (hash and rubric filled in) to complete.
    Draft {
        #[arg(long)]
        bucket_dir: PathBuf,
        #[arg(long, value_parser = parse_release)]
        release: ReleaseId,
        #[arg(long)]
        kind: String,
        #[arg(long)]
        family: String,
        #[arg(long)]
        reviewer: String,
        #[arg(long)]
        role: String,
        #[arg(long, default_value = "")]
        credential: String,
        /// Where to write (default: stdout).
        #[arg(long)]
        out: Option<PathBuf>,
        /// Release policy (TOML) the signoff is judged by, as `run --policy` (default: the
        /// bundled Release 0 policy).
        #[arg(long)]
        policy: Option<PathBuf>,
    },
    /// Check a filled signoff against the drawn packet before dropping it (exit 0 valid, 2 invalid).
    Validate {
        #[arg(long)]
        bucket_dir: PathBuf,
        #[arg(long, value_parser = parse_release)]
        release: ReleaseId,
        /// The signoff file to check.
        file: PathBuf,
        /// Release policy (TOML) the signoff is judged by, as `run --policy` (default: the
        /// bundled Release 0 policy).
        #[arg(long)]
        policy: Option<PathBuf>,
    },
    /// DEMO ONLY: approve every drawn packet of a local bucket directory as a clearly labelled
    /// demo reviewer, so a newcomer sees a publish. Local directories only; never on AWS.
    Demo {
        #[arg(long)]
        bucket_dir: PathBuf,
        #[arg(long, value_parser = parse_release)]
        release: ReleaseId,
        /// Release policy (TOML) the signoff is judged by, as `run --policy` (default: the
        /// bundled Release 0 policy).
        #[arg(long)]
        policy: Option<PathBuf>,
    },
}

pub fn parse_release(s: &str) -> Result<ReleaseId, String> {
    ReleaseId::parse(s).map_err(|e| e.to_string())
}

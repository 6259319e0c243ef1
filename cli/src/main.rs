//! `mhd`: the embedded pipeline, ops status, signoff helper and the training smoke test.

mod bench;
mod bench_release;
mod pii_eval;
mod status;

use anyhow::{Context, Result, bail};
use clap::{Parser, Subcommand};
use mhd_shared::keys;
use mhd_shared::model::ReleaseId;
use mhd_shared::pipeline::{embedded, rfc3339};
use mhd_shared::policy::Policy;
use mhd_shared::review::{self, Reviewer};
use mhd_shared::state::{self, LocalStateStore, State};
use mhd_shared::store::{BlobStore, LocalBlobStore};
use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

#[derive(Parser)]
#[command(
    name = "mhd",
    version,
    about = "mental-health dataset releases: gated, versioned, reproducible"
)]
struct Cli {
    #[command(subcommand)]
    cmd: Cmd,
}

#[derive(Subcommand)]
enum Cmd {
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
    /// Benchmarks (ratios against a baseline measured in the same run).
    #[command(subcommand)]
    Bench(BenchCmd),
    /// The privacy detector.
    #[command(subcommand)]
    Pii(PiiCmd),
}

#[derive(Subcommand)]
enum PiiCmd {
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

fn pii_detect() -> Result<ExitCode> {
    use std::io::BufRead;
    let d = mhd_shared::pii::Detector::get();
    for line in std::io::stdin().lock().lines() {
        let line = line?;
        let text = line.replace("\\n", "\n");
        let found = mhd_shared::pii::redaction(d, &text);
        let shown: Vec<String> = found
            .iter()
            .map(|f| {
                format!(
                    "{}@{}..{} {:?}",
                    f.kind.as_str(),
                    f.start,
                    f.end,
                    &text[f.start..f.end]
                )
            })
            .collect();
        println!("{}", shown.join(" | "));
    }
    Ok(ExitCode::SUCCESS)
}

fn pii_eval(set: &Path, json: bool, show: usize, floors: pii_eval::Floors) -> Result<ExitCode> {
    let score = pii_eval::score_file(mhd_shared::pii::Detector::get(), set, show)?;
    let below = pii_eval::below(&score, &floors);
    if json {
        let mut v = serde_json::to_value(&score)?;
        v["set"] = set.display().to_string().into();
        v["recall"] = score.recall().into();
        v["precision"] = score.precision().into();
        v["identical_share"] = score.identical_share().into();
        v["decoys_intact_share"] = score.decoys_share().into();
        v["below_floors"] = below.clone().into();
        println!("{}", serde_json::to_string_pretty(&v)?);
    } else {
        println!("{}\n{score}", set.display());
        for b in &below {
            println!("BELOW FLOOR: {b}");
        }
    }
    Ok(if below.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(2)
    })
}

#[derive(Subcommand)]
enum BenchCmd {
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
    #[command(hide = true)]
    NormalizeChild {
        #[arg(long)]
        bucket_dir: PathBuf,
    },
}

#[derive(Subcommand)]
enum SignoffCmd {
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

fn parse_release(s: &str) -> Result<ReleaseId, String> {
    ReleaseId::parse(s).map_err(|e| e.to_string())
}

/// The policy file (or the bundled Release 0 policy), with the field key from `MHD_FIELD_KEY`.
fn load_policy(path: Option<&Path>) -> Result<Policy> {
    let policy = match path {
        None => Policy::release_0(),
        Some(p) => {
            let text = std::fs::read_to_string(p)
                .with_context(|| format!("reading policy {}", p.display()))?;
            Policy::from_toml(&text).with_context(|| format!("policy {}", p.display()))?
        }
    };
    Ok(policy.with_field_key(std::env::var("MHD_FIELD_KEY").ok()))
}

/// Local state of an embedded run lives beside its work files.
pub fn local_state_path(dir: &Path, r: &ReleaseId) -> PathBuf {
    dir.join("work").join(r.as_str()).join("state.json")
}

#[tokio::main]
async fn main() -> ExitCode {
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_env("MHD_LOG")
                .unwrap_or_else(|_| "warn".into()),
        )
        .with_writer(std::io::stderr)
        .init();
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            let _ = e.print();
            // --help and --version are not errors; a usage error is 1, like every other
            // command-line or I/O problem (2 means a gate or check failed).
            return if e.use_stderr() {
                ExitCode::from(1)
            } else {
                ExitCode::SUCCESS
            };
        }
    };
    let json = cli.cmd.json();
    match dispatch(cli).await {
        Ok(code) => code,
        Err(e) => {
            if json {
                let out = serde_json::json!({"ok": false, "exit": 1, "error": format!("{e:#}")});
                println!("{}", serde_json::to_string_pretty(&out).unwrap_or_default());
            }
            eprintln!("error: {e:#}");
            ExitCode::from(1)
        }
    }
}

impl Cmd {
    /// Whether the caller asked for machine-readable output (then errors are JSON too).
    fn json(&self) -> bool {
        match self {
            Cmd::Run { json, .. } | Cmd::Status { json, .. } | Cmd::Smoke { json, .. } => *json,
            Cmd::Pii(PiiCmd::Eval { json, .. }) => *json,
            _ => false,
        }
    }
}

async fn dispatch(cli: Cli) -> Result<ExitCode> {
    match cli.cmd {
        Cmd::Run {
            bucket_dir,
            release,
            policy,
            reopen,
            jobs,
            json,
        } => {
            let jobs = jobs.unwrap_or_else(|| {
                std::thread::available_parallelism().map_or(1, std::num::NonZero::get)
            });
            run(&bucket_dir, &release, policy.as_deref(), reopen, jobs, json).await
        }
        Cmd::Reopen { release } => {
            let table = std::env::var("MHD_TABLE").context("set MHD_TABLE")?;
            let cfg = mhd_aws::sdk_config().await;
            let bucket = std::env::var("MHD_BUCKET").context("set MHD_BUCKET")?;
            let st = mhd_aws::state_store(&cfg, &table);
            let blob = mhd_aws::blob_store(&cfg, &bucket);
            let (m, n) =
                mhd_aws::reopen_and_redrive(&blob, &st, &release, mhd_shared::pipeline::now())
                    .await?;
            println!(
                "{release} is {} (generation {}); re-drove {n} staged files",
                m.state.as_str(),
                m.generation
            );
            Ok(ExitCode::SUCCESS)
        }
        Cmd::Status {
            release,
            bucket_dir,
            json,
        } => status::status(release, bucket_dir, json).await,
        Cmd::Signoff(SignoffCmd::Draft {
            bucket_dir,
            release,
            kind,
            family,
            reviewer,
            role,
            credential,
            out,
            policy,
        }) => {
            let policy = load_policy(policy.as_deref())?;
            let blob = LocalBlobStore::new(&bucket_dir);
            let key = keys::review_packet_key(&release, &kind, &family);
            let packet = blob
                .get(&key)
                .await?
                .with_context(|| format!("no packet at {key} (has `mhd run` drawn it?)"))?;
            let req = mhd_shared::state::machine::RequiredSignoff {
                kind,
                family,
                packet: review::packet_ref(key, &packet),
            };
            let s = review::draft(
                &policy,
                &release,
                &req,
                Reviewer {
                    name: reviewer,
                    role,
                    credential,
                },
                "approve",
                &rfc3339(mhd_shared::pipeline::now()),
            );
            let text = serde_json::to_string_pretty(&s)? + "\n";
            match out {
                Some(p) => {
                    std::fs::write(&p, text).with_context(|| format!("writing {}", p.display()))?
                }
                None => print!("{text}"),
            }
            Ok(ExitCode::SUCCESS)
        }
        Cmd::Signoff(SignoffCmd::Demo {
            bucket_dir,
            release,
            policy,
        }) => demo_signoffs(&bucket_dir, &release, &load_policy(policy.as_deref())?).await,
        Cmd::Smoke {
            prefix,
            bucket_dir,
            release,
            json,
        } => smoke(prefix, bucket_dir, release, json).await,
        Cmd::Signoff(SignoffCmd::Validate {
            bucket_dir,
            release,
            file,
            policy,
        }) => {
            validate_signoff(
                &bucket_dir,
                &release,
                &file,
                &load_policy(policy.as_deref())?,
            )
            .await
        }
        Cmd::Bench(BenchCmd::Normalize { mib, dir }) => bench::run(mib, dir.as_deref())
            .await
            .map(|_| ExitCode::SUCCESS),
        Cmd::Bench(BenchCmd::Tokens { mib }) => bench::tokens(mib).map(|_| ExitCode::SUCCESS),
        Cmd::Bench(BenchCmd::Pii { mib, jsonl }) => {
            bench::pii(mib, jsonl.as_deref()).map(|_| ExitCode::SUCCESS)
        }
        Cmd::Bench(BenchCmd::Dedup {
            conversations,
            near_share,
        }) => bench::dedup(conversations, near_share)
            .await
            .map(|_| ExitCode::SUCCESS),
        Cmd::Bench(BenchCmd::Release {
            conversations,
            near_share,
        }) => bench_release::release(conversations, near_share)
            .await
            .map(|_| ExitCode::SUCCESS),
        Cmd::Pii(PiiCmd::Detect) => pii_detect(),
        Cmd::Pii(PiiCmd::Eval {
            set,
            json,
            show,
            min_recall,
            min_type_recall,
            min_precision,
            min_identical,
            min_decoys,
        }) => pii_eval(
            &set,
            json,
            show,
            pii_eval::Floors {
                recall: min_recall,
                type_recall: min_type_recall,
                precision: min_precision,
                identical: min_identical,
                decoys: min_decoys,
            },
        ),
        Cmd::Bench(BenchCmd::NormalizeChild { bucket_dir }) => {
            bench::child(&bucket_dir).await.map(|_| ExitCode::SUCCESS)
        }
    }
}

async fn run(
    dir: &Path,
    release: &ReleaseId,
    policy: Option<&Path>,
    reopen: bool,
    jobs: usize,
    json: bool,
) -> Result<ExitCode> {
    if jobs == 0 {
        bail!("--jobs must be at least 1");
    }
    if !dir.is_dir() {
        bail!("--bucket-dir {} is not a directory", dir.display());
    }
    let policy = load_policy(policy)?;
    let blob = LocalBlobStore::new(dir);
    if blob.get(&keys::manifest_key(release)).await?.is_some() {
        eprintln!(
            "{release} is already published at {}",
            dir.join(keys::release_prefix(release)).display()
        );
        return Ok(ExitCode::SUCCESS);
    }
    let staged = keys::staging_prefix(release);
    if blob.list(&staged).await?.is_empty() {
        // Nothing to build: say so before any state exists, so a typo in the release id does
        // not leave a FAILED release behind.
        bail!(
            "nothing is staged for {release}: {} is empty or missing",
            dir.join(&staged).display()
        );
    }
    let state_path = local_state_path(dir, release);
    let st = LocalStateStore::at(&state_path)?;
    if reopen && mhd_shared::state::get_meta(&st, release).await?.is_some() {
        // The same transition the AWS side makes (a new generation; the staged files are read
        // again by this run): the release's history stays in its state.
        let m = mhd_shared::pipeline::seal::reopen(&st, release, mhd_shared::pipeline::now())
            .await
            .map_err(|e| anyhow::anyhow!("--reopen: {e}"))?;
        eprintln!("{release}: re-opened, generation {}", m.generation);
    }
    // Scratch files live beside the release's work files, not in $TMPDIR: a run killed with
    // -9 leaves them where the next run (which holds the state lock now) clears them.
    let scratch = dir
        .join("work")
        .join(release.as_str())
        .join(".mhd-tmp-scratch");
    if scratch.exists() {
        std::fs::remove_dir_all(&scratch)
            .with_context(|| format!("clearing {}", scratch.display()))?;
    }
    std::fs::create_dir_all(&scratch).with_context(|| format!("creating {}", scratch.display()))?;
    let _ = tempfile::env::override_temp_dir(&scratch);
    let tty = std::io::stderr().is_terminal() && !json;
    let mut progress = |done: usize, total: usize| {
        if tty {
            eprint!("\rshards {done}/{total}");
            if done == total {
                eprintln!();
            }
        }
    };
    let (summary, adv) = embedded::run(&blob, &st, &policy, release, jobs, &mut progress).await?;
    let meta = adv.meta.context("release state missing after the run")?;
    let code = match meta.state {
        State::Published => 0,
        State::AwaitingSignoff => 3,
        State::Failed => 2,
        _ => 1,
    };
    // Every source with its counts and anything left out, as `mhd status` shows them.
    let doc = mhd_shared::status::document(&st, &meta).await?;
    if json {
        let out = serde_json::json!({
            "release": release, "state": meta.state, "exit": code,
            "shards": summary.shards, "records_in": summary.records_in, "records_out": summary.records_out,
            "quarantined": summary.quarantined, "reasons": meta.reasons,
            "required_signoffs": meta.required_signoffs,
            "sources": doc["sources"],
        });
        println!("{}", serde_json::to_string_pretty(&out)?);
    } else {
        eprintln!(
            "{release}: {} shards, {} records in, {} normalized, {} quarantined",
            summary.shards, summary.records_in, summary.records_out, summary.quarantined
        );
        eprint!("{}", mhd_shared::status::sources_text(&doc));
        match meta.state {
            State::Published => {
                println!(
                    "published {release}: {}",
                    dir.join(keys::release_prefix(release)).display()
                );
            }
            State::AwaitingSignoff => {
                println!("gates passed; waiting for signoffs (exit 3):");
                for r in &meta.reasons {
                    println!("  - {r}");
                }
                for req in &meta.required_signoffs {
                    println!(
                        "  packet {} -> drop {}",
                        req.packet.key,
                        keys::signoff_key(release, &req.kind, &req.family)
                    );
                }
            }
            State::Failed => {
                println!(
                    "release {release} FAILED (exit 2); nothing was published. Reports: {}",
                    dir.join(format!("work/{release}/reports/")).display()
                );
                for r in &meta.reasons {
                    println!("  - {r}");
                }
                println!("fix the drop, then re-run with --reopen");
            }
            s => println!("{release} is {} ({})", s.as_str(), adv.why),
        }
    }
    Ok(ExitCode::from(code))
}

async fn validate_signoff(
    dir: &Path,
    release: &ReleaseId,
    file: &Path,
    policy: &Policy,
) -> Result<ExitCode> {
    let bytes = std::fs::read(file).with_context(|| format!("reading {}", file.display()))?;
    let doc: serde_json::Value = serde_json::from_slice(&bytes)
        .with_context(|| format!("{} is not JSON", file.display()))?;
    let (kind, family) = (
        doc["kind"].as_str().unwrap_or_default(),
        doc["family"].as_str().unwrap_or_default(),
    );
    let key = keys::review_packet_key(release, kind, family);
    let blob = LocalBlobStore::new(dir);
    let packet = blob
        .get(&key)
        .await?
        .with_context(|| format!("no drawn packet at {key}"))?;
    let pref = review::packet_ref(key, &packet);
    let ids = review::packet_ids(&packet);
    let exp = review::Expected {
        release,
        kind,
        family,
        packet: &pref,
        packet_ids: &ids,
    };
    match review::validate(policy, &exp, Some(&bytes)) {
        review::Verdict::Invalid(reasons) => {
            println!("invalid:");
            for r in reasons {
                println!("  - {r}");
            }
            Ok(ExitCode::from(2))
        }
        v => {
            println!("valid: {}", v.status());
            Ok(ExitCode::SUCCESS)
        }
    }
}

/// Approves each drawn packet as a labelled demo reviewer. Only ever touches a local directory.
async fn demo_signoffs(dir: &Path, release: &ReleaseId, policy: &Policy) -> Result<ExitCode> {
    let st = LocalStateStore::read_only(local_state_path(dir, release))?;
    let meta = state::get_meta(&st, release)
        .await?
        .context("no local state for this release: run `mhd run` first")?;
    if meta.state != State::AwaitingSignoff {
        bail!("{release} is {}, not AWAITING_SIGNOFF", meta.state.as_str());
    }
    let blob = LocalBlobStore::new(dir);
    for req in &meta.required_signoffs {
        let role = policy.review.kinds[&req.kind].roles[0].clone();
        let mut s = review::draft(
            policy,
            release,
            req,
            Reviewer {
                name: "DEMO REVIEWER — not a real review".into(),
                role,
                credential: "DEMO".into(),
            },
            "approve",
            &rfc3339(meta.updated_at),
        );
        for a in &mut s.rubric {
            a.notes = "demo signoff generated by `mhd signoff demo`".into();
        }
        let key = keys::signoff_key(release, &req.kind, &req.family);
        blob.put(&key, serde_json::to_vec_pretty(&s)?).await?;
        println!("demo signoff written: {key}");
    }
    Ok(ExitCode::SUCCESS)
}

async fn smoke(
    prefix: Option<String>,
    dir: Option<PathBuf>,
    release: Option<ReleaseId>,
    json: bool,
) -> Result<ExitCode> {
    // The training rules come from the policy published with the release, not from this build.
    // Drawn on a terminal only (indicatif hides itself otherwise).
    let bar = indicatif::ProgressBar::new(0).with_style(
        indicatif::ProgressStyle::with_template("{bytes} verified ({bytes_per_sec})")
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_spinner()),
    );
    let progress = |n: u64| bar.inc(n);
    let result = match (prefix, dir, release) {
        (Some(p), None, None) => {
            let rest = p
                .strip_prefix("s3://")
                .context("prefix must be s3://bucket/releases/vX/")?;
            let (bucket, path) = rest
                .split_once('/')
                .context("prefix must be s3://bucket/releases/vX/")?;
            let rel = path
                .trim_end_matches('/')
                .strip_prefix("releases/")
                .context("prefix must be s3://bucket/releases/vX/")?;
            let release = ReleaseId::parse(rel)?;
            let cfg = mhd_aws::sdk_config().await;
            let blob = mhd_aws::blob_store(&cfg, bucket);
            (
                release.clone(),
                mhd_shared::smoke::smoke_with(&blob, &release, &progress).await,
            )
        }
        (None, Some(d), Some(r)) => {
            if !d.is_dir() {
                bail!("--bucket-dir {} is not a directory", d.display());
            }
            let res = mhd_shared::smoke::smoke_with(&LocalBlobStore::new(d), &r, &progress).await;
            (r, res)
        }
        _ => bail!("give either s3://bucket/releases/vX/ or --bucket-dir DIR --release vX"),
    };
    bar.finish_and_clear();
    let (release, result) = result;
    match result {
        Ok(rep) => {
            if json {
                let mut v = serde_json::to_value(&rep)?;
                v["ok"] = true.into();
                v["exit"] = 0.into();
                println!("{}", serde_json::to_string_pretty(&v)?);
            } else {
                println!(
                    "smoke OK: {} — {} files ({} bytes) verified",
                    rep.release, rep.files_verified, rep.bytes_verified
                );
                for (fam, splits) in &rep.records {
                    println!(
                        "  {fam}: {}",
                        splits
                            .iter()
                            .map(|(s, n)| format!("{s}={n}"))
                            .collect::<Vec<_>>()
                            .join(" ")
                    );
                }
                println!(
                    "dry-run epoch (curriculum {}, sequences of {} tokens, {} per batch):",
                    rep.curriculum.join(" → "),
                    rep.max_seq_len,
                    rep.batch_sequences
                );
                for (split, e) in &rep.epoch {
                    println!(
                        "  {split}: {} records, {} tokens, {} sequences, {} batches, padding waste {:.1}%",
                        e.records,
                        e.tokens,
                        e.sequences,
                        e.batches,
                        e.padding_waste * 100.0
                    );
                }
            }
            Ok(ExitCode::SUCCESS)
        }
        // A store error (unreachable, no credentials) is I/O, not a failed check.
        Err(mhd_shared::smoke::SmokeError::Store(e)) => Err(e.into()),
        Err(e) => {
            if json {
                let out = serde_json::json!({
                    "release": release, "ok": false, "exit": 2, "error": e.to_string(),
                });
                println!("{}", serde_json::to_string_pretty(&out)?);
            }
            eprintln!("smoke FAILED: {e}");
            Ok(ExitCode::from(2))
        }
    }
}

//! `mhd`: the embedded pipeline, ops status, signoff helper and the training smoke test. This
//! file is the command line (arguments → validated values); each command is its own module.

mod args;
mod pii;
mod pii_eval;
mod reopen;
mod run;
mod signoff;
mod smoke;
mod status;

use anyhow::{Context, Result};
use args::{Cli, Cmd, PiiCmd, SignoffCmd};
use clap::Parser;
use mhd_shared::model::ReleaseId;
use mhd_shared::policy::Policy;
use mhd_shared::review::Reviewer;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

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
            run::run(&bucket_dir, &release, policy.as_deref(), reopen, jobs, json).await
        }
        Cmd::Reopen { release } => reopen::reopen(&release).await,
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
            let reviewer = Reviewer {
                name: reviewer,
                role,
                credential,
            };
            let policy = load_policy(policy.as_deref())?;
            signoff::draft(&bucket_dir, &release, kind, family, reviewer, out, &policy).await
        }
        Cmd::Signoff(SignoffCmd::Demo {
            bucket_dir,
            release,
            policy,
        }) => signoff::demo(&bucket_dir, &release, &load_policy(policy.as_deref())?).await,
        Cmd::Smoke {
            prefix,
            bucket_dir,
            release,
            json,
        } => smoke::smoke(prefix, bucket_dir, release, json).await,
        Cmd::Signoff(SignoffCmd::Validate {
            bucket_dir,
            release,
            file,
            policy,
        }) => {
            signoff::validate(
                &bucket_dir,
                &release,
                &file,
                &load_policy(policy.as_deref())?,
            )
            .await
        }
        Cmd::Pii(PiiCmd::Detect) => pii::detect(),
        Cmd::Pii(PiiCmd::Eval {
            set,
            json,
            show,
            min_recall,
            min_type_recall,
            min_precision,
            min_identical,
            min_decoys,
        }) => pii::eval(
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
    }
}

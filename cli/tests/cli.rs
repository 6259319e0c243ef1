//! The `mhd` binary as a newcomer uses it: run -> exit 3 (packets) -> demo signoffs -> run ->
//! exit 0 (published) -> smoke; and a drop with a gap exits 2 with nothing published.

use std::path::Path;
use std::process::Command;

const REL: &str = "v2026-11-25";

fn example_copy() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("../examples/bucket");
    copy(&src, dir.path());
    dir
}

fn copy(from: &Path, to: &Path) {
    for e in std::fs::read_dir(from).unwrap() {
        let p = e.unwrap().path();
        let t = to.join(p.file_name().unwrap());
        if p.is_dir() {
            std::fs::create_dir_all(&t).unwrap();
            copy(&p, &t);
        } else {
            std::fs::copy(&p, &t).unwrap();
        }
    }
}

fn mhd(args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_mhd"))
        .args(args)
        .output()
        .unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn newcomer_flow_publishes_the_example() {
    let dir = example_copy();
    let d = dir.path().to_str().unwrap();
    let (code, out, err) = mhd(&["run", "--bucket-dir", d, "--release", REL]);
    assert_eq!(code, 3, "{out}{err}");
    assert!(out.contains("clinician_qa.foundation"), "{out}");
    assert!(!dir.path().join("releases").exists());
    assert_eq!(
        mhd(&["signoff", "demo", "--bucket-dir", d, "--release", REL]).0,
        0
    );
    let (code, out, err) = mhd(&["run", "--bucket-dir", d, "--release", REL]);
    assert_eq!(code, 0, "{out}{err}");
    assert!(out.contains("published v2026-11-25"), "{out}");
    let (code, out, err) = mhd(&["smoke", "--bucket-dir", d, "--release", REL]);
    assert_eq!(code, 0, "{out}{err}");
    let (code, out, _) = mhd(&["status", "--bucket-dir", d, "--release", REL, "--json"]);
    assert_eq!(code, 0);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["state"], "PUBLISHED");
}

#[test]
fn missing_provenance_exits_2_and_names_the_source() {
    let dir = example_copy();
    let d = dir.path().to_str().unwrap();
    std::fs::remove_file(dir.path().join(format!(
        "staging/{REL}/voice_persona/coach_csv/provenance.json"
    )))
    .unwrap();
    let (code, out, err) = mhd(&["run", "--bucket-dir", d, "--release", REL]);
    assert_eq!(code, 2, "{out}{err}");
    assert!(
        out.contains("source voice_persona/coach_csv: provenance.json is missing"),
        "{out}"
    );
    assert!(!dir.path().join("releases").exists(), "nothing published");
    assert!(
        dir.path()
            .join(format!("work/{REL}/reports/provenance.json"))
            .exists()
    );
    let (_, out, _) = mhd(&["status", "--bucket-dir", d, "--release", REL]);
    assert!(
        out.contains("blocked on: provenance: source voice_persona/coach_csv"),
        "{out}"
    );
    // the owner adds the sidecar; --reopen makes a new generation, as `mhd reopen` does on AWS
    std::fs::copy(
        Path::new(env!("CARGO_MANIFEST_DIR")).join(format!(
            "../examples/bucket/staging/{REL}/voice_persona/coach_csv/provenance.json"
        )),
        dir.path().join(format!(
            "staging/{REL}/voice_persona/coach_csv/provenance.json"
        )),
    )
    .unwrap();
    let (code, out, err) = mhd(&["run", "--bucket-dir", d, "--release", REL, "--reopen"]);
    assert_eq!(code, 3, "{out}{err}");
    assert!(err.contains("re-opened, generation 1"), "{err}");
    // only a failed release re-opens
    let (code, _, err) = mhd(&["run", "--bucket-dir", d, "--release", REL, "--reopen"]);
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("--reopen"), "{err}");
}

#[test]
fn usage_errors_exit_1() {
    let (code, _, err) = mhd(&["run", "--bucket-dir", "/nonexistent-dir", "--release", REL]);
    assert_eq!(code, 1, "{err}");
    // clap's own usage errors too (its default is 2, which means "a gate failed" here)
    let (code, _, err) = mhd(&["run", "--bucket-dir", "/tmp", "--release", "2026-11-25"]);
    assert_eq!(code, 1, "{err}");
    let (code, _, err) = mhd(&["smoke", "--no-such-flag"]);
    assert_eq!(code, 1, "{err}");
    let (code, _, _) = mhd(&["--help"]);
    assert_eq!(code, 0);
    // a release id is a real calendar date
    let (code, _, err) = mhd(&["run", "--bucket-dir", "/tmp", "--release", "v2026-02-31"]);
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("real calendar date"), "{err}");
}

#[test]
fn two_runs_on_one_bucket_at_once_take_turns() {
    let dir = example_copy();
    let d = dir.path().to_str().unwrap();
    let spawn = || {
        Command::new(env!("CARGO_BIN_EXE_mhd"))
            .args(["run", "--bucket-dir", d, "--release", REL])
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap()
    };
    let (a, b) = (spawn(), spawn());
    for child in [a, b] {
        let out = child.wait_with_output().unwrap();
        assert_eq!(
            out.status.code(),
            Some(3),
            "{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
    }
    let (_, out, _) = mhd(&["status", "--bucket-dir", d, "--release", REL, "--json"]);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["state"], "AWAITING_SIGNOFF");
}

#[test]
fn scratch_files_live_in_the_bucket_and_a_killed_runs_are_cleared() {
    let dir = example_copy();
    let d = dir.path().to_str().unwrap();
    let scratch = dir.path().join(format!("work/{REL}/.mhd-tmp-scratch"));
    std::fs::create_dir_all(&scratch).unwrap();
    std::fs::write(scratch.join(".tmpLEFTOVER"), "left by a run killed with -9").unwrap();
    let (code, out, err) = mhd(&["run", "--bucket-dir", d, "--release", REL]);
    assert_eq!(code, 3, "{out}{err}");
    let left: Vec<_> = std::fs::read_dir(&scratch).unwrap().collect();
    assert!(left.is_empty(), "{left:?}");
}

#[test]
fn run_with_nothing_staged_says_so_and_leaves_no_state() {
    let dir = example_copy();
    let d = dir.path().to_str().unwrap();
    let (code, out, err) = mhd(&[
        "run",
        "--bucket-dir",
        d,
        "--release",
        "v2026-11-26",
        "--json",
    ]);
    assert_eq!(code, 1, "{out}{err}");
    assert!(err.contains("nothing is staged for v2026-11-26"), "{err}");
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(
        (v["ok"].clone(), v["exit"].clone()),
        (false.into(), 1.into())
    );
    assert!(!dir.path().join("work/v2026-11-26").exists(), "no state");
}

#[test]
fn smoke_reports_failures_as_json_too() {
    let dir = example_copy();
    let d = dir.path().to_str().unwrap();
    // not published: a failed check, exit 2, with JSON on stdout
    let (code, out, err) = mhd(&["smoke", "--bucket-dir", d, "--release", REL, "--json"]);
    assert_eq!(code, 2, "{out}{err}");
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["ok"], false);
    assert!(
        v["error"].as_str().unwrap().contains("not published"),
        "{v}"
    );
    // an unreachable S3 endpoint: one readable line, exit 1, JSON too
    let out = Command::new(env!("CARGO_BIN_EXE_mhd"))
        .args([
            "smoke",
            "s3://no-such-bucket/releases/v2026-11-25/",
            "--json",
        ])
        .env("AWS_ENDPOINT_URL", "http://127.0.0.1:9")
        .env("AWS_REGION", "us-east-1")
        .env("AWS_ACCESS_KEY_ID", "test")
        .env("AWS_SECRET_ACCESS_KEY", "test")
        .env("AWS_MAX_ATTEMPTS", "1")
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert_eq!(err.trim().lines().count(), 1, "one line: {err}");
    assert!(!err.contains("DispatchFailure {"), "no Debug dump: {err}");
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["exit"], 1);
}

/// Canary identifiers: seeded into a source, they must not appear in any log line or in any
/// file the pipeline writes (work/, review/, signoffs/, releases/) — only in the staged input.
const CANARIES: &[&str] = &[
    "Zephyrine Quillfeather",
    "Quillfeather",
    "zq.canary7391@example.net",
    "(628) 555-0199",
    "219-09-9999",
    "4012 8888 8888 1881",
    "84721936",
    "4821 Quillby Lane",
    "https://instagram.com/zq_canary7391",
    "203.0.113.77",
    "March 14, 1961",
    // in record fields: an upstream id, a group, a CSV conversation_id
    "field.canary5521@example.org",
    "(415) 555-0142",
    "219-09-9988",
];

/// The deployment's key for hashing identifiers found in record fields.
const FIELD_KEY: &str = "canary-test-field-key";

fn write_canary_source(bucket: &Path) {
    let dir = bucket.join(format!("staging/{REL}/foundation/canary_chatml"));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(
        dir.join("provenance.json"),
        r#"{"source_name":"canary_chatml","license":"CC-BY-4.0","data_owner":"mhd tests",
            "collection_method":"synthetic canaries","consent_basis":"synthetic; no data subjects",
            "acquired_date":"2026-11-26","upstream_url":"https://example.org/canary"}"#,
    )
    .unwrap();
    let user = [
        "Hi, my name is Zephyrine Quillfeather and I can't sleep.",
        "You can email me at zq.canary7391@example.net or call (628) 555-0199.",
        "My SSN is 219-09-9999 and my card 4012 8888 8888 1881 was charged twice.",
        "The clinic says my MRN is 84721936, I live at 4821 Quillby Lane.",
        "He posts about me at https://instagram.com/zq_canary7391 from 203.0.113.77.",
        "I was born on March 14, 1961 and my birthday is always hard.",
    ];
    let lines: String = user
        .iter()
        .enumerate()
        .map(|(i, u)| {
            let mut r = serde_json::json!({"messages": [
                {"role": "user", "content": u},
                {"role": "assistant", "content": "Thank you for telling me. That sounds really hard."}
            ]});
            if i == 0 {
                r["id"] = "field.canary5521@example.org".into();
                r["group"] = "(415) 555-0142".into();
            }
            r.to_string() + "\n"
        })
        .collect();
    std::fs::write(dir.join("part-0.jsonl"), lines).unwrap();
    let csv_dir = bucket.join(format!("staging/{REL}/foundation/canary_csv"));
    std::fs::create_dir_all(&csv_dir).unwrap();
    std::fs::write(
        csv_dir.join("provenance.json"),
        r#"{"source_name":"canary_csv","license":"CC-BY-4.0","data_owner":"mhd tests",
            "collection_method":"synthetic canaries","consent_basis":"synthetic; no data subjects",
            "acquired_date":"2026-11-26","upstream_url":"https://example.org/canary"}"#,
    )
    .unwrap();
    std::fs::write(
        csv_dir.join("sessions.csv"),
        "conversation_id,turn,speaker,text\n\
         219-09-9988,1,client,I have been feeling low since the move.\n\
         219-09-9988,2,counsellor,That sounds like a lot to carry. What has helped so far?\n",
    )
    .unwrap();
}

fn files_under(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            files_under(&p, out);
        } else {
            out.push(p);
        }
    }
}

#[test]
fn a_file_name_holding_an_identifier_is_rejected_and_never_written() {
    let dir = example_copy();
    let d = dir.path().to_str().unwrap();
    let name = "jo.canary8812@example.org.jsonl";
    let src = dir
        .path()
        .join(format!("staging/{REL}/foundation/support_chatml"));
    let any = std::fs::read_dir(&src)
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.extension().is_some_and(|x| x == "jsonl"))
        .unwrap();
    std::fs::copy(&any, src.join(name)).unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_mhd"))
        .args(["run", "--bucket-dir", d, "--release", REL])
        .env("RUST_LOG", "trace")
        .env("MHD_LOG", "trace")
        .output()
        .unwrap();
    let logs = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(
        out.status.code(),
        Some(2),
        "a rejected file fails provenance: {logs}"
    );
    assert!(logs.contains("name withheld"), "{logs}");
    let (_, status, _) = mhd(&["status", "--bucket-dir", d, "--release", REL, "--json"]);
    let mut files = Vec::new();
    files_under(dir.path(), &mut files);
    let staging = dir.path().join("staging");
    for text in files
        .iter()
        .filter(|p| !p.starts_with(&staging))
        .map(|p| String::from_utf8_lossy(&std::fs::read(p).unwrap()).into_owned())
        .chain([logs.clone(), status])
    {
        assert!(!text.contains("jo.canary8812"), "the file name was written");
    }
}

#[test]
fn canary_identifiers_never_reach_logs_reports_or_the_release() {
    let dir = example_copy();
    write_canary_source(dir.path());
    let d = dir.path().to_str().unwrap();
    let mut logs = String::new();
    let mut step = |args: &[&str]| {
        let out = Command::new(env!("CARGO_BIN_EXE_mhd"))
            .args(args)
            .env("MHD_LOG", "trace")
            .env("RUST_LOG", "trace")
            .env("MHD_FIELD_KEY", FIELD_KEY)
            .output()
            .unwrap();
        logs.push_str(&String::from_utf8_lossy(&out.stdout));
        logs.push_str(&String::from_utf8_lossy(&out.stderr));
        out.status.code().unwrap_or(-1)
    };
    assert_eq!(
        step(&["run", "--bucket-dir", d, "--release", REL]),
        3,
        "{logs}"
    );
    assert_eq!(
        step(&["signoff", "demo", "--bucket-dir", d, "--release", REL]),
        0
    );
    assert_eq!(
        step(&["run", "--bucket-dir", d, "--release", REL]),
        0,
        "{logs}"
    );
    assert_eq!(
        step(&["status", "--bucket-dir", d, "--release", REL, "--json"]),
        0
    );
    assert!(!logs.is_empty());
    for c in CANARIES {
        assert!(!logs.contains(c), "canary {c:?} reached the logs");
    }
    let mut files = Vec::new();
    files_under(dir.path(), &mut files);
    let staging = dir.path().join("staging");
    let written: Vec<_> = files.iter().filter(|p| !p.starts_with(&staging)).collect();
    assert!(written.len() > 20, "{written:?}");
    for p in &written {
        let text = String::from_utf8_lossy(&std::fs::read(p).unwrap()).into_owned();
        for c in CANARIES {
            assert!(!text.contains(c), "canary {c:?} found in {}", p.display());
        }
    }
    // The records shipped, redacted, and the manifest says so.
    let m: serde_json::Value = serde_json::from_slice(
        &std::fs::read(dir.path().join(format!("releases/{REL}/manifest.json"))).unwrap(),
    )
    .unwrap();
    let foundation = m["families"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["name"] == "foundation")
        .unwrap();
    assert_eq!(foundation["pii"]["status"], "redacted");
    assert_eq!(foundation["pii"]["residual"], 0);
    assert!(
        foundation["pii"]["redacted"].as_u64().unwrap() >= 6,
        "{foundation}"
    );
    for kind in [
        "NAME", "EMAIL", "PHONE", "SSN", "CARD", "MRN", "ADDRESS", "URL", "IP", "DATE",
    ] {
        assert!(
            foundation["pii"]["found"][kind].as_u64().unwrap_or(0) >= 1,
            "{kind} not counted: {foundation}"
        );
    }
    let export: String = written
        .iter()
        .filter(|p| p.to_string_lossy().contains("/export/"))
        .map(|p| std::fs::read_to_string(p).unwrap())
        .collect();
    assert!(
        export.contains("my name is [NAME]"),
        "redacted record missing from the export"
    );
    // the fields shipped as their keyed hashes, so grouping still holds
    let hashed = |v: &str| mhd_shared::pii::field::keyed_hash(FIELD_KEY, v);
    for v in [
        "field.canary5521@example.org",
        "(415) 555-0142",
        "219-09-9988",
    ] {
        assert!(
            export.contains(&hashed(v)),
            "{v}: keyed hash missing from the export"
        );
    }
    assert!(
        m["gates"]
            .as_array()
            .unwrap()
            .iter()
            .any(|g| g["name"] == "privacy")
    );
}

/// `mhd run` killed with -9 in the middle of a shard, then run again: the shard is processed
/// once, with exact counts, and nothing of the killed attempt ships.
#[cfg(unix)]
#[test]
fn a_run_killed_mid_shard_is_redone_with_exact_counts() {
    let dir = example_copy();
    let d = dir.path().to_str().unwrap();
    let src = dir.path().join(format!("staging/{REL}/foundation/bulk"));
    std::fs::create_dir_all(&src).unwrap();
    std::fs::write(
        src.join("provenance.json"),
        r#"{"source_name":"bulk","license":"CC-BY-4.0","data_owner":"mhd tests","collection_method":"synthetic","consent_basis":"synthetic","acquired_date":"2026-11-25","upstream_url":"https://example.org/bulk"}"#,
    )
    .unwrap();
    let n = 20_000;
    let body: String = (0..n)
        .map(|i| format!("{{\"messages\":[{{\"role\":\"user\",\"content\":\"bulk question {i}: what helps when sleep will not come after a long shift?\"}},{{\"role\":\"assistant\",\"content\":\"bulk answer {i}: a fixed wake time and a short wind-down routine.\"}}]}}\n"))
        .collect();
    std::fs::write(src.join("big.jsonl"), body).unwrap();
    let mut child = Command::new(env!("CARGO_BIN_EXE_mhd"))
        .args(["run", "--bucket-dir", d, "--release", REL, "--jobs", "1"])
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    // kill it once the shard stage is writing its temporary output
    let scratch = dir.path().join(format!("work/{REL}/.mhd-tmp-scratch"));
    let started = std::time::Instant::now();
    loop {
        let busy = std::fs::read_dir(&scratch)
            .map(|rd| {
                rd.flatten()
                    .any(|e| e.metadata().map(|m| m.len() > 0).unwrap_or(false))
            })
            .unwrap_or(false);
        if busy {
            break;
        }
        assert!(
            child.try_wait().unwrap().is_none(),
            "the run ended before it could be killed"
        );
        assert!(started.elapsed().as_secs() < 60, "no shard output appeared");
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    let _ = Command::new("kill")
        .args(["-9", &child.id().to_string()])
        .status();
    let _ = child.wait();
    let (code, out, err) = mhd(&["run", "--bucket-dir", d, "--release", REL]);
    assert_eq!(code, 3, "{out}{err}");
    assert_eq!(
        mhd(&["signoff", "demo", "--bucket-dir", d, "--release", REL]).0,
        0
    );
    let (code, out, err) = mhd(&["run", "--bucket-dir", d, "--release", REL]);
    assert_eq!(code, 0, "{out}{err}");
    let manifest: serde_json::Value = serde_json::from_slice(
        &std::fs::read(dir.path().join(format!("releases/{REL}/manifest.json"))).unwrap(),
    )
    .unwrap();
    let bulk = manifest["families"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|f| f["sources"].as_array().unwrap())
        .find(|s| s["name"] == "bulk")
        .unwrap()
        .clone();
    assert_eq!(bulk["records_in"], n, "{bulk}");
    assert_eq!(bulk["quarantined"], 0, "{bulk}");
    assert_eq!(bulk["records_out"], n, "{bulk}");
    let mut shipped = 0;
    for f in manifest["files"].as_array().unwrap() {
        if f["role"] == "export" {
            let text =
                std::fs::read_to_string(dir.path().join(f["key"].as_str().unwrap())).unwrap();
            shipped += text.lines().filter(|l| l.contains("bulk question")).count();
        }
    }
    assert_eq!(shipped, n, "each record once, none lost");
}

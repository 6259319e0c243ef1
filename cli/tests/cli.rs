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
}

#[test]
fn usage_errors_exit_1() {
    let (code, _, err) = mhd(&["run", "--bucket-dir", "/nonexistent-dir", "--release", REL]);
    assert_eq!(code, 1, "{err}");
    let (code, _, _) = mhd(&["run", "--bucket-dir", "/tmp", "--release", "2026-11-25"]);
    assert_ne!(code, 0);
}

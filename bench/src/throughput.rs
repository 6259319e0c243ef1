//! `mhd-bench normalize`: throughput of the shard stage against a parse-only serde_json pass
//! over the same generated shard (ratio measured in one run), and the stage's peak RSS measured
//! in a fresh child process.

use anyhow::{Context, Result, bail};
use mhd_shared::keys::{self, BucketKey};
use mhd_shared::pipeline::shard;
use mhd_shared::policy::Policy;
use mhd_shared::state::LocalStateStore;
use mhd_shared::store::LocalBlobStore;
use std::io::{BufRead, BufWriter, Write};
use std::path::Path;
use std::time::Instant;

const KEY: &str = "staging/v2026-11-25/foundation/bench/shard.jsonl";

/// Deterministic ChatML lines with realistic length and character mix.
fn generate(path: &Path, mib: u64) -> Result<u64> {
    let words = [
        "I",
        "feel",
        "anxious",
        "about",
        "work",
        "and",
        "sleep",
        "lately",
        "it",
        "helps",
        "to",
        "talk",
        "thank",
        "you",
        "for",
        "sharing",
        "that",
        "sounds",
        "hard",
        "what",
        "happened",
        "next",
        "we",
        "can",
        "try",
        "breathing",
        "together",
        "café",
        "😔",
        "我很累",
        "tonight",
        "family",
        "friend",
        "support",
        "maybe",
        "small",
        "step",
    ];
    let mut rng = mhd_shared::rng::SplitMix64::new(0x9E37_79B9_7F4A_7C15);
    let mut next = move || rng.next_u64();
    let mut w = BufWriter::with_capacity(1 << 20, std::fs::File::create(path)?);
    let target = mib << 20;
    let (mut written, mut i) = (0u64, 0u64);
    let mut sentence = |n: usize| -> String {
        (0..n)
            .map(|_| words[(next() % words.len() as u64) as usize])
            .collect::<Vec<_>>()
            .join(" ")
    };
    while written < target {
        let turns: Vec<serde_json::Value> = (0..4)
            .map(|t| serde_json::json!({"role": if t % 2 == 0 {"user"} else {"assistant"}, "content": sentence(12 + t * 7)}))
            .collect();
        let line = serde_json::json!({"id": format!("b-{i}"), "messages": turns}).to_string();
        w.write_all(line.as_bytes())?;
        w.write_all(b"\n")?;
        written += line.len() as u64 + 1;
        i += 1;
    }
    w.flush()?;
    Ok(written)
}

/// Parse-only baselines: `IgnoredAny` (validate and skip: the floor) and `Value` (a DOM, what a
/// typical parse-only pass builds).
fn parse_only(path: &Path) -> Result<f64> {
    parse_pass::<serde::de::IgnoredAny>(path)
}

fn parse_value(path: &Path) -> Result<f64> {
    parse_pass::<serde_json::Value>(path)
}

fn parse_pass<T: serde::de::DeserializeOwned>(path: &Path) -> Result<f64> {
    let start = Instant::now();
    let mut r = std::io::BufReader::with_capacity(1 << 16, std::fs::File::open(path)?);
    let mut line = Vec::new();
    let mut n = 0u64;
    loop {
        line.clear();
        if r.read_until(b'\n', &mut line)? == 0 {
            break;
        }
        let v: T = serde_json::from_slice(&line)?;
        std::hint::black_box(&v);
        n += 1;
    }
    std::hint::black_box(n);
    Ok(start.elapsed().as_secs_f64())
}

async fn normalize(bucket: &Path) -> Result<f64> {
    let BucketKey::Shard(s) = keys::classify(KEY)? else {
        bail!("bench key is a shard key")
    };
    let blob = LocalBlobStore::new(bucket);
    let st = LocalStateStore::in_memory();
    let start = Instant::now();
    let out = shard::process(&blob, &st, &Policy::release_0(), &s, 0).await?;
    let secs = start.elapsed().as_secs_f64();
    if out.row.status != mhd_shared::state::ShardStatus::Done || out.row.records_out == 0 {
        bail!("bench shard did not normalize: {:?}", out.row);
    }
    Ok(secs)
}

fn vm_hwm_kib() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
}

/// Run in a child process: normalize the shard and report seconds and peak RSS.
pub async fn child(bucket: &Path) -> Result<()> {
    let secs = normalize(bucket).await?;
    println!(
        "{}",
        serde_json::json!({"secs": secs, "vm_hwm_kib": vm_hwm_kib()})
    );
    Ok(())
}

pub async fn run(mib: u64, dir: Option<&Path>) -> Result<()> {
    let tmp = tempfile::tempdir()?;
    let bucket = dir.unwrap_or(tmp.path());
    let path = bucket.join(KEY);
    std::fs::create_dir_all(path.parent().unwrap())?;
    eprintln!("generating a {mib} MiB ChatML shard…");
    let bytes = generate(&path, mib)?;
    let mb = bytes as f64 / 1e6;
    // Warm the page cache so both passes read from memory.
    parse_only(&path)?;
    let parse_secs = parse_only(&path)?;
    let value_secs = parse_value(&path)?;
    let exe = std::env::current_exe()?;
    let out = std::process::Command::new(exe)
        .args(["normalize-child", "--bucket-dir"])
        .arg(bucket)
        .output()
        .context("running the child")?;
    if !out.status.success() {
        bail!("child failed: {}", String::from_utf8_lossy(&out.stderr));
    }
    let child: serde_json::Value = serde_json::from_slice(&out.stdout)?;
    let norm_secs = child["secs"].as_f64().context("secs")?;
    let report = serde_json::json!({
        "shard_bytes": bytes,
        "parse_only_ignored_any_mb_s": (mb / parse_secs * 10.0).round() / 10.0,
        "parse_only_value_mb_s": (mb / value_secs * 10.0).round() / 10.0,
        "normalize_mb_s": (mb / norm_secs * 10.0).round() / 10.0,
        "normalize_over_parse_ignored_any": ((parse_secs / norm_secs) * 1000.0).round() / 1000.0,
        "normalize_over_parse_value": ((value_secs / norm_secs) * 1000.0).round() / 1000.0,
        "normalize_peak_rss_mib": child["vm_hwm_kib"].as_u64().map(|k| k / 1024),
        "note": "one core; normalize = hash + parse + map + id + canonical JSON + write + upload to the local store",
    });
    println!("{}", serde_json::to_string_pretty(&report)?);
    Ok(())
}

/// `mhd-bench tokens`: o200k token counting over conversation text, beside a whitespace split
/// of the same text in the same run.
pub fn tokens(mib: u64) -> Result<()> {
    let tmp = tempfile::tempdir()?;
    let path = tmp.path().join("text.jsonl");
    generate(&path, mib)?;
    let mut texts: Vec<String> = Vec::new();
    for line in std::io::BufReader::new(std::fs::File::open(&path)?).lines() {
        let v: serde_json::Value = serde_json::from_str(&line?)?;
        for m in v["messages"].as_array().into_iter().flatten() {
            texts.push(m["content"].as_str().unwrap_or_default().to_string());
        }
    }
    let bytes: usize = texts.iter().map(String::len).sum();
    let mb = bytes as f64 / 1e6;
    let start = Instant::now();
    let words: usize = texts.iter().map(|t| t.split_whitespace().count()).sum();
    let ws_secs = start.elapsed().as_secs_f64();
    mhd_shared::stats::tokens("warm up the lazily loaded vocabulary");
    let start = Instant::now();
    let toks: usize = texts.iter().map(|t| mhd_shared::stats::tokens(t)).sum();
    let tok_secs = start.elapsed().as_secs_f64();
    println!(
        "{}",
        serde_json::to_string_pretty(&serde_json::json!({
            "text_bytes": bytes,
            "messages": texts.len(),
            "o200k_tokens": toks,
            "whitespace_words": words,
            "o200k_mb_s": (mb / tok_secs * 10.0).round() / 10.0,
            "whitespace_split_mb_s": (mb / ws_secs * 10.0).round() / 10.0,
            "o200k_over_whitespace": ((ws_secs / tok_secs) * 1000.0).round() / 1000.0,
        }))?
    );
    Ok(())
}

/// Messages with identifiers, for the privacy benchmark's one message in ten.
const WITH_IDENTIFIERS: &[&str] = &[
    "Hi, my name is Marisol Vega and my number is (415) 555-2671, email marisol.v@example.com.",
    "I hear you, Priya. We moved to Tacoma last year and I still don't know anyone.",
    "My sister Hope lives at 12 Oak Street, Springfield, IL 62704.",
    "Thanks for telling me, Dana. Call me on +44 20 7946 0958 ext. 12 if that's easier.",
    "I was born on March 14, 1987 and my MRN is 00123456.",
    "hey im jordan, my grandmother is 93 and lives in West Houston",
    "Take care,\nSherry Katz, LCSW\nwww.sherrykatzcounseling.com",
    "Mail goes to PSC 1234, Box 5678, APO AE 09123 while I'm deployed.",
];

/// `mhd-bench pii`: detect + redact throughput on conversation text (one core), beside a
/// parse-only serde_json pass over the same JSONL. One message in ten carries identifiers; the
/// rest is ordinary conversation text.
pub fn pii(mib: u64, corpus: Option<&Path>) -> Result<()> {
    use mhd_shared::model::{Message, Role};
    use mhd_shared::pii::{Detector, redact};
    let tmp = tempfile::tempdir()?;
    let path = tmp.path().join("text.jsonl");
    let real = corpus.is_some();
    match corpus {
        Some(src) => {
            // repeat the real text up to the size asked for
            let text = std::fs::read_to_string(src)?;
            let mut out = String::new();
            while (out.len() as u64) < mib << 20 && !text.is_empty() {
                out.push_str(&text);
            }
            std::fs::write(&path, out)?;
        }
        None => {
            generate(&path, mib)?;
        }
    }
    let mut lines: Vec<String> = Vec::new();
    for (i, line) in std::io::BufReader::new(std::fs::File::open(&path)?)
        .lines()
        .enumerate()
    {
        let line = line?;
        if line.trim().is_empty() {
            continue;
        }
        let mut v: serde_json::Value = serde_json::from_str(&line)?;
        if i % 10 == 0 && !real {
            v["messages"][0]["content"] = WITH_IDENTIFIERS[i / 10 % WITH_IDENTIFIERS.len()].into();
        }
        lines.push(v.to_string());
    }
    let bytes: usize = lines.iter().map(String::len).sum();
    let mb = bytes as f64 / 1e6;
    let start = Instant::now();
    let mut parsed: Vec<Vec<Message>> = Vec::with_capacity(lines.len());
    for l in &lines {
        let v: serde_json::Value = serde_json::from_str(l)?;
        parsed.push(
            v["messages"]
                .as_array()
                .into_iter()
                .flatten()
                .map(|m| Message {
                    role: Role::User,
                    content: m["content"].as_str().unwrap_or_default().to_string(),
                })
                .collect(),
        );
    }
    let parse_secs = start.elapsed().as_secs_f64();
    let text_bytes: usize = parsed.iter().flatten().map(|m| m.content.len()).sum();
    let d = Detector::get();
    let start = Instant::now();
    let detected: usize = parsed
        .iter()
        .flatten()
        .map(|m| d.detect(&m.content).len())
        .sum();
    let detect_secs = start.elapsed().as_secs_f64();
    let start = Instant::now();
    let (mut found, mut residual) = (0u64, 0u64);
    for msgs in &mut parsed {
        let r = redact(d, msgs);
        found += u64::from(r.total());
        residual += u64::from(r.residual);
    }
    let redact_secs = start.elapsed().as_secs_f64();
    let text_mb = text_bytes as f64 / 1e6;
    let round = |x: f64| (x * 10.0).round() / 10.0;
    println!(
        "{}",
        serde_json::to_string_pretty(&serde_json::json!({
            "jsonl_bytes": bytes,
            "text_bytes": text_bytes,
            "messages": parsed.iter().map(Vec::len).sum::<usize>(),
            "findings": detected,
            "redacted_findings": found,
            "residual": residual,
            "parse_only_mb_s": round(mb / parse_secs),
            "detect_mb_s": round(text_mb / detect_secs),
            "detect_and_redact_mb_s": round(text_mb / redact_secs),
            "detect_and_redact_over_parse": ((parse_secs / redact_secs * text_mb / mb) * 1000.0).round() / 1000.0,
        }))?
    );
    Ok(())
}

/// splitmix64 as a per-index generator, so any conversation can be regenerated on its own.
fn mix(z: u64) -> u64 {
    mhd_shared::rng::SplitMix64::new(z).next_u64()
}

/// Conversation `i` of the dedup bench: 4 turns of 20–60 words from a 20k-word vocabulary;
/// a `near_share` of them (chosen by hash) are copies of an earlier one with one word added
/// (near duplicates of it and of its other copies).
pub(crate) fn conversation(i: u64, near_share: f64) -> Vec<mhd_shared::model::Message> {
    use mhd_shared::model::{Message, Role};
    if i > 0 && (mix(i ^ 0x5DEE_CE66_D1CE_4E5B) % 1_000_000) < (near_share * 1e6) as u64 {
        let mut m = conversation(mix(i) % i, near_share);
        m[0].content.push_str(&format!(" w{}", mix(i ^ 7) % 20_000));
        return m;
    }
    let mut state = mix(i ^ 0x2545_F491_4F6C_DD1D);
    let mut next = move || {
        state = mix(state);
        state
    };
    (0..4)
        .map(|t| {
            let words = 20 + (next() % 41) as usize;
            let content = (0..words)
                .map(|_| format!("w{}", next() % 20_000))
                .collect::<Vec<_>>()
                .join(" ");
            let role = if t % 2 == 0 {
                Role::User
            } else {
                Role::Assistant
            };
            Message { role, content }
        })
        .collect()
}

const BENCH_RELEASE: &str = "v2026-11-25";
const PER_SHARD: u64 = 10_000;

/// Stages `n` conversations as the shard step leaves them (normalized records, signatures,
/// `SHARD#` rows), streaming: nothing is held in memory. Returns the text bytes.
async fn stage_release(
    blob: &LocalBlobStore,
    st: &LocalStateStore,
    n: u64,
    near_share: f64,
) -> Result<(u64, mhd_shared::state::Meta)> {
    use mhd_shared::model::{Origin, Record, ReleaseId};
    use mhd_shared::state;
    let release = ReleaseId::parse(BENCH_RELEASE)?;
    let mut meta = state::ensure_meta(st, &release, 0).await?;
    let mut text = 0;
    let shards = n.div_ceil(PER_SHARD);
    for s in 0..shards {
        let family = ["foundation", "edge_cases", "voice_persona"][(s % 3) as usize];
        let key = format!("staging/{BENCH_RELEASE}/{family}/bench/part-{s:05}.jsonl");
        let BucketKey::Shard(shard) = keys::classify(&key).map_err(|e| anyhow::anyhow!("{e:?}"))?
        else {
            bail!("{key} is not a shard key");
        };
        let npath = blob.root().join(keys::normalized_key(&shard, ""));
        std::fs::create_dir_all(npath.parent().expect("nested"))?;
        let mut out = BufWriter::new(std::fs::File::create(&npath)?);
        let mut sigs = Vec::new();
        let range = s * PER_SHARD..((s + 1) * PER_SHARD).min(n);
        for i in range.clone() {
            let messages = conversation(i, near_share);
            text += messages.iter().map(|m| m.content.len() as u64).sum::<u64>();
            let r = Record {
                id: mhd_shared::fingerprint::record_id(&messages),
                family: family.into(),
                source: "bench".into(),
                origin: Origin {
                    key: key.clone(),
                    index: i - range.start,
                },
                messages,
                upstream_id: None,
                group: None,
                meta: None,
            };
            let sig = mhd_shared::fingerprint::minhash::signature(&r.messages);
            mhd_shared::fingerprint::stored::encode(&r, &sig, &mut sigs);
            serde_json::to_writer(&mut out, &r)?;
            out.write_all(b"\n")?;
        }
        out.flush()?;
        std::fs::write(blob.root().join(keys::fingerprints_key(&shard, "")), sigs)?;
        let row = state::ShardRow {
            key: key.clone(),
            status: mhd_shared::state::ShardStatus::Done,
            family: family.into(),
            source: "bench".into(),
            sha256: String::new(),
            bytes: 0,
            records_in: range.end - range.start,
            records_out: range.end - range.start,
            quarantined: Default::default(),
            blank_lines: 0,
            error: None,
            report_key: String::new(),
            generation: 0,
            pii: None,
            version: None,
            sidecar: Default::default(),
            read: String::new(),
        };
        state::put_shard(st, &release, &row).await?;
        meta.expected_shards.push(key);
    }
    Ok((text, meta))
}

fn peak_rss_mib() -> f64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmHWM:"))
                .and_then(|l| l.split_whitespace().nth(1)?.parse::<f64>().ok())
        })
        .map_or(0.0, |kb| kb / 1024.0)
}

/// `mhd-bench dedup`: MinHash signature throughput (one-permutation, as shipped) against the
/// classic 128 independent hash functions over the same shingles, and the release-wide stage
/// as the finalizer runs it over `n` staged conversations — read entries and signatures, exact
/// and near dedup (text read back for candidates only), splits, dedup and leakage gates —
/// with its time and peak RSS.
pub async fn dedup(n: usize, near_share: f64) -> Result<()> {
    use mhd_shared::fingerprint::minhash::{self, K, SHINGLE};
    let sample: Vec<_> = (0..(n as u64).min(20_000))
        .map(|i| conversation(i, near_share))
        .collect();
    let sample_bytes: usize = sample.iter().flatten().map(|m| m.content.len()).sum();
    let start = Instant::now();
    let mut acc = 0u64;
    for m in &sample {
        acc ^= u64::from(minhash::signature(m)[0]);
    }
    let oph = start.elapsed().as_secs_f64();
    // Baseline: K independent hash functions applied to every shingle.
    let start = Instant::now();
    for m in &sample {
        let mut sig = [u32::MAX; K];
        minhash::shingles(m, SHINGLE, |h| {
            for (k, s) in sig.iter_mut().enumerate() {
                let v = (h ^ (k as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15))
                    .wrapping_mul(0xBF58_476D_1CE4_E5B9)
                    >> 32;
                *s = (*s).min(v as u32);
            }
        });
        acc ^= u64::from(sig[0]);
    }
    let classic = start.elapsed().as_secs_f64();
    drop(sample);

    let dir = tempfile::tempdir()?;
    let blob = LocalBlobStore::new(dir.path());
    let st = LocalStateStore::in_memory();
    let staging = Instant::now();
    let (text_bytes, meta) = stage_release(&blob, &st, n as u64, near_share).await?;
    let staged = staging.elapsed().as_secs_f64();
    // Peak RSS from here on: the stage, not the generator.
    let _ = std::fs::write("/proc/self/clear_refs", "5");
    let rss_before = peak_rss_mib();
    let policy = Policy::release_0();
    let start = Instant::now();
    let g = mhd_shared::pipeline::gather::gather(&blob, &st, &policy, &meta).await?;
    let planned = start.elapsed().as_secs_f64();
    let dedup = mhd_shared::gates::dedup::check(&policy, &g.plan);
    let leakage = mhd_shared::gates::leakage::check(&policy, &g.plan)?;
    let total = start.elapsed().as_secs_f64();
    // Not part of the dedup/split/leakage figure, but the finalizer runs it too: one more pass
    // over every survivor's text, with o200k tokenization.
    let dist_start = Instant::now();
    let distribution = mhd_shared::gates::distribution::check(&policy, &g.plan)?;
    let distribution_s = dist_start.elapsed().as_secs_f64();
    let mb = sample_bytes as f64 / 1e6;
    let round = |x: f64| (x * 10.0).round() / 10.0;
    println!(
        "{}",
        serde_json::to_string_pretty(&serde_json::json!({
            "conversations": n,
            "near_share": near_share,
            "shards": meta.expected_shards.len(),
            "text_bytes": text_bytes,
            "signature_sample_conversations": (n as u64).min(20_000),
            "oph_signature_mb_s": round(mb / oph),
            "classic_128_hash_mb_s": round(mb / classic),
            "oph_over_classic": round(classic / oph),
            "staging_seconds_not_measured": round(staged),
            "release_stage_seconds": round(total),
            "gather_and_plan_seconds": round(planned),
            "gates_seconds": round(total - planned),
            "distribution_gate_seconds": round(distribution_s),
            "distribution_pass": distribution.pass,
            "peak_rss_mib": round(peak_rss_mib()),
            "rss_before_stage_mib": round(rss_before),
            "survivors": g.plan.records.len(),
            "removed_exact": dedup.report["removed_exact"],
            "removed_near": dedup.report["removed_near"],
            "leakage_pass": leakage.pass,
            "checksum": acc & 1,
        }))?
    );
    Ok(())
}

//! `mhd pii detect` and `mhd pii eval`.

use crate::pii_eval;
use anyhow::Result;
use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

/// A reader that closed the pipe (`… | head`) has all it wanted: no error, no panic.
fn done_if_closed(r: std::io::Result<()>) -> Result<()> {
    match r {
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        r => Ok(r?),
    }
}

pub fn detect() -> Result<ExitCode> {
    done_if_closed(detect_to(&mut std::io::stdout().lock()))?;
    Ok(ExitCode::SUCCESS)
}

fn detect_to(out: &mut impl Write) -> std::io::Result<()> {
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
        writeln!(out, "{}", shown.join(" | "))?;
    }
    Ok(())
}

pub fn eval(set: &Path, json: bool, show: usize, floors: pii_eval::Floors) -> Result<ExitCode> {
    eval_to(&mut std::io::stdout().lock(), set, json, show, floors)
}

fn eval_to(
    out: &mut impl Write,
    set: &Path,
    json: bool,
    show: usize,
    floors: pii_eval::Floors,
) -> Result<ExitCode> {
    // (a reader that stops early, "… --show 500 | head", ends the listing, not the scoring:
    // the exit code still says whether the set met its floors)
    let out = &mut UntilClosed {
        inner: out,
        closed: false,
    };
    let score = pii_eval::score_file(mhd_shared::pii::Detector::get(), set, show, out)?;
    let below = pii_eval::below(&score, &floors);
    if json {
        let mut v = serde_json::to_value(&score)?;
        v["set"] = set.display().to_string().into();
        v["recall"] = score.recall().into();
        v["precision"] = score.precision().into();
        v["identical_share"] = score.identical_share().into();
        v["decoys_intact_share"] = score.decoys_share().into();
        v["below_floors"] = below.clone().into();
        writeln!(out, "{}", serde_json::to_string_pretty(&v)?)?;
    } else {
        writeln!(out, "{}\n{score}", set.display())?;
        for b in &below {
            writeln!(out, "BELOW FLOOR: {b}")?;
        }
    }
    Ok(if below.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(2)
    })
}

/// A writer that drops what is written once its reader has gone.
struct UntilClosed<'w, W: Write> {
    inner: &'w mut W,
    closed: bool,
}

impl<W: Write> Write for UntilClosed<'_, W> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        if self.closed {
            return Ok(buf.len());
        }
        match self.inner.write(buf) {
            Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => {
                self.closed = true;
                Ok(buf.len())
            }
            r => r,
        }
    }
    fn flush(&mut self) -> std::io::Result<()> {
        if self.closed {
            Ok(())
        } else {
            self.inner.flush()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A writer whose every write fails so: a reader that has gone (`BrokenPipe`, as in `mhd
    /// pii eval --show 500 | head`), or a full disk.
    struct Failing(std::io::ErrorKind);
    impl Write for Failing {
        fn write(&mut self, _: &[u8]) -> std::io::Result<usize> {
            Err(self.0.into())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }

    #[test]
    fn a_closed_pipe_ends_the_listing_quietly() {
        let mut set = tempfile::NamedTempFile::new().unwrap();
        let rec = r#"{"id":"a","messages":[{"role":"user","content":"Call Jane Smith"}],"spans":[],"decoys":[]}"#;
        writeln!(set, "{rec}").unwrap();
        let floors = pii_eval::Floors::default();
        for show in [0, 5] {
            let code = eval_to(
                &mut Failing(std::io::ErrorKind::BrokenPipe),
                set.path(),
                false,
                show,
                floors,
            )
            .unwrap();
            assert_eq!(code, ExitCode::SUCCESS);
        }
        // the floors still decide the exit code
        let high = pii_eval::Floors {
            identical: Some(1.0),
            ..floors
        };
        let closed = &mut Failing(std::io::ErrorKind::BrokenPipe);
        assert_eq!(
            eval_to(closed, set.path(), false, 5, high).unwrap(),
            ExitCode::from(2)
        );
        // any other write error is still one
        assert!(
            eval_to(
                &mut Failing(std::io::ErrorKind::StorageFull),
                set.path(),
                false,
                5,
                floors
            )
            .is_err()
        );
    }
}

//! `mhd pii detect` and `mhd pii eval`.

use crate::pii_eval;
use anyhow::Result;
use std::path::Path;
use std::process::ExitCode;

pub fn detect() -> Result<ExitCode> {
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

pub fn eval(set: &Path, json: bool, show: usize, floors: pii_eval::Floors) -> Result<ExitCode> {
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

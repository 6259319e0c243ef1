//! The normalized records of a release, read on demand. The release-wide stage plans over
//! compact entries (ids, lineage, signatures); record text is read back here, one shard at a
//! time and only the lines asked for, by the few steps that need it (near-duplicate
//! confirmation, leakage, distribution, samples, export). Memory stays at one shard's line
//! buffer plus what the caller keeps.

use crate::model::Record;
use std::io::BufRead;
use std::path::PathBuf;
use std::sync::Arc;

/// Where a record is: its shard (in sorted shard-key order) and line within the shard.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Loc {
    pub shard: u32,
    pub line: u32,
}

#[derive(Debug, thiserror::Error)]
pub enum CorpusError {
    #[error("read {key}: {source}")]
    Io {
        key: String,
        #[source]
        source: std::io::Error,
    },
    /// `line` counts from 1, as editors do.
    #[error("{key}: line {line}: {problem}")]
    Corrupt {
        key: String,
        line: u32,
        problem: String,
    },
}

/// One normalized shard as a local file: `key` names it in messages.
#[derive(Debug)]
pub struct ShardFile {
    pub key: String,
    pub path: PathBuf,
}

#[derive(Debug)]
enum Inner {
    /// One local JSON-lines file per shard; `_spool` keeps downloaded copies alive.
    Files {
        shards: Vec<ShardFile>,
        _spool: Option<tempfile::TempDir>,
    },
    /// Records in memory, per shard (tests, benchmarks over generated data).
    Memory(Vec<Vec<Record>>),
}

/// Cheap to clone: the plan and every gate share one.
#[derive(Debug, Clone)]
pub struct Corpus(Arc<Inner>);

impl Default for Corpus {
    fn default() -> Self {
        Corpus::memory(Vec::new())
    }
}

impl Corpus {
    pub fn files(shards: Vec<ShardFile>, spool: Option<tempfile::TempDir>) -> Self {
        Corpus(Arc::new(Inner::Files {
            shards,
            _spool: spool,
        }))
    }

    pub fn memory(shards: Vec<Vec<Record>>) -> Self {
        Corpus(Arc::new(Inner::Memory(shards)))
    }

    /// Calls `f` with the record at each of `locs`, which must be sorted; each shard is read
    /// once and only the asked-for lines are parsed.
    pub fn visit(&self, locs: &[Loc], mut f: impl FnMut(Loc, Record)) -> Result<(), CorpusError> {
        debug_assert!(locs.windows(2).all(|w| w[0] <= w[1]), "locs must be sorted");
        let mut at = 0;
        while at < locs.len() {
            let shard = locs[at].shard;
            let end = at + locs[at..].partition_point(|l| l.shard == shard);
            match &*self.0 {
                Inner::Memory(shards) => {
                    for &loc in &locs[at..end] {
                        let r = shards
                            .get(shard as usize)
                            .and_then(|s| s.get(loc.line as usize))
                            .ok_or_else(|| CorpusError::Corrupt {
                                key: format!("shard {shard}"),
                                line: loc.line + 1,
                                problem: "no such record".into(),
                            })?;
                        f(loc, r.clone());
                    }
                }
                Inner::Files { shards, .. } => {
                    let file = &shards[shard as usize];
                    read_lines(file, &locs[at..end], &mut f)?;
                }
            }
            at = end;
        }
        Ok(())
    }

    /// The records at `locs` (any order), returned in that order. For small selections.
    pub fn fetch(&self, locs: &[Loc]) -> Result<Vec<Record>, CorpusError> {
        let mut order: Vec<usize> = (0..locs.len()).collect();
        order.sort_by_key(|&i| locs[i]);
        let sorted: Vec<Loc> = order.iter().map(|&i| locs[i]).collect();
        let mut got: Vec<Option<Record>> = vec![None; locs.len()];
        let mut k = 0;
        self.visit(&sorted, |_, r| {
            got[order[k]] = Some(r);
            k += 1;
        })?;
        Ok(got.into_iter().map(|r| r.expect("visited")).collect())
    }
}

impl ShardFile {
    fn io(&self, source: std::io::Error) -> CorpusError {
        CorpusError::Io {
            key: self.key.clone(),
            source,
        }
    }

    fn reader(&self) -> Result<std::io::BufReader<std::fs::File>, CorpusError> {
        let f = std::fs::File::open(&self.path).map_err(|e| self.io(e))?;
        Ok(std::io::BufReader::with_capacity(1 << 16, f))
    }

    fn parse(&self, line: u32, bytes: &[u8]) -> Result<Record, CorpusError> {
        serde_json::from_slice(bytes).map_err(|e| CorpusError::Corrupt {
            key: self.key.clone(),
            line: line + 1,
            problem: crate::model::json_error(&e),
        })
    }

    /// Lines in the file (one record per line).
    pub fn count_lines(&self) -> Result<usize, CorpusError> {
        let mut reader = self.reader()?;
        let mut n = 0;
        loop {
            let buf = reader.fill_buf().map_err(|e| self.io(e))?;
            if buf.is_empty() {
                return Ok(n);
            }
            n += buf.iter().filter(|&&b| b == b'\n').count();
            let len = buf.len();
            reader.consume(len);
        }
    }

    /// Every record with its line (from 0); blank lines are skipped but counted.
    pub fn for_each(&self, mut f: impl FnMut(u32, Record)) -> Result<(), CorpusError> {
        let mut reader = self.reader()?;
        let mut buf = Vec::new();
        let mut line = 0u32;
        loop {
            buf.clear();
            if reader.read_until(b'\n', &mut buf).map_err(|e| self.io(e))? == 0 {
                return Ok(());
            }
            if !buf.iter().all(u8::is_ascii_whitespace) {
                f(line, self.parse(line, &buf)?);
            }
            line += 1;
        }
    }
}

fn read_lines(
    file: &ShardFile,
    wanted: &[Loc],
    f: &mut impl FnMut(Loc, Record),
) -> Result<(), CorpusError> {
    let mut reader = file.reader()?;
    let mut buf = Vec::new();
    let mut line = 0u32;
    let mut next = 0;
    while next < wanted.len() {
        buf.clear();
        if reader.read_until(b'\n', &mut buf).map_err(|e| file.io(e))? == 0 {
            return Err(CorpusError::Corrupt {
                key: file.key.clone(),
                line: wanted[next].line + 1,
                problem: "past the end of the shard".into(),
            });
        }
        while next < wanted.len() && wanted[next].line == line {
            f(wanted[next], file.parse(line, &buf)?);
            next += 1;
        }
        line += 1;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Message, Role};

    fn rec(i: u64) -> Record {
        Record::for_test(
            "foundation",
            i,
            vec![Message {
                role: Role::User,
                content: format!("text {i}"),
            }],
        )
    }

    #[test]
    fn files_and_memory_return_the_same_records_in_the_order_asked() {
        let dir = tempfile::tempdir().unwrap();
        let shards: Vec<Vec<Record>> = vec![(0..5).map(rec).collect(), (5..9).map(rec).collect()];
        let mut files = Vec::new();
        for (i, s) in shards.iter().enumerate() {
            let path = dir.path().join(format!("{i}.jsonl"));
            let mut bytes = Vec::new();
            for r in s {
                bytes.extend(serde_json::to_vec(r).unwrap());
                bytes.push(b'\n');
            }
            std::fs::write(&path, bytes).unwrap();
            files.push(ShardFile {
                key: format!("k{i}"),
                path,
            });
        }
        let asked = [
            Loc { shard: 1, line: 3 },
            Loc { shard: 0, line: 0 },
            Loc { shard: 0, line: 4 },
            Loc { shard: 0, line: 4 },
        ];
        let want: Vec<Record> = vec![
            shards[1][3].clone(),
            shards[0][0].clone(),
            shards[0][4].clone(),
            shards[0][4].clone(),
        ];
        assert_eq!(Corpus::files(files, Some(dir)).fetch(&asked).unwrap(), want);
        assert_eq!(Corpus::memory(shards).fetch(&asked).unwrap(), want);
    }

    #[test]
    fn a_line_past_the_end_names_the_shard_and_line() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.jsonl");
        std::fs::write(&path, b"").unwrap();
        let c = Corpus::files(
            vec![ShardFile {
                key: "work/x/a.jsonl".into(),
                path,
            }],
            None,
        );
        let e = c
            .fetch(&[Loc { shard: 0, line: 2 }])
            .unwrap_err()
            .to_string();
        assert_eq!(e, "work/x/a.jsonl: line 3: past the end of the shard");
    }
}

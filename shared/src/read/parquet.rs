//! Parquet, the Hugging Face Hub's format: spooled to a temporary file (its index is at the end),
//! then read row group by row group with the `parquet` crate's record reader. Each row becomes
//! a JSON value (nested lists and structs as arrays and objects) and goes through the source's
//! mapping, or the built-in shapes. A record's index is its row number.

use super::input::{Bound, BoundError};
use super::records::JsonRecords;
use super::{Context, Item, mismatch_io};
use parquet::file::reader::{FileReader, SerializedFileReader};
use std::io::{self, Read, Seek};

/// Why the file cannot be read as Parquet (never record content).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub struct Unreadable(pub String);

fn unreadable(e: parquet::errors::ParquetError) -> io::Error {
    let text = e.to_string();
    // the crate's messages name codecs, types and offsets; keep them short
    io::Error::new(
        io::ErrorKind::InvalidData,
        Unreadable(text.chars().take(200).collect()),
    )
}

pub(crate) fn read(
    ctx: &Context<'_>,
    mut raw: impl Read,
    sink: &mut dyn FnMut(Item),
) -> io::Result<()> {
    let limit = ctx.limits.max_decompressed_bytes;
    let mut spool = tempfile::tempfile()?;
    let n = io::copy(&mut (&mut raw).take(limit.saturating_add(1)), &mut spool)?;
    if n > limit {
        return Err(io::Error::new(
            io::ErrorKind::InvalidData,
            BoundError(Bound::Size),
        ));
    }
    spool.rewind()?;
    let mut records = JsonRecords::new(ctx);
    // A malformed file must fail as a file, not take the process with it: the reader is not
    // hardened against every corrupt footer.
    let read = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| -> io::Result<()> {
        let reader = SerializedFileReader::new(spool).map_err(unreadable)?;
        // the declared uncompressed size, before any page is decompressed
        let meta = reader.metadata();
        let unpacked: u64 = (0..meta.num_row_groups())
            .map(|g| meta.row_group(g).total_byte_size().max(0) as u64)
            .sum();
        if unpacked > limit {
            return Err(io::Error::new(
                io::ErrorKind::InvalidData,
                BoundError(Bound::Size),
            ));
        }
        if n > 0 && unpacked / n > ctx.limits.max_decompression_ratio {
            return Err(io::Error::new(
                io::ErrorKind::InvalidData,
                BoundError(Bound::Ratio),
            ));
        }
        let mut index = 0u64;
        for g in 0..reader.num_row_groups() {
            let group = reader.get_row_group(g).map_err(unreadable)?;
            for row in group.get_row_iter(None).map_err(unreadable)? {
                let value = row.map_err(unreadable)?.to_json_value();
                let text = serde_json::to_vec(&value)?;
                records
                    .value(value, index, index + 1, text, sink)
                    .map_err(mismatch_io)?;
                index += 1;
            }
        }
        Ok(())
    }));
    match read {
        Ok(r) => r?,
        Err(_) => {
            return Err(io::Error::new(
                io::ErrorKind::InvalidData,
                Unreadable("the Parquet reader failed on this file".into()),
            ));
        }
    }
    records.finish(sink);
    Ok(())
}

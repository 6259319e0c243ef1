//! A `.json` file holding one JSON array of records (how ESConv and many exports ship), streamed
//! element by element: memory is one element, capped by the policy's record limit, never the
//! file. An element's index is its position in the array; its line, where it starts.

use super::input::Nesting;
use super::records::JsonRecords;
use super::{Context, Item};
use std::io::{self, BufRead};

/// Why the file is not one readable JSON array.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Shape {
    #[error("line {line}: the file is not a JSON array (it must start with `[`)")]
    NotAnArray { line: u64 },
    #[error("line {line}: expected `,` or `]` after an element")]
    Separator { line: u64 },
    #[error("line {line}: text after the array's closing `]`")]
    Trailing { line: u64 },
    #[error("the array is not closed (the file ends inside it)")]
    Unclosed,
    #[error("line {line}: an empty element (`,` with nothing before it, or before `]`)")]
    Empty { line: u64 },
}

fn fail(s: Shape) -> io::Error {
    io::Error::new(io::ErrorKind::InvalidData, s)
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum At {
    Before,
    /// Inside the array, before an element (`first`: `]` may close an empty array).
    Expect {
        first: bool,
    },
    Element,
    After,
    Done,
}

pub(crate) fn read(
    ctx: &Context<'_>,
    mut r: impl BufRead,
    sink: &mut dyn FnMut(Item),
) -> io::Result<()> {
    let mut records = JsonRecords::new(ctx);
    let cap = ctx.limits.max_line_bytes.min(ctx.limits.max_record_bytes) as usize + 1;
    let mut at = At::Before;
    let (mut line, mut index) = (1u64, 0u64);
    let mut buf: Vec<u8> = Vec::new();
    let (mut len, mut start_line) = (0u64, 1u64);
    let (mut nesting, mut container) = (Nesting::default(), false);
    // a UTF-8 byte order mark at the very start, however the first reads split it
    const BOM: &[u8] = b"\xEF\xBB\xBF";
    let (mut offset, mut bom) = (0usize, 0usize);
    loop {
        let chunk = r.fill_buf()?;
        if chunk.is_empty() {
            break;
        }
        let bytes = chunk;
        let consumed = chunk.len();
        let mut i = 0;
        while i < bytes.len() {
            let b = bytes[i];
            i += 1;
            offset += 1;
            if at == At::Before && bom == offset - 1 && bom < BOM.len() && b == BOM[bom] {
                bom += 1;
                continue;
            }
            let ws = matches!(b, b' ' | b'\t' | b'\r' | b'\n');
            match at {
                At::Before => {
                    if b == b'[' {
                        at = At::Expect { first: true };
                    } else if !ws {
                        return Err(fail(Shape::NotAnArray { line }));
                    }
                }
                At::Expect { first } => {
                    if b == b']' && first {
                        at = At::Done;
                    } else if b == b',' || b == b']' {
                        return Err(fail(Shape::Empty { line }));
                    } else if !ws {
                        at = At::Element;
                        buf.clear();
                        len = 0;
                        start_line = line;
                        nesting = Nesting::default();
                        container = matches!(b, b'{' | b'[');
                        i -= 1; // the element's first byte, read again below
                    }
                }
                At::Element => {
                    // a scalar ends before `,`, `]` or whitespace at depth 0
                    if !container
                        && !nesting.in_string()
                        && nesting.depth == 0
                        && (b == b',' || b == b']' || ws)
                    {
                        records
                            .text(&buf, len, index, start_line, sink)
                            .map_err(super::mismatch_io)?;
                        index += 1;
                        at = match b {
                            b',' => At::Expect { first: false },
                            b']' => At::Done,
                            _ => At::After,
                        };
                    } else {
                        len += 1;
                        if buf.len() < cap {
                            buf.push(b);
                        }
                        if nesting.feed(b) && container && nesting.depth == 0 {
                            records
                                .text(&buf, len, index, start_line, sink)
                                .map_err(super::mismatch_io)?;
                            index += 1;
                            at = At::After;
                        }
                    }
                }
                At::After => match b {
                    b',' => at = At::Expect { first: false },
                    b']' => at = At::Done,
                    _ if ws => {}
                    _ => return Err(fail(Shape::Separator { line })),
                },
                At::Done => {
                    if !ws {
                        return Err(fail(Shape::Trailing { line }));
                    }
                }
            }
            if b == b'\n' {
                line += 1;
            }
        }
        r.consume(consumed);
    }
    if at != At::Done {
        return Err(fail(match at {
            At::Before => Shape::NotAnArray { line },
            _ => Shape::Unclosed,
        }));
    }
    records.finish(sink);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::keys::{ShardFormat, ShardKey};
    use crate::model::ReleaseId;
    use crate::read::RoleMap;

    /// Elements read, or the shape error; through a reader of `chunk` bytes at a time.
    fn elements(data: &[u8], chunk: usize) -> Result<usize, String> {
        let shard = ShardKey {
            key: "staging/v2026-11-25/f/s/a.json".into(),
            release: ReleaseId::parse("v2026-11-25").unwrap(),
            family: "f".into(),
            source: "s".into(),
            file: "a.json".into(),
            format: ShardFormat::Json,
        };
        let limits = crate::policy::Policy::release_0().limits;
        let roles = RoleMap::default();
        let ctx = Context {
            shard: &shard,
            roles: &roles,
            limits: &limits,
            mapping: None,
        };
        let mut n = 0;
        read(
            &ctx,
            std::io::BufReader::with_capacity(chunk, data),
            &mut |_| n += 1,
        )
        .map(|()| n)
        .map_err(|e| e.to_string())
    }

    #[test]
    fn empty_elements_are_refused_not_invented() {
        for bad in ["[1,]", "[,1]", "[1,,2]", "[,]", "[ , ]"] {
            let e = elements(bad.as_bytes(), 64).unwrap_err();
            assert!(e.contains("empty element"), "{bad}: {e}");
        }
        assert_eq!(elements(b"[1, 2 ,3]", 64), Ok(3));
        assert_eq!(elements(b"[ ]", 64), Ok(0));
    }

    #[test]
    fn a_byte_order_mark_is_skipped_however_the_reads_split_it() {
        let data = b"\xEF\xBB\xBF[{\"a\":\"[,]\\\"\"}, 2]";
        for chunk in [1, 2, 3, 64] {
            assert_eq!(elements(data, chunk), Ok(2), "chunk {chunk}");
        }
        // only at the very start
        assert!(elements(b"[1]\xEF\xBB\xBF", 64).is_err());
    }
}

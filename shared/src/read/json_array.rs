//! A `.json` file holding one JSON array of records (how ESConv and many exports ship), streamed
//! element by element: memory is one element, capped by the policy's record limit, never the
//! file. An element's index is its position in the array; its line, where it starts.

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
    let (mut depth, mut in_str, mut esc, mut container) = (0usize, false, false, false);
    let mut first_bytes = true;
    loop {
        let chunk = r.fill_buf()?;
        if chunk.is_empty() {
            break;
        }
        let mut bytes = chunk;
        if first_bytes {
            first_bytes = false;
            bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
        }
        let consumed = chunk.len();
        let mut i = 0;
        while i < bytes.len() {
            let b = bytes[i];
            i += 1;
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
                    } else if !ws {
                        at = At::Element;
                        buf.clear();
                        len = 0;
                        start_line = line;
                        depth = 0;
                        in_str = false;
                        esc = false;
                        container = matches!(b, b'{' | b'[');
                        i -= 1; // the element's first byte, read again below
                    }
                }
                At::Element => {
                    // a scalar ends before `,`, `]` or whitespace at depth 0
                    if !container && !in_str && depth == 0 && (b == b',' || b == b']' || ws) {
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
                        if in_str {
                            match (esc, b) {
                                (true, _) => esc = false,
                                (false, b'\\') => esc = true,
                                (false, b'"') => in_str = false,
                                _ => {}
                            }
                        } else {
                            match b {
                                b'"' => in_str = true,
                                b'{' | b'[' => depth += 1,
                                b'}' | b']' => depth = depth.saturating_sub(1),
                                _ => {}
                            }
                            if container && depth == 0 {
                                records
                                    .text(&buf, len, index, start_line, sink)
                                    .map_err(super::mismatch_io)?;
                                index += 1;
                                at = At::After;
                            }
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

//! Follows RFC 4180 quoting over the raw bytes the CSV parser reads, to know what the parser
//! does not say: that a quoted field never closed (the parser would take the rest of the file as
//! one field, swallowing every row after it), and how long the current row is (a row over the
//! limit is refused while it streams, never buffered whole).

use std::io::Read;

/// Why a CSV file cannot be read as a whole.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Structure {
    #[error("a quoted field opened at line {line} never closes")]
    Unterminated { line: u64 },
    /// A closing quote followed by more text: the quoting is off from here (typically a quote
    /// that never closed, then closed by the next field's opening quote).
    #[error("a quoted field opened at line {open} closes at line {line} with text after the quote")]
    TextAfterQuote { open: u64, line: u64 },
    #[error("the row starting at line {line} is longer than max_line_bytes {limit}")]
    RowTooLong { line: u64, limit: u64 },
    #[error("line {line}: the row is not valid CSV")]
    Unreadable { line: u64 },
}

impl Structure {
    pub fn code(&self) -> &'static str {
        match self {
            Structure::Unterminated { .. } | Structure::TextAfterQuote { .. } => {
                "csv_unterminated_quote"
            }
            Structure::RowTooLong { .. } => "csv_row_too_long",
            Structure::Unreadable { .. } => "csv_unreadable",
        }
    }
}

pub struct Quotes<R> {
    inner: R,
    cap: u64,
    in_quotes: bool,
    /// Inside quotes, the previous byte was a quote: an escape (`""`) or the closing quote.
    quote_seen: bool,
    at_field_start: bool,
    line: u64,
    open_line: u64,
    row_line: u64,
    row_bytes: u64,
}

impl<R: Read> Quotes<R> {
    pub fn new(inner: R, cap: u64) -> Self {
        Self {
            inner,
            cap,
            in_quotes: false,
            quote_seen: false,
            at_field_start: true,
            line: 1,
            open_line: 0,
            row_line: 1,
            row_bytes: 0,
        }
    }

    /// Once the parser has reached the end: a quote still open means the file is broken.
    pub fn finish(&self) -> Result<(), Structure> {
        if self.in_quotes && !self.quote_seen {
            return Err(Structure::Unterminated {
                line: self.open_line,
            });
        }
        Ok(())
    }

    fn unquoted(&mut self, b: u8) {
        match b {
            b'"' if self.at_field_start => {
                self.in_quotes = true;
                self.open_line = self.line;
                self.at_field_start = false;
            }
            b',' => self.at_field_start = true,
            b'\n' => {
                self.at_field_start = true;
                self.row_bytes = 0;
                self.row_line = self.line + 1;
            }
            b'\r' => {}
            _ => self.at_field_start = false,
        }
    }

    fn step(&mut self, b: u8) -> Result<(), Structure> {
        if self.in_quotes {
            if self.quote_seen {
                self.quote_seen = false;
                if b == b'"' {
                    return Ok(()); // an escaped quote; still inside
                }
                if !matches!(b, b',' | b'\n' | b'\r') {
                    return Err(Structure::TextAfterQuote {
                        open: self.open_line,
                        line: self.line,
                    });
                }
                self.in_quotes = false;
                self.unquoted(b);
            } else if b == b'"' {
                self.quote_seen = true;
            }
        } else {
            self.unquoted(b);
        }
        Ok(())
    }
}

impl<R: Read> Read for Quotes<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        for &b in &buf[..n] {
            self.row_bytes += 1;
            if self.row_bytes > self.cap {
                return Err(std::io::Error::new(
                    std::io::ErrorKind::InvalidData,
                    Structure::RowTooLong {
                        line: self.row_line,
                        limit: self.cap,
                    },
                ));
            }
            self.step(b)
                .map_err(|s| std::io::Error::new(std::io::ErrorKind::InvalidData, s))?;
            if b == b'\n' {
                self.line += 1;
            }
        }
        Ok(n)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scan(text: &str, cap: u64) -> Result<(), Structure> {
        let mut q = Quotes::new(text.as_bytes(), cap);
        let mut sink = Vec::new();
        match q.read_to_end(&mut sink) {
            Ok(_) => q.finish(),
            Err(e) => Err(e
                .get_ref()
                .and_then(|x| x.downcast_ref::<Structure>())
                .cloned()
                .expect("a structure error")),
        }
    }

    #[test]
    fn quoting_is_followed() {
        let ok = "a,b\n1,\"two\nlines, \"\"quoted\"\"\"\n2,5\" tall\n3,\"\"\n";
        assert_eq!(scan(ok, 1000), Ok(()));
        let open = "a,b\n1,x\n2,\"never closed\n3,y\n4,z\n";
        assert_eq!(scan(open, 1000), Err(Structure::Unterminated { line: 3 }));
        // closed by the next quoted field's opening quote
        let shifted = "a,b\n1,\"never closed\n2,y\n3,\"quoted\"\n";
        assert_eq!(
            scan(shifted, 1000),
            Err(Structure::TextAfterQuote { open: 2, line: 4 })
        );
        // closing quote as the last byte of the file
        assert_eq!(scan("a\n\"x\"", 1000), Ok(()));
        let long = format!("a,b\n1,x\n2,\"{}\"\n", "y".repeat(50));
        assert_eq!(
            scan(&long, 40),
            Err(Structure::RowTooLong { line: 3, limit: 40 })
        );
    }
}

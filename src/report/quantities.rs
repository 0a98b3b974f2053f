//! The output of `crosscheck quantities`: one JSON object per quantity, per line.

use std::io::Write;

use serde::Serialize;

use crate::grammar::quantity::Quantity;
use crate::grammar::text::Locator;

#[derive(Serialize)]
struct Line<'a> {
    text: &'a str,
    start: usize,
    end: usize,
    line: usize,
    column: usize,
    low: u64,
    high: Option<u64>,
    approx: bool,
    qualifier: Option<&'static str>,
    range: bool,
}

/// Writes `quantities` (found in `text`) as JSON lines.
///
/// # Errors
/// The writer fails.
pub fn write_quantities(
    out: &mut dyn Write,
    text: &str,
    quantities: &[Quantity],
) -> std::io::Result<()> {
    let mut locator = Locator::new(text);
    for q in quantities {
        let (line, column) = locator.locate(q.span.start);
        let record = Line {
            text: text.get(q.span.start..q.span.end).unwrap_or(""),
            start: q.span.start,
            end: q.span.end,
            line,
            column,
            low: q.low,
            high: q.high,
            approx: q.approx,
            qualifier: q.qualifier.map(|x| x.name()),
            range: q.range,
        };
        serde_json::to_writer(&mut *out, &record)?;
        out.write_all(b"\n")?;
    }
    Ok(())
}

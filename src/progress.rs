//! The progress bar of a long run (a dump): pages and megabytes done, the rate, and
//! the time left from the dump's size. Drawn on standard error, only when it is a
//! terminal: nothing on a pipe or in a file.

use std::sync::Arc;

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

use crosscheck::stream::{Progress as Done, ProgressSink};

/// The bar, hidden when standard error is no terminal.
pub struct Progress {
    bar: ProgressBar,
}

impl Progress {
    /// A bar on standard error (hidden when it is not a terminal).
    pub fn new() -> Self {
        // Hidden until the first batch: a run of a few articles shows nothing.
        let bar = ProgressBar::hidden();
        if let Ok(style) = ProgressStyle::with_template(
            "{bar:30} {bytes}/{total_bytes} ({bytes_per_sec}, {eta} left) — {msg}",
        ) {
            bar.set_style(style);
        }
        Self { bar }
    }

    /// What the library calls after each batch.
    pub fn sink(&self) -> ProgressSink {
        let bar = self.bar.clone();
        let terminal = std::io::IsTerminal::is_terminal(&std::io::stderr());
        ProgressSink(Arc::new(move |p: &Done| {
            if terminal && bar.is_hidden() {
                bar.set_draw_target(ProgressDrawTarget::stderr());
            }
            bar.set_length(p.bytes_total);
            bar.set_position(p.bytes_done.min(p.bytes_total));
            bar.set_message(format!("{} pages, {} articles", p.pages, p.articles));
        }))
    }

    /// Clears the bar.
    pub fn finish(self) {
        self.bar.finish_and_clear();
    }
}

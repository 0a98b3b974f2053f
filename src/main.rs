//! The `crosscheck` binary: parse the command line, run the library, report.

mod cli;
mod progress;

use std::process::ExitCode;

use clap::Parser;

use cli::{EXIT_FAILED, EXIT_OK};

/// mimalloc instead of the system allocator: a dump run allocates and frees millions of
/// small strings on every core, and glibc's arenas spent a fifth of its time there.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    let cli = cli::Cli::parse();
    match cli.run() {
        Ok(code) => ExitCode::from(code),
        Err(e) if is_broken_pipe(&e) => ExitCode::from(EXIT_OK),
        Err(e) => {
            eprintln!("crosscheck: error: {e:#}");
            ExitCode::from(EXIT_FAILED)
        }
    }
}

fn is_broken_pipe(e: &anyhow::Error) -> bool {
    e.chain().any(|c| {
        c.downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
    })
}

//! The `crosscheck` binary: parse the command line, run the library, report.

mod cli;

use std::io::Write;
use std::process::ExitCode;

use clap::Parser;

/// Every input was read.
const EXIT_OK: u8 = 0;
/// Some inputs could not be read; the reports hold the others.
const EXIT_PARTIAL: u8 = 1;
/// Nothing could be done (usage, grammars, no input read, reports not written).
const EXIT_FAILED: u8 = 2;

fn main() -> ExitCode {
    let cli = cli::Cli::parse();
    match run(cli) {
        Ok(code) => ExitCode::from(code),
        Err(e) if is_broken_pipe(&e) => ExitCode::from(EXIT_OK),
        Err(e) => {
            eprintln!("crosscheck: error: {e:#}");
            ExitCode::from(EXIT_FAILED)
        }
    }
}

fn run(cli: cli::Cli) -> anyhow::Result<u8> {
    match cli.command {
        cli::Command::Analyze(args) => analyze(args),
        cli::Command::Quantities(args) => quantities(args),
    }
}

fn quantities(args: cli::QuantitiesArgs) -> anyhow::Result<u8> {
    let grammars = crosscheck::grammar::load_grammars(cli::grammars_dir(args.grammars).as_deref())?;
    let text = crosscheck::input::read_text(&args.input)?;
    let doc = crosscheck::input::Document::new(args.input.display().to_string(), text);
    let found = crosscheck::quantities_in(&doc, &grammars, args.lang.as_deref())?;
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    crosscheck::report::write_quantities(&mut out, &doc.text, &found)?;
    out.flush()?;
    Ok(EXIT_OK)
}

fn analyze(args: cli::AnalyzeArgs) -> anyhow::Result<u8> {
    let config = args.into_config()?;
    let outcome = crosscheck::run(&config)?;
    for warning in &outcome.warnings {
        eprintln!("crosscheck: warning: {warning}");
    }
    for failure in &outcome.failures {
        eprintln!("crosscheck: error: {}", with_causes(failure));
    }
    let mut out = std::io::stdout().lock();
    crosscheck::report::write_summary(&mut out, &outcome)?;
    out.flush()?;
    Ok(
        match (outcome.articles.is_empty(), outcome.failures.is_empty()) {
            (true, _) => EXIT_FAILED,
            (false, true) => EXIT_OK,
            (false, false) => EXIT_PARTIAL,
        },
    )
}

/// An error and its causes, as `{:#}` prints an anyhow chain.
fn with_causes(e: &dyn std::error::Error) -> String {
    let mut text = e.to_string();
    let mut cause = e.source();
    while let Some(c) = cause {
        text.push_str(": ");
        text.push_str(&c.to_string());
        cause = c.source();
    }
    text
}

fn is_broken_pipe(e: &anyhow::Error) -> bool {
    e.chain().any(|c| {
        c.downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
    })
}

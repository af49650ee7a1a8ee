//! `cargo run --bin bank-report`: checks the bank in `questions/` and prints, per claim, how far
//! its questions can be answered from the essay's wording alone, then the bank's totals. For
//! whoever writes or reviews claims, for this essay or another text.

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    use essay_quiz::source::{self, shortcuts};

    let args: Vec<String> = std::env::args().skip(1).collect();
    // `--measure "text" …`: the figures of draft statements, before they go into a file.
    // `--options [folder]`: the claims whose options give their answer away.
    let options = args.first().map(String::as_str) == Some("--options");
    let args = if options { &args[1..] } else { &args[..] };
    let (measure, dir) = match args.first().map(String::as_str) {
        Some("--measure") => (&args[1..], None),
        _ => (&args[..0], args.first()),
    };
    let dir = dir.map_or_else(
        || std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("questions"),
        std::path::PathBuf::from,
    );
    let bank = match source::load_dir(&dir) {
        Ok(bank) => bank,
        Err(errors) => {
            eprintln!("{}", source::report(&errors, 200));
            return std::process::ExitCode::FAILURE;
        }
    };
    if options {
        print!("{}", shortcuts::options_report(&bank));
        return std::process::ExitCode::SUCCESS;
    }
    if !measure.is_empty() {
        let wording = shortcuts::Wording::new(&bank);
        for text in measure {
            println!(
                "echo {:>3.0}%  foreign {:>3.0}%  {text}",
                wording.echo(text) * 100.0,
                wording.foreign(text) * 100.0
            );
        }
        return std::process::ExitCode::SUCCESS;
    }
    print!("{}", shortcuts::report(&bank));
    let problems = shortcuts::check(&bank);
    if problems.is_empty() {
        std::process::ExitCode::SUCCESS
    } else {
        println!();
        println!("{}", source::report(&problems, usize::MAX));
        std::process::ExitCode::FAILURE
    }
}

#[cfg(target_arch = "wasm32")]
fn main() {}

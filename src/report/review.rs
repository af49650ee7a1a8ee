//! `cargo run --bin review-kit`: writes a review sheet and its key, or scores filled-in sheets.
//! How to run a passage-dependence study with it is in `questions/README.md`.
//!
//! ```text
//! review-kit sheet SEED COUNT SHEET KEY      draw COUNT items for SEED; write the sheet and key
//! review-kit score KEY NAME=FILLED …         score each reader's filled-in sheet
//! ```

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    use essay_quiz::bank::BANK;
    use essay_quiz::review::{score, sheet};
    use std::process::ExitCode;

    let args: Vec<String> = std::env::args().skip(1).collect();
    let fail = |message: String| {
        eprintln!("review-kit: {message}");
        ExitCode::FAILURE
    };
    let read = |path: &str| std::fs::read_to_string(path).map_err(|e| format!("{path}: {e}"));
    match args.iter().map(String::as_str).collect::<Vec<_>>()[..] {
        ["sheet", seed, count, sheet_path, key_path] => {
            let Ok(seed) = seed.parse() else {
                return fail(format!("“{seed}” is not a seed (letters and digits)"));
            };
            let Ok(count) = count.parse::<usize>() else {
                return fail(format!("“{count}” is not a number of items"));
            };
            let drawn = sheet::draw(&BANK, seed, count);
            let written = std::fs::write(sheet_path, drawn.to_text())
                .and_then(|()| std::fs::write(key_path, drawn.key_text()));
            match written {
                Ok(()) => {
                    println!(
                        "{} items: the sheet in {sheet_path}, its key in {key_path}",
                        drawn.items.len()
                    );
                    ExitCode::SUCCESS
                }
                Err(e) => fail(e.to_string()),
            }
        }
        ["score", key_path, ref filled @ ..] if !filled.is_empty() => {
            let key = match read(key_path).and_then(|k| score::parse_key(&k)) {
                Ok(key) => key,
                Err(e) => return fail(e),
            };
            let mut readers = Vec::new();
            for arg in filled {
                let (name, path) = arg.split_once('=').unwrap_or((arg, arg));
                match read(path) {
                    Ok(text) => readers.push((name.to_owned(), score::mark(&key, &text))),
                    Err(e) => return fail(e),
                }
            }
            print!("{}", score::report(&key, &readers));
            ExitCode::SUCCESS
        }
        _ => fail(
            "usage: review-kit sheet SEED COUNT SHEET KEY | review-kit score KEY NAME=FILLED …"
                .to_owned(),
        ),
    }
}

#[cfg(target_arch = "wasm32")]
fn main() {}

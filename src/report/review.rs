//! `cargo run --bin review-kit`: writes a review sheet and its key, or scores filled-in sheets.
//! How to run a passage-dependence study with it is in `questions/README.md`.
//!
//! ```text
//! review-kit sheet SEED COUNT SHEET KEY      draw COUNT items for SEED; write the sheet and key
//! review-kit score KEY NAME=FILLED …         score each reader's filled-in sheet
//! review-kit rules [QUIZZES]                  what option-reading rules score on default quizzes
//! ```

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    use essay_quiz::bank::BANK;
    use essay_quiz::review::{rules, score, sheet};
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
        ["rules", ref rest @ ..] if rest.len() <= 1 => {
            let Ok(n) = rest.first().map_or(Ok(500), |n| n.parse::<u32>()) else {
                return fail("the number of quizzes is a whole number".to_owned());
            };
            let quizzes: Vec<_> = (0..n)
                .map(|i| {
                    essay_quiz::quiz::generate(
                        &BANK,
                        essay_quiz::rng::Seed(i.wrapping_mul(2_654_435_761)),
                        essay_quiz::quiz::Settings::standard(&BANK),
                    )
                })
                .collect();
            let s = rules::survey(&BANK, &quizzes);
            let pct = |x: Option<f64>| x.map_or("—".to_owned(), |v| format!("{:.1}%", v * 100.0));
            println!("{} default quizzes, {} questions", s.quizzes, s.questions);
            println!("option sharing fewest words with the passage  {}", pct(s.scores.fewest_shared));
            println!("option sharing most words with the passage    {}", pct(s.scores.most_shared));
            println!("option sharing fewest words with the essay    {}", pct(s.scores.fewest_in_essay));
            println!("option sharing most words with the essay      {}", pct(s.scores.most_in_essay));
            println!("number the essay names                        {}", pct(s.scores.number_in_essay));
            println!("sentence sharing most words (evidence)        {}", pct(s.scores.evidence_overlap));
            println!("one stance for all                            {}", pct(s.scores.stance_key));
            println!("true/false by length                          {}", pct(s.scores.truth_length));
            println!("false or rejected by an absolute word         {}", pct(s.scores.absolute_word));
            println!(
                "argument questions per quiz: mean {:.0}%, least {:.0}%",
                s.mean_argument * 100.0,
                s.least_argument * 100.0
            );
            println!(
                "background questions per quiz: mean {:.0}%, most {}",
                s.mean_background * 100.0,
                s.most_background
            );
            println!("questions giving another away: {} pairs", s.giveaways);
            let failed = rules::failures(&s.scores);
            for f in &failed {
                println!("past its limit: {f}");
            }
            if failed.is_empty() {
                ExitCode::SUCCESS
            } else {
                ExitCode::FAILURE
            }
        }
        _ => fail(
            "usage: review-kit sheet SEED COUNT SHEET KEY | score KEY NAME=FILLED … | rules [QUIZZES]"
                .to_owned(),
        ),
    }
}

#[cfg(target_arch = "wasm32")]
fn main() {}

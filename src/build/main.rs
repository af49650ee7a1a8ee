//! Build script: checks the bank in `questions/` and compiles it into `$OUT_DIR/bank.rs`.
//! A mistake in any file stops the build with `file:line: what is wrong`.

// The build uses the loader and the code generator; the report's parts go unused here.
#[allow(dead_code, unused_imports)]
#[path = "../source/mod.rs"]
mod source;
#[allow(dead_code)]
#[path = "../text.rs"]
mod text;

use std::path::PathBuf;

fn main() {
    let root = PathBuf::from(
        std::env::var_os("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"),
    );
    // Another bank (another text) can be compiled in by pointing this at its folder.
    println!("cargo::rerun-if-env-changed=ESSAY_QUIZ_QUESTIONS");
    let questions = std::env::var_os("ESSAY_QUIZ_QUESTIONS")
        .map_or_else(|| root.join("questions"), PathBuf::from);
    println!("cargo::rerun-if-changed={}", questions.display());
    println!(
        "cargo::rerun-if-changed={}",
        questions.join("claims").display()
    );

    let bank = match source::load_dir(&questions) {
        Ok(bank) => bank,
        Err(errors) => {
            eprintln!(
                "The question bank has {} mistake(s):\n{}",
                errors.len(),
                source::report(&errors, 40)
            );
            std::process::exit(1);
        }
    };
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    let compiled = source::codegen::render(&bank);
    std::fs::write(out.join("bank.bin"), compiled.tables).expect("OUT_DIR is writable");
    std::fs::write(out.join("bank.txt"), compiled.text).expect("OUT_DIR is writable");
    std::fs::write(out.join("bank.version"), compiled.version).expect("OUT_DIR is writable");
}

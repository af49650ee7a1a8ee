//! Every kind of mistake in a bank's files is reported with its file, its line and what is
//! wrong. Each test writes a small bank with one mistake and reads the report: the claims and
//! their forms, the essay and pools, and the shortcut check.

mod claims;
mod files;
mod forms;
mod shortcuts;

use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};

use essay_quiz::source::{self, SourceError};

pub const ESSAY: &str = "# A Small Essay

## I

[I.1] The Paris Commune of 1871 lasted just seventy days before it fell to the army of Versailles.

[I.2] Lenin said in March 1918, “Without Germany we are lost,” and the party agreed with him then.

## II

[II.1] Stalin, not Lenin, made one-party rule an ideal, arguing that party rule was working-class rule in 1924.

[II.2] Trotsky established the Left Opposition, a faction within the Bolsheviks, by 1923.

[II.3] Pundits argued that human nature made socialism impossible. Such arguments seduced with their simplicity. They spared their authors any wrestling with history. Men and women still make their own decisions. Democracy is central to socialism.
";

pub const POOLS: &str = r#"
[pool.people]
members = ["Vladimir Lenin", "Joseph Stalin", "Leon Trotsky", "Victor Serge"]
"#;

/// A claim with every form, correct.
pub const GOOD: &str = r#"
[[claim]]
id = "commune-seventy-days"
paragraph = "I.1"
evidence = "The Paris Commune of 1871 lasted just seventy days"
says = "The Commune survived for only seventy days."

[claim.choice]
question = "How long did the Paris Commune last?"
answer = "Ten weeks"
distractors = ["Ten days", "Ten months", "Two years"]

[[claim.false]]
statement = "The Commune survived for only 17 days."
correction = "It lasted seventy days."

[claim.blank]
text = "The Paris Commune lasted just ____ days."
answer = "seventy"
accept = ["70"]
reject = ["seven"]

[claim.number]
question = "In what year was the Paris Commune?"
answer = 1871
kind = "year"

[claim.event]
what = "The Paris Commune"
year = 1871

[[claim]]
id = "lenin-germany"
paragraph = "I.2"
evidence = "Lenin said in March 1918, “Without Germany we are lost,”"
says = "Lenin held in 1918 that without Germany the revolution would fail."

[claim.attribution]
who = "Vladimir Lenin"
what = "“Without Germany we are lost.”"

[claim.event]
what = "Lenin's remark on Germany"
year = 1918
month = 3

[[claim]]
id = "stalin-ideal"
paragraph = "II.1"
evidence = "Stalin, not Lenin, made one-party rule an ideal, arguing that party rule was working-class rule in 1924."
says = "Stalin turned rule by one party into a principle."

[claim.choice]
question = "Who made one-party rule an ideal?"
answer = "Joseph Stalin"
distractors = ["Leon Trotsky", "Vladimir Lenin", "Victor Serge"]
pool = "people"

[claim.attribution]
who = "Joseph Stalin"
what = "Made one-party rule an ideal"

[claim.event]
what = "Stalin makes one-party rule an ideal"
year = 1924

[[claim]]
id = "trotsky-left-opposition"
paragraph = "II.2"
evidence = "Trotsky established the Left Opposition, a faction within the Bolsheviks"
says = "Trotsky founded a faction, the Left Opposition."

[claim.attribution]
who = "Leon Trotsky"
what = "Established the Left Opposition"

[[claim]]
id = "human-nature"
paragraph = "II.3"
evidence = "Pundits argued that human nature made socialism impossible. Such arguments seduced with their simplicity."
says = "The essay treats the human-nature case against socialism as too simple."
kind = "argument"

[claim.stance]
statement = "Given human nature, socialism cannot work."
view = "rejects"
"#;

static NEXT: AtomicUsize = AtomicUsize::new(0);

/// Writes a bank to a fresh folder named `questions` and loads it.
pub fn load(claims: &[(&str, &str)], pools: &str) -> Result<source::Source, Vec<SourceError>> {
    let root = std::env::temp_dir().join(format!(
        "essay-quiz-validation-{}-{}",
        std::process::id(),
        NEXT.fetch_add(1, Ordering::Relaxed)
    ));
    let dir: PathBuf = root.join("questions");
    std::fs::create_dir_all(dir.join("claims")).unwrap();
    std::fs::write(dir.join("essay.txt"), ESSAY).unwrap();
    std::fs::write(dir.join("pools.toml"), pools).unwrap();
    for (name, text) in claims {
        std::fs::write(dir.join("claims").join(name), text).unwrap();
    }
    let result = source::load_dir(&dir);
    std::fs::remove_dir_all(&root).unwrap();
    result
}

/// The errors for a claims file `a.toml` holding the good claims with `from` replaced by `to`.
pub fn errors_after(from: &str, to: &str) -> Vec<String> {
    assert!(
        GOOD.contains(from),
        "the test's edit does not apply: {from}"
    );
    let text = GOOD.replacen(from, to, 1);
    match load(&[("a.toml", &text)], POOLS) {
        Ok(_) => panic!("a bank with “{to}” for “{from}” was accepted"),
        Err(errors) => errors.iter().map(ToString::to_string).collect(),
    }
}

/// The line of `needle` in `text` after the edit.
pub fn line_in(text: &str, needle: &str) -> usize {
    text.lines()
        .position(|l| l.contains(needle))
        .map(|i| i + 1)
        .unwrap_or_else(|| panic!("{needle} not found"))
}

/// Some error mentions `part`.
pub fn assert_mentions(errors: &[String], part: &str) {
    assert!(
        errors.iter().any(|e| e.contains(part)),
        "expected an error with\n  {part}\ngot\n  {}",
        errors.join("\n  ")
    );
}

pub fn assert_reports(errors: &[String], expected: &str) {
    assert!(
        errors.iter().any(|e| e == expected),
        "expected\n  {expected}\ngot\n  {}",
        errors.join("\n  ")
    );
}

//! Every kind of mistake in a bank's files is reported with its file, its line and what is
//! wrong. Each test writes a small bank with one mistake and reads the report.

use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};

use essay_quiz::source::{self, SourceError};

const ESSAY: &str = "# A Small Essay

## I

[I.1] The Paris Commune of 1871 lasted just seventy days before it fell to the army of Versailles.

[I.2] Lenin said in March 1918, “Without Germany we are lost,” and the party agreed with him then.

## II

[II.1] Stalin made one-party rule an ideal, arguing that party rule was working-class rule in 1924.

[II.2] Trotsky established the Left Opposition, a faction within the Bolsheviks, by 1923.
";

const POOLS: &str = r#"
[pool.people]
members = ["Vladimir Lenin", "Joseph Stalin", "Leon Trotsky", "Victor Serge"]
"#;

/// A claim with every form, correct.
const GOOD: &str = r#"
[[claim]]
id = "commune-seventy-days"
paragraph = "I.1"
evidence = "The Paris Commune of 1871 lasted just seventy days"

[claim.choice]
question = "How long did the Paris Commune last?"
answer = "Seventy days"
distractors = ["Seven days", "Seventy weeks", "Two years"]

[claim.truth]
statement = "The Commune lasted seventy days."

[[claim.truth.false]]
statement = "The Commune lasted two years."
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
evidence = "Stalin made one-party rule an ideal, arguing that party rule was working-class rule in 1924."

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

[claim.attribution]
who = "Leon Trotsky"
what = "Established the Left Opposition"
"#;

static NEXT: AtomicUsize = AtomicUsize::new(0);

/// Writes a bank to a fresh folder named `questions` and loads it.
fn load(claims: &[(&str, &str)], pools: &str) -> Result<source::Source, Vec<SourceError>> {
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
fn errors_after(from: &str, to: &str) -> Vec<String> {
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
fn line_in(text: &str, needle: &str) -> usize {
    text.lines()
        .position(|l| l.contains(needle))
        .map(|i| i + 1)
        .unwrap_or_else(|| panic!("{needle} not found"))
}

/// Some error mentions `part`.
fn assert_mentions(errors: &[String], part: &str) {
    assert!(
        errors.iter().any(|e| e.contains(part)),
        "expected an error with\n  {part}\ngot\n  {}",
        errors.join("\n  ")
    );
}

fn assert_reports(errors: &[String], expected: &str) {
    assert!(
        errors.iter().any(|e| e == expected),
        "expected\n  {expected}\ngot\n  {}",
        errors.join("\n  ")
    );
}

#[test]
fn a_good_bank_loads() {
    let bank =
        load(&[("a.toml", GOOD)], POOLS).unwrap_or_else(|e| panic!("{}", source::report(&e, 20)));
    assert_eq!(bank.claims.len(), 4);
    assert_eq!(bank.claims[0].id, "commune-seventy-days");
}

#[test]
fn a_toml_syntax_error_names_its_line() {
    let errors = errors_after("kind = \"year\"", "kind = \"year");
    let line = line_in(
        &GOOD.replacen("kind = \"year\"", "kind = \"year", 1),
        "kind = \"year",
    );
    assert!(
        errors
            .iter()
            .any(|e| e.starts_with(&format!("questions/claims/a.toml:{line}:"))),
        "{errors:?}"
    );
}

#[test]
fn an_unknown_field_is_named() {
    let errors = errors_after("answer = \"Seventy days\"", "answr = \"Seventy days\"");
    assert!(
        errors
            .iter()
            .any(|e| e.contains("a.toml:") && e.contains("unknown field `answr`")),
        "{errors:?}"
    );
}

#[test]
fn a_missing_field_is_named() {
    let errors = errors_after(
        "evidence = \"The Paris Commune of 1871 lasted just seventy days\"\n",
        "",
    );
    assert!(
        errors
            .iter()
            .any(|e| e.starts_with("questions/claims/a.toml:2:")
                && e.contains("missing field `evidence`")),
        "{errors:?}"
    );
}

#[test]
fn evidence_not_in_the_essay_says_how_far_it_matches() {
    let errors = errors_after("lasted just seventy days\"", "lasted just eighty days\"");
    assert_reports(
        &errors,
        "questions/claims/a.toml:5: claim commune-seventy-days: evidence is not verbatim in paragraph [I.1]: the first 7 words match, then “eighty” differs",
    );
}

#[test]
fn evidence_from_another_paragraph_says_which() {
    let errors = errors_after("paragraph = \"I.1\"", "paragraph = \"I.2\"");
    assert_reports(
        &errors,
        "questions/claims/a.toml:5: claim commune-seventy-days: evidence is in paragraph [I.1], not [I.2]",
    );
}

#[test]
fn an_unknown_paragraph_is_named() {
    let errors = errors_after("paragraph = \"I.1\"", "paragraph = \"I.9\"");
    assert_reports(
        &errors,
        "questions/claims/a.toml:4: claim commune-seventy-days: no paragraph [I.9] in the essay",
    );
}

#[test]
fn short_evidence_is_refused() {
    let errors = errors_after(
        "evidence = \"Stalin made one-party rule an ideal, arguing that party rule was working-class rule in 1924.\"",
        "evidence = \"Stalin made one-party rule an ideal\"",
    );
    assert_mentions(&errors, "evidence has fewer than 8 words");
}

#[test]
fn a_duplicate_id_names_both_places() {
    let second = GOOD
        .replace("id = \"lenin-germany\"", "id = \"lenin-germany-2\"")
        .replace("id = \"stalin-ideal\"", "id = \"stalin-ideal-2\"");
    let errors: Vec<String> = load(&[("a.toml", GOOD), ("b.toml", &second)], POOLS)
        .unwrap_err()
        .iter()
        .map(ToString::to_string)
        .collect();
    assert_reports(
        &errors,
        "questions/claims/b.toml:2: id “commune-seventy-days” is already used at questions/claims/a.toml:2",
    );
}

#[test]
fn a_badly_formed_id_is_refused() {
    let errors = errors_after("id = \"lenin-germany\"", "id = \"Lenin Germany\"");
    assert_mentions(
        &errors,
        "id “Lenin Germany”: use lowercase letters and digits",
    );
}

#[test]
fn multiple_choice_needs_three_distinct_distractors_none_the_answer() {
    let few = errors_after(
        "distractors = [\"Seven days\", \"Seventy weeks\", \"Two years\"]",
        "distractors = [\"Seven days\", \"Two years\"]",
    );
    assert_mentions(&few, "choice needs at least 3 distractors, has 2");
    let same = errors_after("\"Seventy weeks\"", "\"seventy  DAYS\"");
    assert_mentions(&same, "distractor “seventy  DAYS” is the answer");
    let repeated = errors_after("\"Seventy weeks\"", "\"Seven Days\"");
    assert_mentions(&repeated, "distractor “Seven Days” repeats “Seven days”");
}

#[test]
fn a_pool_answer_must_be_a_member_of_a_known_pool() {
    let unknown = errors_after("pool = \"people\"", "pool = \"persons\"");
    assert_mentions(&unknown, "no pool “persons” in pools.toml");
    let stranger = errors_after("answer = \"Joseph Stalin\"", "answer = \"J. Stalin\"");
    assert_mentions(
        &stranger,
        "the answer “J. Stalin” is not a member of pool “people”",
    );
}

#[test]
fn true_false_needs_a_false_variant() {
    let errors = errors_after(
        "[[claim.truth.false]]\nstatement = \"The Commune lasted two years.\"\ncorrection = \"It lasted seventy days.\"\n",
        "",
    );
    assert_mentions(&errors, "truth needs at least one false variant");
}

#[test]
fn a_blank_needs_one_gap_its_answer_in_the_evidence_and_no_accepted_near_miss() {
    let gap = errors_after("lasted just ____ days.", "lasted just days.");
    assert_mentions(&gap, "blank.text needs exactly one blank");
    let absent = errors_after("answer = \"seventy\"", "answer = \"eighty\"");
    assert_mentions(&absent, "the answer “eighty” is not in the evidence");
    let near = errors_after("reject = [\"seven\"]", "reject = [\"Seventy!\"]");
    assert_mentions(&near, "the near miss “Seventy!” would be accepted");
}

#[test]
fn a_number_must_be_in_the_evidence_and_of_a_known_kind() {
    let absent = errors_after("answer = 1871", "answer = 1872");
    assert_mentions(&absent, "1872 is not in the evidence");
    let kind = errors_after("kind = \"year\"", "kind = \"date\"");
    assert_mentions(&kind, "number.kind is “year” or “count”, not “date”");
}

#[test]
fn an_event_needs_its_year_in_the_evidence_and_a_real_month() {
    let year = errors_after("year = 1871", "year = 1870");
    assert_mentions(&year, "the year 1870 is not in the evidence");
    let month = errors_after("month = 3", "month = 13");
    assert_mentions(&month, "event.month is 1 to 12");
}

#[test]
fn an_attribution_names_a_pool_member() {
    let errors = errors_after("who = \"Vladimir Lenin\"", "who = \"Lenin\"");
    let line = line_in(
        &GOOD.replacen("who = \"Vladimir Lenin\"", "who = \"Lenin\"", 1),
        "who = \"Lenin\"",
    );
    assert_reports(
        &errors,
        &format!(
            "questions/claims/a.toml:{line}: claim lenin-germany: “Lenin” is not a member of any pool (spell it as pools.toml does)"
        ),
    );
}

#[test]
fn a_claim_needs_a_question_form() {
    let errors = errors_after(
        "[claim.attribution]\nwho = \"Vladimir Lenin\"\nwhat = \"“Without Germany we are lost.”\"\n\n[claim.event]\nwhat = \"Lenin's remark on Germany\"\nyear = 1918\nmonth = 3\n",
        "",
    );
    assert!(
        errors
            .iter()
            .any(|e| e.starts_with("questions/claims/a.toml:")
                && e.contains("claim lenin-germany: no question form")),
        "{errors:?}"
    );
}

#[test]
fn pools_report_repeats() {
    let errors: Vec<String> = load(
        &[("a.toml", GOOD)],
        "[pool.people]\nmembers = [\"Vladimir Lenin\", \"Joseph Stalin\", \"vladimir  lenin\"]\n",
    )
    .unwrap_err()
    .iter()
    .map(ToString::to_string)
    .collect();
    assert_reports(
        &errors,
        "questions/pools.toml:2: pool “people”: “vladimir  lenin” repeats “Vladimir Lenin”",
    );
}

#[test]
fn the_essay_file_reports_its_own_lines() {
    let root = std::env::temp_dir().join(format!(
        "essay-quiz-validation-essay-{}",
        std::process::id()
    ));
    let dir = root.join("questions");
    std::fs::create_dir_all(dir.join("claims")).unwrap();
    std::fs::write(
        dir.join("essay.txt"),
        "# T\n\n## I\n\n[I.2] Skipped a number.\n",
    )
    .unwrap();
    std::fs::write(dir.join("pools.toml"), POOLS).unwrap();
    let errors = source::load_dir(&dir).unwrap_err();
    std::fs::remove_dir_all(&root).unwrap();
    assert_eq!(
        errors[0].to_string(),
        "questions/essay.txt:5: paragraph id [I.2]: expected [I.1] (ids count from 1 in each section, with no gaps)"
    );
}

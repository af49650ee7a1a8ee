//! The review kit: a sheet holds what the reader needs and nothing that gives the answers away,
//! and the scorer marks answers the way the sheet asks for them.

use essay_quiz::bank::{BANK, Form};
use essay_quiz::review::score::{self, KeyLine};
use essay_quiz::review::sheet::{self, Key, key_to_text};
use essay_quiz::rng::Seed;

fn drawn(count: usize) -> sheet::Sheet {
    sheet::draw(&BANK, Seed(2026), count)
}

/// The sheet with each Answer line filled in by `answer(item number)`.
fn filled(sheet: &sheet::Sheet, answer: impl Fn(usize) -> String) -> String {
    let mut out = String::new();
    let mut current = 0;
    for line in sheet.to_text().lines() {
        out.push_str(line);
        if let Some(rest) = line.strip_prefix("## ") {
            current = rest.split('.').next().unwrap().parse().unwrap();
        }
        if line.starts_with("Answer") {
            out.push(' ');
            out.push_str(&answer(current));
        }
        out.push('\n');
    }
    out
}

fn key_of(sheet: &sheet::Sheet) -> Vec<KeyLine> {
    score::parse_key(&sheet.key_text()).unwrap()
}

#[test]
fn a_sheet_spreads_its_items_over_the_forms_without_answers_or_quotes() {
    let sheet = drawn(80);
    assert_eq!(sheet.items.len(), 80);
    // Every form has items, and none takes more than a quarter of the sheet (forms the bank
    // has few claims for, such as matching, have fewer; the others fill in).
    for form in Form::ALL {
        let n = sheet.items.iter().filter(|i| i.form == form).count();
        assert!((1..=20).contains(&n), "{n} items of {form:?}");
    }
    // No two items ask about one claim.
    for (i, a) in sheet.items.iter().enumerate() {
        for b in &sheet.items[i + 1..] {
            assert_ne!(
                a.claim, b.claim,
                "items {} and {} ask one claim",
                a.number, b.number
            );
        }
    }
    let text = sheet.to_text();
    for item in &sheet.items {
        let claim = &BANK.claims[BANK.claim_index(&item.claim).unwrap()];
        // The evidence form shows sentences of the essay by design; no other item quotes it.
        if item.form != Form::Evidence {
            assert!(
                !item.text.contains(BANK.evidence(claim)),
                "item {} quotes its evidence",
                item.number
            );
        }
    }
    for p in BANK.paragraphs {
        assert!(
            !text.contains(&format!("{} ", p.id)),
            "{} on the sheet",
            p.id
        );
    }
    assert!(!text.contains("\tmc\t"), "the key is not on the sheet");
}

#[test]
fn the_key_scores_full_marks_and_one_letter_for_all_does_not() {
    let sheet = drawn(80);
    let key = key_of(&sheet);
    let right = filled(&sheet, |n| {
        let item = &sheet.items[n - 1];
        match &item.key {
            Key::Words(words) => words[0].clone(),
            other => format!("{} [k]", key_to_text(other)),
        }
    });
    let marks = score::mark(&key, &right);
    assert!(
        marks.iter().all(|m| m.right),
        "{:?}",
        marks.iter().find(|m| !m.right)
    );
    let lazy = score::mark(&key, &filled(&sheet, |_| "A".to_owned()));
    let share = lazy.iter().filter(|m| m.right).count() as f64 / lazy.len() as f64;
    assert!(share < 0.5, "answering A everywhere scores {share:.2}");
    let report = score::report(&key, &[("key".to_owned(), marks)]);
    assert!(
        report.contains("| **all** | 80 | 80 / 80 = 100% |"),
        "{report}"
    );
}

#[test]
fn answers_are_read_leniently_and_notes_are_dropped() {
    let sheet = "## 1. Chronology\nPut …\nAnswer (the letters, earliest first): c, a, b [k]\n\
                 ## 2. Who said, who did\nAnswer (each row's letter):\n1-B 2-A 3-C\n\
                 ## 3. True or false\nAnswer (T or F): false\n\
                 ## 4. Fill in the blank\nAnswer: Seventy [guess]\n";
    let key = score::parse_key(
        "1\torder\tx\t0.1\tC A B\n2\twho\tx\t0.1\t1B 2A 3C\n3\ttf\tx\t0.5\tF\n4\tblank\tx\t0\tseventy | 70\n",
    )
    .unwrap();
    let marks = score::mark(&key, sheet);
    assert!(marks.iter().all(|m| m.right), "{marks:?}");
    assert!(
        score::parse_key("1\tessay\tx\t0\tA\n")
            .unwrap_err()
            .contains("key line 1")
    );
}

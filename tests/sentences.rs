//! The sentence splitter on every paragraph of the essay: the evidence form offers these
//! sentences as options, so each must be whole, with its quotes, initials and abbreviations.

use std::path::Path;

use essay_quiz::source;

fn essay() -> source::Essay {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("questions");
    source::load_dir(&dir)
        .unwrap_or_else(|errors| panic!("{}", source::report(&errors, 50)))
        .essay
}

#[test]
fn every_paragraph_is_its_sentences_in_order() {
    for p in essay().paragraphs {
        let sentences: Vec<&str> = p.sentences.iter().map(|r| &p.text[r.clone()]).collect();
        assert_eq!(sentences.join(" "), p.text, "[{}]", p.id);
        for s in &sentences {
            let last = s.trim_end_matches(['”', '’', ')']).chars().last();
            assert!(
                matches!(last, Some('.' | '?' | '!')),
                "[{}] a sentence ends without a stop: {s}",
                p.id
            );
            let first = s.chars().next().unwrap();
            assert!(
                first.is_uppercase() || first.is_ascii_digit() || first == '“',
                "[{}] a sentence starts mid-way: {s}",
                p.id
            );
        }
    }
}

#[test]
fn the_essay_splits_as_recorded() {
    // Every sentence of the essay, one per line under its paragraph: read this file to check
    // the splitter (quotes that end sentences, “writes Serge.” after a quote, questions).
    // UPDATE_FIXTURES=1 rewrites it after a deliberate change.
    let mut text = String::new();
    for p in essay().paragraphs {
        text.push_str(&format!("[{}]\n", p.id));
        for r in &p.sentences {
            text.push_str(&format!("  {}\n", &p.text[r.clone()]));
        }
    }
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/sentences.txt");
    if std::env::var_os("UPDATE_FIXTURES").is_some() {
        std::fs::write(&path, &text).unwrap();
    }
    let recorded = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        recorded == text,
        "the essay's sentences changed; see {} (UPDATE_FIXTURES=1 rewrites it)",
        path.display()
    );
}

#[test]
fn the_essay_has_the_sentences_a_reader_counts() {
    let essay = essay();
    let count = |id: &str| {
        essay.paragraphs[essay.paragraph_index(id).unwrap()]
            .sentences
            .len()
    };
    // Counted by hand: I.1 is one sentence; IV.1 opens with a question; V.6 has a sentence that
    // ends inside a quote (“…organ of the Party.” Mere shells…) and one that goes on after a
    // quote (“…the Old Guard,” writes Serge.); V.9 ends with Serge's quoted sentence.
    assert_eq!(count("I.1"), 1);
    assert_eq!(count("I.5"), 4);
    assert_eq!(count("IV.1"), 6);
    assert_eq!(count("V.6"), 4);
    assert_eq!(count("V.9"), 7);
    assert_eq!(count("Afterword.1"), 4);
}

//! The shipped essay is the original extraction word for word, apart from the listed repairs.

use std::path::Path;

use essay_quiz::source::{essay, repairs};

const MAX_REPAIRS: usize = 15;

fn read(path: &str) -> String {
    std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(path)).unwrap()
}

#[test]
fn shipped_text_is_the_original_with_exactly_the_listed_repairs() {
    let original = read("tests/fixtures/original-essay.txt");
    let list = repairs::parse("questions/repairs.toml", &read("questions/repairs.toml")).unwrap();
    assert!(
        list.len() <= MAX_REPAIRS,
        "{} repairs: the list should stay short",
        list.len()
    );

    let repaired = repairs::apply("questions/repairs.toml", &original, &list).unwrap();
    let shipped = essay::parse("questions/essay.txt", &read("questions/essay.txt")).unwrap();

    let expected: Vec<&str> = repaired.split_whitespace().collect();
    let actual = shipped.words();
    if let Some(i) =
        (0..expected.len().max(actual.len())).find(|&i| expected.get(i) != actual.get(i))
    {
        let around =
            |words: &[&str]| words[i.saturating_sub(6)..(i + 6).min(words.len())].join(" ");
        panic!(
            "word {i} differs:\n  original + repairs: …{}…\n  questions/essay.txt: …{}…",
            around(&expected),
            around(&actual)
        );
    }
}

#[test]
fn the_original_without_repairs_differs_where_each_repair_says() {
    // Each repair changes something: dropping any one of them breaks the comparison above.
    let original = read("tests/fixtures/original-essay.txt");
    let list = repairs::parse("questions/repairs.toml", &read("questions/repairs.toml")).unwrap();
    let shipped = essay::parse("questions/essay.txt", &read("questions/essay.txt")).unwrap();
    for skip in 0..list.len() {
        let mut fewer = list.clone();
        let dropped = fewer.remove(skip);
        let repaired = repairs::apply("r", &original, &fewer).unwrap();
        let words: Vec<&str> = repaired.split_whitespace().collect();
        assert_ne!(
            words,
            shipped.words(),
            "the repair at line {} changes no word",
            dropped.line
        );
    }
}

#[test]
fn the_essay_has_its_sections_and_sensible_paragraphs() {
    let shipped = essay::parse("questions/essay.txt", &read("questions/essay.txt")).unwrap();
    let ids: Vec<&str> = shipped.sections.iter().map(|s| s.id.as_str()).collect();
    assert_eq!(ids, ["I", "II", "III", "IV", "V", "Afterword"]);
    assert_eq!(shipped.title, "This Changed Everything—Twice");
    for p in &shipped.paragraphs {
        let words = p.text.split_whitespace().count();
        assert!(
            (30..=200).contains(&words),
            "paragraph {} has {words} words",
            p.id
        );
    }
    // The text names no author, and neither does the shipped copy.
    assert!(!read("questions/essay.txt").contains("La Botz"));
}

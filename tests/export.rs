//! The student's progress as a file: export and import give back the same progress; merging
//! keeps both sides (and the later review of each claim); replacing takes the file's; and any
//! damaged, edited, foreign or oversized file gets a clear message and changes nothing.

use essay_quiz::bank::{BANK, Form};
use essay_quiz::progress::export::{
    ImportMode, MAX_IMPORT_BYTES, export, parse_import, plan, preview,
};
use essay_quiz::progress::{AnswerRecord, Confidence, Preferences, QuizRecord, Saved, Theme};
use essay_quiz::quiz::Settings;
use essay_quiz::rng::{QuizRng, Seed};
use essay_quiz::study::Study;

const DAY: u64 = 86_400_000;

fn record(finished_at: u64, claims: &[usize], seed: u32) -> QuizRecord {
    let answers = claims
        .iter()
        .enumerate()
        .map(|(i, &c)| AnswerRecord {
            claim: BANK.claims[c].id.to_string(),
            form: Form::Truth,
            correct: i % 3 != 1,
            partners: Vec::new(),
            at: finished_at - 1_000 * (claims.len() - i) as u64,
            day: (finished_at / DAY) as i32,
            confidence: [None, Some(Confidence::Guess), Some(Confidence::Sure)][i % 3],
            evidence: (i == 0).then_some(true),
            skipped: false,
        })
        .collect();
    QuizRecord::new(
        &BANK,
        Seed(seed),
        Settings::standard(&BANK),
        finished_at,
        answers,
    )
}

fn device(records: Vec<QuizRecord>) -> Saved {
    let mut saved = Saved::default();
    for r in records {
        saved.add(r);
    }
    saved.prefs = Preferences {
        theme: Theme::Dark,
        confidence: false,
        exported_at: None,
    };
    saved
}

#[test]
fn export_then_import_gives_back_the_same_progress() {
    let saved = device(vec![
        record(20_000 * DAY, &[1, 2, 3, 4], 1),
        record(20_002 * DAY, &[3, 50, 200], 2),
        record(20_009 * DAY, &[4, 5], 3),
    ]);
    let file = parse_import(&export(&saved, 20_010 * DAY), 0).unwrap();
    assert_eq!(file.records, saved.records);
    assert_eq!(file.prefs, saved.prefs);
    assert_eq!(file.exported_at, 20_010 * DAY);

    // Onto an empty device, by either mode: the same results, and so the same memory.
    for mode in [ImportMode::Merge, ImportMode::Replace] {
        let empty = Saved::default();
        let p = plan(&empty, &file, mode);
        assert_eq!(
            p.writes
                .iter()
                .filter(|(k, _)| k.starts_with("essay-quiz.result."))
                .count(),
            3
        );
        let restored = Saved::load(p.writes.clone(), 0);
        assert_eq!(restored.records, saved.records);
        assert_eq!(
            Study::from_records(&BANK, &restored.records),
            Study::from_records(&BANK, &saved.records)
        );
    }
}

#[test]
fn merging_keeps_both_sides_and_the_later_review_replacing_takes_the_file() {
    let shared = record(20_000 * DAY, &[1, 2], 1);
    let only_here = record(20_001 * DAY, &[7], 2);
    let only_there = record(20_002 * DAY, &[8], 3);
    let saved = device(vec![shared.clone(), only_here.clone()]);
    let mut elsewhere = device(vec![shared.clone(), only_there.clone()]);
    elsewhere.prefs.theme = Theme::Light;
    let file = parse_import(&export(&elsewhere, 20_003 * DAY), 0).unwrap();

    let p = preview(&saved, &file);
    assert_eq!((p.in_file, p.new, p.both, p.only_here), (2, 1, 1, 1));

    let merge = plan(&saved, &file, ImportMode::Merge);
    assert_eq!(merge.writes, vec![(only_there.key(), only_there.to_json())]);
    assert!(merge.deletes.is_empty(), "merging removes nothing");

    let replace = plan(&saved, &file, ImportMode::Replace);
    assert_eq!(replace.deletes, vec![only_here.key()]);
    assert!(replace.writes.iter().any(|(k, _)| *k == only_there.key()));
    assert!(
        replace
            .writes
            .iter()
            .any(|(k, v)| k == "essay-quiz.prefs" && v.contains("light"))
    );

    // The same quiz on both sides, answered later in the file: merging takes the later one.
    let mut later = shared.clone();
    for a in &mut later.answers {
        a.at += 5_000;
    }
    let file = parse_import(&export(&device(vec![later.clone()]), 20_004 * DAY), 0).unwrap();
    let merge = plan(&saved, &file, ImportMode::Merge);
    assert_eq!(merge.writes, vec![(later.key(), later.to_json())]);
    let file = parse_import(&export(&device(vec![shared.clone()]), 20_004 * DAY), 0).unwrap();
    assert!(
        plan(&saved, &file, ImportMode::Merge).writes.is_empty(),
        "nothing newer, nothing written"
    );
}

#[test]
fn a_bad_file_gets_a_clear_message() {
    let good = export(
        &device(vec![record(20_000 * DAY, &[1, 2, 3], 1)]),
        20_001 * DAY,
    );
    let message = |text: &str| parse_import(text, 0).unwrap_err().0;
    assert!(message("not json at all").contains("not valid JSON"));
    assert!(message("{\"app\":\"another\"}").contains("not an export of this app"));
    assert!(message(&good.replace("\"schema\":2", "\"schema\":9")).contains("newer version"));
    assert!(
        message(&good.replacen("\"correct\":true", "\"correct\":false", 1))
            .contains("checksum does not match")
    );
    let no_sum = good.rsplit_once(",\"checksum\"").unwrap().0.to_owned() + "}";
    assert!(message(&no_sum).contains("no checksum"));
    let huge = " ".repeat(MAX_IMPORT_BYTES + 1);
    assert!(message(&huge).contains("larger than 5 MB"));
}

/// Damages a file the ways copying and editing do: cut it short, drop or change a byte,
/// insert a byte, swap two bytes, or repeat a piece.
fn mutate(rng: &mut QuizRng, file: &[u8]) -> Vec<u8> {
    let mut out = file.to_vec();
    let edits = 1 + rng.index(3);
    for _ in 0..edits {
        if out.is_empty() {
            break;
        }
        let at = rng.index(out.len());
        match rng.index(6) {
            0 => out.truncate(at),
            1 => {
                out.remove(at);
            }
            2 => out[at] = b"{}[]\",:0123456789-.etrufalsn\\ \xff\x00a"[rng.index(31)],
            3 => out.insert(at, b"{}[]\",:9e-\\"[rng.index(11)]),
            4 => {
                let other = rng.index(out.len());
                out.swap(at, other);
            }
            _ => {
                let end = (at + 1 + rng.index(40)).min(out.len());
                let piece = out[at..end].to_vec();
                out.splice(at..at, piece);
            }
        }
    }
    out
}

#[test]
fn a_hundred_thousand_damaged_files_are_refused_clearly_and_none_panics() {
    let saved = device(vec![
        record(20_000 * DAY, &[1, 2, 3], 1),
        record(20_001 * DAY, &[4, 5], 2),
    ]);
    let good = export(&saved, 20_002 * DAY);
    let mut rng = QuizRng::new(Seed(2024));
    let (mut refused, mut accepted) = (0, 0);
    for _ in 0..100_000 {
        let bytes = mutate(&mut rng, good.as_bytes());
        let text = String::from_utf8_lossy(&bytes);
        match parse_import(&text, 0) {
            Err(e) => {
                assert!(
                    e.0.len() > 20 && e.0.ends_with('.'),
                    "unclear message: {:?}",
                    e.0
                );
                refused += 1;
            }
            // A change that leaves the content and checksum as they were (spaces, say).
            Ok(file) => {
                assert_eq!(file.records, saved.records);
                accepted += 1;
            }
        }
    }
    assert!(refused > 95_000, "{refused} refused, {accepted} accepted");
}

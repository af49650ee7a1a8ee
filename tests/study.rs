//! The student's memory of each claim, worked out from saved quizzes: grades by confidence,
//! one schedule change a day, due dates equal to FSRS's, mastery per paragraph and section,
//! the days in a row, calibration, and how the personal modes choose claims.

use essay_quiz::bank::{BANK, Form, SectionSet};
use essay_quiz::fsrs::{Grade, Memory};
use essay_quiz::progress::{AnswerRecord, Confidence, QuizRecord};
use essay_quiz::quiz::Settings;
use essay_quiz::rng::Seed;
use essay_quiz::study::{NEW_EVERY, Study, grade};

const DAY: u64 = 86_400_000;
/// 14 Nov 2023 (day 19675), noon UTC.
const START: u64 = 19_675 * DAY + DAY / 2;

/// One answer on a claim (by bank index), `days` after the start, `minutes` into that day.
fn ans(
    claim: usize,
    days: u64,
    minutes: u64,
    correct: bool,
    confidence: Option<Confidence>,
) -> AnswerRecord {
    let at = START + days * DAY + minutes * 60_000;
    AnswerRecord {
        claim: BANK.claims[claim].id.to_string(),
        form: Form::Choice,
        correct,
        partners: Vec::new(),
        at,
        day: (at / DAY) as i32,
        confidence,
        evidence: None,
        skipped: false,
    }
}

fn quiz(answers: Vec<AnswerRecord>) -> QuizRecord {
    let finished = answers.iter().map(|a| a.at).max().unwrap_or(START);
    QuizRecord::new(&BANK, Seed(1), Settings::standard(&BANK), finished, answers)
}

fn today(days: u64) -> i32 {
    ((START + days * DAY) / DAY) as i32
}

#[test]
fn right_answers_are_graded_by_confidence_and_wrong_ones_are_again() {
    assert_eq!(grade(false, Some(Confidence::Sure)), Grade::Again);
    assert_eq!(grade(false, None), Grade::Again);
    assert_eq!(grade(true, Some(Confidence::Guess)), Grade::Hard);
    assert_eq!(grade(true, Some(Confidence::FairlySure)), Grade::Good);
    assert_eq!(grade(true, None), Grade::Good);
    assert_eq!(grade(true, Some(Confidence::Sure)), Grade::Easy);
}

#[test]
fn confidence_moves_the_next_due_date_as_fsrs_says() {
    let due_after = |confidence| {
        let study = Study::from_records(&BANK, &[quiz(vec![ans(3, 0, 0, true, confidence)])]);
        study.claims[3].due_day - today(0)
    };
    assert_eq!(
        due_after(Some(Confidence::Guess)),
        Memory::first(Grade::Hard).interval_days()
    );
    assert_eq!(
        due_after(Some(Confidence::FairlySure)),
        Memory::first(Grade::Good).interval_days()
    );
    assert_eq!(
        due_after(Some(Confidence::Sure)),
        Memory::first(Grade::Easy).interval_days()
    );
    assert!(due_after(Some(Confidence::Guess)) < due_after(Some(Confidence::Sure)));
}

#[test]
fn only_the_first_review_of_a_day_moves_the_schedule() {
    // Right on day 0; wrong twice on day 2 (the second try at once after); right on day 5.
    let records = [
        quiz(vec![ans(10, 0, 0, true, None)]),
        quiz(vec![
            ans(10, 2, 0, false, None),
            ans(10, 2, 5, true, Some(Confidence::Sure)),
        ]),
        quiz(vec![ans(10, 5, 0, true, None)]),
    ];
    let study = Study::from_records(&BANK, &records);
    let expected = Memory::first(Grade::Good)
        .next(2.0, Grade::Again)
        .next(3.0, Grade::Good);
    let c = &study.claims[10];
    assert_eq!(c.memory, Some(expected));
    assert_eq!(c.last_day, today(5));
    assert_eq!(c.due_day, today(5) + expected.interval_days());
    // Every answer still counts.
    assert_eq!((c.right, c.wrong), (3, 1));
}

#[test]
fn an_answer_in_the_small_hours_belongs_to_the_student_s_day() {
    // 23:30 and 00:30 local time are two days, even an hour apart.
    let mut late = ans(4, 0, 0, true, None);
    late.day = 100;
    let mut early = ans(4, 0, 60, true, None);
    early.day = 101;
    let study = Study::from_records(&BANK, &[quiz(vec![late, early])]);
    assert_eq!(
        study.claims[4].memory,
        Some(Memory::first(Grade::Good).next(1.0, Grade::Good))
    );
}

#[test]
fn mastery_of_a_paragraph_and_a_section_is_the_chance_of_recall_of_its_claims() {
    let paragraph = usize::from(BANK.claims[0].paragraph);
    let in_paragraph: Vec<usize> = (0..BANK.claims.len())
        .filter(|&c| usize::from(BANK.claims[c].paragraph) == paragraph)
        .collect();
    let empty = Study::from_records(&BANK, &[]);
    assert_eq!(empty.paragraph_mastery(&BANK, paragraph, today(0)), None);
    // One of its claims learned today: the paragraph's studied claims are held (a right
    // answer does not read as weak for the claims not yet studied), and it says how many.
    let study = Study::from_records(&BANK, &[quiz(vec![ans(in_paragraph[0], 0, 0, true, None)])]);
    let m = study.paragraph_mastery(&BANK, paragraph, today(0)).unwrap();
    assert!(m > 0.8, "{m}");
    assert_eq!(
        study.studied(&BANK, paragraph, today(0)),
        (1, in_paragraph.len())
    );
    // Later it fades.
    let later = study
        .paragraph_mastery(&BANK, paragraph, today(30))
        .unwrap();
    assert!(later < m);
    // The section: its claims likewise; another section is untouched.
    let section = BANK.claim_section(&BANK.claims[0]);
    assert!(study.section_mastery(&BANK, section, today(0)).unwrap() > 0.0);
    assert_eq!(study.section_mastery(&BANK, 4, today(0)), None);
}

#[test]
fn study_days_in_a_row_count_back_from_today_or_yesterday() {
    let records = [
        quiz(vec![ans(1, 0, 0, true, None)]),
        quiz(vec![ans(2, 2, 0, true, None)]),
        quiz(vec![ans(3, 3, 0, true, None)]),
        quiz(vec![ans(4, 4, 0, true, None)]),
    ];
    let study = Study::from_records(&BANK, &records);
    assert_eq!(study.streak(today(4)), 3);
    assert_eq!(study.streak(today(5)), 3, "today is not over yet");
    assert_eq!(study.streak(today(6)), 0);
}

#[test]
fn calibration_counts_right_answers_at_each_confidence() {
    let study = Study::from_records(
        &BANK,
        &[quiz(vec![
            ans(1, 0, 0, true, Some(Confidence::Guess)),
            ans(2, 0, 1, false, Some(Confidence::Guess)),
            ans(3, 0, 2, true, Some(Confidence::Sure)),
            ans(4, 0, 3, true, None),
        ])],
    );
    let [guess, fairly, sure] = study.calibration;
    assert_eq!((guess.answered, guess.right), (2, 1));
    assert_eq!((fairly.answered, fairly.right), (0, 0));
    assert_eq!((sure.answered, sure.right), (1, 1));
}

#[test]
fn review_mistakes_takes_claims_missed_lately_and_not_put_right_since() {
    let records = [
        quiz(vec![
            ans(1, 0, 0, false, None),
            ans(2, 0, 1, false, None),
            ans(3, 0, 2, true, None),
        ]),
        quiz(vec![ans(2, 1, 0, true, None), ans(4, 1, 1, false, None)]),
    ];
    let study = Study::from_records(&BANK, &records);
    let all = SectionSet::all(&BANK);
    // 2 was put right; the latest mistake comes first.
    assert_eq!(study.mistakes(&BANK, &records, all), [4, 1]);
    let only_v = SectionSet::default().with(4, true);
    assert!(study.mistakes(&BANK, &records, only_v).is_empty());
}

#[test]
fn due_now_puts_due_claims_first_then_the_weakest_with_new_ones_mixed_in() {
    // Five claims wrong on day 0: due on day 1. Three right and sure: not due for a week.
    let mut answers: Vec<AnswerRecord> = (0..5).map(|c| ans(c, 0, c as u64, false, None)).collect();
    answers.extend((5..8).map(|c| ans(c, 0, c as u64, true, Some(Confidence::Sure))));
    let study = Study::from_records(&BANK, &[quiz(answers)]);
    let all = SectionSet::all(&BANK);
    assert_eq!(study.due(&BANK, today(1), all).len(), 5);
    let plan = study.due_plan(&BANK, today(1), all, 12, Seed(9));
    assert_eq!(plan.len(), 12);
    // Questions 4, 8 and 12 are new; the five due claims take 1-3 and 5-6; the three seen
    // but not due take 7, 9 and 10; then, with nothing left to review, new ones fill 11.
    let kinds: Vec<&str> = plan
        .iter()
        .map(|&c| match usize::from(c) {
            c if c < 5 => "due",
            c if c < 8 => "weak",
            c if !study.claims[c].is_seen() => "new",
            _ => "other",
        })
        .collect();
    assert_eq!(
        kinds,
        [
            "due", "due", "due", "new", "due", "due", "weak", "new", "weak", "weak", "new", "new"
        ]
    );
    assert_eq!(plan.iter().filter(|&&c| c >= 8).count(), 12 / NEW_EVERY + 1);
    // The new claims are drawn with the seed: another seed, others.
    let other = study.due_plan(&BANK, today(1), all, 12, Seed(10));
    assert_eq!(plan[..3], other[..3]);
    assert_ne!(plan[3], other[3]);
}

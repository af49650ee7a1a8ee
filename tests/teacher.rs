//! For teachers: results codes carry every form's answers and any name, the longest quiz too;
//! damaged, foreign and other-version codes are refused with a clear reason; a code grades to
//! the score the student saw; and a class's item analysis equals one worked out by hand.

mod answers;

use answers::{right, wrong};
use essay_quiz::bank::{BANK, Form, FormSet, SectionSet};
use essay_quiz::link;
use essay_quiz::progress::Saved;
use essay_quiz::quiz::{Body, MAX_COUNT, Mode, Response, Settings, generate};
use essay_quiz::rng::Seed;
use essay_quiz::session::{Action, Clock, Screen, State};
use essay_quiz::teacher::{CodeError, analyse, decode, encode};

fn settings(count: u8, forms: FormSet) -> Settings {
    Settings {
        count,
        forms,
        ..Settings::standard(&BANK)
    }
}

#[test]
fn a_code_carries_every_form_s_answers_and_any_name() {
    // The first seed whose 24 questions ask every form.
    let quiz = (0..)
        .map(|seed| generate(&BANK, Seed(seed), settings(24, FormSet::all())))
        .find(|quiz| {
            let forms: std::collections::BTreeSet<Form> =
                quiz.questions.iter().map(|q| q.form).collect();
            forms.len() == Form::ALL.len()
        })
        .unwrap();
    let responses: Vec<Option<Response>> = quiz
        .questions
        .iter()
        .enumerate()
        .map(|(i, q)| match i % 3 {
            0 => Some(right(q)),
            1 => Some(wrong(q)),
            _ => None,
        })
        .collect();
    for name in [
        "Ana",
        "Zoë Ørsted-Łukasiewicz",
        "محمد",
        "李小龙",
        "👩🏽‍🎓 Sam",
        "e\u{301}mile",
        "",
    ] {
        let code = encode(BANK.version, &quiz, "Week 3: Kronstadt", name, &responses);
        assert!(code.starts_with("EQ1-") && code.is_ascii(), "{code}");
        let back = decode(&BANK, &code).unwrap();
        assert_eq!(back.name, name);
        assert_eq!(back.title, "Week 3: Kronstadt");
        assert_eq!(back.quiz, quiz);
        assert_eq!(back.responses, responses);
    }
}

#[test]
fn the_longest_quiz_fits_a_message() {
    let quiz = generate(&BANK, Seed(9), settings(MAX_COUNT, FormSet::all()));
    assert_eq!(quiz.questions.len(), usize::from(MAX_COUNT));
    let responses: Vec<Option<Response>> = quiz.questions.iter().map(|q| Some(wrong(q))).collect();
    let code = encode(
        BANK.version,
        &quiz,
        &"T".repeat(80),
        &"N".repeat(60),
        &responses,
    );
    assert_eq!(decode(&BANK, &code).unwrap().responses, responses);
    assert!(code.len() < 1_000, "{} characters", code.len());
    // A usual one: 20 multiple-choice and true-or-false questions.
    let quiz = generate(
        &BANK,
        Seed(10),
        settings(
            20,
            FormSet::default()
                .with(Form::Choice, true)
                .with(Form::Truth, true),
        ),
    );
    let responses: Vec<Option<Response>> = quiz.questions.iter().map(|q| Some(right(q))).collect();
    let code = encode(
        BANK.version,
        &quiz,
        "Week 3: Kronstadt",
        "Ana Lima",
        &responses,
    );
    assert!(code.len() < 110, "{} characters: {code}", code.len());
}

#[test]
fn damaged_foreign_and_other_version_codes_are_refused() {
    let quiz = generate(&BANK, Seed(77), settings(10, FormSet::all()));
    let responses: Vec<Option<Response>> = quiz.questions.iter().map(|q| Some(right(q))).collect();
    let code = encode(BANK.version, &quiz, "Quiz", "Ana", &responses);
    // Every single character changed, dropped or doubled: caught.
    let body = &code["EQ1-".len()..];
    for i in 0..body.len() {
        let mut changed = body.to_owned();
        let c = changed.remove(i);
        let other = if c == 'A' { 'B' } else { 'A' };
        for damaged in [
            format!("EQ1-{}{other}{}", &body[..i], &body[i + 1..]),
            format!("EQ1-{changed}"),
            format!("EQ1-{}{c}{}", &body[..=i], &body[i + 1..]),
        ] {
            assert_eq!(
                decode(&BANK, &damaged),
                Err(CodeError::Damaged),
                "{damaged}"
            );
        }
    }
    assert_eq!(decode(&BANK, "hello"), Err(CodeError::NotACode));
    assert_eq!(decode(&BANK, "EQ1-"), Err(CodeError::Damaged));
    let other = encode("0badcafe", &quiz, "Quiz", "Ana", &responses);
    assert_eq!(decode(&BANK, &other), Err(CodeError::OtherBank));
    // Spaces and line breaks from a message are ignored.
    let wrapped = format!("  {}\n{}  ", &code[..30], &code[30..]);
    assert!(decode(&BANK, &wrapped.replace('\n', "")).is_ok());
    assert!(
        CodeError::Damaged
            .to_string()
            .contains("damaged in copying")
    );
}

#[test]
fn grading_a_code_gives_the_score_the_student_saw() {
    let query = link::assigned_query(&BANK, Seed(31), settings(10, FormSet::all()), "Week 3");
    let at = Clock {
        at: 1_700_000_000_000,
        day: 19_675,
    };
    let mut state = State::new(
        &BANK,
        link::parse(&BANK, &query).map_err(|e| e.to_string()),
        Saved::default(),
        at,
    )
    .apply(Action::StartShared(at));
    let mut i = 0;
    while let Screen::Playing(run) = &state.screen {
        let q = run.current().unwrap().clone();
        let r = if i % 3 == 0 { wrong(&q) } else { right(&q) };
        state = state
            .apply(Action::Answer(r, None, at))
            .apply(Action::Next(at));
        i += 1;
    }
    let Screen::Results { run, .. } = &state.screen else {
        panic!()
    };
    assert_eq!(run.title.as_deref(), Some("Week 3"));
    let code = encode(BANK.version, &run.quiz, "Week 3", "Ana", &run.responses());
    let back = decode(&BANK, &code).unwrap();
    assert_eq!(back.score(&BANK), run.score());
    assert_eq!(back.quiz, run.quiz);
}

#[test]
fn item_analysis_equals_the_hand_count() {
    // Four multiple-choice questions; three students.
    let s = Settings {
        count: 4,
        sections: SectionSet::all(&BANK),
        forms: FormSet::default().with(Form::Choice, true),
        mode: Mode::Learn,
        minutes: 0,
        background: false,
    };
    let quiz = generate(&BANK, Seed(2024), s);
    let answer = |q: usize| match &quiz.questions[q].body {
        Body::Choice { answer, .. } => *answer,
        _ => unreachable!(),
    };
    let other = |q: usize, k: usize| (answer(q) + k) % 4;
    let text = |q: usize, i: usize| match &quiz.questions[q].body {
        Body::Choice { options, .. } => options[i].text.to_string(),
        _ => unreachable!(),
    };
    // Question 1: all right. Question 2: Ana right, Ben and Cai chose the same wrong option.
    // Question 3: all wrong, two different wrong options (Ben's twice over Cai's none).
    // Question 4: Ana right, Ben wrong, Cai gave no answer.
    let answers = [
        (
            "Ana",
            [
                Some(answer(0)),
                Some(answer(1)),
                Some(other(2, 1)),
                Some(answer(3)),
            ],
        ),
        (
            "Ben",
            [
                Some(answer(0)),
                Some(other(1, 2)),
                Some(other(2, 2)),
                Some(other(3, 1)),
            ],
        ),
        ("Cai", [Some(answer(0)), Some(other(1, 2)), None, None]),
    ];
    let codes: Vec<String> = answers
        .iter()
        .map(|(name, picks)| {
            let responses: Vec<Option<Response>> =
                picks.iter().map(|p| p.map(Response::Choice)).collect();
            encode(BANK.version, &quiz, "Week 1", name, &responses)
        })
        .collect();
    let pasted = format!("{}\n\n  {}\nnot-a-code\n{}", codes[0], codes[1], codes[2]);
    let (classes, bad) = analyse(&BANK, &pasted);
    assert_eq!(bad.len(), 1);
    assert_eq!(bad[0].number, 3);
    assert_eq!(bad[0].error, CodeError::NotACode);
    assert_eq!(classes.len(), 1);
    let class = &classes[0];
    let scores: Vec<(&str, usize)> = class
        .students
        .iter()
        .map(|s| (s.name.as_str(), s.score))
        .collect();
    assert_eq!(scores, [("Ana", 3), ("Ben", 1), ("Cai", 1)]);
    // Worst first: question 3 (0 of 3), then 2 and 4 (1 of 3, in quiz order), then 1 (3 of 3).
    /// (question index, right, wrong answers with their counts)
    type Row = (usize, usize, Vec<(String, usize)>);
    let items: Vec<Row> = class
        .items
        .iter()
        .map(|i| (i.index, i.right, i.wrong.clone()))
        .collect();
    assert_eq!(
        items,
        [
            (
                2,
                0,
                vec![
                    (text(2, other(2, 1)), 1),
                    (text(2, other(2, 2)), 1),
                    ("(no answer)".to_owned(), 1)
                ]
            ),
            (1, 1, vec![(text(1, other(1, 2)), 2)]),
            (
                3,
                1,
                vec![(text(3, other(3, 1)), 1), ("(no answer)".to_owned(), 1)]
            ),
            (0, 3, vec![]),
        ]
    );
    assert_eq!(class.items[1].percent(), 33);
}

#[test]
fn a_class_flags_repeats_copies_and_nameless_codes_and_names_bad_ones_by_line_and_student() {
    let quiz = generate(
        &BANK,
        Seed(77),
        settings(3, FormSet::default().with(Form::Choice, true)),
    );
    let pick = |q: usize| match &quiz.questions[q].body {
        Body::Choice { answer, .. } => Some(Response::Choice(*answer)),
        _ => unreachable!(),
    };
    let all_right: Vec<Option<Response>> = (0..3).map(pick).collect();
    let ana = encode(BANK.version, &quiz, "Week 2", "Ana", &all_right);
    let ben = encode(BANK.version, &quiz, "Week 2", "Ben", &all_right);
    let nameless = encode(BANK.version, &quiz, "Week 2", "", &[None, None, None]);
    // Cai's code, damaged in its last characters: its name can still be read.
    let mut cai = encode(BANK.version, &quiz, "Week 2", "Cai", &[None, None, None]);
    cai.truncate(cai.len() - 3);
    cai.push_str("AAA");
    let pasted = format!("{ana}\n{ben}\n{ana}\n\n{nameless}\n{cai}\n");
    let (classes, bad) = analyse(&BANK, &pasted);
    let students = &classes[0].students;
    assert_eq!(students.len(), 3, "Ana's code pasted twice counts once");
    assert_eq!(students[0].flag, None);
    assert_eq!(students[1].flag.as_deref(), Some("the same answers as Ana"));
    assert_eq!(students[2].flag.as_deref(), Some("no name given"));
    let named: Vec<(usize, Option<&str>, String)> = bad
        .iter()
        .map(|b| (b.line, b.name.as_deref(), b.error.to_string()))
        .collect();
    assert_eq!(
        named,
        [
            (
                3,
                Some("Ana"),
                "it is the same code as on line 1, so it counts once".to_owned()
            ),
            (6, Some("Cai"), CodeError::Damaged.to_string()),
        ]
    );
}

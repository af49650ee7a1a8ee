//! Quiz generation, over many seeds and settings: every question is well formed, and the same
//! seed always gives the same quiz.

use std::collections::HashSet;

use essay_quiz::bank::{BANK, Form, FormSet, SectionSet, View};
use essay_quiz::link;
use essay_quiz::quiz::{
    Body, Question, Quiz, Response, Settings, available, evidence_step, generate,
};
use essay_quiz::rng::Seed;
use essay_quiz::text::same_option;
use serde_json::json;

const SEEDS: u32 = 1_000;

fn settings(count: u8, sections: SectionSet, forms: FormSet) -> Settings {
    Settings {
        count,
        sections,
        forms,
        ..Settings::standard(&BANK)
    }
}

/// Every settings worth trying: the whole bank, each form alone, each section alone.
fn all_settings() -> Vec<Settings> {
    let everything = Settings::standard(&BANK);
    let mut list = vec![
        everything,
        Settings {
            count: 20,
            ..everything
        },
    ];
    for form in Form::ALL {
        list.push(settings(
            10,
            SectionSet::all(&BANK),
            FormSet::default().with(form, true),
        ));
    }
    for s in 0..BANK.sections.len() {
        list.push(settings(
            10,
            SectionSet::default().with(s, true),
            FormSet::all(),
        ));
    }
    list
}

/// Checks one question; returns what is wrong, if anything.
fn check(q: &Question) -> Result<(), String> {
    let claim = &BANK.claims[usize::from(q.claim)];
    match &q.body {
        Body::Choice {
            options, answer, ..
        } => {
            let right: Vec<usize> = (0..options.len())
                .filter(|&i| q.is_right(&BANK, &Response::Choice(i)))
                .collect();
            if right != [*answer] {
                return Err(format!("right options {right:?}, answer {answer}"));
            }
            if options.len() != 4 {
                return Err(format!("{} options", options.len()));
            }
            for (i, a) in options.iter().enumerate() {
                for b in &options[i + 1..] {
                    if same_option(&a.text, &b.text) {
                        return Err(format!(
                            "options “{}” and “{}” read the same",
                            a.text, b.text
                        ));
                    }
                }
            }
            let expected = match q.form {
                Form::Choice => claim.choice.as_ref().map(|c| c.answer.to_string()),
                Form::Number => None,
                _ => return Err("a choice body for another form".into()),
            };
            if let Some(expected) = expected {
                if options[*answer].text != expected {
                    return Err(format!(
                        "the right option is “{}”, the claim's answer “{expected}”",
                        options[*answer].text
                    ));
                }
            }
        }
        Body::Truth {
            statement,
            correction,
        } => {
            let truth = claim.truth.as_ref().ok_or("no truth")?;
            let _ = truth;
            let is_true = *statement == claim.says;
            if is_true != correction.is_none() {
                return Err("a true statement with a correction, or a false one without".into());
            }
            if !q.is_right(&BANK, &Response::Truth(is_true))
                || q.is_right(&BANK, &Response::Truth(!is_true))
            {
                return Err("grading disagrees with the statement".into());
            }
        }
        Body::Blank { .. } => {
            let blank = claim.blank.as_ref().ok_or("no blank")?;
            for a in blank.answers {
                if !q.is_right(&BANK, &Response::Text(a.to_uppercase())) {
                    return Err(format!("accepted answer “{a}” refused"));
                }
            }
            for miss in blank.near_misses {
                if q.is_right(&BANK, &Response::Text(miss.to_string())) {
                    return Err(format!("near miss “{miss}” accepted"));
                }
            }
        }
        Body::Order { items } => {
            if !(3..=5).contains(&items.len())
                || items.iter().collect::<HashSet<_>>().len() != items.len()
            {
                return Err(format!("order of {} items", items.len()));
            }
            let events: Vec<_> = items
                .iter()
                .map(|&c| BANK.claims[usize::from(c)].event.as_ref().unwrap())
                .collect();
            for (i, a) in events.iter().enumerate() {
                for b in &events[i + 1..] {
                    if !a.is_ordered_with(b) {
                        return Err(format!(
                            "“{}” and “{}” have no definite order",
                            a.what, b.what
                        ));
                    }
                }
            }
            let right = q.right_order(&BANK);
            if !q.is_right(&BANK, &Response::Order(right.clone())) {
                return Err("the right order is refused".into());
            }
            if q.is_right(&BANK, &Response::Order(items.clone())) {
                return Err("shown already in order".into());
            }
            let mut swapped = right.clone();
            swapped.swap(0, 1);
            if q.is_right(&BANK, &Response::Order(swapped)) {
                return Err("a wrong order is accepted".into());
            }
        }
        Body::Match { rows, names } => {
            let whos: Vec<&str> = rows
                .iter()
                .map(|&r| {
                    BANK.claims[usize::from(r)]
                        .attribution
                        .as_ref()
                        .unwrap()
                        .who
                        .as_str()
                })
                .collect();
            if rows.len() != 3 || whos.iter().collect::<HashSet<_>>().len() != 3 {
                return Err(format!("match rows {whos:?}"));
            }
            if names.iter().collect::<HashSet<_>>().len() != names.len()
                || !whos.iter().all(|w| names.contains(w))
            {
                return Err(format!("names {names:?} for {whos:?}"));
            }
            let right: Vec<usize> = whos
                .iter()
                .map(|w| names.iter().position(|n| n == w).unwrap())
                .collect();
            if !q.is_right(&BANK, &Response::Match(right.clone())) {
                return Err("the right matching is refused".into());
            }
            let mut wrong = right.clone();
            wrong.swap(0, 1);
            if q.is_right(&BANK, &Response::Match(wrong)) {
                return Err("a wrong matching is accepted".into());
            }
        }
        Body::Stance { statement } => {
            let stance = claim.stance.as_ref().ok_or("no stance")?;
            if *statement != stance.statement {
                return Err("the statement is not the claim's".into());
            }
            let right: Vec<usize> = (0..3)
                .filter(|&i| q.is_right(&BANK, &Response::Choice(i)))
                .collect();
            if right.len() != 1 {
                return Err(format!("right views {right:?}"));
            }
        }
        Body::Evidence { sentences, answer } => {
            if sentences.len() != 4 || !sentences.is_sorted() {
                return Err(format!("sentences {sentences:?}"));
            }
            if sentences.windows(2).any(|w| w[0] == w[1]) {
                return Err("a sentence repeats".into());
            }
            if sentences[*answer] != BANK.key_ref(claim) {
                return Err("the answer is not the key sentence".into());
            }
            if sentences.iter().enumerate().any(|(i, &(p, s))| {
                i != *answer && p == claim.paragraph && claim.sentences.contains(&s)
            }) {
                return Err("another sentence of the evidence is offered".into());
            }
            if !sentences.contains(&claim.decoys[0]) {
                return Err("the best decoy is not offered".into());
            }
            let right: Vec<usize> = (0..sentences.len())
                .filter(|&i| q.is_right(&BANK, &Response::Choice(i)))
                .collect();
            if right != [*answer] {
                return Err(format!("right options {right:?}"));
            }
            let span = &BANK.claim_paragraph(claim).sentences[usize::from(claim.key_sentence)];
            if span.start >= claim.evidence.end || claim.evidence.start >= span.end {
                return Err("the key sentence does not hold the evidence".into());
            }
        }
    }
    Ok(())
}

#[test]
fn every_question_over_many_seeds_is_well_formed() {
    for s in all_settings() {
        let can = available(&BANK, s);
        for seed in 0..SEEDS {
            let quiz = generate(&BANK, Seed(seed.wrapping_mul(2_654_435_761)), s);
            let wanted = usize::from(s.count);
            assert_eq!(quiz.questions.len(), wanted.min(can), "seed {seed}, {s:?}");
            assert_eq!(quiz.shortfall.is_some(), can < wanted, "seed {seed}, {s:?}");
            let claims: HashSet<u16> = quiz.questions.iter().map(|q| q.claim).collect();
            assert_eq!(
                claims.len(),
                quiz.questions.len(),
                "a claim repeats: seed {seed}"
            );
            for q in &quiz.questions {
                assert!(s.forms.contains(q.form), "form {:?} not chosen", q.form);
                assert!(
                    s.sections
                        .contains(BANK.claim_section(&BANK.claims[usize::from(q.claim)]))
                );
                if let Err(why) = check(q) {
                    panic!(
                        "seed {seed}, claim {}, {:?}: {why}",
                        BANK.claims[usize::from(q.claim)].id,
                        q.form
                    );
                }
            }
        }
    }
}

#[test]
fn every_form_of_every_claim_appears() {
    // Over enough seeds, each claim is asked in each of its forms: nothing in the bank is dead.
    let mut seen: HashSet<(u16, Form)> = HashSet::new();
    for form in Form::ALL {
        let s = settings(
            50,
            SectionSet::all(&BANK),
            FormSet::default().with(form, true),
        );
        for seed in 0..200 {
            seen.extend(
                generate(&BANK, Seed(seed), s)
                    .questions
                    .iter()
                    .map(|q| (q.claim, q.form)),
            );
        }
    }
    for (i, claim) in BANK.claims.iter().enumerate() {
        for form in BANK.claim_forms(claim).iter() {
            assert!(
                seen.contains(&(i as u16, form)),
                "{} is never asked as {form:?}",
                claim.id
            );
        }
    }
}

#[test]
fn the_same_seed_gives_the_same_quiz_and_others_differ() {
    let s = Settings::standard(&BANK);
    let a = generate(&BANK, Seed(12_345), s);
    assert_eq!(a, generate(&BANK, Seed(12_345), s));
    assert_ne!(a.questions, generate(&BANK, Seed(12_346), s).questions);
}

#[test]
fn a_shortfall_says_how_many_there_were() {
    let afterword = BANK.section_index("Afterword").unwrap();
    let s = settings(
        20,
        SectionSet::default().with(afterword, true),
        FormSet::all(),
    );
    let quiz = generate(&BANK, Seed(1), s);
    let short = quiz
        .shortfall
        .expect("the Afterword has fewer than 20 claims");
    assert_eq!(short.available, quiz.questions.len());
    assert_eq!(short.wanted, 20);
}

/// A quiz written out in full, with its answers, for the recorded fixtures. The browser tests
/// read the same files: the wasm build must draw the very same quiz, and they answer from them.
fn render(quiz: &Quiz) -> serde_json::Value {
    let questions: Vec<serde_json::Value> = quiz
        .questions
        .iter()
        .enumerate()
        .map(|(index, q)| {
            let claim = &BANK.claims[usize::from(q.claim)];
            let what = |c: u16| {
                BANK.claims[usize::from(c)]
                    .event
                    .as_ref()
                    .unwrap()
                    .what
                    .as_str()
            };
            let mut v = json!({
                "form": q.form.code(),
                "claim": claim.id.as_str(),
                "prompt": q.prompt(),
                "evidence": BANK.evidence(claim),
                "paragraph": BANK.claim_paragraph(claim).id.as_str(),
            });
            // The evidence step a right answer offers (never after the evidence form itself).
            if let Some(Body::Evidence { sentences, answer }) = evidence_step(&BANK, quiz, index)
                .filter(|_| q.form != Form::Evidence)
                .map(|s| s.body)
            {
                v["step"] = json!({
                    "statement": claim.says.as_str(),
                    "options": sentences.iter().map(|&s| BANK.sentence(s)).collect::<Vec<_>>(),
                    "answer": answer,
                });
            }
            match &q.body {
                Body::Choice {
                    options, answer, ..
                } => {
                    v["options"] = json!(
                        options
                            .iter()
                            .map(|o| o.text.to_string())
                            .collect::<Vec<_>>()
                    );
                    v["answer"] = json!(answer);
                }
                Body::Truth {
                    statement,
                    correction,
                } => {
                    v["statement"] = json!(statement);
                    v["answer"] = json!(correction.is_none());
                }
                Body::Blank { text } => {
                    v["text"] = json!(text);
                    v["answer"] = json!(claim.blank.as_ref().unwrap().answers[0].as_str());
                }
                Body::Order { items } => {
                    v["items"] = json!(items.iter().map(|&c| what(c)).collect::<Vec<_>>());
                    v["answer"] = json!(
                        q.right_order(&BANK)
                            .iter()
                            .map(|&c| what(c))
                            .collect::<Vec<_>>()
                    );
                }
                Body::Stance { statement } => {
                    v["statement"] = json!(statement);
                    v["options"] = json!(View::ALL.map(View::label));
                    v["answer"] = json!(
                        View::ALL
                            .iter()
                            .position(|&w| Some(w) == claim.stance.as_ref().map(|s| s.view))
                    );
                }
                Body::Evidence { sentences, answer } => {
                    v["statement"] = json!(claim.says.as_str());
                    v["options"] = json!(
                        sentences
                            .iter()
                            .map(|&s| BANK.sentence(s))
                            .collect::<Vec<_>>()
                    );
                    v["answer"] = json!(answer);
                }
                Body::Match { rows, names } => {
                    let attribution =
                        |r: u16| BANK.claims[usize::from(r)].attribution.as_ref().unwrap();
                    v["rows"] = json!(
                        rows.iter()
                            .map(|&r| attribution(r).what.as_str())
                            .collect::<Vec<_>>()
                    );
                    v["names"] = json!(names);
                    v["answer"] = json!(
                        rows.iter()
                            .map(|&r| attribution(r).who.as_str())
                            .collect::<Vec<_>>()
                    );
                }
            }
            v
        })
        .collect();
    json!({
        "bank": BANK.version,
        "seed": quiz.seed.to_string(),
        "query": link::quiz_query(&BANK, quiz),
        "questions": questions,
    })
}

/// The recorded quizzes: (name, seed, count, forms).
const RECORDED: [(&str, &str, u8, &[Form]); 12] = [
    ("mixed", "demo1", 10, &Form::ALL),
    ("long", "k3x9a2", 20, &Form::ALL),
    (
        "choice",
        "mouse1",
        5,
        &[Form::Choice, Form::Truth, Form::Number],
    ),
    ("every-form", "1xe", 12, &Form::ALL),
    ("form-mc", "each1", 2, &[Form::Choice]),
    ("form-tf", "each2", 2, &[Form::Truth]),
    ("form-blank", "each3", 2, &[Form::Blank]),
    ("form-num", "each4", 2, &[Form::Number]),
    ("form-order", "each5", 2, &[Form::Order]),
    ("form-who", "each6", 2, &[Form::Match]),
    ("form-stance", "each7", 2, &[Form::Stance]),
    ("form-evidence", "each8", 2, &[Form::Evidence]),
];

#[test]
fn recorded_seeds_give_the_recorded_quizzes() {
    // Any change to generation or to the bank changes these files: review the diff, then
    // rewrite them with UPDATE_FIXTURES=1 cargo test --test generation.
    for (name, seed, count, forms) in RECORDED {
        let s = Settings {
            count,
            forms: forms.iter().copied().collect(),
            ..Settings::standard(&BANK)
        };
        let quiz = generate(&BANK, seed.parse().unwrap(), s);
        let text = serde_json::to_string_pretty(&render(&quiz)).unwrap() + "\n";
        let path = format!(
            "{}/tests/fixtures/quiz-{name}.json",
            env!("CARGO_MANIFEST_DIR")
        );
        if std::env::var_os("UPDATE_FIXTURES").is_some() {
            std::fs::write(&path, &text).unwrap();
        }
        let recorded = std::fs::read_to_string(&path).unwrap_or_default();
        assert!(
            recorded == text,
            "the quiz for seed {seed} changed; see {path} (UPDATE_FIXTURES=1 rewrites it)\n{text}"
        );
    }
}

//! The end of a quiz: the score, whether it is saved, what to review, and what next.

use std::rc::Rc;

use essay_quiz::bank::BANK;
use essay_quiz::link;
use essay_quiz::progress::QuizRecord;
use essay_quiz::quiz::Body;
use essay_quiz::session::{Action, Run, SaveState};
use essay_quiz::teacher;
use yew::prelude::*;

use super::quote::quote;
use crate::ui::browser;
use crate::ui::focus::use_focus_on_mount;

#[derive(Properties, PartialEq)]
pub struct ResultsProps {
    pub run: Rc<Run>,
    pub record: Rc<QuizRecord>,
    pub save: SaveState,
    /// The student's name, for an assigned quiz's results code.
    pub name: AttrValue,
    /// Opened again from the history, not just finished.
    #[prop_or_default]
    pub past: bool,
    pub on_action: Callback<Action>,
}

#[derive(Properties, PartialEq)]
struct CodeProps {
    run: Rc<Run>,
    title: AttrValue,
    name: AttrValue,
    on_action: Callback<Action>,
}

/// For an assigned quiz: the student's name and the results code to send the teacher.
#[function_component(ResultsCode)]
fn results_code(props: &CodeProps) -> Html {
    let copied = use_state(|| None::<bool>);
    let run = &props.run;
    let code = teacher::encode(
        BANK.version,
        &run.quiz,
        &props.title,
        props.name.trim(),
        &run.responses(),
    );
    let name = props.on_action.reform(|e: InputEvent| {
        Action::SetName(
            e.target_dyn_into::<web_sys::HtmlInputElement>()
                .map(|i| i.value())
                .unwrap_or_default(),
        )
    });
    let copy = {
        let copied = copied.clone();
        let code = code.clone();
        Callback::from(move |_: MouseEvent| {
            let copied = copied.clone();
            browser::copy(&code, Callback::from(move |ok| copied.set(Some(ok))));
        })
    };
    html! {
        <div class="card results-code" data-testid="results-code">
            <h2>{ "Send your results to your teacher" }</h2>
            <label for="student-name" class="field-label">{ "Your name" }</label>
            <input id="student-name" class="field" type="text" value={props.name.clone()} oninput={name}
                autocomplete="name" maxlength={teacher::MAX_NAME.to_string()} />
            if props.name.trim().is_empty() {
                <p class="muted" role="status" data-testid="code-needs-name">{ "Give your name, and your results code appears here: your teacher sees it beside your answers." }</p>
            } else {
                <label for="code" class="field-label">{ "Your results code: copy it into a message or a form for your teacher" }</label>
                <textarea id="code" class="field code" readonly=true rows="3" value={code.clone()} data-testid="code" />
                <div class="actions">
                    <button type="button" class="primary" onclick={copy}>{ "Copy results code" }</button>
                    <span class="muted" role="status">
                        { match *copied { Some(true) => "Code copied.", Some(false) => "Copying was blocked: select the code and copy it.", None => "" } }
                    </span>
                </div>
                <p class="muted">{ format!("{} characters. It holds the quiz, your name and your answers, nothing else; nothing leaves this device unless you send it. It stays with this result in your history.", code.len()) }</p>
            }
        </div>
    }
}

#[function_component(Results)]
pub fn results(props: &ResultsProps) -> Html {
    let heading = use_focus_on_mount(true);
    let copied = use_state(|| None::<bool>);
    let run = &props.run;
    let score = run.score();
    let total = run.quiz.questions.len();
    let percent = (score * 100).checked_div(total).unwrap_or(0);
    let share = browser::url_with(&link::quiz_query(&BANK, &run.quiz));

    let copy = {
        let copied = copied.clone();
        let share = share.clone();
        Callback::from(move |_: MouseEvent| {
            let copied = copied.clone();
            browser::copy(&share, Callback::from(move |ok| copied.set(Some(ok))));
        })
    };
    let new_quiz = props
        .on_action
        .reform(|_: MouseEvent| Action::Start(browser::fresh_seed(), browser::clock()));
    let home = props.on_action.reform(|_: MouseEvent| Action::Home);
    let retry = props.on_action.reform(|_: MouseEvent| Action::RetrySave);

    let save_status = match &props.save {
        _ if props.past => html! {
            <p class="muted">{ format!("Taken on {}.", browser::short_date(props.record.finished_at)) }</p>
        },
        SaveState::Pending => html! { <p class="muted" role="status">{ "Saving…" }</p> },
        SaveState::Saved => {
            html! { <p class="saved" role="status">{ "Saved on this device." }</p> }
        }
        SaveState::Failed(why) => html! {
            <div class="warn" role="alert">
                <p>{ why }{ " Keep this page open and try again, or note your score." }</p>
                <button type="button" class="secondary" onclick={retry}>{ "Try saving again" }</button>
            </div>
        },
        SaveState::Outdated => html! {
            <p class="warn" role="alert">
                { "A newer version of this app has saved results on this device, so this older page will not save over them. Reload the page, then take the quiz again to keep a record." }
            </p>
        },
    };

    // An exam had no feedback: every answer is reviewed here. Otherwise the missed ones.
    let exam = !run.quiz.settings.mode.has_feedback();
    let missed: Vec<_> = run
        .quiz
        .questions
        .iter()
        .zip(&run.outcomes)
        .filter(|(_, o)| exam || !o.correct)
        .collect();
    let skipped = run.outcomes.iter().filter(|o| o.skipped).count();

    html! {
        <section class="results" aria-labelledby="results-title">
            <h1 id="results-title" tabindex="-1" ref={heading} data-testid="score">
                { format!("You scored {score} of {total}") }
            </h1>
            <p class="percent">{ format!("{percent}%") }</p>
            if let (found, tried @ 1..) = run.steps_score() {
                <p data-testid="evidence-score">{ format!("Evidence found: {found} of {tried}") }</p>
            }
            { save_status }
            if skipped > 0 {
                <p class="warn" data-testid="time-up">{ format!("Time ran out with {skipped} question{} unanswered; they count as wrong.", if skipped == 1 { "" } else { "s" }) }</p>
            }
            if let Some(short) = run.quiz.shortfall {
                <p class="muted">{ format!("You asked for {} questions; these sections and forms had {}.", short.wanted, short.available) }</p>
            }
            if let Some(title) = &run.title {
                <ResultsCode run={run.clone()} title={AttrValue::from(title.clone())} name={props.name.clone()} on_action={props.on_action.clone()} />
            }
            <div class="actions">
                <button type="button" class="primary" onclick={new_quiz}>{ "New quiz" }</button>
                <button type="button" class="secondary" onclick={home}>{ "Start page" }</button>
            </div>
            <div class="card share">
                <label for="share-link">{ "Share this quiz: the same questions in the same order" }</label>
                <div class="share-row">
                    <input id="share-link" class="field" type="text" readonly=true value={share} />
                    <button type="button" class="secondary" onclick={copy}>{ "Copy link" }</button>
                </div>
                <p class="muted" role="status">
                    { match *copied { Some(true) => "Link copied.", Some(false) => "Copying was blocked: select the link and copy it.", None => "" } }
                </p>
            </div>
            <h2>{ if exam { "Every answer" } else if missed.is_empty() { "Every answer right" } else { "To review" } }</h2>
            if missed.is_empty() {
                <p>{ "Nothing to review from this quiz." }</p>
            } else {
                <ol class="review">
                    { for missed.iter().map(|(q, o)| html! {
                        <li class={classes!("card", if o.correct { "right" } else { "wrong" })}>
                            if exam {
                                <p class="verdict-small" data-testid="exam-verdict">{ if o.correct { "Right" } else if o.skipped { "Not answered" } else { "Wrong" } }</p>
                            }
                            <p class="review-prompt">{ q.prompt() }</p>
                            if let Some(statement) = q.statement(&BANK) {
                                <blockquote class="statement">{ statement }</blockquote>
                            } else if let Body::Blank { text } = &q.body {
                                <blockquote class="statement">{ *text }</blockquote>
                            }
                            <p><span class="muted">{ "You answered: " }</span>{ q.response_text(&BANK, &o.response) }</p>
                            <p><span class="muted">{ "Right answer: " }</span><strong>{ q.answer_text(&BANK) }</strong></p>
                            { quote(q.claim, None, &props.on_action) }
                        </li>
                    }) }
                </ol>
            }
        </section>
    }
}

/// A result from the history that cannot be drawn again (an earlier version of the questions,
/// or saved before results kept their answers): its score, and what each question asked about.
pub fn past_summary(record: &QuizRecord, on_action: &Callback<Action>) -> Html {
    let home = on_action.reform(|_: MouseEvent| Action::Home);
    html! {
        <section class="results" aria-labelledby="results-title">
            <h1 id="results-title" tabindex="-1" data-testid="score">{ format!("You scored {} of {}", record.score, record.total()) }</h1>
            if let Some(title) = &record.title {
                <p class="kicker">{ title.clone() }</p>
            }
            <p class="muted">{ format!("Taken on {}. Its questions came from an earlier version of the bank, so they cannot be shown again; here is what each asked about.", browser::short_date(record.finished_at)) }</p>
            <ol class="review">
                { for record.answers.iter().map(|a| html! {
                    <li class={classes!("card", if a.correct { "right" } else { "wrong" })}>
                        <p class="verdict-small">{ if a.correct { "Right" } else { "Wrong" } }</p>
                        <p>{ BANK.claim_index(&a.claim).map_or("A claim no longer in the questions.", |i| BANK.claims[i].says.as_str()) }</p>
                    </li>
                }) }
            </ol>
            <div class="actions"><button type="button" class="secondary" onclick={home}>{ "Start page" }</button></div>
        </section>
    }
}

//! The student's saved results: last, best, and the most recent quizzes.

use essay_quiz::bank::BANK;
use essay_quiz::progress::{QuizRecord, Saved};
use essay_quiz::session::Action;
use yew::prelude::*;

use crate::ui::browser::short_date;

/// How many recent quizzes are listed.
const RECENT: usize = 5;

pub struct HistoryProps<'a> {
    pub saved: &'a Saved,
    /// Whether this browser lets the page store anything.
    pub storage_ok: bool,
    /// Opens a result.
    pub on_action: &'a Callback<Action>,
}

/// "the whole essay", "section II" or "sections I, III": as the record names them, so records
/// from an older bank read right too.
fn sections(ids: &[String]) -> String {
    let all = BANK
        .sections
        .iter()
        .all(|s| ids.iter().any(|id| s.id == id.as_str()));
    match ids {
        _ if all => "the whole essay".to_owned(),
        [one] => format!("section {one}"),
        _ => format!("sections {}", ids.join(", ")),
    }
}

fn score(r: &QuizRecord) -> String {
    format!("{} of {}", r.score, r.total())
}

pub fn history(props: &HistoryProps<'_>) -> Html {
    let saved = &props.saved;
    let summary = saved.summary();
    html! {
        <section class="card history" aria-labelledby="history-title">
            <h2 id="history-title">{ "Your results" }</h2>
            if let (Some(last), Some(best)) = (summary.last, summary.best) {
                <dl class="stats">
                    <div><dt>{ "Last" }</dt><dd data-testid="last-score">{ score(last) }</dd></div>
                    <div><dt>{ "Best" }</dt><dd data-testid="best-score">{ score(best) }</dd></div>
                    <div><dt>{ "Quizzes" }</dt><dd data-testid="quiz-count">{ summary.count }</dd></div>
                </dl>
                <ol class="recent" aria-label="Recent quizzes">
                    { for saved.records.iter().rev().take(RECENT).map(|r| {
                        let key = r.key();
                        let open = props.on_action.reform(move |_: MouseEvent| Action::OpenResult(key.clone()));
                        let what = match &r.title {
                            Some(title) => format!("{title} · {} questions", r.total()),
                            None => format!("{} questions · {}", r.total(), sections(&r.sections)),
                        };
                        html! {
                            <li>
                                <button type="button" class="recent-item" onclick={open}>
                                    <span class="when">{ short_date(r.finished_at) }</span>
                                    <span class="what">{ what }</span>
                                    <span class="score">{ score(r) }</span>
                                </button>
                            </li>
                        }
                    }) }
                </ol>
            } else {
                <p class="muted">{ "No quizzes yet. Each quiz you finish is saved on this device." }</p>
            }
            if !props.storage_ok {
                <p class="warn" role="alert">
                    { "This browser is not letting the page save anything (private browsing or blocked site data). You can take quizzes, but results will not be kept." }
                </p>
            }
            if !saved.unreadable.is_empty() {
                <p class="warn">
                    { format!("{} saved result(s) could not be read. They are kept on this device unchanged.", saved.unreadable.len()) }
                </p>
            }
            if saved.outdated {
                <p class="warn">
                    { "A newer version of this app has saved results here. Reload the page to see them; until then this version will not save." }
                </p>
            }
        </section>
    }
}

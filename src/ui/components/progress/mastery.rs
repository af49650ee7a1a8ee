//! The mastery map: the essay's sections as rows and their paragraphs as cells, each coloured by
//! how well its claims are held today; a cell opens its paragraph in the Read view. The same
//! figures stand beside it as a table.

use essay_quiz::bank::BANK;
use essay_quiz::session::{Action, Reading};
use essay_quiz::study::Study;
use yew::prelude::*;

use super::super::section_name;

/// The four shades of the map, from not yet studied to well held.
fn level(mastery: Option<f32>) -> (&'static str, &'static str) {
    match mastery {
        None => ("level-0", "not studied yet"),
        Some(m) if m < 0.5 => ("level-1", "weak"),
        Some(m) if m < 0.8 => ("level-2", "learning"),
        Some(_) => ("level-3", "well held"),
    }
}

fn described(mastery: Option<f32>) -> String {
    let (_, word) = level(mastery);
    match mastery {
        Some(m) => format!("{word}, {}%", (m * 100.0).round() as u32),
        None => word.to_owned(),
    }
}

pub struct MasteryProps<'a> {
    pub study: &'a Study,
    pub today: i32,
    pub on_action: &'a Callback<Action>,
}

pub fn mastery_map(props: &MasteryProps<'_>) -> Html {
    let study = props.study;
    html! {
        <div class="card mastery" data-testid="mastery">
            <h2 id="mastery-title">{ "How well you hold the essay" }</h2>
            <p class="muted">{ "Each square is a paragraph; open one to read it." }</p>
            <div class="map" role="list" aria-labelledby="mastery-title">
                { for BANK.sections.iter().enumerate().map(|(s, section)| html! {
                    <div class="map-row" role="listitem">
                        <span class="map-label">{ section.id.as_str() }</span>
                        <span class="map-cells">
                            { for section.paragraphs.clone().map(|p| {
                                let paragraph = &BANK.paragraphs[usize::from(p)];
                                let mastery = study.paragraph_mastery(&BANK, usize::from(p), props.today);
                                let (seen, of) = study.studied(&BANK, usize::from(p), props.today);
                                let (class, _) = level(mastery);
                                let number = paragraph.id.rsplit('.').next().unwrap_or_default();
                                let open = props.on_action.reform(move |_: MouseEvent| Action::Read(Some(Reading {
                                    section: s,
                                    claim: None,
                                    paragraph: Some(p),
                                })));
                                html! {
                                    <button type="button" class={classes!("cell", class)} onclick={open}
                                        data-paragraph={paragraph.id.as_str()}
                                        aria-label={format!("{}, paragraph {number}: {} ({seen} of {of} claims studied)", section_name(&section.id), described(mastery))}>
                                        { number }
                                    </button>
                                }
                            }) }
                        </span>
                    </div>
                }) }
            </div>
            <ul class="legend" aria-hidden="true">
                { for [None, Some(0.3), Some(0.6), Some(0.9)].iter().map(|&m| {
                    let (class, word) = level(m);
                    html! { <li><span class={classes!("swatch", class)}></span>{ word }</li> }
                }) }
            </ul>
            <details>
                <summary>{ "By section, as a table" }</summary>
                <table>
                    <thead><tr><th scope="col">{ "Section" }</th><th scope="col">{ "Held" }</th></tr></thead>
                    <tbody>
                        { for BANK.sections.iter().enumerate().map(|(s, section)| html! {
                            <tr>
                                <td>{ section_name(&section.id) }</td>
                                <td>{ described(study.section_mastery(&BANK, s, props.today)) }</td>
                            </tr>
                        }) }
                    </tbody>
                </table>
            </details>
        </div>
    }
}

//! The Read view: the essay a section at a time, with a claim's evidence highlighted.

use essay_quiz::bank::BANK;
use essay_quiz::session::{Action, Reading};
use yew::prelude::*;

use super::section_name;

#[derive(Properties, PartialEq)]
pub struct ReaderProps {
    pub reading: Reading,
    /// Opened from a quiz in progress: the way back says so.
    pub from_quiz: bool,
    pub on_action: Callback<Action>,
}

#[function_component(Reader)]
pub fn reader(props: &ReaderProps) -> Html {
    let target = use_node_ref();
    {
        // Bring the highlighted passage into the middle of the view, or the paragraph (or the
        // section's heading) to its top, clear of the sticky header (scroll-margin); and focus
        // it, so screen readers start there.
        let target = target.clone();
        use_effect_with(props.reading, move |reading| {
            if let Some(el) = target.cast::<web_sys::HtmlElement>() {
                let options = web_sys::ScrollIntoViewOptions::new();
                options.set_block(if reading.claim.is_some() {
                    web_sys::ScrollLogicalPosition::Center
                } else {
                    web_sys::ScrollLogicalPosition::Start
                });
                el.scroll_into_view_with_scroll_into_view_options(&options);
                let _ = el.focus();
            }
        });
    }
    let Reading {
        section,
        claim,
        paragraph: open_at,
    } = props.reading;
    let Some(current) = BANK.sections.get(section) else {
        return Html::default();
    };
    let highlight = claim
        .map(|c| &BANK.claims[usize::from(c)])
        .filter(|c| BANK.claim_section(c) == section);
    // Back to the screen the essay was opened from, as the browser's Back would.
    let close = {
        let on_action = props.on_action.clone();
        Callback::from(move |_: MouseEvent| {
            if !crate::ui::browser::back_if_ours() {
                on_action.emit(Action::Read(None));
            }
        })
    };
    let go = |s: usize| {
        props.on_action.reform(move |_: MouseEvent| {
            Action::Read(Some(Reading {
                section: s,
                claim: None,
                paragraph: None,
            }))
        })
    };

    html! {
        <section class="reader" aria-labelledby="reader-title">
            <div class="reader-head">
                <h1 id="reader-title">{ BANK.title.as_str() }</h1>
                <button type="button" class="secondary" onclick={close}>
                    { if props.from_quiz { "Back to the quiz" } else { "Close" } }
                </button>
            </div>
            <nav aria-label="Sections">
                <ul class="tabs">
                    { for BANK.sections.iter().enumerate().map(|(i, s)| html! {
                        <li>
                            <button type="button" class="tab" aria-current={(i == section).then_some("true")} onclick={go(i)}>
                                { s.id.as_str() }
                            </button>
                        </li>
                    }) }
                </ul>
            </nav>
            <article class="essay">
                <h2 tabindex="-1" ref={if highlight.is_none() && open_at.is_none() { target.clone() } else { NodeRef::default() }}>
                    { section_name(&current.id) }
                </h2>
                { for current.paragraphs.clone().map(|p| {
                    let paragraph = &BANK.paragraphs[usize::from(p)];
                    let marked = highlight.filter(|c| c.paragraph == p);
                    html! {
                        <p id={format!("p-{}", paragraph.id)} data-paragraph={paragraph.id.as_str()}
                            tabindex={(open_at == Some(p)).then_some("-1")}
                            class={classes!((open_at == Some(p)).then_some("opened"))}
                            ref={if open_at == Some(p) && highlight.is_none() { target.clone() } else { NodeRef::default() }}>
                            <span class="pid" aria-hidden="true">{ paragraph.id.as_str() }</span>
                            if let Some(c) = marked {
                                { &paragraph.text[..usize::from(c.evidence.start)] }
                                <mark tabindex="-1" ref={target.clone()}>{ &paragraph.text[usize::from(c.evidence.start)..usize::from(c.evidence.end)] }</mark>
                                { &paragraph.text[usize::from(c.evidence.end)..] }
                            } else {
                                { paragraph.text }
                            }
                        </p>
                    }
                }) }
            </article>
            <nav class="actions" aria-label="More sections">
                if section > 0 {
                    <button type="button" class="secondary" onclick={go(section - 1)}>
                        { format!("← {}", section_name(&BANK.sections[section - 1].id)) }
                    </button>
                }
                if section + 1 < BANK.sections.len() {
                    <button type="button" class="secondary" onclick={go(section + 1)}>
                        { format!("{} →", section_name(&BANK.sections[section + 1].id)) }
                    </button>
                }
            </nav>
        </section>
    }
}

//! The student's data: whether the browser keeps it, export, import with a preview, reset with
//! a confirmation.

use essay_quiz::progress::export::{self, ImportMode};
use essay_quiz::session::data::DataAction;
use essay_quiz::session::{Action, ImportState};
use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::ProgressData;
use crate::ui::browser;
use crate::ui::components::reveal::Reveal;
use crate::ui::storage;

pub struct DataProps<'a> {
    pub state: &'a ProgressData,
    pub on_action: &'a Callback<Action>,
}

pub fn data_card(props: &DataProps<'_>) -> Html {
    let p = props.state;
    let data = &p.data;
    let on_action = props.on_action;
    let export = {
        let on_action = on_action.clone();
        Callback::from(move |_: MouseEvent| {
            let text = export::export(&storage::load(), browser::now());
            let name = format!(
                "essay-quiz-progress-{}.json",
                browser::iso_date(browser::now())
            );
            if browser::download(&name, &text) {
                on_action.emit(Action::Data(DataAction::Exported(browser::clock())));
            }
        })
    };
    let choose_file = {
        let on_action = on_action.clone();
        Callback::from(move |e: Event| {
            let Some(input) = e.target_dyn_into::<HtmlInputElement>() else {
                return;
            };
            if let Some(file) = input.files().and_then(|f| f.get(0)) {
                let on_action = on_action.clone();
                browser::read_file(
                    file,
                    export::MAX_IMPORT_BYTES,
                    Callback::from(move |text| {
                        on_action.emit(Action::Data(DataAction::ImportRead(
                            text,
                            browser::offset(),
                        )));
                    }),
                );
            }
            // Choosing the same file again reads it again.
            input.set_value("");
        })
    };
    let act = |a: DataAction| {
        let a = a.clone();
        on_action.reform(move |_: MouseEvent| Action::Data(a.clone()))
    };
    let persisted = match data.persisted {
        Some(true) => {
            "Your browser has promised to keep this data even when the device runs low on space."
        }
        Some(false) => {
            "Your browser may clear this data if the device runs low on space: export it now and then."
        }
        None => "",
    };

    html! {
        <div class="card data" data-testid="data">
            <h2>{ "Your data" }</h2>
            <p>{ "Your results stay on this device, in this browser. Export them to keep a copy, or to move them to another device." }</p>
            if !persisted.is_empty() {
                <p class="muted" data-testid="persisted">{ persisted }</p>
            }
            if p.remind_export {
                <p class="notice" role="status" data-testid="export-reminder">
                    { "You have made progress since your last export, over a week ago. Export it to keep it safe." }
                </p>
            }
            <div class="actions">
                <button type="button" class="secondary" onclick={export}>{ "Export progress" }</button>
                <label class="secondary file-button">
                    { "Import progress…" }
                    <input type="file" accept=".json,application/json" class="sr-only" onchange={choose_file} disabled={!p.can_save} />
                </label>
                <button type="button" class="secondary danger" onclick={act(DataAction::ResetAsk)}>{ "Reset…" }</button>
            </div>
            if let Some(message) = &data.message {
                <p class="message" role="status" data-testid="data-message">{ message }</p>
            }
            if let Some(ImportState::Checked { file, preview }) = &data.import {
                <Reveal class="import-preview" label="What the import would change" testid="import-preview">
                    <h3>{ "Import this file?" }</h3>
                    <ul>
                        <li>{ format!("{} results in the file, exported {}.", preview.in_file, browser::short_date(file.exported_at)) }</li>
                        <li>{ format!("{} of them are new to this device; {} are here already.", preview.new, preview.both) }</li>
                        <li>{ format!("{} results are only on this device: replacing removes them, merging keeps them.", preview.only_here) }</li>
                    </ul>
                    <div class="actions">
                        <button type="button" class="primary" onclick={act(DataAction::ImportChoose(ImportMode::Merge))}>{ "Merge with this device" }</button>
                        <button type="button" class="secondary" onclick={act(DataAction::ImportChoose(ImportMode::Replace))}>{ "Replace this device's data" }</button>
                        <button type="button" class="secondary" onclick={act(DataAction::ImportCancel)}>{ "Cancel" }</button>
                    </div>
                </Reveal>
            }
            if data.confirm_reset {
                <div class="warn" role="alertdialog" aria-labelledby="reset-title" data-testid="reset-confirm">
                    <p id="reset-title"><strong>{ format!("Delete all {} results and your settings from this device?", p.records.len()) }</strong></p>
                    <p>{ "This cannot be undone. Export first if you may want them back." }</p>
                    <div class="actions">
                        <button type="button" class="secondary danger" onclick={act(DataAction::ResetConfirm)}>{ "Delete everything" }</button>
                        <button type="button" class="secondary" onclick={act(DataAction::ResetCancel)}>{ "Keep my data" }</button>
                    </div>
                </div>
            }
        </div>
    }
}

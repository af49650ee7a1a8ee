//! The student's data on the progress screen: export, import with a preview, reset with a
//! confirmation. The reducer only decides; the root component's effects read the file and
//! write storage, and report back.

use super::{Clock, State};
use crate::progress::Saved;
use crate::progress::export::{self, ImportFile, ImportMode, Plan, Preview};
use crate::study::Study;

#[derive(Clone, Debug, Default, PartialEq)]
pub struct DataPanel {
    pub import: Option<ImportState>,
    /// "Reset" was pressed once: it asks again before it deletes.
    pub confirm_reset: bool,
    /// The reset was confirmed and waits for the effect that deletes.
    pub reset_pending: bool,
    /// What the last action did, or why it could not.
    pub message: Option<String>,
    /// Whether the browser promised to keep this site's data (`None`: not yet known).
    pub persisted: Option<bool>,
}

#[derive(Clone, Debug, PartialEq)]
pub enum ImportState {
    /// Read and checked: what it would change.
    Checked { file: ImportFile, preview: Preview },
    /// The student chose; the writes wait for the effect.
    Applying(Plan),
}

#[derive(Clone, Debug, PartialEq)]
pub enum DataAction {
    /// The progress file was downloaded at this time.
    Exported(Clock),
    /// A file was chosen and read (or could not be): its text, and the time-zone offset.
    ImportRead(Result<String, String>, i32),
    ImportChoose(ImportMode),
    ImportCancel,
    /// Storage was written by an import or a reset: what it holds now, or why it failed.
    Stored(Result<Saved, String>),
    ResetAsk,
    ResetCancel,
    ResetConfirm,
    Persisted(bool),
}

impl State {
    pub(super) fn apply_data(&mut self, action: DataAction) {
        let data = &mut self.data;
        match action {
            DataAction::Exported(clock) => {
                self.set_prefs(|p| p.exported_at = Some(clock.at));
                self.data.message = Some("Exported: keep the file somewhere safe.".to_owned());
            }
            DataAction::ImportRead(text, offset) => {
                data.confirm_reset = false;
                match text.and_then(|t| export::parse_import(&t, offset).map_err(|e| e.0)) {
                    Ok(file) => {
                        let preview = export::preview(&self.saved, &file);
                        data.import = Some(ImportState::Checked { file, preview });
                        data.message = None;
                    }
                    Err(why) => {
                        data.import = None;
                        data.message = Some(why);
                    }
                }
            }
            DataAction::ImportChoose(mode) => {
                if let Some(ImportState::Checked { file, .. }) = &data.import {
                    data.import =
                        Some(ImportState::Applying(export::plan(&self.saved, file, mode)));
                }
            }
            DataAction::ImportCancel => data.import = None,
            DataAction::Stored(result) => {
                let was_reset = data.reset_pending;
                data.import = None;
                data.reset_pending = false;
                data.confirm_reset = false;
                match result {
                    Ok(saved) => {
                        data.message = Some(if was_reset {
                            "Reset: this device holds no results now.".to_owned()
                        } else {
                            format!(
                                "Imported: {} results on this device now.",
                                saved.records.len()
                            )
                        });
                        self.study = Study::from_records(self.bank, &saved.records);
                        self.saved = saved;
                    }
                    Err(why) => data.message = Some(why),
                }
            }
            DataAction::ResetAsk => {
                data.confirm_reset = true;
                data.import = None;
            }
            DataAction::ResetCancel => data.confirm_reset = false,
            DataAction::ResetConfirm => {
                if data.confirm_reset {
                    data.reset_pending = true;
                }
            }
            DataAction::Persisted(granted) => data.persisted = Some(granted),
        }
    }

    /// The import waiting to be written, if any.
    pub fn pending_import(&self) -> Option<&Plan> {
        match &self.data.import {
            Some(ImportState::Applying(plan)) => Some(plan),
            _ => None,
        }
    }
}

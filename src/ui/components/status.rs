//! The line under the top bar: no server, or a new version waiting.

use yew::prelude::*;

pub struct StatusProps {
    pub unreachable: bool,
    pub update_ready: bool,
    /// A quiz is under way: the update waits until it is over.
    pub mid_quiz: bool,
    pub on_update: Callback<()>,
}

pub fn status(props: &StatusProps) -> Html {
    let update = props.on_update.reform(|_: MouseEvent| ());
    html! {
        <div aria-live="polite">
            if props.unreachable {
                <div class="status" data-testid="offline">
                    <div class="wrap">
                        <span>
                            <strong>{ "Offline." }</strong>
                            { " The server can't be reached. Everything still works, and your results are still saved on this device." }
                        </span>
                    </div>
                </div>
            }
            if props.update_ready {
                <div class="status update" data-testid="update">
                    <div class="wrap">
                        if props.mid_quiz {
                            <span>{ "A new version of the app is ready. It will be offered when this quiz is over." }</span>
                        } else {
                            <span>{ "A new version of the app is ready." }</span>
                            <button type="button" class="primary" onclick={update}>{ "Reload to update" }</button>
                        }
                    </div>
                </div>
            }
        </div>
    }
}

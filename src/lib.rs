//! The quiz's core: the essay and its claims, quiz generation and grading, links, the progress
//! model and the app's state. Nothing here touches the browser, so `cargo test` runs it natively.

pub mod bank;
pub mod fsrs;
pub mod json;
pub mod link;
pub mod order;
pub mod progress;
pub mod quiz;
#[cfg(not(target_arch = "wasm32"))]
pub mod review;
pub mod rng;
pub mod session;
#[cfg(not(target_arch = "wasm32"))]
pub mod source;
pub mod study;
pub mod teacher;
pub mod text;

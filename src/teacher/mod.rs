//! For teachers, without accounts or a server: a quiz assigned by link (a title, fixed settings,
//! the same questions for everyone), results codes the students send back, and a class's
//! results read from them.

pub mod analysis;
pub mod code;

pub use analysis::{BadCode, Class, Item, Student, analyse};
pub use code::{CodeError, Submission, decode, encode};

/// The longest title an assigned quiz may have, in characters.
pub const MAX_TITLE: usize = 80;
/// The longest name a student may give, in characters.
pub const MAX_NAME: usize = 60;

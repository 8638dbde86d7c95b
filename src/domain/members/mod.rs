//! The people of the union: members and groups, their movements, the committees, the roster at a date, the
//! composition, the vocabulary of choices, and rosters read from and written to spreadsheets.
pub mod choices;
pub mod committee;
pub mod composition;
pub mod member;
pub mod movement;
pub mod roster;
pub mod sheet;

//! Sổ Công đoàn: the records of a Vietnamese grassroots trade union, kept offline in the browser.
pub mod consolidator;
pub mod domain;
pub mod i18n;
pub mod office;
pub mod store;

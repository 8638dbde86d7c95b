//! Leptos components: thin views over the book; every change goes through the session to a domain command.
pub mod about;
pub mod activities;
pub mod app;
pub mod consolidation;
pub mod crypto;
pub mod data;
pub mod durability;
pub mod finance;
pub mod home;
pub mod members;
pub mod office;
pub mod reports;
pub mod route;
pub mod session;
pub mod timing;
pub mod union;
pub mod widgets;

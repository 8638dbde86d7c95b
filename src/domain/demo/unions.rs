//! The unions a commune or ward union oversees, generated for the consolidation's tests and bench: each shaped
//! like the demo union, with its activities and its money (2023 to November 2026), of its own size and name.

use super::{activities, finance, generate};
use crate::domain::book::{Book, UnionInfo};
use crate::domain::union::UnionHistory;
use std::sync::Arc;

/// The superior union the generated unions name.
pub const COMMUNE: &str = "Công đoàn phường Hòa An";

/// The `index`th union of the commune (from 0), with `members` on its roster.
pub fn commune_union(index: usize, members: usize) -> Book {
    let mut book = generate(members, members * 19 / 45);
    let info = UnionInfo {
        name: format!("Công đoàn cơ sở Trường học số {}", index + 1),
        superior: COMMUNE.into(),
        ..book.union.current().clone()
    };
    book.union = UnionHistory::new(info);
    book.activities = Arc::new(activities::activities(&book));
    finance::fill(&mut book, 0xC0DE_0000 + index as u64);
    book
}

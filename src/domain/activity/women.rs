//! The women's committee's view (Ban Nữ công): women on the roster, their titles, the committee's events.

use super::measures::population;
use super::titles::TitleKind;
use crate::domain::book::Book;
use crate::domain::members::member::{Gender, Member};
use crate::domain::share::Share;
use crate::domain::Id;
use std::collections::HashSet;

/// The women's committee's year: women on the roster at the year's reference date, and how many of them
/// hold "Giỏi việc nước, đảm việc nhà" and any title.
#[derive(Clone, Debug, PartialEq)]
pub struct WomenYear {
    pub year: i32,
    /// Women on the roster on 31 December (`target::population`).
    pub women: usize,
    /// `None` while no title of the year is recorded.
    pub good_at_work_and_home: Option<Share>,
    pub with_a_title: Option<Share>,
    pub events: usize,
}

pub fn women_by_year(book: &Book, years: &[i32]) -> Vec<WomenYear> {
    years
        .iter()
        .map(|&year| {
            let women: Vec<&Member> = population(book, year, true);
            let recorded = book.activities.titles.iter().any(|t| t.year == year);
            let holders = |kind: Option<TitleKind>| {
                let held: HashSet<Id> = book
                    .activities
                    .titles
                    .iter()
                    .filter(|t| t.year == year && kind.is_none_or(|k| t.kind.counts_as(k)))
                    .flat_map(|t| t.members.iter().copied())
                    .collect();
                let count = women.iter().filter(|m| held.contains(&m.id)).count();
                recorded.then_some(Share { count, of: women.len() })
            };
            WomenYear {
                year,
                women: women.len(),
                good_at_work_and_home: holders(Some(TitleKind::GoodAtWorkAndHome)),
                with_a_title: holders(None),
                events: book.activities.events.iter().filter(|e| e.women_committee && e.in_year(year)).count(),
            }
        })
        .collect()
}

/// Whether a member is a woman: the women's view lists their titles.
pub fn is_woman(book: &Book, id: Id) -> bool {
    book.anyone(id).is_some_and(|m| m.gender == Gender::Female)
}

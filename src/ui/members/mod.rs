//! Members: the roster, the member form, union groups and the trash.
pub mod committees;
pub mod composition;
pub mod exemptions;
pub mod form;
pub mod groups;
pub mod list;
pub mod movements;
pub mod sheet;
pub mod trash;

use crate::domain::book::Book;
use crate::domain::Id;

/// The name of a member's group as shown, empty when the member has none.
pub fn group_name(book: &Book, group: Option<Id>) -> String {
    group.and_then(|g| book.group(g)).map(|g| g.name.clone()).unwrap_or_default()
}

//! A book without its members' personal data, for the superior union: no CCCD or passport, day and month of birth,
//! phone, email, hometown, religion or notes (the member's, and those on periods without dues). And the rule that keeps a full book whole when such a file
//! replaces it.

use crate::domain::book::Book;
use crate::domain::members::member::Member;
use crate::domain::Id;
use chrono::{Datelike, NaiveDate};
use std::collections::HashMap;
use std::sync::Arc;

/// The same book with every member's personal fields left out (in the trash too). A date of birth keeps its
/// year, as 1 January: an age counted by year, as the report's age bands do at the end of a year, is the
/// same, and no rule of the member form (joined the union after birth, nothing in the future) can break.
pub fn without_personal(book: &Book) -> Book {
    let mut book = book.clone();
    let members = book.members.iter_mut().chain(book.trash.iter_mut().map(|t| &mut t.member));
    for member in members {
        let m = Arc::make_mut(member);
        m.birth_date = m.birth_date.and_then(|d| NaiveDate::from_ymd_opt(d.year(), 1, 1));
        for field in [
            &mut m.citizen_id,
            &mut m.passport,
            &mut m.phone,
            &mut m.email,
            &mut m.hometown,
            &mut m.religion,
            &mut m.notes,
        ] {
            field.clear();
        }
        // The periods without dues stay (the dues owed depend on them); what was written about them does not.
        m.exemptions.iter_mut().for_each(|e| e.note.clear());
    }
    book
}

/// How a file without personal data meets the book it replaces: members of the file also in the book
/// (by id, in either's trash or not), who keep their personal fields, and the others, who come without.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Matching {
    pub kept: usize,
    pub without: usize,
}

fn members(book: &Book) -> impl Iterator<Item = &Arc<Member>> {
    book.members.iter().chain(book.trash.iter().map(|t| &t.member))
}

pub fn matching(file: &Book, kept: &Book) -> Matching {
    let ids: std::collections::HashSet<Id> = members(kept).map(|m| m.id).collect();
    let kept = members(file).filter(|m| ids.contains(&m.id)).count();
    Matching { kept, without: members(file).count() - kept }
}

/// The book of a file without personal data, with the personal fields of each member the kept book also
/// has (same id) taken back from it: an import never wipes what the file did not carry. The date of birth
/// comes back when it is of the year the file says (or the file has none) and the member's other dates
/// stay after it.
pub fn keep_personal(mut file: Book, kept: &Book) -> Book {
    let by_id: HashMap<Id, &Member> = members(kept).map(|m| (m.id, m.as_ref())).collect();
    let members = file.members.iter_mut().chain(file.trash.iter_mut().map(|t| &mut t.member));
    for member in members {
        let Some(old) = by_id.get(&member.id) else { continue };
        let m = Arc::make_mut(member);
        m.citizen_id.clone_from(&old.citizen_id);
        m.passport.clone_from(&old.passport);
        m.phone.clone_from(&old.phone);
        m.email.clone_from(&old.email);
        m.hometown.clone_from(&old.hometown);
        m.religion.clone_from(&old.religion);
        m.notes.clone_from(&old.notes);
        for exemption in &mut m.exemptions {
            if let Some(same) = old.exemptions.iter().find(|e| e.id == exemption.id) {
                exemption.note.clone_from(&same.note);
            }
        }
        if let Some(birth) = old.birth_date {
            let same_year = m.birth_date.is_none_or(|d| d.year() == birth.year());
            let after = |d: Option<NaiveDate>| d.is_none_or(|d| d > birth);
            if same_year && after(m.joined_union) && after(m.party_since) {
                m.birth_date = Some(birth);
            }
        }
    }
    file
}

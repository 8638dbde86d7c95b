//! The roster as the members page shows it: Vietnamese order, search that ignores diacritics, filters.
//! Built once per change of the book, so that a keystroke only scans prepared strings.

use crate::domain::members::member::{Gender, Member};
use crate::domain::text;
use crate::domain::Id;
use chrono::NaiveDate;
use std::sync::Arc;

#[derive(Clone, Debug, Default)]
pub struct Roster {
    rows: Vec<Row>,
}

#[derive(Clone, Debug)]
struct Row {
    key: text::NameKey,
    folded: String,
    current: bool,
    member: Arc<Member>,
}

/// Which members to show: a search text, whether on the roster on the day, and the group and gender.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct RosterFilter {
    pub query: String,
    pub status: Status,
    pub group: GroupFilter,
    pub gender: Option<Gender>,
}

#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub enum Status {
    /// On the roster on the day the roster was built for.
    #[default]
    Current,
    /// In the book, but moved out, retired, deceased or left.
    Former,
    All,
}

#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub enum GroupFilter {
    #[default]
    All,
    Group(Id),
    NoGroup,
}

impl Roster {
    /// The members in Vietnamese order, with whether each is on the roster on `date`.
    pub fn new(members: &[Arc<Member>], date: NaiveDate) -> Self {
        let mut rows: Vec<Row> = members
            .iter()
            .map(|m| Row {
                key: text::name_key(&m.full_name),
                folded: searchable(m),
                current: m.on_roster(date),
                member: m.clone(),
            })
            .collect();
        rows.sort_by(|a, b| a.key.cmp(&b.key).then_with(|| a.member.birth_date.cmp(&b.member.birth_date)));
        Roster { rows }
    }

    /// How many are on the roster on the day.
    pub fn current(&self) -> usize {
        self.rows.iter().filter(|r| r.current).count()
    }

    /// The members that pass the filter, in order.
    pub fn select(&self, filter: &RosterFilter) -> Vec<Arc<Member>> {
        let words: Vec<String> = text::fold(&filter.query).split_whitespace().map(str::to_string).collect();
        self.rows
            .iter()
            .filter(|row| {
                let m = &row.member;
                let status_ok = match filter.status {
                    Status::Current => row.current,
                    Status::Former => !row.current,
                    Status::All => true,
                };
                let group_ok = match filter.group {
                    GroupFilter::All => true,
                    GroupFilter::Group(id) => m.group_id == Some(id),
                    GroupFilter::NoGroup => m.group_id.is_none(),
                };
                status_ok
                    && group_ok
                    && filter.gender.is_none_or(|g| m.gender == g)
                    && words.iter().all(|w| row.folded.contains(w.as_str()))
            })
            .map(|row| row.member.clone())
            .collect()
    }
}

/// What a search looks in: the name, the card number, the phone and the job title, folded.
fn searchable(m: &Member) -> String {
    text::fold(&format!("{} {} {} {}", m.full_name, m.card_number, m.phone, m.job_title))
}

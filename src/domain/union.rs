//! Who the union was, over time: its name, its superior union and its term change (on 01/07/2025 most
//! superiors did, and every term was realigned to 2025–2030), so they are dated history and each report or
//! printed document names those that held on its own date.

use crate::domain::book::{Book, BookError, UnionDraft, UnionField, UnionInfo, UnionProblem};
use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

/// The union's details as they stood from a date until the next entry.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(from = "EntryOnFile", into = "EntryOnFile")]
pub struct UnionEntry {
    pub from: NaiveDate,
    pub info: UnionInfo,
}

/// An entry as the file writes it: its date beside the details, flat.
#[derive(Serialize, Deserialize)]
struct EntryOnFile {
    from: NaiveDate,
    name: String,
    superior: String,
    term_start: NaiveDate,
    term_end: NaiveDate,
}

impl From<EntryOnFile> for UnionEntry {
    fn from(e: EntryOnFile) -> Self {
        let info = UnionInfo { name: e.name, superior: e.superior, term_start: e.term_start, term_end: e.term_end };
        UnionEntry { from: e.from, info }
    }
}

impl From<UnionEntry> for EntryOnFile {
    fn from(e: UnionEntry) -> Self {
        let UnionInfo { name, superior, term_start, term_end } = e.info;
        EntryOnFile { from: e.from, name, superior, term_start, term_end }
    }
}

/// The entries in date order; there is always a current one, so a union always has a name.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(try_from = "HistoryOnFile")]
pub struct UnionHistory {
    earlier: Vec<UnionEntry>,
    current: UnionEntry,
}

/// The union as files and stored books of every schema write it: before schema 5 a book had one set of
/// details, which becomes the only entry, from its term's start. Read here rather than in a file migration,
/// because a stored book's records are read by these types whatever schema wrote them.
#[derive(Deserialize)]
struct HistoryOnFile {
    history: Option<Vec<UnionEntry>>,
    name: Option<String>,
    superior: Option<String>,
    term_start: Option<NaiveDate>,
    term_end: Option<NaiveDate>,
}

impl TryFrom<HistoryOnFile> for UnionHistory {
    type Error = String;

    fn try_from(file: HistoryOnFile) -> Result<Self, String> {
        // Worded as serde words it, so that the file's reader names the field that is missing.
        let missing = |field: &str| format!("missing field `{field}`");
        let mut entries = match file.history {
            Some(entries) => entries,
            None => {
                let info = UnionInfo {
                    name: file.name.ok_or_else(|| missing("name"))?,
                    superior: file.superior.ok_or_else(|| missing("superior"))?,
                    term_start: file.term_start.ok_or_else(|| missing("term_start"))?,
                    term_end: file.term_end.ok_or_else(|| missing("term_end"))?,
                };
                vec![UnionEntry { from: info.term_start, info }]
            }
        };
        entries.sort_by_key(|e| e.from);
        let current = entries.pop().ok_or_else(|| missing("history"))?;
        Ok(UnionHistory { earlier: entries, current })
    }
}

impl Serialize for UnionHistory {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        #[derive(Serialize)]
        struct Written<'a> {
            history: Vec<&'a UnionEntry>,
        }
        Written { history: self.entries().collect() }.serialize(serializer)
    }
}

impl UnionHistory {
    /// A union known from the start of its term.
    pub fn new(info: UnionInfo) -> Self {
        UnionHistory { earlier: Vec::new(), current: UnionEntry { from: info.term_start, info } }
    }

    /// The details in force now: the latest entry.
    pub fn current(&self) -> &UnionInfo {
        &self.current.info
    }

    /// The details that held on a date; before the first entry, the first entry's (the oldest known).
    pub fn on(&self, date: NaiveDate) -> &UnionInfo {
        &self.entries().rev().find(|e| e.from <= date).or(self.earlier.first()).unwrap_or(&self.current).info
    }

    /// The details first known: the oldest entry, whose term is the earliest the book covers.
    pub fn first(&self) -> &UnionInfo {
        &self.earlier.first().unwrap_or(&self.current).info
    }

    /// Every entry, oldest first.
    pub fn entries(&self) -> impl DoubleEndedIterator<Item = &UnionEntry> {
        self.earlier.iter().chain(std::iter::once(&self.current))
    }

    /// Corrects the latest entry: the details were wrong, not changed.
    pub fn correct(&mut self, info: UnionInfo) {
        self.current.info = info;
    }

    /// Records that the details changed from a date: a new entry, in date order; one already from that
    /// date is replaced.
    pub fn record(&mut self, from: NaiveDate, info: UnionInfo) {
        let mut entries: Vec<UnionEntry> = self.entries().filter(|e| e.from != from).cloned().collect();
        let at = entries.partition_point(|e| e.from < from);
        entries.insert(at, UnionEntry { from, info });
        if let Some(current) = entries.pop() {
            *self = UnionHistory { earlier: entries, current };
        }
    }
}

impl Book {
    /// Corrects the union's current details (they were wrong, not changed).
    pub fn set_union(&mut self, draft: &UnionDraft, today: NaiveDate) -> Result<(), BookError> {
        self.union.correct(draft.validate(today)?);
        Ok(())
    }

    /// Records that the union's details changed from a date (`since`, as typed): a new name, superior or
    /// term; earlier reports keep naming the details of their own dates.
    pub fn change_union(&mut self, draft: &UnionDraft, since: &str, today: NaiveDate) -> Result<(), BookError> {
        let from = crate::domain::text::parse_date(since, today.year());
        let info = draft.validate(today);
        let problem = match since.trim() {
            "" => Some(UnionProblem::Required),
            _ => from.is_none().then_some(UnionProblem::NotADate),
        };
        match (info, from, problem) {
            (Ok(info), Some(from), None) => {
                self.union.record(from, info);
                Ok(())
            }
            (info, _, problem) => {
                let mut errors = match info {
                    Err(BookError::Union(errors)) => errors,
                    _ => Vec::new(),
                };
                errors.extend(problem.map(|p| (UnionField::Since, p)));
                Err(BookError::Union(errors))
            }
        }
    }
}

//! What changed and how to go back: each change to the book is named (for backups and the undo button),
//! and the session keeps the books before and after so any change can be undone and redone.

use crate::domain::book::Book;
use serde::{Deserialize, Serialize};

/// A change to the book, named by its kind and what it touched; the words come from the translation table.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", content = "subject", rename_all = "snake_case")]
pub enum Change {
    CreateBook(String),
    LoadDemo,
    EditUnion,
    AddGroup(String),
    RenameGroup(String),
    RemoveGroup(String),
    AddMember(String),
    EditMember(String),
    DeleteMember(String),
    RestoreMember(String),
    PurgeMember(String),
    RecordMovement(String),
    RemoveMovement(String),
    Appoint(String),
    RemoveAppointment(String),
    EditSettings,
    EditReport(String),
    Finance(crate::domain::finance::FinanceChange),
    Import(String),
    /// Another copy of the book merged into this one: the file's name.
    Merge(String),
    /// The union ended, or its ended book reopened.
    EndUnion,
    ReopenUnion,
    ImportRoster(String),
    RestoreBackup(u64),
    /// An activity record added or changed: its kind, and what it names (a member, a title, a year).
    SaveRecord(Record, String),
    RemoveRecord(Record, String),
    /// A year's titles of one kind set from a ticked list: "Lao động tiên tiến 2024".
    SetTitles(String),
    /// The handover of the book on a date, recorded or changed; removed; the new term started from it.
    Handover(String),
    RemoveHandover(String),
    StartTerm(String),
    Undo(Box<Change>),
    Redo(Box<Change>),
}

impl Change {
    /// A change that deletes a record: the page says what went, with undo on the spot.
    pub fn removes(&self) -> bool {
        use crate::domain::finance::FinanceChange as F;
        matches!(
            self,
            Change::RemoveGroup(_)
                | Change::DeleteMember(_)
                | Change::PurgeMember(_)
                | Change::RemoveMovement(_)
                | Change::RemoveAppointment(_)
                | Change::RemoveRecord(..)
                | Change::RemoveHandover(_)
                | Change::Finance(F::VoidVoucher(_) | F::RemoveFund(_) | F::RemoveCategory(_) | F::RemoveExemption(_))
        )
    }
}

/// The kinds of activity record, to name a change.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Record {
    Welfare,
    Event,
    Title,
    Initiative,
    Target,
}

/// Undo and redo stacks of whole books; cheap because a book shares its records between copies.
#[derive(Clone, Debug, Default)]
pub struct History {
    undo: Vec<(Book, Change)>,
    redo: Vec<(Book, Change)>,
}

/// How many steps back a session can go.
const DEPTH: usize = 100;

impl History {
    /// Records that `change` turned `before` into the current book.
    pub fn record(&mut self, before: Book, change: Change) {
        self.undo.push((before, change));
        if self.undo.len() > DEPTH {
            self.undo.remove(0);
        }
        self.redo.clear();
    }

    /// The book before the last change, with that change; `current` becomes redoable.
    pub fn undo(&mut self, current: Book) -> Option<(Book, Change)> {
        let (before, change) = self.undo.pop()?;
        self.redo.push((current, change.clone()));
        Some((before, change))
    }

    pub fn redo(&mut self, current: Book) -> Option<(Book, Change)> {
        let (after, change) = self.redo.pop()?;
        self.undo.push((current, change.clone()));
        Some((after, change))
    }

    pub fn next_undo(&self) -> Option<&Change> {
        self.undo.last().map(|(_, c)| c)
    }

    pub fn next_redo(&self) -> Option<&Change> {
        self.redo.last().map(|(_, c)| c)
    }

    pub fn clear(&mut self) {
        self.undo.clear();
        self.redo.clear();
    }
}

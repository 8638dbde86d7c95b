//! Movements (biến động) as dated events. Whether a person is on the roster on a date follows from them;
//! there is no status field that could disagree.

use crate::domain::text;
use crate::domain::Id;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MovementKind {
    /// Kết nạp: newly admitted.
    Admitted,
    /// Tiếp nhận: received by transfer, from another union.
    TransferredIn,
    /// Chuyển đi: transferred to another union.
    TransferredOut,
    /// Nghỉ chế độ, nghỉ hưu.
    Retired,
    /// Từ trần.
    Deceased,
    /// Ra khỏi tổ chức.
    Left,
    /// Trở thành đoàn viên danh dự: moved to a post outside the union (Trade Union Law 2024).
    Honorary,
    /// Khai trừ: expelled, as after twelve months of unpaid dues without reason (QĐ 5130).
    Expelled,
    /// Chấm dứt khi công đoàn kết thúc hoạt động: the union itself ended.
    UnionEnded,
    /// Chuyển cả tổ sang công đoàn khác: moved with the whole group to another union.
    MovedWithGroup,
}

impl MovementKind {
    pub const ALL: [MovementKind; 10] = [
        MovementKind::Admitted,
        MovementKind::TransferredIn,
        MovementKind::TransferredOut,
        MovementKind::Retired,
        MovementKind::Deceased,
        MovementKind::Left,
        MovementKind::Honorary,
        MovementKind::Expelled,
        MovementKind::UnionEnded,
        MovementKind::MovedWithGroup,
    ];

    /// True for the movements that put a person on the roster.
    pub fn joins(self) -> bool {
        matches!(self, MovementKind::Admitted | MovementKind::TransferredIn)
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Movement {
    pub id: Id,
    pub kind: MovementKind,
    pub date: NaiveDate,
    /// Số quyết định.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub decision: String,
    /// Where from (tiếp nhận) or where to (chuyển đi).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub place: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
}

/// Whether someone with these movements (in date order) is on the roster on `date`; a movement takes
/// effect on its date, whichever way it goes. With no movement at
/// all, a member has always been on it; before the first movement, a member was on it if that movement is
/// one of leaving.
pub fn on_roster(movements: &[Movement], date: NaiveDate) -> bool {
    let before_first = movements.first().is_none_or(|m| !m.kind.joins());
    movements.iter().take_while(|m| m.date <= date).fold(before_first, |_, m| m.kind.joins())
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MovementProblem {
    DateRequired,
    NotADate,
    /// A joining movement while already on the roster.
    AlreadyOnRoster,
    /// A leaving movement while not on the roster.
    NotOnRoster,
}

/// The field of the movement form a problem is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MovementField {
    Kind,
    Date,
}

impl MovementProblem {
    pub fn field(self) -> MovementField {
        match self {
            MovementProblem::DateRequired | MovementProblem::NotADate => MovementField::Date,
            MovementProblem::AlreadyOnRoster | MovementProblem::NotOnRoster => MovementField::Kind,
        }
    }
}

/// A movement as typed in the form.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct MovementDraft {
    pub kind: Option<MovementKind>,
    pub date: String,
    pub decision: String,
    pub place: String,
    pub note: String,
}

impl MovementDraft {
    pub fn validate(&self, id: Id, pivot_year: i32) -> Result<Movement, MovementProblem> {
        let kind = self.kind.unwrap_or(MovementKind::Admitted);
        if self.date.trim().is_empty() {
            return Err(MovementProblem::DateRequired);
        }
        let date = text::parse_date(&self.date, pivot_year).ok_or(MovementProblem::NotADate)?;
        Ok(Movement {
            id,
            kind,
            date,
            decision: self.decision.trim().to_string(),
            place: self.place.trim().to_string(),
            note: self.note.trim().to_string(),
        })
    }
}

/// Inserts a movement in date order and checks that joining and leaving still alternate.
pub fn insert(movements: &[Movement], movement: Movement) -> Result<Vec<Movement>, MovementProblem> {
    let mut next = movements.to_vec();
    let at = next.partition_point(|m| m.date <= movement.date);
    next.insert(at, movement);
    check(&next)?;
    Ok(next)
}

/// Joining and leaving alternate: nobody joins twice or leaves twice in a row.
pub fn check(movements: &[Movement]) -> Result<(), MovementProblem> {
    for pair in movements.windows(2) {
        match (pair[0].kind.joins(), pair[1].kind.joins()) {
            (true, true) => return Err(MovementProblem::AlreadyOnRoster),
            (false, false) => return Err(MovementProblem::NotOnRoster),
            _ => {}
        }
    }
    Ok(())
}

//! The words for a consolidation of many unions' files: its parts, the label of each figure, and what
//! became of each file.

use super::{education, fill, gender, movement_kind, political_theory, title_kind, welfare_kind, Lang, T};
use crate::domain::consolidation::{Label, Part, Status};

pub fn part(lang: Lang, p: Part) -> &'static str {
    match p {
        Part::Members => T::ConsPartMembers,
        Part::Movements => T::ConsPartMovements,
        Part::Finance => T::ConsPartFinance,
        Part::Remittance => T::ConsPartRemittance,
        Part::Welfare => T::ConsPartWelfare,
        Part::Titles => T::ConsPartTitles,
    }
    .text(lang)
}

pub fn label(lang: Lang, l: &Label) -> String {
    let text = |key: T| key.text(lang).to_string();
    match l {
        Label::Members => text(T::ConsMembers),
        Label::Groups => text(T::NavGroups),
        Label::Gender { of } => gender(lang, *of).to_string(),
        Label::Education { of } => fill(T::ConsEducation.text(lang), &[education(lang, *of)]),
        Label::Theory { of } => fill(T::ConsTheory.text(lang), &[political_theory(lang, *of)]),
        Label::Party => text(T::PartyMember),
        Label::Age { known: false, .. } => text(T::AgeUnknown),
        Label::Age { from: None, until: Some(u), .. } => fill(T::AgeUnder.text(lang), &[&u.to_string()]),
        Label::Age { from: Some(f), until: None, .. } => fill(T::AgeFrom.text(lang), &[&f.to_string()]),
        Label::Age { from, until, .. } => {
            let (f, u) = (from.unwrap_or(0), until.unwrap_or(1).saturating_sub(1));
            fill(T::ConsAgeBand.text(lang), &[&f.to_string(), &u.to_string()])
        }
        Label::Movement { of } => movement_kind(lang, *of).to_string(),
        Label::IncomeLine { code, name } | Label::ExpenseLine { code, name } => format!("{code}. {name}"),
        Label::Income => text(T::FinTotalIncome),
        Label::Expense => text(T::FinTotalExpense),
        Label::Opening => text(T::OpeningBalance),
        Label::Closing => text(T::ClosingBalance),
        Label::Due => text(T::ConsDue),
        Label::Remitted => text(T::ConsRemitted),
        Label::Owed => text(T::ConsOwed),
        Label::Visits => text(T::ConsVisits),
        Label::WelfareKind { of } => fill(T::ConsVisitsOf.text(lang), &[welfare_kind(lang, *of)]),
        Label::WelfareAmount => text(T::ConsWelfareAmount),
        Label::Title { of } => title_kind(lang, *of).to_string(),
    }
}

/// What became of a file; `by` names the file used instead of a superseded one.
pub fn status(lang: Lang, s: &Status, by: &str) -> String {
    match s {
        Status::Used => T::ConsUsed.text(lang).to_string(),
        Status::Superseded { .. } => fill(T::ConsSuperseded.text(lang), &[by]),
        Status::Locked => T::ConsLocked.text(lang).to_string(),
        Status::Refused { reason } => fill(T::ConsRefused.text(lang), &[reason]),
    }
}

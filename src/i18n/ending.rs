//! The words for a union that ends: what is wrong with the form, and why a change is refused.

use super::{fill, Lang, T};
use crate::domain::ending::{EndingField, EndingProblem};
use crate::domain::text::format_date;

fn field(lang: Lang, f: EndingField) -> &'static str {
    match f {
        EndingField::On => T::EndOn,
        EndingField::DuesStop => T::EndDuesStop,
        EndingField::Superior => T::EndSuperior,
    }
    .text(lang)
}

pub fn ending_problem(lang: Lang, p: EndingProblem) -> String {
    let text = |key: T, values: &[&str]| fill(key.text(lang), values);
    match p {
        EndingProblem::Required(f) => text(T::EndErrRequired, &[field(lang, f)]),
        EndingProblem::NotADate(f) => text(T::EndErrNotADate, &[field(lang, f)]),
        EndingProblem::StopAfterEnd => text(T::EndErrStopAfterEnd, &[]),
        EndingProblem::VouchersAfter(n) => text(T::EndErrVouchersAfter, &[&n.to_string()]),
        EndingProblem::AlreadyEnded => text(T::EndErrAlready, &[]),
        EndingProblem::Ended(on) => text(T::EndErrEnded, &[&format_date(on)]),
    }
}

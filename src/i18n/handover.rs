//! The words for the handover's and the new term's problems.

use super::{appointment_problem, Lang, T};
use crate::domain::handover::HandoverProblem;

pub fn handover_problem(lang: Lang, p: HandoverProblem) -> &'static str {
    match p {
        HandoverProblem::Required => T::ProblemRequired.text(lang),
        HandoverProblem::NotADate => T::ProblemNotADate.text(lang),
        HandoverProblem::InFuture => T::ProblemInFuture.text(lang),
        HandoverProblem::NotAnAmount => T::ProblemNotAnAmount.text(lang),
        HandoverProblem::EndBeforeStart => T::ProblemEndBeforeStart.text(lang),
        HandoverProblem::EndsBeforeHandover => T::HoEndsBeforeHandover.text(lang),
        HandoverProblem::Appointment(a) => appointment_problem(lang, a),
    }
}

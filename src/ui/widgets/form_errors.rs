//! The one way a form shows what a refused command said: each field's problem under that field, and one
//! line above the buttons, announced, saying how many fields need attention or what else went wrong.

use crate::domain::activity::ActivityError;
use crate::domain::book::{BookError, UnionField, UnionProblem};
use crate::domain::finance::{self, FinanceError};
use crate::domain::members::committee::{AppointmentField, AppointmentProblem};
use crate::domain::members::member;
use crate::domain::members::movement::{MovementField, MovementProblem};
use crate::i18n::{self, Lang, T};
use crate::ui::session::Session;
use leptos::prelude::*;

/// A problem of one field, as a domain command reports it.
pub trait FieldProblem: Clone + Send + Sync + 'static {
    type Field: Copy + PartialEq + Send + Sync + 'static;
    fn field(&self) -> Self::Field;
    fn words(&self, lang: Lang) -> String;
    /// The field problems a refused command carries, when they are of this kind.
    fn of(error: &BookError) -> Option<&[Self]>;
}

impl FieldProblem for ActivityError {
    type Field = crate::domain::activity::ActivityField;
    fn field(&self) -> Self::Field {
        self.field
    }
    fn words(&self, lang: Lang) -> String {
        i18n::activity_problem(lang, self.problem).into()
    }
    fn of(error: &BookError) -> Option<&[Self]> {
        if let BookError::Activity(list) = error {
            Some(list)
        } else {
            None
        }
    }
}

impl FieldProblem for member::FieldError {
    type Field = member::MemberField;
    fn field(&self) -> Self::Field {
        self.field
    }
    fn words(&self, lang: Lang) -> String {
        i18n::member_problem(lang, self.problem).into()
    }
    fn of(error: &BookError) -> Option<&[Self]> {
        if let BookError::Member(list) = error {
            Some(list)
        } else {
            None
        }
    }
}

impl FieldProblem for finance::FieldError {
    type Field = finance::Field;
    fn field(&self) -> Self::Field {
        self.field
    }
    fn words(&self, lang: Lang) -> String {
        i18n::finance::field_problem(lang, self.field, self.problem)
    }
    fn of(error: &BookError) -> Option<&[Self]> {
        if let BookError::Finance(FinanceError::Fields(list)) = error {
            Some(list)
        } else {
            None
        }
    }
}

impl FieldProblem for (UnionField, UnionProblem) {
    type Field = UnionField;
    fn field(&self) -> Self::Field {
        self.0
    }
    fn words(&self, lang: Lang) -> String {
        i18n::union_problem(lang, self.1).into()
    }
    fn of(error: &BookError) -> Option<&[Self]> {
        if let BookError::Union(list) = error {
            Some(list)
        } else {
            None
        }
    }
}

impl FieldProblem for crate::domain::handover::HandoverError {
    type Field = crate::domain::handover::HandoverField;
    fn field(&self) -> Self::Field {
        self.field
    }
    fn words(&self, lang: Lang) -> String {
        i18n::handover_problem(lang, self.problem).into()
    }
    fn of(error: &BookError) -> Option<&[Self]> {
        if let BookError::Handover(list) = error {
            Some(list)
        } else {
            None
        }
    }
}

impl FieldProblem for MovementProblem {
    type Field = MovementField;
    fn field(&self) -> Self::Field {
        MovementProblem::field(*self)
    }
    fn words(&self, lang: Lang) -> String {
        i18n::movement_problem(lang, *self).into()
    }
    fn of(error: &BookError) -> Option<&[Self]> {
        if let BookError::Movement(p) = error {
            Some(std::slice::from_ref(p))
        } else {
            None
        }
    }
}

impl FieldProblem for AppointmentProblem {
    type Field = AppointmentField;
    fn field(&self) -> Self::Field {
        AppointmentProblem::field(*self)
    }
    fn words(&self, lang: Lang) -> String {
        i18n::appointment_problem(lang, *self).into()
    }
    fn of(error: &BookError) -> Option<&[Self]> {
        if let BookError::Appointment(p) = error {
            Some(std::slice::from_ref(p))
        } else {
            None
        }
    }
}

/// What a refused command said, kept on screen until the next attempt, in the language of the page.
pub struct FormErrors<P: FieldProblem> {
    fields: RwSignal<Vec<P>>,
    message: RwSignal<Option<String>>,
    lang: RwSignal<Lang>,
}

impl<P: FieldProblem> Clone for FormErrors<P> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<P: FieldProblem> Copy for FormErrors<P> {}

impl<P: FieldProblem> FormErrors<P> {
    pub fn new() -> Self {
        let lang = expect_context::<Session>().lang;
        FormErrors { fields: RwSignal::new(Vec::new()), message: RwSignal::new(None), lang }
    }

    /// The message under one field.
    pub fn of(self, field: P::Field) -> Signal<Option<String>> {
        Signal::derive(move || {
            let lang = self.lang.get();
            self.fields.with(|list| list.iter().find(|e| e.field() == field).map(|e| e.words(lang)))
        })
    }

    /// Shows the result's problems, or clears them; true when the command went through.
    pub fn take(self, result: Result<(), BookError>) -> bool {
        let lang = self.lang.get_untracked();
        let Err(error) = result else {
            self.clear();
            return true;
        };
        match P::of(&error) {
            Some(list) => {
                self.message.set(Some(i18n::fill(T::FormHasErrors.text(lang), &[&list.len().to_string()])));
                self.fields.set(list.to_vec());
            }
            None => {
                self.fields.set(Vec::new());
                self.message.set(Some(i18n::book_error(lang, &error)));
            }
        }
        false
    }

    pub fn clear(self) {
        self.fields.set(Vec::new());
        self.message.set(None);
    }

    /// The line above the buttons, announced when it appears.
    pub fn view(self) -> impl IntoView {
        move || self.message.get().map(|m| view! { <p class="field-error" role="alert">{m}</p> })
    }
}

//! The kind of unit and how dues are computed, as dated choices; and the request to confirm the kind an older
//! book was given, shown where dues are read until someone answers it.

use super::table::{col, table, Action, Cell, Row};
use super::{money, with_book, Errors};
use crate::domain::finance::rules::Dated;
use crate::domain::finance::units::{DuesBase, DuesScheme, SchemeDraft, UnitKind};
use crate::domain::finance::{Field, FinanceChange};
use crate::domain::history::Change;
use crate::domain::text::format_date;
use crate::i18n::{self, code, from_code, Lang, T};
use crate::ui::session::{today, Session};
use crate::ui::widgets::{t, DateField, SelectField, TextField};
use leptos::prelude::*;

fn kind_choices() -> Signal<Vec<(String, String)>> {
    let session = expect_context::<Session>();
    Signal::derive(move || {
        UnitKind::ALL.iter().map(|k| (code(k), i18n::unit_kind(session.lang.get(), *k).into())).collect()
    })
}

/// A scheme in one line: "Doanh nghiệp khác…: 0,5% lương đóng bảo hiểm xã hội".
pub fn describe(lang: Lang, scheme: &DuesScheme) -> String {
    let mut text = format!("{}; {}", i18n::unit_kind(lang, scheme.kind), i18n::dues_base(lang, scheme.base()));
    if let Some(rate) = scheme.voted_rate() {
        let rate = crate::domain::text::format_decimal(rate);
        text += &format!("; {}", i18n::fill(T::FinSchemeVoted.text(lang), &[&rate, &scheme.resolution]));
    }
    if let Some(fixed) = scheme.fixed {
        text += &format!("; {}", i18n::fill(T::FinSchemeFixed.text(lang), &[&format!("{} đ", money(fixed))]));
    }
    text
}

#[component]
pub fn UnitsSection() -> impl IntoView {
    let session = expect_context::<Session>();
    let lang = move || session.lang.get();
    let current = with_book(|b| b.finance.settings.units.on(today()));
    let from = RwSignal::new(String::new());
    let kind = RwSignal::new(code(&current.kind));
    let base = RwSignal::new(code(&current.base));
    let rate = RwSignal::new(String::new());
    let resolution = RwSignal::new(String::new());
    let fixed = RwSignal::new(String::new());
    let errors = Errors::new();
    let saved = RwSignal::new(false);
    let chooses = move || from_code::<UnitKind>(&kind.get()).is_some_and(UnitKind::chooses);
    let bases = Signal::derive(move || {
        [DuesBase::Insured, DuesBase::TakeHome].iter().map(|b| (code(b), i18n::dues_base(lang(), *b).into())).collect()
    });
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let draft = SchemeDraft {
            from: from.get(),
            kind: from_code(&kind.get()).unwrap_or_default(),
            base: from_code(&base.get()).unwrap_or_default(),
            rate: rate.get(),
            resolution: resolution.get(),
            fixed: fixed.get(),
        };
        let result =
            session.apply(Change::Finance(FinanceChange::EditSettings), move |b| b.set_dues_scheme(&draft, today()));
        saved.set(errors.take(result));
    };
    let list = move || {
        let lang = lang();
        let rows = with_book(|b| b.finance.settings.units.schemes.clone())
            .into_iter()
            .map(|Dated { from, value }| {
                let remove = Action {
                    text: T::Delete.text(lang).into(),
                    label: i18n::fill(T::FinRemoveScheme.text(lang), &[&format_date(from)]),
                    class: "danger",
                    on: Callback::new(move |_| {
                        let result = session
                            .apply(Change::Finance(FinanceChange::EditSettings), move |b| b.remove_dues_scheme(from));
                        errors.take(result);
                    }),
                };
                Row::new(vec![
                    Cell::Text(format_date(from)),
                    Cell::Text(describe(lang, &value)),
                    Cell::Actions(vec![remove]),
                ])
            })
            .collect();
        table(
            "unit-schemes",
            vec![col(T::FinUnitFrom.text(lang)), col(T::FinUnitKind.text(lang)), col("")],
            rows,
            T::Actions.text(lang),
        )
    };
    view! {
        <section aria-labelledby="units">
            <h2 id="units">{t(T::FinUnitTitle)}</h2>
            <p class="muted">{t(T::FinUnitHelp)}</p>
            <ConfirmUnit/>
            <h3>{t(T::FinSchemes)}</h3>
            {list}
            <form class="form" on:submit=save novalidate>
                <div class="row">
                    <SelectField label=T::FinUnitKind value=kind options=kind_choices()/>
                    <DateField label=T::FinUnitFrom value=from error=errors.of(Field::Date) required=true/>
                </div>
                <Show when=chooses>
                    <div class="row">
                        <SelectField label=T::FinDuesBase value=base options=bases/>
                        <TextField label=T::FinVotedRate value=rate error=errors.of(Field::Value)/>
                        <TextField label=T::FinResolution value=resolution error=errors.of(Field::Reason)/>
                    </div>
                </Show>
                <div class="row">
                    <TextField label=T::FinFixedDues value=fixed error=errors.of(Field::Amount)/>
                </div>
                {errors.view()}
                <div class="actions"><button type="submit">{t(T::FinSaveScheme)}</button></div>
                <Show when=move || saved.get()><p class="banner ok" role="status">{t(T::FinSchemeSaved)}</p></Show>
            </form>
        </section>
    }
}

/// Asks to confirm the kind of unit an older book was given from whether its dues were capped.
#[component]
pub fn ConfirmUnit() -> impl IntoView {
    let session = expect_context::<Session>();
    let lang = move || session.lang.get();
    let pending = move || with_book(|b| !b.finance.settings.units.confirmed);
    let guessed = with_book(|b| b.finance.settings.units.on(today()).kind);
    let kind = RwSignal::new(code(&guessed));
    let done = RwSignal::new(false);
    let confirm = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some(chosen) = from_code::<UnitKind>(&kind.get()) else { return };
        let result = session.apply(Change::Finance(FinanceChange::EditSettings), move |b| b.confirm_unit_kind(chosen));
        done.set(result.is_ok());
    };
    view! {
        <Show when=pending>
            <form class="banner warning" role="region" aria-labelledby="confirm-unit" on:submit=confirm novalidate>
                <h2 id="confirm-unit">{t(T::FinUnitConfirmTitle)}</h2>
                <p>{move || i18n::fill(T::FinUnitConfirmText.text(lang()), &[i18n::unit_kind(lang(), guessed)])}</p>
                <SelectField label=T::FinUnitKind value=kind options=kind_choices()/>
                <div class="actions"><button type="submit">{t(T::FinUnitConfirm)}</button></div>
            </form>
        </Show>
        <Show when=move || done.get()><p class="banner ok" role="status">{t(T::FinUnitConfirmed)}</p></Show>
    }
}

//! The dues sheet of a group for a month, to sign: who owed what, who paid, who owes still, and who is exempt
//! and why, from the domain's dues of the month; printed on A4 with a column for each member's signature.

use super::books::figure;
use super::dues::group_choices;
use super::paper::{doc_head, holder, Corner};
use super::table::{col, num, table, Cell, Row};
use super::{money, named_signature_blocks, with_book};
use crate::domain::finance::dues::{month_sheet, Dues, DuesCell, MonthSheet};
use crate::domain::finance::exemptions::exemption_in;
use crate::domain::finance::Month;
use crate::domain::members::committee::{Body, Role};
use crate::domain::members::member::Member;
use crate::domain::text::{format_date, format_money};
use crate::domain::Id;
use crate::i18n::{self, Lang, T};
use crate::ui::route::FinanceRoute;
use crate::ui::session::{today, Session};
use crate::ui::widgets::{t, SelectField, TextField};
use leptos::prelude::*;

/// Why a member owes nothing, or less, for the month; empty when the dues stand as computed.
fn note(m: &Member, c: &DuesCell, month: Month, lang: Lang) -> String {
    let why = match c.dues {
        Dues::Exempt(kind) => {
            let kind = i18n::exemption_kind(lang, kind);
            match exemption_in(&m.exemptions, month) {
                Some(e) => {
                    let note = if e.note.is_empty() { String::new() } else { format!(": {}", e.note) };
                    match e.to {
                        Some(to) => i18n::fill(
                            T::DuesExemptWhy.text(lang),
                            &[kind, &format_date(e.from), &format_date(to), &note],
                        ),
                        None => i18n::fill(T::DuesExemptOpen.text(lang), &[kind, &format_date(e.from), &note]),
                    }
                }
                None => kind.to_string(),
            }
        }
        Dues::Stopped => T::DuesStoppedWhy.text(lang).into(),
        Dues::NoBase => T::DuesNoBaseWhy.text(lang).into(),
        Dues::Later => T::DuesLaterWhy.text(lang).into(),
        Dues::NotMember => T::DuesNotMemberWhy.text(lang).into(),
        Dues::Owed(_) => String::new(),
    };
    let credit = (!c.credit().is_zero()).then(|| i18n::fill(T::DuesCreditWhy.text(lang), &[&format_money(c.credit())]));
    [why].into_iter().chain(credit).filter(|s| !s.is_empty()).collect::<Vec<_>>().join("; ")
}

fn sheet_table(s: &MonthSheet, lang: Lang) -> AnyView {
    let columns = vec![
        num(T::No.text(lang)),
        col(T::FullName.text(lang)),
        num(T::FinDue.text(lang)),
        num(T::FinPaid.text(lang)),
        num(T::FinOwed.text(lang)),
        col(T::DuesNote.text(lang)),
        col(T::AllowSign.text(lang)),
    ];
    let mut rows: Vec<Row> = s
        .rows
        .iter()
        .enumerate()
        .map(|(i, (m, c))| {
            Row::new(vec![
                Cell::Num((i + 1).to_string()),
                Cell::Head(m.full_name.clone()),
                figure(c.due()),
                figure(c.paid),
                figure(c.owed()),
                Cell::Text(note(m, c, s.month, lang)),
                Cell::Empty,
            ])
        })
        .collect();
    let [due, paid, owed, _] = s.totals;
    let totals = [due, paid, owed].map(|d| Cell::Num(money(d)));
    let [due, paid, owed] = totals;
    let label = Cell::Head(T::DuesTotal.text(lang).into());
    rows.push(Row::with_class("subtotal", vec![Cell::Empty, label, due, paid, owed, Cell::Empty, Cell::Empty]));
    table("dues-month", columns, rows, "")
}

#[component]
pub fn DuesMonthPage() -> impl IntoView {
    let session = expect_context::<Session>();
    let lang = move || session.lang.get();
    let group = RwSignal::new(String::new());
    let month = RwSignal::new(Month::of(today()).to_string());
    let groups = group_choices(T::Choose);
    let chosen = move || -> Option<(Id, Month)> { Some((group.get().parse().ok()?, Month::parse(&month.get())?)) };
    let sheet = Memo::new_with_compare(
        move |_| chosen().map(|(g, m)| with_book(|b| Some(month_sheet(b, g, m, today())))).flatten(),
        |_, _| true,
    );
    view! {
        <div class="page-head no-print">
            <h1>{t(T::DuesMonthTitle)}</h1>
            <a class="button secondary" href=FinanceRoute::Dues.href()>{t(T::DuesBack)}</a>
        </div>
        <div class="toolbar no-print">
            <SelectField label=T::Group value=group options=groups required=true/>
            <TextField label=T::FinMonth value=month placeholder="07/2025" required=true/>
        </div>
        <Show when=move || chosen().is_none()>
            <p class="muted no-print" role="status">{t(T::DuesMonthChoose)}</p>
        </Show>
        {move || sheet.get().zip(chosen()).map(|(s, (g, m))| with_book(|b| {
            let l = lang();
            let group_name = b.group(g).map(|g| g.name.clone()).unwrap_or_default();
            let title = i18n::fill(T::DuesMonthDoc.text(l), &[&m.to_string()]);
            let on = m.last_day().min(today());
            let signatures = [
                (T::DuesSignGroupHead, holder(b, Body::Group, Role::Head, Some(g), on)),
                (T::FormSignCashier, b.finance.settings.cashier.clone()),
                (T::AllowSignChair, holder(b, Body::Executive, Role::Head, None, on)),
            ];
            Some(view! {
                <article class="report-doc dues-month-doc" aria-label=title.clone()>
                    {doc_head(b, on, Corner::Nation, l)}
                    <h2 class="doc-title">{title.clone()}</h2>
                    <p class="doc-subtitle">{i18n::fill(T::DuesMonthOf.text(l), &[&group_name])}</p>
                    {sheet_table(&s, l)}
                    {named_signature_blocks(l, &signatures)}
                </article>
                <div class="actions no-print">
                    <button type="button" class="secondary" on:click=move |_| { let _ = window().print(); }>{t(T::FinPrint)}</button>
                </div>
            })
        }))}
    }
}

//! Biên bản kiểm kê quỹ tiền mặt: the treasurer types the notes counted by denomination; the cash book's
//! balance at the end of the day, the amounts and the difference come from the domain; the counting committee
//! is chosen from the roster of the day. Printed on A4 and signed; not stored in the book (see the domain).

use super::paper::{date_line, doc_head, Corner};
use super::table::{col, num, table, Cell, Row};
use super::{money, named_signature_blocks, with_book};
use crate::domain::finance::cash_count::{cash_count, parse_count, CashCount, DENOMINATIONS};
use crate::domain::finance::words::amount_in_words;
use crate::domain::finance::FundKind;
use crate::domain::members::roster::{Roster, RosterFilter};
use crate::domain::text::{format_date, format_number, parse_date};
use crate::domain::Id;
use crate::i18n::{self, Lang, T};
use crate::ui::session::{today, Session};
use crate::ui::widgets::{field_id, t, DateField, SelectField, TextField};
use chrono::{Datelike, NaiveDate};
use leptos::prelude::*;

/// The seats of the counting committee, in the order they sign: the field, the role as listed, the signature.
const SEATS: [(T, T, T); 3] = [
    (T::CountHead, T::CountRoleHead, T::CountSignHead),
    (T::CountMember1, T::CountRoleMember, T::CountSignMember),
    (T::CountMember2, T::CountRoleMember, T::CountSignMember),
];

#[component]
pub fn CashCountPage() -> impl IntoView {
    let session = expect_context::<Session>();
    let lang = move || session.lang.get();
    let cash = with_book(|b| b.finance.funds.iter().find(|f| f.kind == FundKind::Cash).map(|f| f.id.to_string()));
    let fund = RwSignal::new(cash.unwrap_or_default());
    let date = RwSignal::new(format_date(today()));
    let counts: [RwSignal<String>; 9] = std::array::from_fn(|_| RwSignal::new(String::new()));
    let reason = RwSignal::new(String::new());
    let seats: [RwSignal<String>; 3] = std::array::from_fn(|_| RwSignal::new(String::new()));
    let day = move || parse_date(&date.get(), today().year());
    let funds = Signal::derive(move || {
        with_book(|b| {
            let cash = b.finance.funds.iter().filter(|f| f.kind == FundKind::Cash);
            cash.map(|f| (f.id.to_string(), f.name.clone())).collect()
        })
    });
    let people = Signal::derive(move || {
        let mut out = vec![(String::new(), T::Choose.text(lang()).to_string())];
        if let Some(day) = day() {
            let roster = with_book(|b| Roster::new(&b.members, day).select(&RosterFilter::default()));
            out.extend(roster.iter().map(|m| (m.id.to_string(), m.full_name.clone())));
        }
        out
    });
    // Each count read, or the message naming its denomination.
    let read = move || -> Result<[u32; 9], String> {
        let mut out = [0; 9];
        for (i, typed) in counts.iter().enumerate() {
            out[i] = parse_count(&typed.get()).map_err(|_| {
                let field = i18n::fill(T::CountNotes.text(lang()), &[&format_number(DENOMINATIONS[i].into())]);
                format!("{field}: {}", T::CountBad.text(lang()))
            })?;
        }
        Ok(out)
    };
    let count = Memo::new(move |_| {
        let (Some(day), Ok(counts)) = (day(), read()) else { return None };
        let id = fund.get().parse::<Id>().ok()?;
        with_book(|b| Some(cash_count(&b.finance, b.finance.fund(id)?, day, counts)))
    });
    let inputs = counts
        .into_iter()
        .zip(DENOMINATIONS)
        .map(|(value, note)| {
            let id = field_id("n");
            let label = move || i18n::fill(T::CountNotes.text(lang()), &[&format_number(note.into())]);
            view! {
                <div class="field">
                    <label for=id.clone()>{label}</label>
                    <input id=id type="text" inputmode="numeric" prop:value=move || value.get()
                        on:input=move |ev| value.set(event_target_value(&ev))/>
                </div>
            }
        })
        .collect_view();
    view! {
        <h1 class="no-print">{t(T::CountTitle)}</h1>
        <p class="muted no-print">{t(T::CountHelp)}</p>
        <form class="form no-print" on:submit=|ev| ev.prevent_default()>
            <div class="row">
                <SelectField label=T::FinFund value=fund options=funds/>
                <DateField label=T::CountDate value=date required=true/>
            </div>
            <fieldset class="denominations">
                <legend>{t(T::CountNotesLegend)}</legend>
                {inputs}
            </fieldset>
            {move || read().err().map(|m| view! { <p class="field-error" role="alert">{m}</p> })}
            {move || day().is_none().then(|| view! { <p class="field-error" role="alert">{t(T::CountDateBad)}</p> })}
            <div class="row">
                {SEATS.iter().zip(seats).map(|((seat, ..), value)| view! { <SelectField label=*seat value options=people/> }).collect_view()}
            </div>
            <TextField label=T::CountReason value=reason multiline=true/>
        </form>
        <div class="actions no-print">
            <button type="button" class="secondary" on:click=move |_| { let _ = window().print(); }>{t(T::FinPrint)}</button>
        </div>
        {move || count.get().zip(day()).map(|(c, day)| {
            let names = seats.map(|s| with_book(|b| s.get().parse().ok().and_then(|id| b.member(id)).map(|m| m.full_name.clone())));
            record(c, day, names, reason.get(), lang())
        })}
    }
}

/// The record as printed.
fn record(c: CashCount, day: NaiveDate, seats: [Option<String>; 3], reason: String, lang: Lang) -> impl IntoView {
    let columns = vec![
        col(T::No.text(lang)),
        num(T::CountDenomination.text(lang)),
        num(T::CountCount.text(lang)),
        num(T::FinPrintAmount.text(lang)),
    ];
    let mut rows: Vec<Row> = c
        .lines
        .iter()
        .enumerate()
        .map(|(i, l)| {
            Row::new(vec![
                Cell::Text((i + 1).to_string()),
                Cell::Num(money(l.value)),
                Cell::Num(l.count.to_string()),
                Cell::Num(money(l.amount)),
            ])
        })
        .collect();
    let counted = Cell::Marked { class: "", text: money(c.counted), test_id: "counted" };
    rows.push(Row::with_class(
        "subtotal",
        vec![Cell::Empty, Cell::Head(T::CountTotal.text(lang).into()), Cell::Empty, counted],
    ));
    let (difference, verdict) = match c.difference.cmp(&rust_decimal::Decimal::ZERO) {
        std::cmp::Ordering::Greater => (c.difference, T::CountOver),
        std::cmp::Ordering::Less => (-c.difference, T::CountShort),
        std::cmp::Ordering::Equal => (c.difference, T::CountEven),
    };
    let (cashier, accountant, union) = with_book(|b| {
        let s = &b.finance.settings;
        (s.cashier.clone(), s.accountant.clone(), b.union.on(day).name.clone())
    });
    let members: Vec<(T, T, String)> =
        SEATS.iter().zip(seats).filter_map(|((_, role, sign), name)| Some((*role, *sign, name?))).collect();
    let mut signatures = vec![(T::FormSignCashier, cashier.clone()), (T::AllowSignAccountant, accountant.clone())];
    signatures.extend(members.iter().map(|(_, sign, name)| (*sign, name.clone())));
    let present = members
        .iter()
        .map(|(role, _, name)| (name.clone(), *role))
        .chain([(cashier, T::FinSignCashier), (accountant, T::FinSignAccountant)])
        .map(|(name, role)| format!("{name} — {}", role.text(lang)));
    let blank = reason.trim().is_empty();
    view! {
        <article class="report-doc count-doc" aria-label=T::CountDocTitle.text(lang)>
            {with_book(|b| Some(doc_head(b, day, Corner::Nation, lang)))}
            <h2 class="doc-title">{T::CountDocTitle.text(lang)}</h2>
            <p class="doc-text">{i18n::fill(T::CountAt.text(lang), &[&date_line(lang, day), &union])}</p>
            <ol class="doc-list">{present.map(|p| view! { <li>{p}</li> }).collect_view()}</ol>
            <p class="doc-text">{T::CountResult.text(lang)}</p>
            {table("count", columns, rows, "")}
            <dl class="count-figures">
                <dt>{T::CountBook.text(lang)}</dt><dd data-testid="book">{money(c.book)}" đ"</dd>
                <dt>{T::CountCounted.text(lang)}</dt><dd>{money(c.counted)}" đ"</dd>
                <dt>{T::CountInWords.text(lang)}</dt><dd><em>{amount_in_words(c.counted)}</em></dd>
                <dt>{T::CountDifference.text(lang)}</dt><dd data-testid="difference">{money(difference)}" đ ("{verdict.text(lang)}")"</dd>
                <dt>{T::CountReason.text(lang)}":"</dt><dd class:blank=blank>{reason}</dd>
            </dl>
            {named_signature_blocks(lang, &signatures)}
        </article>
    }
}

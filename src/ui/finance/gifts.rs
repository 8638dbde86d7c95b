//! Danh sách nhận quà: the list of members receiving a gift for an occasion, made from the roster on a day,
//! filtered (women; one group), the same amount each, the total in figures and words, a column to sign;
//! printed on A4. One button records the payment voucher for the total, as a cost of the occasion's event
//! when one is chosen.

use super::dues::group_choices;
use super::paper::{doc_head, holder, Corner};
use super::table::{col, num, table, Cell, Row};
use super::vouchers::fund_choices;
use super::{money, named_signature_blocks, with_book, Errors};
use crate::domain::activity::events::events_of;
use crate::domain::finance::gifts::{gift_total, recipients, GiftFilter, GiftPayment, Occasion};
use crate::domain::finance::vouchers::parse_amount;
use crate::domain::finance::words::amount_in_words;
use crate::domain::finance::{Field, FinanceChange, VoucherKind};
use crate::domain::history::Change;
use crate::domain::members::committee::{Body, Role};
use crate::domain::text::{format_date, parse_date};
use crate::domain::Id;
use crate::i18n::{self, forms::occasion, Lang, T};
use crate::ui::route::FinanceRoute;
use crate::ui::session::{today, Session};
use crate::ui::widgets::{t, CheckField, DateField, SelectField, TextField};
use chrono::Datelike;
use leptos::prelude::*;
use std::cell::Cell as Slot;
use std::rc::Rc;

#[component]
pub fn GiftsPage() -> impl IntoView {
    let session = expect_context::<Session>();
    let lang = move || session.lang.get();
    let kind = RwSignal::new("0".to_string());
    let date = RwSignal::new(format_date(today()));
    let women = RwSignal::new(true);
    let group = RwSignal::new(String::new());
    let each = RwSignal::new(String::new());
    let event = RwSignal::new(String::new());
    let cash = with_book(|b| b.finance.funds.first().map(|f| f.id.to_string())).unwrap_or_default();
    let fund = RwSignal::new(cash);
    let party = RwSignal::new(String::new());
    let reason = RwSignal::new(String::new());
    let errors = Errors::new();
    let done = RwSignal::new(None::<(Id, String)>);
    let chosen = move || kind.get().parse::<usize>().ok().and_then(|i| Occasion::ALL.get(i).copied());
    let day = move || parse_date(&date.get(), today().year());
    let filter = move || Some(GiftFilter { date: day()?, women_only: women.get(), group: group.get().parse().ok() });
    let list = Memo::new(move |_| filter().map(|f| with_book(|b| recipients(b, f))).unwrap_or_default());
    let amount = move || parse_amount(&each.get()).ok();
    // A women's day lists women; the reason follows the occasion and the count until the user records.
    Effect::new(move |_| {
        if let Some(o) = chosen() {
            women.set(o.for_women());
        }
    });
    Effect::new(move |_| {
        let text = chosen()
            .map(|o| i18n::fill(T::GiftReason.text(lang()), &[occasion(lang(), o), &list.with(Vec::len).to_string()]));
        reason.set(text.unwrap_or_default());
    });
    let kinds = Signal::derive(move || {
        Occasion::ALL.iter().enumerate().map(|(i, o)| (i.to_string(), occasion(lang(), *o).to_string())).collect()
    });
    let groups = group_choices(T::AllGroups);
    let events = Signal::derive(move || {
        let year = day().map_or(today().year(), |d| d.year());
        let mut out = vec![(String::new(), T::GiftNoEvent.text(lang()).to_string())];
        let list = with_book(|b| events_of(b, Some(year), false).events);
        out.extend(list.iter().map(|e| (e.id.to_string(), format!("{} ({})", e.title, format_date(e.start)))));
        out
    });
    let pay = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let payment = GiftPayment {
            date: date.get(),
            women_only: women.get(),
            group: group.get().parse().ok(),
            each: each.get(),
            fund_id: fund.get().parse().ok(),
            party: party.get(),
            reason: reason.get(),
            event_id: event.get().parse().ok(),
        };
        let made = Rc::new(Slot::new(None));
        let slot = made.clone();
        let change = Change::Finance(FinanceChange::RecordVoucher(VoucherKind::Payment, reason.get()));
        let result = session.apply(change, move |b| {
            slot.set(Some(b.pay_gifts(&payment, today())?));
            Ok(())
        });
        let code = made.get().and_then(|id| with_book(|b| b.finance.voucher(id).map(|v| (id, v.code()))));
        done.set(if errors.take(result) { code } else { None });
    };
    view! {
        <h1 class="no-print">{t(T::GiftTitle)}</h1>
        <p class="muted no-print">{t(T::GiftChildrenNote)}</p>
        <form class="form no-print" on:submit=pay novalidate>
            <div class="row">
                <SelectField label=T::GiftOccasion value=kind options=kinds/>
                <DateField label=T::GiftDate value=date error=errors.of(Field::Date) required=true/>
                <SelectField label=T::Group value=group options=groups/>
                <CheckField label=T::GiftWomenOnly value=women/>
            </div>
            <div class="row">
                <TextField label=T::GiftEach value=each error=errors.of(Field::Amount) required=true inputmode="numeric"/>
                <SelectField label=T::GiftEvent value=event options=events/>
                <SelectField label=T::FinFund value=fund options=fund_choices(T::Choose) error=errors.of(Field::Fund) required=true/>
            </div>
            <div class="row">
                <TextField label=T::FinPayee value=party error=errors.of(Field::Party) required=true/>
                <TextField label=T::FinReason value=reason error=errors.of(Field::Reason) required=true/>
            </div>
            <p class="muted" role="status">{move || {
                let count = list.with(Vec::len);
                match amount().map(|a| gift_total(a, count)) {
                    Some(Ok(total)) => i18n::fill(T::GiftPreview.text(lang()), &[&count.to_string(), &money(total)]),
                    _ => i18n::fill(T::GiftCount.text(lang()), &[&count.to_string()]),
                }
            }}</p>
            {errors.view()}
            <div class="actions">
                <button type="submit">{t(T::GiftPay)}</button>
                <button type="button" class="secondary" on:click=move |_| { let _ = window().print(); }>{t(T::FinPrint)}</button>
            </div>
            {move || done.get().map(|(id, code)| view! {
                <p class="banner ok" role="status">{i18n::fill(T::GiftPaid.text(lang()), &[&code])}" "
                    <a href=FinanceRoute::Voucher(id).href()>{i18n::fill(T::FinViewNamed.text(lang()), &[&code])}</a></p>
            })}
        </form>
        {move || chosen().zip(day()).map(|(o, d)| list.with(|members| gift_list(members, o, d, amount(), lang())))}
    }
}

/// The list as printed: each member with the amount and a cell to sign, the total in figures and in words.
fn gift_list(
    members: &[std::sync::Arc<crate::domain::members::member::Member>],
    o: Occasion,
    day: chrono::NaiveDate,
    each: Option<rust_decimal::Decimal>,
    lang: Lang,
) -> impl IntoView {
    let columns = vec![
        num(T::No.text(lang)),
        col(T::FullName.text(lang)),
        col(T::Group.text(lang)),
        num(T::GiftAmount.text(lang)),
        col(T::AllowSign.text(lang)),
    ];
    let amount = each.map(money).unwrap_or_default();
    let mut rows: Vec<Row> = with_book(|b| {
        members
            .iter()
            .enumerate()
            .map(|(i, m)| {
                let group = m.group_id.and_then(|g| b.group(g)).map(|g| g.name.clone()).unwrap_or_default();
                Row::new(vec![
                    Cell::Num((i + 1).to_string()),
                    Cell::Head(m.full_name.clone()),
                    Cell::Text(group),
                    Cell::Num(amount.clone()),
                    Cell::Empty,
                ])
            })
            .collect()
    });
    let total = each.and_then(|e| gift_total(e, members.len()).ok());
    let count = i18n::fill(T::GiftTotalPeople.text(lang), &[&members.len().to_string()]);
    let figure = Cell::Marked { class: "", text: total.map(money).unwrap_or_default(), test_id: "gift-total" };
    rows.push(Row::with_class("subtotal", vec![Cell::Empty, Cell::Head(count), Cell::Empty, figure, Cell::Empty]));
    let title = T::GiftDocTitle.text(lang);
    let subtitle = i18n::fill(T::GiftDocOccasion.text(lang), &[occasion(lang, o)]);
    let roster_line = i18n::fill(T::GiftDocRoster.text(lang), &[&format_date(day)]);
    with_book(|b| {
        let signatures = [
            (T::AllowSignMaker, String::new()),
            (T::AllowSignAccountant, b.finance.settings.accountant.clone()),
            (T::AllowSignChair, holder(b, Body::Executive, Role::Head, None, day)),
        ];
        Some(view! {
            <article class="report-doc gift-doc" aria-label=title>
                {doc_head(b, day, Corner::Nation, lang)}
                <h2 class="doc-title">{title}</h2>
                <p class="doc-subtitle">{subtitle}</p>
                <p class="doc-subtitle"><em>{roster_line}</em></p>
                {table("gift-list", columns, rows, "")}
                {total.map(|t| view! { <p class="doc-text">{T::FinPrintWords.text(lang)}": "<em>{amount_in_words(t)}</em></p> })}
                {named_signature_blocks(lang, &signatures)}
            </article>
        })
    })
}

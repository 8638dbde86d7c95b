//! Welfare visits (chăm lo, thăm hỏi): counts and money by kind for any period, the entries with the
//! vouchers that paid them, and the form to record or correct one with its payment.

use super::payment::{voucher_choices, voucher_link, PaymentChoice, PaymentFields};
use super::{at, choices, form_title, member_choices, pos, scroll_to, welfare_labels, Line, RecordTable, NUM, SHORT};
use crate::domain::activity::links::Payment;
use crate::domain::activity::ActivityError;
use crate::domain::activity::{welfare_between, ActivityField as F, WelfareDraft, WelfareKind};
use crate::domain::finance::{Line as FinLine, Period};
use crate::domain::history::{Change, Record};
use crate::domain::text::{format_date, format_money, parse_date, parse_money};
use crate::domain::Id;
use crate::i18n::{self, T};
use crate::ui::route::linked_period;
use crate::ui::session::{today, Session};
use crate::ui::widgets::chart::{Bar, BarChart};
use crate::ui::widgets::FormErrors;
use crate::ui::widgets::{t, DateField, SelectField, TextField};
use chrono::Datelike;
use leptos::prelude::*;

#[component]
pub fn WelfarePage() -> impl IntoView {
    let session = expect_context::<Session>();
    let lang = move || session.lang.get();
    let earliest = session.book.with_untracked(|b| {
        b.as_ref().map(|b| b.activities.welfare.iter().map(|w| w.date).min().unwrap_or(b.union.first().term_start))
    });
    // A link from the report opens the page on its period.
    let linked = linked_period();
    let from = RwSignal::new(linked.map(|p| p.from).or(earliest).map(format_date).unwrap_or_default());
    let to = RwSignal::new(format_date(linked.map_or_else(today, |p| p.to)));
    let period = move || Some((parse_date(&from.get(), today().year())?, parse_date(&to.get(), today().year())?));
    let bad = |value: RwSignal<String>| {
        Signal::derive(move || {
            parse_date(&value.get(), today().year()).is_none().then(|| T::ProblemNotADate.text(lang()).to_string())
        })
    };
    let totals = Memo::new(move |_| {
        let (from, to) = period()?;
        session.book.with(|b| b.as_ref().map(|b| welfare_between(b, from, to)))
    });
    let editing = RwSignal::new(None::<Id>);
    let lines = Signal::derive(move || {
        let lang = lang();
        let Some(totals) = totals.get() else { return Vec::new() };
        session.book.with(|b| {
            let Some(b) = b else { return Vec::new() };
            totals
                .entries
                .iter()
                .map(|w| {
                    let who = b.name_of(w.member_id);
                    let voucher = voucher_link(b, w.voucher_id);
                    let outside = w.amount.is_some().then(|| T::PayOutsideMark.text(lang).to_string());
                    Line {
                        id: w.id,
                        part: None,
                        name: format!("{} {} {}", i18n::welfare_kind(lang, w.kind), who, format_date(w.date)),
                        cells: vec![
                            format_date(w.date),
                            who,
                            w.relative.clone(),
                            i18n::welfare_kind(lang, w.kind).to_string(),
                            w.amount.map(format_money).unwrap_or_default(),
                            voucher.as_ref().map(|(text, _)| text.clone()).or(outside).unwrap_or_default(),
                            w.gift.clone(),
                        ],
                        link: voucher.map(|(_, href)| (5, href)),
                    }
                })
                .collect()
        })
    });
    let remove = Callback::new(move |line: Line| {
        let id = line.id;
        let _ = session.apply(Change::RemoveRecord(Record::Welfare, line.name), move |b| b.remove_welfare(id, today()));
    });
    let edit = Callback::new(move |id: Id| editing.set(Some(id)));
    view! {
        <h1>{t(T::NavWelfare)}</h1>
        <p class="lead">{t(T::WelfareHelp)}</p>
        <div class="toolbar">
            <DateField label=T::PeriodFrom value=from error=bad(from)/>
            <DateField label=T::PeriodTo value=to error=bad(to)/>
        </div>
        {move || totals.get().map(|s| {
            let (from, to) = period().unwrap_or_default();
            let sentence = i18n::fill(T::WelfareSentence.text(lang()), &[&format_date(from), &format_date(to), &s.visits.to_string(), &format_money(s.amount)]);
            let bars = s.by_kind.iter().map(|(k, _, amount)| Bar {
                label: i18n::welfare_kind(lang(), *k).to_string(),
                value: amount.to_string().parse().unwrap_or(0),
                text: format_money(*amount),
            }).collect();
            view! {
                <p class="lead" role="status">{sentence}</p>
                <p class="hint">{t(T::WelfareMoneyNote)}</p>
                <div class="composition">
                    <section class="card" aria-label=t(T::WelfareByKind)>
                        <h2>{t(T::WelfareByKind)}</h2>
                        <table>
                            <thead><tr>
                                <th scope="col">{t(T::WelfareKind)}</th>
                                <th scope="col" class="num">{t(T::Visits)}</th>
                                <th scope="col" class="num">{t(T::Amount)}</th>
                            </tr></thead>
                            <tbody>
                                {s.by_kind.iter().map(|(k, n, amount)| view! {
                                    <tr><td>{i18n::welfare_kind(lang(), *k)}</td><td class="num">{*n}</td><td class="num">{format_money(*amount)}</td></tr>
                                }).collect_view()}
                            </tbody>
                            <tfoot><tr>
                                <th scope="row">{t(T::Total)}</th>
                                <td class="num">{s.visits}</td>
                                <td class="num">{format_money(s.amount)}</td>
                            </tr></tfoot>
                        </table>
                    </section>
                    <section class="card" aria-label=t(T::WelfareChart)>
                        <h2>{t(T::WelfareChart)}</h2>
                        <BarChart title=T::WelfareChart.text(lang()).to_string() bars/>
                    </section>
                </div>
            }
        })}
        <WelfareForm editing/>
        <h2>{t(T::WelfareList)}</h2>
        <RecordTable
            heads=vec![(T::Date, SHORT), (T::Member, ""), (T::Relative, ""), (T::WelfareKind, ""), (T::Amount, NUM), (T::PayVoucher, SHORT), (T::Gift, "")]
            lines on_edit=edit on_remove=remove/>
    }
}

#[component]
fn WelfareForm(editing: RwSignal<Option<Id>>) -> impl IntoView {
    let session = expect_context::<Session>();
    let date = RwSignal::new(format_date(today()));
    let member = RwSignal::new(String::new());
    let kind = RwSignal::new(pos(&WelfareKind::ALL, WelfareKind::Illness));
    let relative = RwSignal::new(String::new());
    let amount = RwSignal::new(String::new());
    let gift = RwSignal::new(String::new());
    let note = RwSignal::new(String::new());
    let pay = PaymentChoice::new(FinLine::Members);
    // The voucher the visit had when loaded for editing.
    let own = StoredValue::new(None::<Id>);
    let errors = FormErrors::<ActivityError>::new();
    let fill = move |d: WelfareDraft| {
        date.set(d.date);
        member.set(d.member_id.map(|m| m.to_string()).unwrap_or_default());
        kind.set(d.kind.map(|k| pos(&WelfareKind::ALL, k)).unwrap_or_default());
        relative.set(d.relative);
        amount.set(d.amount);
        gift.set(d.gift);
        note.set(d.note);
        own.set_value(match d.payment {
            Payment::Link(v) => Some(v),
            _ => None,
        });
        pay.reset(&d.payment);
        errors.clear();
    };
    // Editing a record loads it into the form.
    Effect::new(move |_| {
        if let Some(id) = editing.get() {
            let found = session.book.with_untracked(|b| {
                b.as_ref().and_then(|b| b.activities.welfare.iter().find(|w| w.id == id).map(WelfareDraft::from_record))
            });
            if let Some(d) = found {
                fill(d);
                scroll_to("welfare-form");
            }
        }
    });
    let reset = move || {
        editing.set(None);
        let new = Payment::New { fund_id: None, category_id: None };
        fill(WelfareDraft {
            date: format_date(today()),
            kind: Some(WelfareKind::Illness),
            payment: new,
            ..WelfareDraft::default()
        });
    };
    // Payments that may be linked: of the visit's day and amount, paying nothing yet; the visit's own first.
    let vouchers = Signal::derive(move || {
        let day = parse_date(&date.get(), today().year());
        let money = parse_money(&amount.get());
        session.book.with(|b| {
            let Some(b) = b else { return Vec::new() };
            let period = day.map_or(Period { from: today(), to: today() }, |d| Period { from: d, to: d });
            voucher_choices(b, period, own.get_value(), |v| Some(v.date) == day && Some(v.amount) == money)
        })
    });
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let draft = WelfareDraft {
            date: date.get(),
            kind: at(&WelfareKind::ALL, &kind.get()),
            member_id: member.get().parse().ok(),
            relative: relative.get(),
            amount: amount.get(),
            gift: gift.get(),
            note: note.get(),
            payment: pay.payment(),
        };
        let id = editing.get_untracked();
        let name = draft
            .member_id
            .map(|m| session.book.with_untracked(|b| b.as_ref().map(|b| b.name_of(m)).unwrap_or_default()))
            .unwrap_or_default();
        let result = session
            .apply(Change::SaveRecord(Record::Welfare, name), move |b| b.save_welfare(id, &draft, today()).map(|_| ()));
        if errors.take(result) {
            reset();
        }
    };
    view! {
        <form class="form" id="welfare-form" on:submit=submit novalidate>
            <h2>{form_title(editing, T::AddWelfare, T::EditWelfare)}</h2>
            {errors.view()}
            <div class="row">
                <DateField label=T::Date value=date error=errors.of(F::Date) required=true/>
                <SelectField label=T::Member value=member options=member_choices() error=errors.of(F::Member) required=true/>
                <SelectField label=T::WelfareKind value=kind options=choices(welfare_labels, None) error=errors.of(F::Kind) required=true/>
            </div>
            <div class="row">
                <TextField label=T::Relative value=relative error=errors.of(F::Relative) hint=T::RelativeHint/>
                <TextField label=T::AmountDong value=amount error=errors.of(F::Amount) placeholder="1.000.000" inputmode="numeric"/>
                <TextField label=T::Gift value=gift error=errors.of(F::Gift)/>
            </div>
            <PaymentFields choice=pay vouchers/>
            <p class="hint">{t(T::PayWelfareHint)}</p>
            <TextField label=T::Notes value=note error=errors.of(F::Note)/>
            <div class="actions">
                <button type="submit">{form_title(editing, T::AddWelfare, T::SaveChanges)}</button>
                <Show when=move || editing.get().is_some()>
                    <button type="button" class="secondary" on:click=move |_| reset()>{t(T::Cancel)}</button>
                </Show>
            </div>
        </form>
    }
}

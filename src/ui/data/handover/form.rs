//! The form of a new handover, kept as a draft as the user types: its date, the money counted in each fund
//! beside the books' balance that day with the difference, the counts of the records, the papers (a line
//! each), who hands over and who receives.

use super::minutes::{count_rows, difference_text};
use crate::domain::handover::{figures, HandoverDraft, HandoverError, HandoverField};
use crate::domain::history::Change;
use crate::domain::text::{format_date, format_money};
use crate::domain::{new_id, Id};
use crate::i18n::{fill, T};
use crate::ui::route::{navigate, HandoverRoute, Route};
use crate::ui::session::{today, Session};
use crate::ui::widgets::draft::{Draft, DraftRestored, Input};
use crate::ui::widgets::{field_id, t, DateField, FormErrors, TextField};
use leptos::prelude::*;

#[component]
pub fn HandoverForm() -> impl IntoView {
    let session = expect_context::<Session>();
    let lang = move || session.lang.get();
    let funds: Vec<(Id, String, RwSignal<String>)> = session
        .book
        .with_untracked(|b| {
            b.as_ref()
                .map(|b| b.finance.funds.iter().map(|f| (f.id, f.name.clone(), RwSignal::new(String::new()))).collect())
        })
        .unwrap_or_default();
    let date = RwSignal::new(format_date(today()));
    let place = RwSignal::new(String::new());
    let papers = RwSignal::new(String::new());
    let (giver_name, giver_role) = (RwSignal::new(String::new()), RwSignal::new(String::new()));
    let (receiver_name, receiver_role) = (RwSignal::new(String::new()), RwSignal::new(String::new()));
    let mut fields: Vec<(T, Input)> = vec![(T::HoDate, date.into()), (T::HoPlace, place.into())];
    fields.extend(funds.iter().map(|(_, _, v)| (T::HoCounted, Input::from(*v))));
    fields.extend([
        (T::HoPapers, papers.into()),
        (T::HoGiverName, giver_name.into()),
        (T::HoGiverRole, giver_role.into()),
        (T::HoReceiverName, receiver_name.into()),
        (T::HoReceiverRole, receiver_role.into()),
    ]);
    let draft = Draft::new("handover/new", fields);
    let counted: Vec<(Id, RwSignal<String>)> = funds.iter().map(|(id, _, v)| (*id, *v)).collect();
    let typed = move || HandoverDraft {
        date: date.get(),
        place: place.get(),
        counted: counted.iter().map(|(id, v)| (*id, v.get())).collect(),
        papers: papers.get(),
        giver_name: giver_name.get(),
        giver_role: giver_role.get(),
        receiver_name: receiver_name.get(),
        receiver_role: receiver_role.get(),
    };
    let typed = Memo::new(move |_| typed());
    let preview = Memo::new(move |_| {
        let typed = typed.get();
        let day = typed.date(today())?;
        session.book.with(|b| b.as_ref().map(|b| figures(b, day, &typed.counted())))
    });
    let errors = FormErrors::<HandoverError>::new();
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let typed = typed.get_untracked();
        let id = new_id();
        let result =
            session.apply(Change::Handover(typed.date.clone()), move |b| b.record_handover(id, &typed, today()));
        if result.is_ok() {
            draft.clear();
            navigate(&Route::Handover(HandoverRoute::Record(id)));
        }
        errors.take(result);
    };
    let fund_rows = funds
        .into_iter()
        .map(|(id, name, value)| {
            let input_id = field_id("counted");
            let label = fill(T::HoCountedOf.text(lang()), &[&name]);
            let figure = move || preview.with(|p| p.as_ref().and_then(|p| p.funds.iter().find(|f| f.fund.id == id).cloned()));
            let error = errors.of(HandoverField::Counted(id));
            view! {
                <tr>
                    <th scope="row">{name.clone()}</th>
                    <td class="num">{move || figure().map(|f| format_money(f.balance))}</td>
                    <td>
                        <input id=input_id type="text" inputmode="numeric" aria-label=label prop:value=move || value.get()
                            on:input=move |ev| value.set(event_target_value(&ev))/>
                        {move || error.get().map(|e| view! { <p class="field-error" role="alert">{e}</p> })}
                    </td>
                    <td class="num">{move || figure().map(|f| difference_text(lang(), &f))}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <form class="form handover-form" on:submit=on_submit novalidate>
            <DraftRestored draft/>
            <div class="row">
                <DateField label=T::HoDate value=date error=errors.of(HandoverField::Date) required=true/>
                <TextField label=T::HoPlace value=place/>
            </div>
            <div class="table-wrap">
                <table class="handover-funds">
                    <caption>{t(T::HoFunds)}</caption>
                    <thead><tr>
                        <th scope="col">{t(T::HoFund)}</th>
                        <th scope="col">{t(T::HoBooks)}</th>
                        <th scope="col">{t(T::HoCounted)}</th>
                        <th scope="col">{t(T::HoDifference)}</th>
                    </tr></thead>
                    <tbody>{fund_rows}</tbody>
                </table>
            </div>
            {move || preview.get().map(|p| view! {
                <div class="table-wrap">
                    <table class="handover-counts">
                        <caption>{t(T::HoCounts)}</caption>
                        <thead><tr><th scope="col">{t(T::HoItem)}</th><th scope="col">{t(T::HoCount)}</th></tr></thead>
                        <tbody>
                            {count_rows(lang(), &p).into_iter().map(|(item, n)| view! {
                                <tr><th scope="row">{item}</th><td class="num">{n}</td></tr>
                            }).collect_view()}
                        </tbody>
                    </table>
                </div>
            })}
            <TextField label=T::HoPapers value=papers hint=T::HoPapersHint multiline=true/>
            <fieldset>
                <legend>{t(T::HoGiver)}</legend>
                <div class="row">
                    <TextField label=T::HoGiverName value=giver_name error=errors.of(HandoverField::GiverName) required=true/>
                    <TextField label=T::HoGiverRole value=giver_role/>
                </div>
            </fieldset>
            <fieldset>
                <legend>{t(T::HoReceiver)}</legend>
                <div class="row">
                    <TextField label=T::HoReceiverName value=receiver_name error=errors.of(HandoverField::ReceiverName) required=true/>
                    <TextField label=T::HoReceiverRole value=receiver_role/>
                </div>
            </fieldset>
            {errors.view()}
            <button type="submit">{t(T::HoSave)}</button>
        </form>
    }
}

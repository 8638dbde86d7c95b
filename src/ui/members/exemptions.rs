//! A member's periods without dues (maternity, long sickness, unpaid leave, no income, a pause), which the
//! dues sheet reads to say why a month is not owed.

use crate::domain::finance::exemptions::{ExemptionDraft, ExemptionKind};
use crate::domain::finance::{Field, FinanceChange};
use crate::domain::history::Change;
use crate::domain::text::format_date;
use crate::domain::Id;
use crate::i18n::{self, code, from_code, T};
use crate::ui::session::{today, Session};
use crate::ui::widgets::{t, DateField, FormErrors, SelectField, TextField};
use leptos::prelude::*;

#[component]
pub fn ExemptionsSection(id: Id) -> impl IntoView {
    let session = expect_context::<Session>();
    let lang = move || session.lang.get();
    let kind = RwSignal::new(code(&ExemptionKind::Maternity));
    let (from, to, note) = (RwSignal::new(String::new()), RwSignal::new(String::new()), RwSignal::new(String::new()));
    let errors = FormErrors::<crate::domain::finance::FieldError>::new();
    let name = move || {
        session
            .book
            .with_untracked(|b| b.as_ref().and_then(|b| b.member(id)).map(|m| m.full_name.clone()).unwrap_or_default())
    };
    let kinds = Signal::derive(move || {
        ExemptionKind::ALL.iter().map(|k| (code(k), i18n::exemption_kind(lang(), *k).to_string())).collect::<Vec<_>>()
    });
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some(kind) = from_code::<ExemptionKind>(&kind.get()) else { return };
        let draft = ExemptionDraft { kind, from: from.get(), to: to.get(), note: note.get() };
        let change = Change::Finance(FinanceChange::SaveExemption(name()));
        if errors.take(session.apply(change, move |b| b.add_exemption(id, &draft, today()).map(|_| ()))) {
            from.set(String::new());
            to.set(String::new());
            note.set(String::new());
        }
    };
    let rows = move || {
        session.book.with(|b| b.as_ref().and_then(|b| b.member(id)).map(|m| m.exemptions.clone()).unwrap_or_default())
    };
    view! {
        <section aria-labelledby="exemptions">
            <h2 id="exemptions">{t(T::ExemptionsTitle)}</h2>
            <p class="muted">{t(T::ExemptionsHelp)}</p>
            <Show when=move || !rows().is_empty() fallback=|| view! { <p class="muted">{t(T::NoExemptions)}</p> }>
                <table class="movements">
                    <thead><tr>
                        <th scope="col">{t(T::ExemptionKind)}</th>
                        <th scope="col">{t(T::ExemptionFrom)}</th>
                        <th scope="col">{t(T::ExemptionTo)}</th>
                        <th scope="col">{t(T::ExemptionNote)}</th>
                        <th scope="col"><span class="visually-hidden">{t(T::Actions)}</span></th>
                    </tr></thead>
                    <tbody>
                        {move || rows().into_iter().map(|e| {
                            let when = format_date(e.from);
                            let label = i18n::fill(T::RemoveExemptionOn.text(lang()), &[i18n::exemption_kind(lang(), e.kind), &when]);
                            let remove = move |_| {
                                let change = Change::Finance(FinanceChange::RemoveExemption(name()));
                                errors.take(session.apply(change, move |b| b.remove_exemption(id, e.id)));
                            };
                            let until = e.to.map(format_date).unwrap_or_else(|| T::ExemptionOngoing.text(lang()).to_string());
                            view! {
                                <tr>
                                    <td>{i18n::exemption_kind(lang(), e.kind)}</td>
                                    <td>{when.clone()}</td>
                                    <td>{until}</td>
                                    <td>{e.note.clone()}</td>
                                    <td class="row-actions"><button type="button" class="small danger" aria-label=label on:click=remove>{t(T::Delete)}</button></td>
                                </tr>
                            }
                        }).collect_view()}
                    </tbody>
                </table>
            </Show>
            <form class="form" on:submit=add novalidate>
                <div class="row">
                    <SelectField label=T::ExemptionKind value=kind options=kinds/>
                    <DateField label=T::ExemptionFrom value=from error=errors.of(Field::Date) required=true/>
                    <DateField label=T::ExemptionTo value=to error=errors.of(Field::Until)/>
                    <TextField label=T::ExemptionNote value=note error=errors.of(Field::Reason)/>
                </div>
                {errors.view()}
                <div class="actions"><button type="submit">{t(T::AddExemption)}</button></div>
            </form>
        </section>
    }
}

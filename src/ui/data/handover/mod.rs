//! Handing the book over to the next committee: the handovers recorded and the form of a new one, the biên
//! bản of each (printed, as .docx, with the book's file named for it), and the new term started from it.

mod form;
mod minutes;
mod record;
mod term;

use crate::domain::text::format_date;
use crate::i18n::T;
use crate::ui::route::{HandoverRoute, Route};
use crate::ui::session::Session;
use crate::ui::widgets::t;
use leptos::prelude::*;

#[component]
pub fn HandoverArea(route: HandoverRoute) -> impl IntoView {
    match route {
        HandoverRoute::List => view! { <HandoverPage/> }.into_any(),
        HandoverRoute::Record(id) => view! { <record::HandoverRecord id/> }.into_any(),
        HandoverRoute::Term(id) => view! { <term::NewTermPage id/> }.into_any(),
    }
}

#[component]
fn HandoverPage() -> impl IntoView {
    let session = expect_context::<Session>();
    let recorded = move || session.book.with(|b| b.as_ref().map(|b| b.handovers.clone()).unwrap_or_default());
    view! {
        <h1>{t(T::HoTitle)}</h1>
        <p class="lead">{t(T::HoLead)}</p>
        <section aria-labelledby="handovers">
            <h2 id="handovers">{t(T::HoRecorded)}</h2>
            <Show when=move || !recorded().is_empty() fallback=move || view! { <p class="muted">{t(T::HoNone)}</p> }>
                <div class="table-wrap">
                    <table class="handovers">
                        <thead><tr>
                            <th scope="col">{t(T::HoDate)}</th>
                            <th scope="col">{t(T::HoGiver)}</th>
                            <th scope="col">{t(T::HoReceiver)}</th>
                            <th scope="col"><span class="visually-hidden">{t(T::Actions)}</span></th>
                        </tr></thead>
                        <tbody>
                            {move || recorded().into_iter().map(|h| {
                                let record = Route::Handover(HandoverRoute::Record(h.id)).href();
                                let term = Route::Handover(HandoverRoute::Term(h.id)).href();
                                view! {
                                    <tr>
                                        <td>{format_date(h.date)}</td>
                                        <td>{h.giver.name.clone()}</td>
                                        <td>{h.receiver.name.clone()}</td>
                                        <td class="row-actions">
                                            <a href=record>{t(T::HoView)}</a>" · "<a href=term>{t(T::HoStartTerm)}</a>
                                        </td>
                                    </tr>
                                }
                            }).collect_view()}
                        </tbody>
                    </table>
                </div>
            </Show>
        </section>
        <section aria-labelledby="new-handover">
            <h2 id="new-handover">{t(T::HoNew)}</h2>
            <form::HandoverForm/>
        </section>
    }
}

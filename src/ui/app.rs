//! The shell: header, banners, navigation and the page for the current address. Addresses live in the
//! hash (`#/members`), which works the same from a server and from a file opened on disk.

use super::about::AboutPage;
use super::activities::ActivitiesArea;
use super::data::{DataPage, RecoveryPage};
use super::durability::Durability;
use super::finance::FinancePage;
use super::home::{OverviewPage, WelcomePage};
use super::members::{
    committees::CommitteesPage, composition::CompositionPage, form::MemberPage, groups::GroupsPage, list::MembersPage,
    sheet::ImportRosterPage, trash::TrashPage,
};
use super::route::{current_hash, HandoverRoute, Route};
use super::session::{Notice, Session};
use super::widgets::t;
use crate::domain::history::Change;
use crate::i18n::{Lang, T};
use crate::store::Saved;
use crate::ui::route::FinanceRoute;
use crate::ui::route::Sub;
use leptos::prelude::*;
use leptos::wasm_split::{wasm_split, SplitLoaderError};
use send_wrapper::SendWrapper;
use std::future::Future;
use wasm_bindgen::{closure::Closure, JsCast, JsValue};

/// Listens to a window event for the life of the app.
fn on_window(event: &str, handler: impl FnMut(web_sys::Event) + 'static) {
    let closure = Closure::<dyn FnMut(web_sys::Event)>::new(handler);
    let _ = window().add_event_listener_with_callback(event, closure.as_ref().unchecked_ref());
    closure.forget();
}

pub fn mount() {
    // Calls into the dead wasm after the first panic can panic again: the first one is what happened.
    static STOPPED: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);
    std::panic::set_hook(Box::new(|info| {
        web_sys::console::error_1(&info.to_string().into());
        if !STOPPED.swap(true, std::sync::atomic::Ordering::Relaxed) {
            show_stopped(&info.to_string());
        }
    }));
    leptos::mount::mount_to_body(App);
}

/// After a panic the wasm is dead (the release build aborts), so the page it leaves is `index.html`'s
/// `soCongDoanStopped`, plain JavaScript given the texts in the page's language and the error.
fn show_stopped(error: &str) {
    let lang = stored_lang();
    let texts = [T::StoppedTitle, T::StoppedKept, T::StoppedWhat, T::DownloadRaw, T::StoppedReload, T::StoppedToData];
    let texts: js_sys::Array = texts.iter().map(|t| JsValue::from_str(t.text(lang))).collect();
    texts.push(&error.into());
    let stopped = js_sys::Reflect::get(&window(), &"soCongDoanStopped".into());
    if let Ok(stopped) = stopped.and_then(|f| f.dyn_into::<js_sys::Function>()) {
        let _ = stopped.call1(&JsValue::NULL, &texts);
    }
}

#[component]
pub fn App() -> impl IntoView {
    let session = Session::open(stored_lang());
    provide_context(session);
    let demo_size = window().location().search().ok().and_then(|s| {
        let n = s.split(['?', '&']).find_map(|p| p.strip_prefix("demo="))?.parse::<usize>().ok()?;
        (1..=100_000).contains(&n).then_some(n)
    });
    session.start(demo_size);
    let route = RwSignal::new(Route::parse(&current_hash()));
    on_window("hashchange", move |_| route.set(Route::parse(&current_hash())));
    on_window("keydown", move |ev| {
        let Some(key) = ev.dyn_ref::<web_sys::KeyboardEvent>() else { return };
        let typing = key
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlElement>().ok())
            .is_some_and(|el| matches!(el.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT"));
        if !(key.ctrl_key() || key.meta_key()) || typing {
            return;
        }
        match key.key().to_ascii_lowercase().as_str() {
            "z" if key.shift_key() => session.redo(),
            "z" => session.undo(),
            "y" => session.redo(),
            _ => return,
        }
        ev.prevent_default();
    });
    let update_ready = RwSignal::new(false);
    // Memos, so that a change to the book does not rebuild the page and lose what is typed in it.
    let has_book = Memo::new(move |_| session.book.with(Option::is_some));
    let damaged = Memo::new(move |_| session.damage.with(Option::is_some));
    let durability = Durability::probe(session.persistent.into());
    provide_context(durability);
    // Asked only once there is a book worth keeping: Firefox puts the question to the user.
    Effect::new(move |_| {
        if has_book.get() {
            durability.request();
        }
    });
    on_window("sw-update-ready", move |_| update_ready.set(true));
    Effect::new(move |_| {
        let lang = session.lang.get();
        store_lang(lang);
        if let Some(html) = document().document_element() {
            let _ = html.set_attribute("lang", lang.code());
        }
    });
    // Interactive once a page shows: a stored book's first page waits for its reader.
    Effect::new(move |_| {
        if session.opening.get() {
            return;
        }
        if let Some(body) = document().body() {
            let _ = body.set_attribute("data-ready", "1");
        }
        let _ = window().performance().map(|p| p.mark("app-interactive"));
    });

    view! {
        <header class="top">
            <a class="brand" href="#/"><span class="logo" aria-hidden="true">"★"</span>{t(T::AppName)}</a>
            <span class="union-name">{move || session.book.with(|b| b.as_ref().map(|b| b.union.current().name.clone()))}</span>
            <div class="top-actions">
                <SaveState/>
                <UndoRedo/>
                <label class="lang">
                    <span class="visually-hidden">{t(T::Language)}</span>
                    <select aria-label=t(T::Language) on:change=move |ev| session.lang.set(Lang::from_code(&event_target_value(&ev)))>
                        <option value="vi" selected=move || session.lang.get() == Lang::Vi>"Tiếng Việt"</option>
                        <option value="en" selected=move || session.lang.get() == Lang::En>"English"</option>
                    </select>
                </label>
            </div>
        </header>
        <Banners update_ready/>
        {move || {
            if session.opening.get() {
                view! { <main class="page"><Opening/></main> }.into_any()
            } else if damaged.get() {
                view! { <main class="page">{on_first_visit(|| data_view(DataArea::Recovery))}</main> }.into_any()
            } else if !has_book.get() && route.get() == Route::Consolidation {
                view! { <main class="page">{on_first_visit(consolidation_view)}</main> }.into_any()
            } else if !has_book.get() {
                view! { <main class="page"><WelcomePage/></main> }.into_any()
            } else {
                view! { <Shell route/> }.into_any()
            }
        }}
    }
}

#[component]
fn Shell(route: RwSignal<Route>) -> impl IntoView {
    let link = move |target: Route, label: T| {
        let href = target.href();
        let current = {
            let target = target.clone();
            move || {
                let now = route.get();
                let same = now == target
                    || (target == Route::Members
                        && matches!(now, Route::NewMember | Route::ImportRoster | Route::EditMember(_)))
                    || matches!((&target, &now), (Route::Activities(_), Route::Activities(_)))
                    || (matches!(target, Route::Finance(_)) && matches!(now, Route::Finance(_)))
                    || (matches!(target, Route::Handover(_)) && matches!(now, Route::Handover(_)));
                same.then_some("page")
            }
        };
        view! { <li><a href=href aria-current=current>{t(label)}</a></li> }
    };
    view! {
        <div class="shell">
            <nav aria-label=t(T::MainMenu) class="side">
                <ul>
                    {link(Route::Overview, T::NavOverview)}
                    {link(Route::Members, T::NavMembers)}
                    {link(Route::Groups, T::NavGroups)}
                    {link(Route::Committees, T::NavCommittees)}
                    {link(Route::Composition, T::NavComposition)}
                    {link(Route::Activities(Sub::Welfare), T::NavActivities)}
                    {link(Route::Finance(FinanceRoute::Vouchers), T::NavFinance)}
                    {link(Route::Reports, T::NavReports)}
                    {link(Route::Trash, T::NavTrash)}
                    {link(Route::Data, T::NavData)}
                    {link(Route::Handover(HandoverRoute::List), T::NavHandover)}
                    {link(Route::Consolidation, T::NavConsolidation)}
                    {link(Route::About, T::NavAbout)}
                </ul>
            </nav>
            <main class="page">
                {move || match route.get() {
                    Route::Overview => view! { <OverviewPage/> }.into_any(),
                    Route::Activities(sub) => on_first_visit(move || activities_view(sub)),
                    Route::Finance(page) => on_first_visit(move || finance_view(page.clone())),
                    Route::Reports => on_first_visit(reports_view),
                    Route::Data => on_first_visit(|| data_view(DataArea::Data)),
                    Route::About => on_first_visit(|| data_view(DataArea::About)),
                    Route::Handover(page) => on_first_visit(move || data_view(DataArea::Handover(page))),
                    Route::Consolidation => on_first_visit(consolidation_view),
                    route => on_first_visit(move || members_view(route.clone())),
                }}
            </main>
        </div>
    }
}

/// A page whose code is in its own wasm chunk: the chunk is fetched on the page's first visit and kept, so
/// the first page loads only the shell and the overview. Until it arrives a line says the page is opening;
/// if it cannot be fetched (no network, and not yet kept by the service worker), the page says so and
/// offers to try again. The book is not touched either way.
fn on_first_visit<F>(load: impl Fn() -> F + Send + Sync + 'static) -> AnyView
where
    F: Future<Output = Result<AnyView, SplitLoaderError>> + 'static,
{
    let (opening, failed, again) = (t(T::LoadingPage), t(T::PageNotLoaded), t(T::TryAgain));
    let attempt = RwSignal::new(0u32);
    view! {
        <Suspense fallback=move || view! { <p class="muted" role="status">{opening}</p> }>
            {move || {
                attempt.track();
                let page = SendWrapper::new(load());
                Suspend::new(async move {
                    page.await.unwrap_or_else(|_| {
                        view! {
                            <div class="banner danger" role="alert">
                                <p>{failed}</p>
                                <button type="button" on:click=move |_| attempt.update(|n| *n += 1)>{again}</button>
                            </div>
                        }
                        .into_any()
                    })
                })
            }}
        </Suspense>
    }
    .into_any()
}

// The split points: each function and all the code only it reaches become one chunk (tools/split-app.mjs).
// `fallible`: a chunk that cannot be fetched is an error to show, not a panic that would stop the app.
#[wasm_split(members_view, wasm_split_path = ::leptos::wasm_split, fallible)]
fn members_view(route: Route) -> Result<AnyView, SplitLoaderError> {
    Ok(match route {
        Route::NewMember => view! { <MemberPage id=None/> }.into_any(),
        Route::ImportRoster => view! { <ImportRosterPage/> }.into_any(),
        Route::EditMember(id) => view! { <MemberPage id=Some(id)/> }.into_any(),
        Route::Groups => view! { <GroupsPage/> }.into_any(),
        Route::Committees => view! { <CommitteesPage/> }.into_any(),
        Route::Composition => view! { <CompositionPage/> }.into_any(),
        Route::Trash => view! { <TrashPage/> }.into_any(),
        _ => view! { <MembersPage/> }.into_any(),
    })
}

#[wasm_split(activities_view, wasm_split_path = ::leptos::wasm_split, fallible)]
fn activities_view(sub: Sub) -> Result<AnyView, SplitLoaderError> {
    Ok(view! { <ActivitiesArea sub/> }.into_any())
}

#[wasm_split(finance_view, wasm_split_path = ::leptos::wasm_split, fallible)]
fn finance_view(route: FinanceRoute) -> Result<AnyView, SplitLoaderError> {
    Ok(view! { <FinancePage route/> }.into_any())
}

#[wasm_split(reports_view, wasm_split_path = ::leptos::wasm_split, fallible)]
fn reports_view() -> Result<AnyView, SplitLoaderError> {
    Ok(view! { <super::reports::ReportPage/> }.into_any())
}

#[wasm_split(consolidation_view, wasm_split_path = ::leptos::wasm_split, fallible)]
fn consolidation_view() -> Result<AnyView, SplitLoaderError> {
    Ok(view! { <super::consolidation::ConsolidationPage/> }.into_any())
}

/// The pages of the data area's chunk; the recovery page is one, shown instead of the book when storage
/// cannot be read.
#[derive(Clone, Copy)]
enum DataArea {
    Data,
    About,
    Recovery,
    Handover(HandoverRoute),
}

#[wasm_split(data_view, wasm_split_path = ::leptos::wasm_split, fallible)]
fn data_view(area: DataArea) -> Result<AnyView, SplitLoaderError> {
    Ok(match area {
        DataArea::Data => view! { <DataPage/> }.into_any(),
        DataArea::About => view! { <AboutPage/> }.into_any(),
        DataArea::Recovery => view! { <RecoveryPage/> }.into_any(),
        DataArea::Handover(route) => view! { <super::data::handover::HandoverArea route/> }.into_any(),
    })
}

#[component]
fn UndoRedo() -> impl IntoView {
    let session = expect_context::<Session>();
    let title =
        move |change: Option<Change>| change.map(|c| crate::i18n::change(session.lang.get(), &c)).unwrap_or_default();
    view! {
        <button type="button" class="ghost" on:click=move |_| session.undo() disabled=move || session.undo.with(Option::is_none)
            title=move || title(session.undo.get())>{t(T::Undo)}</button>
        <button type="button" class="ghost" on:click=move |_| session.redo() disabled=move || session.redo.with(Option::is_none)
            title=move || title(session.redo.get())>{t(T::Redo)}</button>
    }
}

/// Whether every change is on disk: "Đã lưu" only once the last change's transaction has completed.
#[component]
fn SaveState() -> impl IntoView {
    let session = expect_context::<Session>();
    let text = move || match session.saved.get() {
        Saved::Yes => T::SavedState,
        Saved::Saving | Saved::Due => T::SavingState,
        Saved::No => T::NotSavedState,
    };
    view! {
        <Show when=move || session.book.with(Option::is_some)>
            <span class="save-state" role="status" data-state=move || format!("{:?}", session.saved.get()).to_lowercase()>{move || t(text())()}</span>
        </Show>
    }
}

/// A stored book while its reader is fetched; when it cannot be, what to do.
#[component]
fn Opening() -> impl IntoView {
    let session = expect_context::<Session>();
    view! {
        <Show when=move || session.code_failed.get() fallback=move || view! { <p class="muted" role="status">{t(T::OpeningBook)}</p> }>
            <div class="banner danger" role="alert">
                <p>{t(T::ReaderNotLoaded)}</p>
                <button type="button" on:click=move |_| session.start(None)>{t(T::TryAgain)}</button>
            </div>
        </Show>
    }
}

#[component]
fn Banners(update_ready: RwSignal<bool>) -> impl IntoView {
    let session = expect_context::<Session>();
    let export_now = move |_| super::widgets::export_book(session);
    view! {
        <Show when=move || session.saved.get() == Saved::No>
            <div class="banner danger" role="alert">
                <p><strong>{t(T::NotSavedTitle)}</strong>" "{t(T::NotSavedBody)}</p>
                <button type="button" on:click=export_now>{t(T::ExportNow)}</button>
                <button type="button" class="secondary" on:click=move |_| session.retry_save()>{t(T::RetrySave)}</button>
            </div>
        </Show>
        <Show when=move || session.code_failed.get() && !session.opening.get()>
            <div class="banner danger" role="alert">
                <p><strong>{t(T::WritersNotLoadedTitle)}</strong>" "{t(T::WritersNotLoadedBody)}</p>
                <button type="button" on:click=move |_| session.retry_save()>{t(T::TryAgain)}</button>
            </div>
        </Show>
        {move || session.book.with(|b| b.as_ref().and_then(|b| b.ending.as_ref().map(|e| e.on))).map(|on| view! {
            <div class="banner warning" role="note">
                <p>{crate::i18n::fill(T::EndedBanner.text(session.lang.get()), &[&crate::domain::text::format_date(on)])}</p>
            </div>
        })}
        <Show when=move || !session.persistent.get()>
            <div class="banner warning" role="status">
                <p>{t(T::NoStorage)}</p>
                <Show when=move || session.book.with(Option::is_some)>
                    <button type="button" on:click=export_now>{t(T::ExportNow)}</button>
                </Show>
            </div>
        </Show>
        {move || session.notice.get().map(|notice| {
            let text = match &notice {
                Notice::ReloadedFromOtherTab(dropped) if dropped.is_empty() => T::ReloadedFromOtherTab.text(session.lang.get()).to_string(),
                Notice::ReloadedFromOtherTab(dropped) => {
                    let lang = session.lang.get();
                    let names: Vec<String> = dropped.iter().map(|c| crate::i18n::change(lang, c)).collect();
                    crate::i18n::fill(T::ReloadedDropped.text(lang), &[&names.join("; ")])
                }
                Notice::Restored => T::RestoredNotice.text(session.lang.get()).to_string(),
                Notice::Removed(change) => {
                    let lang = session.lang.get();
                    crate::i18n::fill(T::RemovedNotice.text(lang), &[&crate::i18n::change(lang, change)])
                }
            };
            let undo = matches!(notice, Notice::Removed(_)).then(|| view! {
                <button type="button" on:click=move |_| {
                    session.notice.set(None);
                    session.undo();
                }>{t(T::UndoRemoval)}</button>
            });
            view! {
                <div class="banner info notice" role="status">
                    <p>{text}</p>
                    {undo}
                    <button type="button" class="ghost" on:click=move |_| session.notice.set(None)>{t(T::Dismiss)}</button>
                </div>
            }
        })}
        <Show when=move || update_ready.get()>
            <div class="banner info" role="status">
                <p>{t(T::UpdateReady)}</p>
                <button type="button" on:click=move |_| {
                    if let Ok(event) = web_sys::Event::new("sw-apply-update") {
                        let _ = window().dispatch_event(&event);
                    }
                }>{t(T::Reload)}</button>
            </div>
        </Show>
    }
}

const LANG_KEY: &str = "so-cong-doan/lang";

/// The language chosen last time on this browser; Vietnamese the first time. Kept as the JSON string of its
/// code, as gloo-storage wrote it before; read without a JSON parser, which no first page needs.
fn stored_lang() -> Lang {
    let code = local_storage().and_then(|s| s.get_item(LANG_KEY).ok().flatten());
    code.map_or_else(Lang::default, |c| Lang::from_code(c.trim_matches('"')))
}

fn store_lang(lang: Lang) {
    if let Some(storage) = local_storage() {
        let _ = storage.set_item(LANG_KEY, &format!("\"{}\"", lang.code()));
    }
}

/// The browser's localStorage, unless it refuses one (it throws on access).
fn local_storage() -> Option<web_sys::Storage> {
    web_sys::window().and_then(|w| w.local_storage().ok().flatten())
}

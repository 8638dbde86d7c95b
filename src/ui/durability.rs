//! Will what the app saves still be there next time? Where the book lives (which storage, for which page),
//! whether the browser promised to keep it (`navigator.storage.persist()`), and how much it holds and grants
//! (`navigator.storage.estimate()`).
//!
//! What browsers do, as measured: on http(s) IndexedDB belongs to the site. On file:// Chromium gives every
//! file opened from disk one shared storage (origin "file://"), while Firefox gives each file path its own
//! (origin "null"): a moved or renamed copy opens on an empty book. Without a persistence grant
//! the browser may clear the storage when the disk runs short, Safari after 7 days without a visit, and
//! a private window when it closes; a page cannot tell a private window apart, so that case is only named.

use leptos::prelude::*;
use wasm_bindgen_futures::JsFuture;

/// Where the book is kept.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Place {
    /// The browser refused storage: the page's memory, gone when it closes.
    Memory,
    /// The browser's storage for the site the app was opened from.
    Site,
    /// The browser's storage shared by every file opened from disk in this browser.
    FilesShared,
    /// The browser's storage for this one file path.
    ThisFilePath,
}

/// The browser's answer about keeping the storage.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Persistence {
    Checking,
    /// Granted: kept until the user clears it.
    Persistent,
    /// Best effort: the browser may clear it.
    BestEffort,
    /// The browser has no Storage API: nothing promised.
    Unsupported,
}

#[derive(Clone, Copy)]
pub struct Durability {
    pub place: Signal<Place>,
    pub persistence: RwSignal<Persistence>,
}

fn storage_manager() -> Option<web_sys::StorageManager> {
    let navigator = window().navigator();
    // Absent in old browsers and in some insecure contexts: check before calling.
    js_sys::Reflect::get(&navigator, &"storage".into()).ok().filter(|s| !s.is_undefined())?;
    Some(navigator.storage())
}

/// Runs a storage promise that answers a boolean; `None` if it fails.
async fn ask(promise: Result<js_sys::Promise, wasm_bindgen::JsValue>) -> Option<bool> {
    JsFuture::from(promise.ok()?).await.ok()?.as_bool()
}

impl Durability {
    /// Finds out where the book lives (in memory when `stored` turns false: the browser refused its
    /// database), then asks the browser (asynchronously) whether it keeps it.
    pub fn probe(stored: Signal<bool>) -> Self {
        let location = window().location();
        let on_disk = match location.protocol().as_deref() {
            Ok("file:") if location.origin().as_deref() == Ok("null") => Place::ThisFilePath,
            Ok("file:") => Place::FilesShared,
            _ => Place::Site,
        };
        let place = Signal::derive(move || if stored.get() { on_disk } else { Place::Memory });
        let persistence = RwSignal::new(Persistence::Checking);
        match storage_manager() {
            None => persistence.set(Persistence::Unsupported),
            Some(storage) => wasm_bindgen_futures::spawn_local(async move {
                let kept = ask(storage.persisted()).await.unwrap_or(false);
                // A grant from `request` may have come first: never take it back.
                persistence.update(|p| {
                    if *p != Persistence::Persistent {
                        *p = if kept { Persistence::Persistent } else { Persistence::BestEffort };
                    }
                });
            }),
        }
        Durability { place, persistence }
    }

    /// Asks the browser to keep the storage. Chromium answers by itself (more readily for an installed
    /// app); Firefox asks the user, so this runs only once there is a book worth keeping.
    pub fn request(&self) {
        let persistence = self.persistence;
        if self.place.get_untracked() == Place::Memory || persistence.get_untracked() == Persistence::Persistent {
            return;
        }
        let Some(storage) = storage_manager() else { return };
        wasm_bindgen_futures::spawn_local(async move {
            if ask(storage.persist()).await == Some(true) {
                persistence.set(Persistence::Persistent);
            }
        });
    }

    /// The book is stored, but the browser has not promised to keep it. (Memory only has its own banner.)
    pub fn may_not_last(&self) -> bool {
        self.place.get() != Place::Memory
            && matches!(self.persistence.get(), Persistence::BestEffort | Persistence::Unsupported)
    }
}

/// The path of the file opened from disk, as the user would recognise it.
pub fn file_path() -> String {
    let path = window().location().pathname().unwrap_or_default();
    js_sys::decode_uri_component(&path).ok().and_then(|p| p.as_string()).unwrap_or(path)
}

/// What the browser holds for the site and what it grants it, in bytes: `navigator.storage.estimate()`.
pub async fn estimate() -> Option<(u64, u64)> {
    let answer = JsFuture::from(storage_manager()?.estimate().ok()?).await.ok()?;
    let number = |name: &str| js_sys::Reflect::get(&answer, &name.into()).ok()?.as_f64().map(|n| n as u64);
    Some((number("usage")?, number("quota")?))
}

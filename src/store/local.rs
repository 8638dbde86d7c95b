//! The browser's localStorage, where earlier versions of the app kept the book (`legacy.rs`).

use super::legacy::Kv;
use gloo_storage::{LocalStorage, Storage};

pub struct Local(web_sys::Storage);

impl Local {
    /// `None` when the browser refuses localStorage (it throws on access).
    pub fn open() -> Option<Self> {
        web_sys::window()?.local_storage().ok().flatten().map(|_| Local(LocalStorage::raw()))
    }
}

impl Kv for Local {
    fn get(&self, key: &str) -> Option<String> {
        self.0.get_item(key).ok().flatten()
    }

    fn keys(&self) -> Vec<String> {
        let len = self.0.length().unwrap_or(0);
        (0..len).filter_map(|i| self.0.key(i).ok().flatten()).collect()
    }

    fn remove(&mut self, key: &str) {
        let _ = self.0.remove_item(key);
    }
}

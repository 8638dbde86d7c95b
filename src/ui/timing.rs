//! Steps timed in the browser's performance timeline, for `make bench`: `mark` a step's start, `measure` from
//! it. The bench reads `book-sealed`, `book-decrypted`, `book-unsealed`, `merge-preview`, `merge-built` and
//! `consolidated`.

pub fn mark(start: &str) {
    if let Some(p) = web_sys::window().and_then(|w| w.performance()) {
        p.clear_marks_with_mark_name(start);
        let _ = p.mark(start);
    }
}

pub fn measure(name: &str, start: &str) {
    if let Some(p) = web_sys::window().and_then(|w| w.performance()) {
        let _ = p.measure_with_start_mark(name, start);
    }
}

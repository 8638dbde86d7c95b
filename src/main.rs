//! The app in the browser. The pages live in this binary, not in the library that the office worker links
//! too: each lazily loaded page is an exported split point, and would otherwise be kept in the worker.
use so_cong_doan::{consolidator, domain, i18n, office, store};

mod ui;

fn main() {
    ui::app::mount();
}

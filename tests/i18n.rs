//! The table of interface texts: each key gives its own text in each language, first to last.

use so_cong_doan::i18n::{Lang, T};

#[test]
fn each_key_gives_its_own_text_in_each_language() {
    for (key, vi, en) in [
        (T::AppName, "Sổ Công đoàn", "Union Book"),
        (T::TryAgain, "Thử lại", "Try again"),
        (T::DownloadReportDocx, "Tải báo cáo (.docx)", "Download the report (.docx)"),
    ] {
        assert_eq!(key.text(Lang::Vi), vi);
        assert_eq!(key.text(Lang::En), en);
    }
}

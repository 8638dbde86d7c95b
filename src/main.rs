fn main() {
    so_cong_doan::ui::app::mount();
}

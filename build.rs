//! The app's wasm is linked with its relocations, which tools/split-app.mjs reads to split it into chunks
//! (only for the browser build; the native tests link the same binary without them).
fn main() {
    if std::env::var("CARGO_CFG_TARGET_ARCH").as_deref() == Ok("wasm32") {
        println!("cargo:rustc-link-arg-bin=so-cong-doan=--emit-relocs");
    }
}

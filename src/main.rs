fn main() {
    // Natively this binary does nothing: `cargo test` exercises the core, the browser runs the app.
    #[cfg(target_arch = "wasm32")]
    skillcase::ui::mount();
}

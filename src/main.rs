//! Entry point: install the panic hook and mount the app. Nothing else.

fn main() {
    std::panic::set_hook(Box::new(|info| {
        web_sys::console::error_1(&info.to_string().into());
    }));
    leptos::mount::mount_to_body(service_quotient::App);
}

//! Entry point: install the panic hook and mount the app. Nothing else.

fn main() {
    service_quotient::browser::crash::install_hook();
    leptos::mount::mount_to_body(service_quotient::App);
}

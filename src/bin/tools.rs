//! Entry point of the tools page (`tools.html`): install the panic hook and
//! mount it. Nothing else.

fn main() {
    std::panic::set_hook(Box::new(|info| {
        web_sys::console::error_1(&info.to_string().into());
    }));
    leptos::mount::mount_to_body(service_quotient::ToolsApp);
}

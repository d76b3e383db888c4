//! Entry point of the plan page (`plan.html`): install the panic hook and
//! mount it. Nothing else.

fn main() {
    service_quotient::browser::crash::install_hook();
    leptos::mount::mount_to_body(service_quotient::PlanApp);
}

//! User Timing measures (`sq:save`, `sq:restore`) around the app's own work,
//! visible in the browser's performance tools and read by the benchmark.

/// Runs `work` and records how long it took as the measure `name`.
pub fn measure<T>(name: &'static str, work: impl FnOnce() -> T) -> T {
    let performance = web_sys::window().and_then(|w| w.performance());
    if let Some(performance) = &performance {
        let _ = performance.mark(name);
    }
    let result = work();
    if let Some(performance) = &performance {
        // The measure runs from the mark of the same name to now.
        let _ = performance.measure_with_start_mark(name, name);
        performance.clear_marks_with_mark_name(name);
    }
    result
}

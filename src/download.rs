//! Files the person downloads (exports, backups) as data URLs: made in the
//! page, so nothing is sent anywhere.

/// A `data:` URL holding `text` with the given media type.
pub fn data_url(media_type: &str, text: &str) -> String {
    format!(
        "data:{media_type};charset=utf-8,{}",
        String::from(js_sys::encode_uri_component(text))
    )
}

/// A file name with today's date: `service-quotient-2026-11-23.json`.
pub fn file_name(extension: &str) -> String {
    let today: String = crate::dates::now().as_str().chars().take(10).collect();
    format!("service-quotient-{today}.{extension}")
}

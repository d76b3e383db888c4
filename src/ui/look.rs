/// How a button or a link that acts as one looks: one class string per
/// kind, written once.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Look {
    /// An ordinary action.
    Plain,
    /// The page's main action.
    Primary,
    /// An action that clears or deletes.
    Danger,
    /// A quiet action inside text, drawn as a link.
    Link,
}

impl Look {
    /// The element's `class`.
    pub const fn class(self) -> &'static str {
        match self {
            Look::Plain => "button",
            Look::Primary => "button button--primary",
            Look::Danger => "button button--danger",
            Look::Link => "link-button",
        }
    }
}

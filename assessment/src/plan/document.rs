//! The policy document as plain blocks of text, written by the app in the
//! page's language and rendered here as Markdown or as one self-contained
//! HTML file. Everything the person typed is only ever text: escaped for
//! HTML, and for Markdown every character Markdown would read as markup is
//! backslash-escaped, so a pasted `<script>` or `# heading` prints as typed.

/// One block of the document.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Block {
    /// The document's title.
    Title(String),
    /// A line under the title (who, when).
    Byline(String),
    /// A part's heading.
    Heading(String),
    /// A sub-heading (an area of the policy).
    Subheading(String),
    /// A paragraph; its line breaks are kept.
    Paragraph(String),
    /// A list.
    Items(Vec<String>),
    /// A numbered list.
    Steps(Vec<String>),
}

/// Text with every character Markdown could read as markup escaped, and
/// line breaks kept as hard breaks.
pub fn markdown_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    for line in text.trim().lines() {
        if !out.is_empty() {
            out.push_str("  \n");
        }
        for c in line.trim_end().chars() {
            if "\\`*_{}[]()<>#+-.!|~&".contains(c) {
                out.push('\\');
            }
            out.push(c);
        }
    }
    out
}

/// The document as Markdown.
pub fn markdown(blocks: &[Block]) -> String {
    let mut out = String::new();
    for block in blocks {
        match block {
            Block::Title(t) => out.push_str(&format!("# {}\n\n", markdown_text(t))),
            Block::Byline(t) => out.push_str(&format!("_{}_\n\n", markdown_text(t))),
            Block::Heading(t) => out.push_str(&format!("## {}\n\n", markdown_text(t))),
            Block::Subheading(t) => out.push_str(&format!("### {}\n\n", markdown_text(t))),
            Block::Paragraph(t) => out.push_str(&format!("{}\n\n", markdown_text(t))),
            Block::Items(items) => {
                for item in items {
                    out.push_str(&format!("- {}\n", markdown_text(item)));
                }
                out.push('\n');
            }
            Block::Steps(items) => {
                for (n, item) in items.iter().enumerate() {
                    out.push_str(&format!("{}. {}\n", n + 1, markdown_text(item)));
                }
                out.push('\n');
            }
        }
    }
    out
}

/// Text made safe inside HTML elements and attribute values.
pub fn html_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.trim().chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            '\n' => out.push_str("<br>"),
            c => out.push(c),
        }
    }
    out
}

/// The styles of the HTML file: readable on screen, clean on paper.
const CSS: &str = "body{font-family:system-ui,'Noto Sans','Noto Sans Devanagari','Noto Sans Telugu','Noto Sans CJK SC',sans-serif;line-height:1.5;max-width:42rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a}h1{font-size:1.6rem}h2{font-size:1.25rem;margin-top:2rem;border-bottom:1px solid #ccc}h3{font-size:1.05rem}.byline{color:#555}@page{margin:18mm}";

/// The document as one HTML file: no scripts, its styles inline, readable
/// offline and fit to attach to an e-mail. `lang` is the page's language
/// tag.
pub fn html(blocks: &[Block], lang: &str) -> String {
    let title = blocks
        .iter()
        .find_map(|b| match b {
            Block::Title(t) => Some(html_text(t)),
            _ => None,
        })
        .unwrap_or_default();
    let mut body = String::new();
    for block in blocks {
        let list = |tag: &str, items: &[String]| {
            let items: String = items
                .iter()
                .map(|i| format!("<li>{}</li>", html_text(i)))
                .collect();
            format!("<{tag}>{items}</{tag}>\n")
        };
        body.push_str(&match block {
            Block::Title(t) => format!("<h1>{}</h1>\n", html_text(t)),
            Block::Byline(t) => format!("<p class=\"byline\">{}</p>\n", html_text(t)),
            Block::Heading(t) => format!("<h2>{}</h2>\n", html_text(t)),
            Block::Subheading(t) => format!("<h3>{}</h3>\n", html_text(t)),
            Block::Paragraph(t) => format!("<p>{}</p>\n", html_text(t)),
            Block::Items(items) => list("ul", items),
            Block::Steps(items) => list("ol", items),
        });
    }
    format!(
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{title}</title>\n<style>{CSS}</style>\n</head>\n<body>\n{body}</body>\n</html>\n",
        html_text(lang)
    )
}

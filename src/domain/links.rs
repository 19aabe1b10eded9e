//! Links that come from data (a facilitator's contact, a person's profile)
//! are only ever http, https or mailto: anything else (javascript:, data:,
//! file:, relative tricks) is shown as text, never as a link.

/// The URL to use as a link target, or `None` if it must stay text.
pub fn safe_href(raw: &str) -> Option<String> {
    let s = raw.trim();
    if s.chars().any(|c| c.is_control() || c == ' ') || s.len() > 2000 {
        return None;
    }
    let lower = s.to_ascii_lowercase();
    let web = (lower.starts_with("https://") || lower.starts_with("http://"))
        && lower
            .split_once("//")
            .is_some_and(|(_, rest)| !rest.is_empty());
    let mail = lower.starts_with("mailto:") && s.len() > 7 && s.contains('@');
    (web || mail).then(|| s.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_web_and_mail_links_pass() {
        assert_eq!(
            safe_href(" https://ala.org/core "),
            Some("https://ala.org/core".into())
        );
        assert_eq!(
            safe_href("HTTP://example.org"),
            Some("HTTP://example.org".into())
        );
        assert_eq!(
            safe_href("mailto:ana@library.org"),
            Some("mailto:ana@library.org".into())
        );
        for bad in [
            "javascript:alert(1)",
            "JaVaScRiPt:alert(1)",
            " javascript:alert(1)",
            "java\tscript:alert(1)",
            "data:text/html,<script>alert(1)</script>",
            "vbscript:msgbox",
            "file:///etc/passwd",
            "//evil.example",
            "/relative",
            "https://",
            "mailto:",
            "https://exa mple.org",
            "",
        ] {
            assert_eq!(safe_href(bad), None, "{bad:?}");
        }
    }
}

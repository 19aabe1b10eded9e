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

/// Whether `url` only works on this computer (localhost, a loopback
/// address, a file): a workshop link made there cannot be opened on
/// participants' phones.
pub fn is_local_address(url: &str) -> bool {
    if url.trim().to_ascii_lowercase().starts_with("file:") {
        return true;
    }
    let host = host(url);
    host == "localhost"
        || host.ends_with(".localhost")
        || (host.starts_with("127.")
            && host
                .split('.')
                .all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit())))
        || host == "::1"
        || host == "0.0.0.0"
}

/// The host of a URL, lowercased, without user, port or brackets
/// ("https://Nmrt.ALA.org:443/x" gives "nmrt.ala.org"); empty without one.
pub fn host(url: &str) -> String {
    let lower = url.trim().to_ascii_lowercase();
    let rest = lower.split_once("://").map_or("", |(_, r)| r);
    let authority = rest.split(['/', '#', '?']).next().unwrap_or("");
    let host_port = authority.rsplit('@').next().unwrap_or("");
    let host = if host_port.starts_with('[') {
        host_port.split(']').next().map_or("", |h| &h[1..])
    } else {
        host_port.split(':').next().unwrap_or("")
    };
    host.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_host_of_a_link() {
        assert_eq!(host("https://Nmrt.ALA.org:443/notes?x#y"), "nmrt.ala.org");
        assert_eq!(host("http://user@[::1]:8080/"), "::1");
        assert_eq!(host("https://www.apalaweb.org"), "www.apalaweb.org");
        assert_eq!(host("mailto:a@b.org"), "");
    }

    #[test]
    fn local_addresses_are_recognised() {
        for local in [
            "http://127.0.0.1:8080/#/join/x",
            "http://localhost:8080/",
            "http://[::1]:8080/",
            "file:///home/me/dist/index.html#/join/x",
            "http://app.localhost/",
        ] {
            assert!(is_local_address(local), "{local}");
        }
        for public in [
            "https://wayfinder.example.org/#/join/x",
            "https://you.github.io/wayfinder/",
            "http://192.168.1.20:8080/",
            "https://127.example.org/",
        ] {
            assert!(!is_local_address(public), "{public}");
        }
    }

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

//! Site adapters as data: which editor each social network uses, where its
//! compose boxes and post buttons are, and whether Enter sends.
//!
//! The content script works on any focused textarea, text input or
//! contenteditable without an adapter (the generic path); an adapter adds the
//! compose-box markers (so boxes are recognised before they are focused) and
//! the submit controls (for the submit hold). Selectors come from the sites'
//! public markup (see `shared/DESIGN.md`) and are verified against fixtures.

/// The editor library a site's compose box is built with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Editor {
    /// A plain `<textarea>` or `<input>`.
    TextArea,
    /// A bare contenteditable element.
    ContentEditable,
    /// Meta's Lexical.
    Lexical,
    /// Facebook's Draft.js.
    DraftJs,
    /// Quill.
    Quill,
    /// ProseMirror (TipTap).
    ProseMirror,
    /// Slate.
    Slate,
}

/// What PostGuard knows about one site.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Site {
    /// The site's name as people say it.
    pub name: &'static str,
    /// Host names the adapter applies to (the host itself or any subdomain).
    pub hosts: &'static [&'static str],
    /// The editor its compose box is built with.
    pub editor: Editor,
    /// CSS selectors of compose boxes.
    pub compose: &'static [&'static str],
    /// CSS selectors of the controls that post or send.
    pub submit: &'static [&'static str],
    /// Whether a plain Enter sends (chat boxes, comment boxes).
    pub enter_sends: bool,
}

/// The twelve adapted sites.
pub const SITES: &[Site] = &[
    Site {
        name: "X",
        hosts: &["x.com", "twitter.com"],
        editor: Editor::DraftJs,
        compose: &["[data-testid^=\"tweetTextarea_\"]"],
        submit: &["[data-testid=\"tweetButton\"]", "[data-testid=\"tweetButtonInline\"]"],
        enter_sends: false,
    },
    Site {
        name: "Facebook",
        hosts: &["facebook.com"],
        editor: Editor::Lexical,
        compose: &["[data-lexical-editor=\"true\"]"],
        submit: &["[aria-label=\"Post\"]", "[aria-label=\"Comment\"]"],
        enter_sends: false,
    },
    Site {
        name: "Instagram",
        hosts: &["instagram.com"],
        editor: Editor::TextArea,
        compose: &["textarea", "[role=\"textbox\"]"],
        submit: &["[role=\"button\"][tabindex]"],
        enter_sends: true,
    },
    Site {
        name: "Threads",
        hosts: &["threads.net", "threads.com"],
        editor: Editor::ContentEditable,
        compose: &["div[role=\"textbox\"][contenteditable]"],
        submit: &["[role=\"button\"]"],
        enter_sends: false,
    },
    Site {
        name: "TikTok",
        hosts: &["tiktok.com"],
        editor: Editor::DraftJs,
        compose: &["[data-e2e=\"comment-input\"] [contenteditable]", "[data-e2e=\"comment-input\"]"],
        submit: &["[data-e2e=\"comment-post\"]"],
        enter_sends: true,
    },
    Site {
        name: "LinkedIn",
        hosts: &["linkedin.com"],
        editor: Editor::Quill,
        compose: &[".ql-editor"],
        submit: &["button.share-actions__primary-action"],
        enter_sends: false,
    },
    Site {
        name: "Reddit",
        hosts: &["reddit.com"],
        editor: Editor::Lexical,
        compose: &["shreddit-composer [contenteditable]", "[data-lexical-editor=\"true\"]"],
        submit: &["button[type=\"submit\"]", "button[slot=\"submit-button\"]"],
        enter_sends: false,
    },
    Site {
        name: "YouTube",
        hosts: &["youtube.com"],
        editor: Editor::ContentEditable,
        compose: &["#contenteditable-root"],
        submit: &["#submit-button button", "#submit-button"],
        enter_sends: false,
    },
    Site {
        name: "Bluesky",
        hosts: &["bsky.app"],
        editor: Editor::ProseMirror,
        compose: &[".ProseMirror"],
        submit: &["[data-testid=\"composerPublishBtn\"]"],
        enter_sends: false,
    },
    Site {
        name: "Mastodon",
        hosts: &["mastodon.social", "mastodon.online", "mstdn.social"],
        editor: Editor::TextArea,
        compose: &["form.compose-form textarea"],
        submit: &["form.compose-form button[type=\"submit\"]"],
        enter_sends: false,
    },
    Site {
        name: "WhatsApp",
        hosts: &["web.whatsapp.com"],
        editor: Editor::Lexical,
        compose: &["[data-tab=\"10\"]", "footer [role=\"textbox\"]"],
        submit: &["[aria-label=\"Send\"]"],
        enter_sends: true,
    },
    Site {
        name: "Discord",
        hosts: &["discord.com"],
        editor: Editor::Slate,
        compose: &["[data-slate-editor=\"true\"]"],
        submit: &[],
        enter_sends: true,
    },
];

/// The adapter for a host name (`www.facebook.com` → Facebook), if any.
pub fn site_for_host(host: &str) -> Option<&'static Site> {
    let host = host.trim_end_matches('.').to_ascii_lowercase();
    SITES.iter().find(|site| {
        site.hosts.iter().any(|h| host == *h || host.strip_suffix(h).is_some_and(|rest| rest.ends_with('.')))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hosts_and_subdomains_find_their_site() {
        assert_eq!(site_for_host("x.com").map(|s| s.name), Some("X"));
        assert_eq!(site_for_host("www.facebook.com").map(|s| s.name), Some("Facebook"));
        assert_eq!(site_for_host("web.whatsapp.com").map(|s| s.name), Some("WhatsApp"));
        assert_eq!(site_for_host("BSKY.APP").map(|s| s.name), Some("Bluesky"));
        assert_eq!(site_for_host("notfacebook.com"), None);
        assert_eq!(site_for_host("example.org"), None);
    }

    #[test]
    fn there_are_twelve_sites_each_with_a_compose_marker() {
        assert_eq!(SITES.len(), 12);
        assert!(SITES.iter().all(|s| !s.compose.is_empty() && !s.hosts.is_empty()));
    }
}

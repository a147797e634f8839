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
    /// CSS selectors of the controls that post or send, besides the buttons
    /// any site labels "Post", "Send", "Reply"… (see [`SUBMIT_WORDS`]).
    pub submit: &'static [&'static str],
    /// Selectors of the compose boxes where a plain Enter sends (chat and
    /// comment boxes); `*` for every box on the site.
    pub enter_sends: &'static [&'static str],
}

/// Every compose box on the site (for `enter_sends`).
const EVERY_BOX: &[&str] = &["*"];

/// What the post, send and reply controls of any site are called (their
/// label's first word, lower-cased): the generic path's submit controls.
pub const SUBMIT_WORDS: &[&str] =
    &["post", "send", "reply", "tweet", "comment", "publish", "share", "submit", "respond", "toot", "postear"];

/// Whether a control's label (its accessible name or text) names a submit.
pub fn is_submit_label(label: &str) -> bool {
    let label = label.trim();
    // Long labels are sentences ("Share your thoughts…"), not buttons.
    if label.is_empty() || label.chars().count() > 24 || label.split_whitespace().count() > 3 {
        return false;
    }
    let first = label.split(|c: char| !c.is_alphanumeric()).next().unwrap_or("").to_lowercase();
    SUBMIT_WORDS.contains(&first.as_str())
}

/// The twelve adapted sites.
pub const SITES: &[Site] = &[
    Site {
        name: "X",
        hosts: &["x.com", "twitter.com"],
        editor: Editor::DraftJs,
        compose: &["[data-testid^=\"tweetTextarea_\"]"],
        submit: &["[data-testid=\"tweetButton\"]", "[data-testid=\"tweetButtonInline\"]"],
        enter_sends: &["[data-testid=\"dmComposerTextInput\"]"],
    },
    Site {
        name: "Facebook",
        hosts: &["facebook.com"],
        editor: Editor::Lexical,
        compose: &["[data-lexical-editor=\"true\"]"],
        submit: &["[aria-label=\"Post\"]", "[aria-label=\"Comment\"]"],
        enter_sends: &[
            "[aria-label^=\"Write a comment\"]",
            "[aria-label^=\"Write a reply\"]",
            "[aria-label=\"Message\"]",
        ],
    },
    Site {
        name: "Instagram",
        hosts: &["instagram.com"],
        editor: Editor::TextArea,
        compose: &["textarea", "[role=\"textbox\"]"],
        submit: &[], // its "Share" and "Post" buttons are found by their labels
        enter_sends: &["textarea[aria-label^=\"Add a comment\"]", "[aria-label=\"Message\"]"],
    },
    Site {
        name: "Threads",
        hosts: &["threads.net", "threads.com"],
        editor: Editor::ContentEditable,
        compose: &["div[role=\"textbox\"][contenteditable]"],
        submit: &[], // its "Post" button is found by its label
        enter_sends: &[],
    },
    Site {
        name: "TikTok",
        hosts: &["tiktok.com"],
        editor: Editor::DraftJs,
        compose: &["[data-e2e=\"comment-input\"] [contenteditable]", "[data-e2e=\"comment-input\"]"],
        submit: &["[data-e2e=\"comment-post\"]"],
        enter_sends: EVERY_BOX,
    },
    Site {
        name: "LinkedIn",
        hosts: &["linkedin.com"],
        editor: Editor::Quill,
        compose: &[".ql-editor"],
        submit: &["button.share-actions__primary-action"],
        enter_sends: &[".msg-form__contenteditable"],
    },
    Site {
        name: "Reddit",
        hosts: &["reddit.com"],
        editor: Editor::Lexical,
        compose: &["shreddit-composer [contenteditable]", "[data-lexical-editor=\"true\"]"],
        submit: &["button[type=\"submit\"]", "button[slot=\"submit-button\"]"],
        enter_sends: &[],
    },
    Site {
        name: "YouTube",
        hosts: &["youtube.com"],
        editor: Editor::ContentEditable,
        compose: &["#contenteditable-root"],
        submit: &["#submit-button button", "#submit-button"],
        enter_sends: &[],
    },
    Site {
        name: "Bluesky",
        hosts: &["bsky.app"],
        editor: Editor::ProseMirror,
        compose: &[".ProseMirror"],
        submit: &["[data-testid=\"composerPublishBtn\"]"],
        enter_sends: &[],
    },
    Site {
        name: "Mastodon",
        hosts: &["mastodon.social", "mastodon.online", "mstdn.social"],
        editor: Editor::TextArea,
        compose: &["form.compose-form textarea"],
        submit: &["form.compose-form button[type=\"submit\"]"],
        enter_sends: &[],
    },
    Site {
        name: "WhatsApp",
        hosts: &["web.whatsapp.com"],
        editor: Editor::Lexical,
        compose: &["[data-tab=\"10\"]", "footer [role=\"textbox\"]"],
        submit: &["[aria-label=\"Send\"]"],
        enter_sends: EVERY_BOX,
    },
    Site {
        name: "Discord",
        hosts: &["discord.com"],
        editor: Editor::Slate,
        compose: &["[data-slate-editor=\"true\"]"],
        submit: &[],
        enter_sends: EVERY_BOX,
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
    fn post_and_send_buttons_are_recognised_by_their_labels() {
        for label in ["Post", "Send", "Reply", "Post all", "Comment", "Publish!", "Share", " Submit ", "Toot!", "Tweet"]
        {
            assert!(is_submit_label(label), "{label}");
        }
        for label in
            ["", "Cancel", "Add photo", "Poster", "Sending tips and tricks for new users", "Share your thoughts here"]
        {
            assert!(!is_submit_label(label), "{label}");
        }
    }

    #[test]
    fn there_are_twelve_sites_each_with_a_compose_marker() {
        assert_eq!(SITES.len(), 12);
        assert!(SITES.iter().all(|s| !s.compose.is_empty() && !s.hosts.is_empty()));
    }
}

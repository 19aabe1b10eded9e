//! Hash routes: the whole map of the app's screens, parsed from and written to
//! the URL fragment (`#/goals/12`). Hash routes let any static host serve deep
//! links, and leave the fragment free to carry workshop codes (`#/join/<code>`)
//! that never reach a server.
//!
//! Pure: no web APIs. The UI reads `location.hash`, calls [`Route::parse`], and
//! renders the screen for the result.
//!
//! Wayfinder is built into one page per audience ([`Page`]), so each
//! downloads only its own code: the leader's app, the facilitator's
//! workshops, the participant's join form and match link, and My data,
//! which keeps every audience's sections and so belongs to none. Every route
//! belongs to one page; a link to a route of another page names that page's
//! file ([`Route::href`]).

/// One entry page and its binary: what one audience loads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Page {
    /// `index.html`: self-assessment, goals, plan, guide.
    Leader,
    /// `workshop.html`: workshops, their setup and the matching wizard.
    Facilitator,
    /// `join.html`: the join form, its profile code, and match links.
    Participant,
    /// `data.html`: My data, the backup, restore and deletion of every
    /// stored section (the leader's, the facilitator's, the participant's).
    Data,
}

impl Page {
    /// The page's file name in the build (all pages share one folder).
    pub fn file(self) -> &'static str {
        match self {
            Page::Leader => "index.html",
            Page::Facilitator => "workshop.html",
            Page::Participant => "join.html",
            Page::Data => "data.html",
        }
    }

    /// How a link from another page addresses this one: the leader's page
    /// is the folder itself, so its address stays the one people bookmark.
    pub fn relative(self) -> &'static str {
        match self {
            Page::Leader => "./",
            other => other.file(),
        }
    }
}

/// One of the primary navigation sections. Every route belongs to one, so the
/// navigation can mark where the user is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Section {
    Home,
    Assess,
    Goals,
    Guide,
    Workshop,
    Data,
}

impl Section {
    /// The sections in navigation order.
    pub const ALL: [Section; 6] = [
        Section::Home,
        Section::Assess,
        Section::Goals,
        Section::Guide,
        Section::Workshop,
        Section::Data,
    ];

    /// The label shown in the primary navigation.
    pub fn label(self) -> &'static str {
        match self {
            Section::Home => "Home",
            Section::Assess => "Self-assessment",
            Section::Goals => "Goals",
            Section::Guide => "Guide",
            Section::Workshop => "Workshop",
            Section::Data => "My data",
        }
    }

    /// The route a navigation link to this section opens.
    pub fn route(self) -> Route {
        match self {
            Section::Home => Route::Home,
            Section::Assess => Route::Assess,
            Section::Goals => Route::Goals,
            Section::Guide => Route::Guide,
            Section::Workshop => Route::Workshop,
            Section::Data => Route::Data,
        }
    }
}

/// Every screen of the app. Ids are the integer record ids the storage layer
/// hands out; codes are URL-safe base64 strings.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Route {
    Home,
    /// Self-assessment overview: history of snapshots and the radar view.
    Assess,
    /// Taking (or resuming) an assessment.
    AssessTake,
    /// One finished snapshot.
    AssessSnapshot(u64),
    /// The goal list.
    Goals,
    /// A new goal (possibly prefilled from an assessment gap).
    GoalNew,
    /// One goal's detail.
    Goal(u64),
    /// The development plan (screen and print).
    Plan,
    /// Guide index: programs, mentorship, sponsorship, differences, JEDI.
    Guide,
    /// One guide page by its slug.
    GuidePage(String),
    /// The "What do I need now?" diagnostic.
    Diagnostic,
    /// My support network.
    Network,
    /// One person in the network.
    Person(u64),
    /// Mentoring agreement builder.
    Agreement,
    /// The agreement builder started from a match link, with the pair's
    /// names to fill in (`#/guide/agreement/with/<mentee>/<mentor>`,
    /// percent-encoded). The screen fills them in, then shows
    /// [`Route::Agreement`].
    AgreementWith {
        mentee: String,
        mentor: String,
    },
    /// Program timeline.
    Timeline,
    /// Facilitator: workshops list.
    Workshop,
    /// Facilitator: one workshop's setup, link and participants.
    WorkshopEdit(u64),
    /// Facilitator: the matching wizard of one workshop.
    WorkshopMatch(u64),
    /// Facilitator: the program dashboard of one workshop.
    WorkshopProgram(u64),
    /// Participant: the workshop link (`#/join/<code>`).
    Join(String),
    /// Participant: a match link (`#/match/<code>`).
    MatchLink(String),
    /// Participant: a milestone's survey link (`#/survey/<code>`).
    Survey(String),
    /// My data: storage, backup, restore, delete.
    Data,
    /// Anything else; keeps the path so the screen can show it.
    NotFound(String),
}

/// A name as one path segment of a hash: every byte but ASCII letters and
/// digits percent-encoded, so `/`, `#` and spaces cannot split or end it.
fn encode_segment(text: &str) -> String {
    percent_encoding::utf8_percent_encode(text, percent_encoding::NON_ALPHANUMERIC).to_string()
}

/// A percent-encoded segment as text; `None` when it is not UTF-8 or is
/// longer than a name may be.
fn decode_segment(segment: &str) -> Option<String> {
    let text = percent_encoding::percent_decode_str(segment)
        .decode_utf8()
        .ok()?;
    (text.chars().count() <= MAX_SEGMENT_CHARS).then(|| text.into_owned())
}

/// The longest name a route carries: the longest a profile's name, and so
/// a match link's, may be.
const MAX_SEGMENT_CHARS: usize = crate::domain::workshop::profile::MAX_TEXT_CHARS;

impl Route {
    /// Parses a location hash (`""`, `"#"`, `"#/"`, `"#/goals/3"`, …).
    pub fn parse(hash: &str) -> Route {
        let path = hash.strip_prefix('#').unwrap_or(hash);
        let path = path.strip_prefix('/').unwrap_or(path);
        let path = path.strip_suffix('/').unwrap_or(path);
        let parts: Vec<&str> = if path.is_empty() {
            Vec::new()
        } else {
            path.split('/').collect()
        };
        let not_found = || Route::NotFound(path.to_string());
        let id = |s: &str| s.parse::<u64>().ok();
        let code = |s: &str| {
            (!s.is_empty()
                && s.bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_'))
            .then(|| s.to_string())
        };
        match parts.as_slice() {
            [] => Route::Home,
            ["assess"] => Route::Assess,
            ["assess", "take"] => Route::AssessTake,
            ["assess", "snapshot", n] => id(n).map(Route::AssessSnapshot).unwrap_or_else(not_found),
            ["goals"] => Route::Goals,
            ["goals", "new"] => Route::GoalNew,
            ["goals", n] => id(n).map(Route::Goal).unwrap_or_else(not_found),
            ["plan"] => Route::Plan,
            ["guide"] => Route::Guide,
            ["guide", "needs"] => Route::Diagnostic,
            ["guide", "network"] => Route::Network,
            ["guide", "network", n] => id(n).map(Route::Person).unwrap_or_else(not_found),
            ["guide", "agreement"] => Route::Agreement,
            ["guide", "agreement", "with", mentee, mentor] => {
                match (decode_segment(mentee), decode_segment(mentor)) {
                    (Some(mentee), Some(mentor)) => Route::AgreementWith { mentee, mentor },
                    _ => not_found(),
                }
            }
            ["guide", "timeline"] => Route::Timeline,
            ["guide", slug] => code(slug).map(Route::GuidePage).unwrap_or_else(not_found),
            ["workshop"] => Route::Workshop,
            ["workshop", n] => id(n).map(Route::WorkshopEdit).unwrap_or_else(not_found),
            ["workshop", n, "match"] => id(n).map(Route::WorkshopMatch).unwrap_or_else(not_found),
            ["workshop", n, "program"] => {
                id(n).map(Route::WorkshopProgram).unwrap_or_else(not_found)
            }
            ["join", c] => code(c).map(Route::Join).unwrap_or_else(not_found),
            ["match", c] => code(c).map(Route::MatchLink).unwrap_or_else(not_found),
            ["survey", c] => code(c).map(Route::Survey).unwrap_or_else(not_found),
            ["data"] => Route::Data,
            _ => not_found(),
        }
    }

    /// The hash that opens this route; `Route::parse(&r.to_hash()) == r`.
    pub fn to_hash(&self) -> String {
        match self {
            Route::Home => "#/".into(),
            Route::Assess => "#/assess".into(),
            Route::AssessTake => "#/assess/take".into(),
            Route::AssessSnapshot(n) => format!("#/assess/snapshot/{n}"),
            Route::Goals => "#/goals".into(),
            Route::GoalNew => "#/goals/new".into(),
            Route::Goal(n) => format!("#/goals/{n}"),
            Route::Plan => "#/plan".into(),
            Route::Guide => "#/guide".into(),
            Route::GuidePage(slug) => format!("#/guide/{slug}"),
            Route::Diagnostic => "#/guide/needs".into(),
            Route::Network => "#/guide/network".into(),
            Route::Person(n) => format!("#/guide/network/{n}"),
            Route::Agreement => "#/guide/agreement".into(),
            Route::AgreementWith { mentee, mentor } => format!(
                "#/guide/agreement/with/{}/{}",
                encode_segment(mentee),
                encode_segment(mentor)
            ),
            Route::Timeline => "#/guide/timeline".into(),
            Route::Workshop => "#/workshop".into(),
            Route::WorkshopEdit(n) => format!("#/workshop/{n}"),
            Route::WorkshopMatch(n) => format!("#/workshop/{n}/match"),
            Route::WorkshopProgram(n) => format!("#/workshop/{n}/program"),
            Route::Join(c) => format!("#/join/{c}"),
            Route::MatchLink(c) => format!("#/match/{c}"),
            Route::Survey(c) => format!("#/survey/{c}"),
            Route::Data => "#/data".into(),
            Route::NotFound(p) => format!("#/{p}"),
        }
    }

    /// The page that shows this route.
    pub fn page(&self) -> Page {
        match self {
            Route::Workshop
            | Route::WorkshopEdit(_)
            | Route::WorkshopMatch(_)
            | Route::WorkshopProgram(_) => Page::Facilitator,
            Route::Join(_) | Route::MatchLink(_) | Route::Survey(_) => Page::Participant,
            Route::Data => Page::Data,
            _ => Page::Leader,
        }
    }

    /// A link to this route from a screen of `from`: the hash alone on the
    /// same page, with the other page's file otherwise.
    pub fn href(&self, from: Page) -> String {
        let page = self.page();
        if page == from {
            self.to_hash()
        } else {
            format!("{}{}", page.relative(), self.to_hash())
        }
    }

    /// The full address to hand out for this route, given the address of
    /// the page showing it now: the same folder (so a copy hosted anywhere
    /// hands out its own links), the route's page, and its hash.
    pub fn address(&self, current: &str) -> String {
        let current = current.split('#').next().unwrap_or_default();
        let current = current.split('?').next().unwrap_or_default();
        let folder = current.rfind('/').map_or(current, |i| &current[..=i]);
        let file = match self.page() {
            Page::Leader => "",
            other => other.file(),
        };
        format!("{folder}{file}{}", self.to_hash())
    }

    /// The primary navigation section this route belongs to. Not-found pages
    /// belong to none.
    pub fn section(&self) -> Option<Section> {
        Some(match self {
            Route::Home => Section::Home,
            Route::Assess | Route::AssessTake | Route::AssessSnapshot(_) => Section::Assess,
            Route::Goals | Route::GoalNew | Route::Goal(_) | Route::Plan => Section::Goals,
            Route::Guide
            | Route::GuidePage(_)
            | Route::Diagnostic
            | Route::Network
            | Route::Person(_)
            | Route::Agreement
            | Route::AgreementWith { .. }
            | Route::Timeline => Section::Guide,
            Route::Workshop
            | Route::WorkshopEdit(_)
            | Route::WorkshopMatch(_)
            | Route::WorkshopProgram(_)
            | Route::Join(_)
            | Route::MatchLink(_)
            | Route::Survey(_) => Section::Workshop,
            Route::Data => Section::Data,
            Route::NotFound(_) => return None,
        })
    }

    /// The screen's own name, used in the document title and its heading.
    pub fn heading(&self) -> String {
        match self {
            Route::Home => "Grow as a library leader".into(),
            Route::Assess => "Self-assessment".into(),
            Route::AssessTake => "Take a self-assessment".into(),
            Route::AssessSnapshot(_) => "Assessment snapshot".into(),
            Route::Goals => "Goals".into(),
            Route::GoalNew => "New goal".into(),
            Route::Goal(_) => "Goal".into(),
            Route::Plan => "Development plan".into(),
            Route::Guide => "Guide: mentors, sponsors and programs".into(),
            // The page's own title is in its text, which only the leader's
            // page carries: `guide::pages::title_of` names it.
            Route::GuidePage(_) => "Guide".into(),
            Route::Diagnostic => "What do I need now?".into(),
            Route::Network => "My support network".into(),
            Route::Person(_) => "Person".into(),
            Route::Agreement | Route::AgreementWith { .. } => "Mentoring agreement".into(),
            Route::Timeline => "Program timeline".into(),
            Route::Workshop => "Workshop".into(),
            Route::WorkshopEdit(_) => "Workshop setup".into(),
            Route::WorkshopMatch(_) => "Matching wizard".into(),
            Route::WorkshopProgram(_) => "Program dashboard".into(),
            Route::Join(_) => "Join a workshop".into(),
            Route::MatchLink(_) => "Your match".into(),
            Route::Survey(_) => "Program check-in".into(),
            Route::Data => "My data".into(),
            Route::NotFound(_) => "Page not found".into(),
        }
    }

    /// The document title for this route.
    pub fn title(&self) -> String {
        match self {
            Route::Home => "Wayfinder: grow as a library leader".into(),
            other => format!("{} · Wayfinder", other.heading()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn all_routes() -> Vec<Route> {
        vec![
            Route::Home,
            Route::Assess,
            Route::AssessTake,
            Route::AssessSnapshot(7),
            Route::Goals,
            Route::GoalNew,
            Route::Goal(42),
            Route::Plan,
            Route::Guide,
            Route::GuidePage("sponsorship".into()),
            Route::Diagnostic,
            Route::Network,
            Route::Person(3),
            Route::Agreement,
            Route::AgreementWith {
                mentee: "Ana Díaz / #1".into(),
                mentor: "Bo 陈 100%".into(),
            },
            Route::Timeline,
            Route::Workshop,
            Route::WorkshopEdit(1),
            Route::WorkshopMatch(1),
            Route::WorkshopProgram(1),
            Route::Join("eJzLSM3JyVcozy_KSQEAGgQEXQ".into()),
            Route::MatchLink("abc-_09".into()),
            Route::Survey("abc-_09".into()),
            Route::Data,
        ]
    }

    #[test]
    fn every_route_round_trips_through_its_hash() {
        for r in all_routes() {
            assert_eq!(Route::parse(&r.to_hash()), r, "{}", r.to_hash());
        }
    }

    #[test]
    fn empty_and_root_hashes_are_home() {
        for h in ["", "#", "#/", "/", "#//"] {
            // "#//" strips one slash each side and leaves an empty path.
            assert_eq!(Route::parse(h), Route::Home, "{h:?}");
        }
    }

    #[test]
    fn trailing_slash_is_ignored() {
        assert_eq!(Route::parse("#/goals/"), Route::Goals);
    }

    #[test]
    fn unknown_or_malformed_paths_are_not_found() {
        assert_eq!(Route::parse("#/nope"), Route::NotFound("nope".into()));
        assert_eq!(
            Route::parse("#/goals/abc"),
            Route::NotFound("goals/abc".into())
        );
        assert_eq!(
            Route::parse("#/goals/-1"),
            Route::NotFound("goals/-1".into())
        );
        assert_eq!(
            Route::parse("#/join/<script>"),
            Route::NotFound("join/<script>".into())
        );
        assert_eq!(Route::parse("#/join/"), Route::NotFound("join".into()));
        assert_eq!(
            Route::parse("#/data/extra"),
            Route::NotFound("data/extra".into())
        );
    }

    #[test]
    fn names_in_an_agreement_route_are_encoded_and_bad_ones_are_not_found() {
        let route = Route::AgreementWith {
            mentee: "Ana/Díaz #1?".into(),
            mentor: "Bo".into(),
        };
        let hash = route.to_hash();
        assert_eq!(hash, "#/guide/agreement/with/Ana%2FD%C3%ADaz%20%231%3F/Bo");
        assert_eq!(Route::parse(&hash), route);
        assert_eq!(route.page(), Page::Leader);
        assert!(route
            .href(Page::Participant)
            .starts_with("./#/guide/agreement/with/"));
        // Not UTF-8, or longer than a name may be.
        assert!(matches!(
            Route::parse("#/guide/agreement/with/%FF/Bo"),
            Route::NotFound(_)
        ));
        let longest = "a".repeat(MAX_SEGMENT_CHARS);
        let route = Route::AgreementWith {
            mentee: longest.clone(),
            mentor: longest,
        };
        assert_eq!(
            Route::parse(&route.to_hash()),
            route,
            "a name as long as a profile's"
        );
        let long = "a".repeat(MAX_SEGMENT_CHARS + 1);
        assert!(matches!(
            Route::parse(&format!("#/guide/agreement/with/{long}/Bo")),
            Route::NotFound(_)
        ));
    }

    #[test]
    fn each_section_links_to_a_route_in_itself() {
        for s in Section::ALL {
            assert_eq!(s.route().section(), Some(s));
        }
        assert_eq!(Route::NotFound("x".into()).section(), None);
    }

    #[test]
    fn every_route_has_one_page_and_links_across_pages_name_it() {
        for r in all_routes() {
            assert_eq!(Route::parse(&r.to_hash()).page(), r.page());
            assert_eq!(r.href(r.page()), r.to_hash());
        }
        assert_eq!(Route::Goals.href(Page::Facilitator), "./#/goals");
        assert_eq!(
            Route::WorkshopEdit(3).href(Page::Leader),
            "workshop.html#/workshop/3"
        );
        assert_eq!(
            Route::Join("abc".into()).href(Page::Facilitator),
            "join.html#/join/abc"
        );
        assert_eq!(Route::Data.href(Page::Leader), "data.html#/data");
        assert_eq!(Route::Data.href(Page::Facilitator), "data.html#/data");
        assert_eq!(Route::Home.href(Page::Data), "./#/");
        let join = Route::Join("abc".into());
        for from in [
            "https://x.org/wayfinder/workshop.html#/workshop/3",
            "https://x.org/wayfinder/workshop.html?x=1",
            "https://x.org/wayfinder/",
            "https://x.org/wayfinder/index.html#/",
        ] {
            assert_eq!(
                join.address(from),
                "https://x.org/wayfinder/join.html#/join/abc"
            );
            assert_eq!(
                Route::Goals.address(from),
                "https://x.org/wayfinder/#/goals"
            );
        }
        // Unknown paths stay on the leader's page, which says so.
        assert_eq!(Route::parse("#/nope").page(), Page::Leader);
        assert_eq!(Route::parse("#/match/x-1").page(), Page::Participant);
    }

    #[test]
    fn titles_differ_per_screen_and_name_the_product() {
        let titles: std::collections::HashSet<String> =
            Section::ALL.iter().map(|s| s.route().title()).collect();
        assert_eq!(titles.len(), Section::ALL.len());
        assert!(titles.iter().all(|t| t.contains("Wayfinder")));
        assert_eq!(Route::parse("#/zzz").title(), "Page not found · Wayfinder");
    }
}

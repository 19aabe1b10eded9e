//! The guide's reading pages: leadership programs, mentorship, sponsorship,
//! how to mentor and how to sponsor (for the mentors and sponsors of a
//! program, issue #17), the differences side by side, and JEDI in
//! mentoring. The text lives in
//! `content/guide/*.md`, included at build time, in a tiny line-based
//! format read here: `# title`, `> summary`, `## heading`, `- item`,
//! `| cell | cell |` table rows (the first row is the header), anything
//! else a paragraph. A `## Sources` section lists what the page cites.
//! No inline markup: every line reaches the screen as plain text, except
//! that a list item may end in `<https://…>`, a link to check the current
//! details of what it names (see [`split_link`]).

/// One guide page.
pub struct Page {
    pub slug: &'static str,
    text: &'static str,
}

pub const PAGES: [Page; 7] = [
    Page {
        slug: "programs",
        text: include_str!("../../../content/guide/programs.md"),
    },
    Page {
        slug: "mentorship",
        text: include_str!("../../../content/guide/mentorship.md"),
    },
    Page {
        slug: "sponsorship",
        text: include_str!("../../../content/guide/sponsorship.md"),
    },
    Page {
        slug: "mentoring",
        text: include_str!("../../../content/guide/mentoring.md"),
    },
    Page {
        slug: "sponsoring",
        text: include_str!("../../../content/guide/sponsoring.md"),
    },
    Page {
        slug: "differences",
        text: include_str!("../../../content/guide/differences.md"),
    },
    Page {
        slug: "jedi",
        text: include_str!("../../../content/guide/jedi.md"),
    },
];

/// A list item's text and the web address it ends with, if any: "ALSC
/// mentoring (as of 2026) <https://www.ala.org/alsc>" gives the text and
/// the address. Only http and https addresses count.
pub fn split_link(item: &str) -> (&str, Option<&str>) {
    let Some(rest) = item.strip_suffix('>') else {
        return (item, None);
    };
    match rest.rsplit_once(" <") {
        Some((text, url)) if url.starts_with("https://") || url.starts_with("http://") => {
            (text.trim_end(), Some(url))
        }
        _ => (item, None),
    }
}

/// The page with this slug.
pub fn page(slug: &str) -> Option<&'static Page> {
    PAGES.iter().find(|p| p.slug == slug)
}

/// The document title of `route`, naming the guide page it shows (the
/// route alone says only "Guide": the pages' text lives here, and only the
/// leader's page carries it).
pub fn title_of(route: &crate::domain::route::Route) -> String {
    use crate::domain::route::Route;
    match route {
        Route::GuidePage(slug) => {
            page(slug).map_or_else(|| route.title(), |p| format!("{} · Wayfinder", p.title()))
        }
        other => other.title(),
    }
}

/// A piece of a page's body.
#[derive(Debug, PartialEq, Eq)]
pub enum Block {
    Heading(&'static str),
    Para(&'static str),
    List(Vec<&'static str>),
    /// Rows of cells; the first row is the header.
    Table(Vec<Vec<&'static str>>),
}

const SOURCES: &str = "Sources";

impl Page {
    fn line(&self, prefix: &str) -> &'static str {
        self.text
            .lines()
            .find_map(|l| l.strip_prefix(prefix))
            .unwrap_or("")
    }

    pub fn title(&self) -> &'static str {
        self.line("# ")
    }

    pub fn summary(&self) -> &'static str {
        self.line("> ")
    }

    /// The body up to the sources, as blocks.
    pub fn blocks(&self) -> Vec<Block> {
        let mut out: Vec<Block> = Vec::new();
        for line in self.text.lines().map(str::trim_end) {
            if line.is_empty() || line.starts_with("# ") || line.starts_with("> ") {
                continue;
            }
            if let Some(h) = line.strip_prefix("## ") {
                if h == SOURCES {
                    break;
                }
                out.push(Block::Heading(h));
            } else if let Some(item) = line.strip_prefix("- ") {
                match out.last_mut() {
                    Some(Block::List(items)) => items.push(item),
                    _ => out.push(Block::List(vec![item])),
                }
            } else if let Some(row) = line.strip_prefix('|') {
                let cells: Vec<&str> = row
                    .strip_suffix('|')
                    .unwrap_or(row)
                    .split('|')
                    .map(str::trim)
                    .collect();
                match out.last_mut() {
                    Some(Block::Table(rows)) => rows.push(cells),
                    _ => out.push(Block::Table(vec![cells])),
                }
            } else {
                out.push(Block::Para(line));
            }
        }
        out
    }

    /// What the page cites.
    pub fn sources(&self) -> Vec<&'static str> {
        self.text
            .lines()
            .skip_while(|l| l.strip_prefix("## ") != Some(SOURCES))
            .filter_map(|l| l.strip_prefix("- "))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::route::Route;

    #[test]
    fn a_guide_page_is_titled_by_its_own_heading_and_others_by_their_route() {
        let p = &PAGES[0];
        assert_eq!(
            title_of(&Route::GuidePage(p.slug.into())),
            format!("{} · Wayfinder", p.title())
        );
        assert_eq!(
            title_of(&Route::GuidePage("no-such-page".into())),
            "Guide · Wayfinder"
        );
        assert_eq!(title_of(&Route::Goals), Route::Goals.title());
    }

    #[test]
    fn every_page_has_a_title_summary_body_and_sources() {
        for p in &PAGES {
            assert!(!p.title().is_empty(), "{}", p.slug);
            assert!(p.summary().len() > 40, "{}", p.slug);
            assert!(p.blocks().len() >= 3, "{}", p.slug);
            assert!(!p.sources().is_empty(), "{} cites nothing", p.slug);
            assert!(
                p.slug.bytes().all(|b| b.is_ascii_lowercase()),
                "{} is not a plain slug",
                p.slug
            );
            assert!(page(p.slug).is_some());
            for b in p.blocks() {
                if let Block::Table(rows) = b {
                    assert!(rows.len() >= 3);
                    assert!(
                        rows.iter().all(|r| r.len() == rows[0].len()),
                        "{}: ragged table",
                        p.slug
                    );
                }
            }
        }
        assert!(page("nope").is_none());
    }

    #[test]
    fn differences_table_compares_the_five_things_the_brief_names() {
        let blocks = page("differences").unwrap().blocks();
        let rows = blocks
            .iter()
            .find_map(|b| match b {
                Block::Table(rows) => Some(rows),
                _ => None,
            })
            .expect("a table");
        assert_eq!(rows[0], ["Aspect", "Mentor", "Sponsor"]);
        for topic in [
            "Who",
            "What they do",
            "Direction",
            "What you owe",
            "How you get one",
        ] {
            assert!(rows.iter().any(|r| r[0] == topic), "{topic}");
        }
    }

    #[test]
    fn the_programs_page_catalogues_program_types() {
        let blocks = page("programs").unwrap().blocks();
        let types: Vec<&str> = blocks
            .iter()
            .filter_map(|b| match b {
                Block::Table(rows) => Some(rows.iter().skip(1).map(|r| r[0])),
                _ => None,
            })
            .flatten()
            .collect();
        assert_eq!(
            types,
            [
                "Association mentoring program",
                "Leadership institute",
                "Fellowship",
                "Peer cohort"
            ]
        );
    }

    #[test]
    fn an_item_may_end_with_a_web_address_and_nothing_else_is_a_link() {
        assert_eq!(
            split_link("ALSC mentoring (as of 2026) <https://www.ala.org/alsc>"),
            (
                "ALSC mentoring (as of 2026)",
                Some("https://www.ala.org/alsc")
            )
        );
        assert_eq!(split_link("a <b>"), ("a <b>", None));
        assert_eq!(
            split_link("x <javascript:alert(1)>"),
            ("x <javascript:alert(1)>", None)
        );
        assert_eq!(split_link("plain"), ("plain", None));
    }

    #[test]
    fn every_program_named_on_the_programs_page_is_dated_and_linked() {
        let p = page("programs").unwrap();
        let programs: Vec<&str> = p.sources();
        assert!(programs.len() >= 6);
        for line in programs {
            let (text, link) = split_link(line);
            assert!(text.contains("as of 20"), "undated: {text}");
            assert!(link.is_some(), "no link to check: {text}");
        }
    }

    /// The whole text of a page, body and sources.
    fn text(slug: &str) -> &'static str {
        page(slug).unwrap().text
    }

    #[test]
    fn the_guide_states_facts_as_their_sources_do() {
        let sponsorship = text("sponsorship");
        // The Sponsor Effect: CWLP, and relative, correlational figures.
        assert!(sponsorship.contains("Center for Work-Life Policy"));
        assert!(!sponsorship.contains("Center for Talent Innovation"));
        assert!(sponsorship.contains("more likely to be satisfied with their rate of advancement"));
        assert!(!sponsorship.contains("raised satisfaction"));
        // Aguirre & Hewlett is an HBR blog post.
        assert!(sponsorship.contains("When Female Networks Aren't Enough. HBR blog post"));
        // Hewlett's precondition, and the adapted seventh behaviour.
        assert!(sponsorship.contains(
            "a sponsor is a senior leader with power where decisions about you are made"
        ));
        assert!(sponsorship
            .contains("adapted by Wayfinder: Hewlett names connections to clients and customers"));
        // Over-mentored: women (Ibarra et al.), people of colour (Thomas).
        assert!(sponsorship.contains("high-potential women are over-mentored and under-sponsored"));
        assert!(sponsorship.contains("Thomas, D. A. (2001)"));
        for slug in [
            "sponsorship",
            "differences",
            "mentorship",
            "programs",
            "jedi",
        ] {
            assert!(
                !text(slug).contains("new leaders, women and people of colour"),
                "{slug}"
            );
        }
        // NMRT runs October to July; Spectrum asks only about the same background.
        assert!(text("programs").contains("October to July (dates vary by year)"));
        let jedi = text("jedi");
        assert!(jedi.contains("there is no \"different\" option"));
        assert!(jedi.contains("that choice is our own design"));
        // How long identity answers are kept, and how to withdraw.
        assert!(jedi.contains("Kept only as long as needed"));
        assert!(jedi.contains("It replaces the old one"));
    }

    #[test]
    fn lists_and_paragraphs_are_split_and_sources_excluded_from_the_body() {
        let p = Page {
            slug: "t",
            text: "# T\n> S\n## A\nOne.\n- x\n- y\nTwo.\n- z\n## Sources\n- Src\n",
        };
        assert_eq!(
            p.blocks(),
            [
                Block::Heading("A"),
                Block::Para("One."),
                Block::List(vec!["x", "y"]),
                Block::Para("Two."),
                Block::List(vec!["z"]),
            ]
        );
        assert_eq!(p.sources(), ["Src"]);
    }
}

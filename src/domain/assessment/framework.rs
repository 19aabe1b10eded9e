//! The competency framework the self-assessment rates: 16 leadership
//! competencies in four domains, each with a description, observable
//! behaviours, a descriptor per rating level and the frameworks it draws
//! on (its [`Guidance`], kept apart so pages that only name competencies
//! do not carry it). Written in Wayfinder's own words; the sources are
//! named so users can read the originals. Data only: components render it.
//!
//! Changing a competency's id is a breaking change: bump
//! [`FRAMEWORK_VERSION`] and add a rename to `super::upgrade::RENAMES` so stored
//! assessments follow.

/// Version of this framework. Stored with every snapshot.
pub const FRAMEWORK_VERSION: u32 = 1;

/// A framework or study a competency draws on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Source {
    pub id: &'static str,
    pub citation: &'static str,
}

pub const CORE: Source = Source {
    id: "core",
    citation: "Core (formerly LLAMA, an ALA division), Foundational Competencies for Library Leaders and Managers: 14 competencies from a LLAMA task force, around 2012",
};
/// The earlier, separate model the Core list grew out of: cited on its own.
pub const AMMONS_STEPHENS: Source = Source {
    id: "ammons-stephens",
    citation: "Ammons-Stephens et al. (2009), Library Leadership & Management 23(2): 63–74: an earlier model of emerging leaders' competencies in four groups, which the Core list grew out of",
};
pub const WEBJUNCTION: Source = Source {
    id: "webjunction",
    citation: "WebJunction Competency Index for the Library Field, OCLC, 2014 (shared with attribution to WebJunction)",
};
pub const EMOTIONAL_INTELLIGENCE: Source = Source {
    id: "ei",
    citation: "Goleman & Boyatzis, \"Emotional Intelligence Has 12 Elements\", Harvard Business Review, 2017 (domain names only)",
};
pub const ALA_2022: Source = Source {
    id: "ala2022",
    citation: "ALA Core Competences of Librarianship, 2022 edition",
};
pub const HEWLETT: Source = Source {
    id: "hewlett",
    citation: "Hewlett, Forget a Mentor, Find a Sponsor, Harvard Business Review Press, 2013",
};
pub const IFLA_CPD: Source = Source {
    id: "ifla",
    citation: "IFLA Guidelines for Continuing Professional Development, 2016 (CC BY 4.0): on mentoring, not sponsorship",
};
pub const WAYFINDER: Source = Source {
    id: "wayfinder",
    citation: "Wayfinder's own areas for new library leaders",
};

/// The four domains competencies are grouped in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Domain {
    Yourself,
    People,
    Organisation,
    Community,
}

impl Domain {
    pub const ALL: [Domain; 4] = [
        Domain::Yourself,
        Domain::People,
        Domain::Organisation,
        Domain::Community,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Domain::Yourself => "Leading yourself",
            Domain::People => "Leading people",
            Domain::Organisation => "Leading the library",
            Domain::Community => "Leading with the community",
        }
    }
}

/// The rating scale, 0–4, with what each level means in general.
pub const LEVELS: [(&str, &str); 5] = [
    ("Not yet", "I have not had the chance to do this yet."),
    (
        "Aware",
        "I know what good looks like, but have rarely done it.",
    ),
    (
        "Developing",
        "I do this with support or in familiar situations.",
    ),
    (
        "Proficient",
        "I do this reliably, on my own, in most situations.",
    ),
    (
        "Leading",
        "I do this in hard situations and help others learn it.",
    ),
];

pub const MAX_LEVEL: u8 = 4;

/// The name of a rating level ("Developing").
pub fn level_name(rating: u8) -> &'static str {
    LEVELS.get(rating as usize).map_or("Unknown", |l| l.0)
}

/// A rating level as the screens show it: "2 · Developing".
pub fn level_label(rating: u8) -> String {
    format!("{rating} · {}", level_name(rating))
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Competency {
    /// Stable id stored in assessments and goals.
    pub id: &'static str,
    pub domain: Domain,
    pub name: &'static str,
    /// A short name for chart labels.
    pub short: &'static str,
    /// One sentence: what it is.
    pub description: &'static str,
}

/// What rating a competency shows beside it: behaviours, a descriptor per
/// level and the frameworks it draws on. Kept apart from [`Competency`],
/// so a page that only names competencies (the join form, the wizard)
/// does not carry this text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Guidance {
    /// The competency's id.
    pub id: &'static str,
    /// What someone doing it well can be seen doing.
    pub behaviours: &'static [&'static str],
    /// What each rating level looks like for this competency.
    pub levels: [&'static str; 5],
    pub sources: &'static [Source],
}

pub const COMPETENCIES: &[Competency] = &[
    Competency {
        id: "self-awareness",
        short: "Self-awareness",
        domain: Domain::Yourself,
        name: "Self-awareness and self-management",
        description: "Knowing your strengths, limits and reactions, and choosing how you act under pressure.",
    },
    Competency {
        id: "ethics",
        short: "Ethics",
        domain: Domain::Yourself,
        name: "Ethics and integrity",
        description: "Acting on the profession's values (privacy, intellectual freedom, equitable access) and keeping your word.",
    },
    Competency {
        id: "critical-thinking",
        short: "Problem solving",
        domain: Domain::Yourself,
        name: "Critical thinking and problem solving",
        description: "Framing the real problem, weighing options and evidence, and finding a workable solution.",
    },
    Competency {
        id: "adaptability",
        short: "Leading change",
        domain: Domain::Yourself,
        name: "Adaptability and change leadership",
        description: "Leading people through change: explaining why, involving them, and adjusting as you learn.",
    },
    Competency {
        id: "communication",
        short: "Communication",
        domain: Domain::People,
        name: "Communication",
        description: "Listening well and getting a clear message to staff, boards and the public, in writing and in person.",
    },
    Competency {
        id: "team-building",
        short: "Team building",
        domain: Domain::People,
        name: "Team building and coaching",
        description: "Forming teams, developing each person and creating the conditions for people to do their best work.",
    },
    Competency {
        id: "conflict",
        short: "Conflict",
        domain: Domain::People,
        name: "Conflict resolution",
        description: "Bringing disagreements into the open and resolving them fairly before they harm people or the work.",
    },
    Competency {
        id: "collaboration",
        short: "Partnerships",
        domain: Domain::People,
        name: "Collaboration and partnerships",
        description: "Working across departments and with outside partners towards goals no one can reach alone.",
    },
    Competency {
        id: "strategic-planning",
        short: "Strategy",
        domain: Domain::Organisation,
        name: "Strategic planning and forward thinking",
        description: "Setting direction with others: a shared mission and vision, goals that serve the community, and a plan that is revisited.",
    },
    Competency {
        id: "decision-making",
        short: "Decisions",
        domain: Domain::Organisation,
        name: "Evidence-based decision making",
        description: "Gathering the right data and voices, deciding in time, and checking the result.",
    },
    Competency {
        id: "resource-management",
        short: "Budget",
        domain: Domain::Organisation,
        name: "Budget and resource management",
        description: "Building, presenting and managing a budget, and using people, space and money where they do most good.",
    },
    Competency {
        id: "project-management",
        short: "Projects",
        domain: Domain::Organisation,
        name: "Project management",
        description: "Turning an idea into a delivered result: scope, plan, people, time and follow-through.",
    },
    Competency {
        id: "community-engagement",
        short: "Community",
        domain: Domain::Community,
        name: "Community engagement",
        description: "Understanding the community the library serves, especially those it does not yet reach, and building services with them.",
    },
    Competency {
        id: "advocacy",
        short: "Advocacy",
        domain: Domain::Community,
        name: "Marketing and advocacy",
        description: "Making the library's value visible and making its case to funders, officials and the public.",
    },
    Competency {
        id: "jedi",
        short: "JEDI",
        domain: Domain::Community,
        name: "Justice, equity, diversity and inclusion",
        description: "Recognising inequity in services, collections and workplaces, and changing practices so everyone belongs.",
    },
    Competency {
        id: "mentoring-sponsorship",
        short: "Mentors, sponsors",
        domain: Domain::Community,
        name: "Mentoring and sponsorship relationships",
        description: "Building a network of mentors who develop you and sponsors who advocate for you, and becoming one for others.",
    },
];

/// The guidance of every competency, in the order of [`COMPETENCIES`].
pub const GUIDANCE: &[Guidance] = &[
    Guidance {
        id: "self-awareness",
        behaviours: &[
            "Names the feelings behind a strong reaction before acting on it",
            "Asks for feedback and changes something because of it",
            "Stays steady and constructive when plans fall apart",
        ],
        levels: [
            "I have not yet looked closely at how I come across as a leader.",
            "I can name some strengths and blind spots, but pressure still drives my reactions.",
            "I notice my reactions in the moment and recover quickly, most of the time.",
            "I seek feedback regularly and manage my reactions in tense situations.",
            "I model calm and candour under pressure and help others build self-awareness.",
        ],
        sources: &[EMOTIONAL_INTELLIGENCE, CORE, AMMONS_STEPHENS],
    },
    Guidance {
        id: "ethics",
        behaviours: &[
            "Explains decisions by the values behind them",
            "Protects patron and staff privacy, even when it is inconvenient",
            "Admits mistakes openly and puts them right",
        ],
        levels: [
            "I have not yet faced an ethical decision as a leader.",
            "I know the profession's codes but have not applied them to hard cases.",
            "I apply our values to clear cases and ask for advice on grey ones.",
            "I handle grey areas consistently and explain my reasoning to others.",
            "I build a culture where people raise ethical concerns early and safely.",
        ],
        sources: &[CORE, AMMONS_STEPHENS, ALA_2022],
    },
    Guidance {
        id: "critical-thinking",
        behaviours: &[
            "Separates symptoms from causes before proposing fixes",
            "Considers several options and their trade-offs",
            "Tests assumptions with the people closest to the problem",
        ],
        levels: [
            "I have not yet led the solving of a problem that crossed teams.",
            "I spot problems but tend to jump to the first solution.",
            "I analyse problems with a structure when I have time and support.",
            "I frame problems well and guide others to sound solutions.",
            "I help the library tackle complex problems nobody owns yet.",
        ],
        sources: &[CORE, AMMONS_STEPHENS],
    },
    Guidance {
        id: "adaptability",
        behaviours: &[
            "Explains the reason for a change before the details",
            "Involves staff in shaping how a change happens",
            "Notices resistance and responds to the concern behind it",
        ],
        levels: [
            "I have not yet led a change myself.",
            "I understand how change affects people but have not led one.",
            "I have led small changes with guidance.",
            "I plan and lead changes that stick, and adjust when they do not.",
            "I help the organisation become good at change and coach others to lead it.",
        ],
        sources: &[CORE, AMMONS_STEPHENS, EMOTIONAL_INTELLIGENCE],
    },
    Guidance {
        id: "communication",
        behaviours: &[
            "Listens to understand before responding",
            "Adapts a message to the audience and the channel",
            "Keeps people informed before they need to ask",
        ],
        levels: [
            "I have not yet communicated for a team or the library.",
            "I communicate clearly one-to-one but find groups or writing hard.",
            "I communicate clearly in familiar settings and prepare well for others.",
            "I communicate clearly with any audience, including difficult news.",
            "I shape how the library communicates and coach others to do it well.",
        ],
        sources: &[CORE, AMMONS_STEPHENS, WEBJUNCTION],
    },
    Guidance {
        id: "team-building",
        behaviours: &[
            "Holds regular one-to-ones focused on the person's growth",
            "Delegates work that stretches people, with support",
            "Recognises contributions specifically and fairly",
        ],
        levels: [
            "I have not yet led a team.",
            "I know what good team leadership looks like but have little practice.",
            "I support my team well day to day and am learning to develop people.",
            "I build teams that work well together and grow each member.",
            "People seek to join my teams; I develop future leaders.",
        ],
        sources: &[CORE, AMMONS_STEPHENS, EMOTIONAL_INTELLIGENCE],
    },
    Guidance {
        id: "conflict",
        behaviours: &[
            "Addresses tension early instead of hoping it passes",
            "Hears each side fully before deciding",
            "Focuses on interests and agreements, not blame",
        ],
        levels: [
            "I have not yet had to resolve a conflict as a leader.",
            "I recognise conflict but tend to avoid or smooth it over.",
            "I resolve everyday disagreements and ask for help with hard ones.",
            "I handle difficult conflicts directly and fairly.",
            "I help teams turn disagreement into better decisions and coach others in it.",
        ],
        sources: &[CORE, AMMONS_STEPHENS, EMOTIONAL_INTELLIGENCE],
    },
    Guidance {
        id: "collaboration",
        behaviours: &[
            "Builds relationships before they are needed",
            "Shares credit and resources with partners",
            "Agrees clear roles and follows through on commitments",
        ],
        levels: [
            "I have not yet worked on a partnership for the library.",
            "I see where partnerships could help but have not started one.",
            "I contribute to partnerships others lead.",
            "I start and sustain partnerships that deliver for both sides.",
            "I build networks of partners and help others collaborate well.",
        ],
        sources: &[CORE, AMMONS_STEPHENS, WEBJUNCTION],
    },
    Guidance {
        id: "strategic-planning",
        behaviours: &[
            "Connects daily work to the library's mission and plan",
            "Scans trends in the profession and the community",
            "Sets goals with measures and reviews them on a schedule",
        ],
        levels: [
            "I have not yet taken part in strategic planning.",
            "I know our plan but have not helped shape one.",
            "I contribute to planning and translate the plan into team goals.",
            "I lead planning for my area and keep it alive through the year.",
            "I guide the library's direction and help others think strategically.",
        ],
        sources: &[CORE, AMMONS_STEPHENS, WEBJUNCTION, WAYFINDER],
    },
    Guidance {
        id: "decision-making",
        behaviours: &[
            "Uses usage data, research and community input in decisions",
            "Makes timely decisions when information is incomplete",
            "Reviews outcomes and changes course when the evidence says so",
        ],
        levels: [
            "I have not yet made decisions that affect others' work.",
            "I make decisions mostly on experience and instinct.",
            "I use data for some decisions, with guidance on what to collect.",
            "I routinely combine data and input and explain my decisions.",
            "I build the library's habits of gathering and using evidence.",
        ],
        sources: &[CORE, AMMONS_STEPHENS],
    },
    Guidance {
        id: "resource-management",
        behaviours: &[
            "Builds a budget that follows from priorities",
            "Presents a budget case to decision makers clearly",
            "Tracks spending and adjusts before problems grow",
        ],
        levels: [
            "I have not yet managed a budget or resources.",
            "I understand the budget process but have not owned a budget.",
            "I manage a small budget with support.",
            "I build, defend and manage my area's budget confidently.",
            "I shape resource decisions for the whole library and teach others how.",
        ],
        sources: &[CORE, AMMONS_STEPHENS, WEBJUNCTION, WAYFINDER],
    },
    Guidance {
        id: "project-management",
        behaviours: &[
            "Defines scope, milestones and owners at the start",
            "Tracks progress openly and raises risks early",
            "Closes projects with a review of what was learned",
        ],
        levels: [
            "I have not yet led a project.",
            "I have worked on projects others led.",
            "I lead small projects with a plan and some support.",
            "I lead cross-team projects to completion.",
            "I help the library choose and run its projects well.",
        ],
        sources: &[CORE, AMMONS_STEPHENS],
    },
    Guidance {
        id: "community-engagement",
        behaviours: &[
            "Meets community members and groups outside the library",
            "Shapes services with the people they are for",
            "Checks who is not being served and why",
        ],
        levels: [
            "I have not yet worked with community groups for the library.",
            "I know our community mainly through data and patrons who visit.",
            "I take part in outreach and bring back what I learn.",
            "I build lasting relationships and co-design services with the community.",
            "I make community engagement part of how the whole library works.",
        ],
        sources: &[WEBJUNCTION, ALA_2022, WAYFINDER],
    },
    Guidance {
        id: "advocacy",
        behaviours: &[
            "Tells the library's impact with stories and figures",
            "Builds relationships with decision makers before asking",
            "Prepares others to speak up for the library",
        ],
        levels: [
            "I have not yet spoken up for the library outside it.",
            "I know our value but rarely make the case to others.",
            "I promote services and take part in advocacy led by others.",
            "I make the library's case to officials and funders with results.",
            "I lead advocacy campaigns and build advocates in the community.",
        ],
        sources: &[CORE, AMMONS_STEPHENS, WEBJUNCTION],
    },
    Guidance {
        id: "jedi",
        behaviours: &[
            "Reviews policies and services for who they exclude",
            "Builds diverse teams and inclusive meetings",
            "Keeps learning about communities unlike their own",
        ],
        levels: [
            "I have not yet looked at my work through an equity lens.",
            "I understand why equity matters but have not changed practices.",
            "I act on equity in my own work and learn from others.",
            "I lead changes that make services and the workplace more equitable.",
            "I hold the library accountable for equity and help others lead it.",
        ],
        sources: &[ALA_2022, WAYFINDER],
    },
    Guidance {
        id: "mentoring-sponsorship",
        behaviours: &[
            "Has at least one mentor and knows what to ask of them",
            "Keeps senior leaders informed of their work and goals",
            "Mentors or sponsors someone earlier in their career",
        ],
        levels: [
            "I do not yet have mentors or sponsors.",
            "I have informal advice but no mentor or sponsor I work with deliberately.",
            "I have a mentor and am building relationships with potential sponsors.",
            "I have mentors and a sponsor, and I mentor others.",
            "I sponsor others, especially people under-represented in leadership.",
        ],
        sources: &[HEWLETT, IFLA_CPD, WAYFINDER],
    },
];

/// A competency by id.
pub fn competency(id: &str) -> Option<&'static Competency> {
    COMPETENCIES.iter().find(|c| c.id == id)
}

/// A competency's guidance, by id.
pub fn guidance(id: &str) -> Option<&'static Guidance> {
    GUIDANCE.iter().find(|g| g.id == id)
}

/// The competencies of a domain, in framework order.
pub fn in_domain(domain: Domain) -> impl Iterator<Item = &'static Competency> {
    COMPETENCIES.iter().filter(move |c| c.domain == domain)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn sixteen_competencies_with_unique_ids_in_every_domain() {
        assert!((12..=16).contains(&COMPETENCIES.len()));
        let ids: HashSet<_> = COMPETENCIES.iter().map(|c| c.id).collect();
        assert_eq!(ids.len(), COMPETENCIES.len());
        for d in Domain::ALL {
            assert!(in_domain(d).count() >= 3, "{d:?} has too few");
        }
    }

    #[test]
    fn every_competency_is_complete() {
        assert_eq!(GUIDANCE.len(), COMPETENCIES.len());
        for (c, g) in COMPETENCIES.iter().zip(GUIDANCE) {
            assert_eq!(g.id, c.id, "guidance in framework order");
            assert_eq!(guidance(c.id), Some(g));
            assert!((2..=4).contains(&g.behaviours.len()), "{}", c.id);
            assert!(!g.sources.is_empty(), "{}", c.id);
            assert!(g.levels.iter().all(|l| l.len() > 10), "{}", c.id);
            assert!(c.description.ends_with('.'), "{}", c.id);
            let distinct: HashSet<_> = g.levels.iter().collect();
            assert_eq!(distinct.len(), 5, "{} repeats a level", c.id);
        }
        assert!(competency("jedi").is_some());
        assert!(competency("nope").is_none());
    }

    #[test]
    fn level_names() {
        assert_eq!(level_name(0), "Not yet");
        assert_eq!(level_name(4), "Leading");
        assert_eq!(level_name(9), "Unknown");
    }

    #[test]
    fn core_and_ammons_stephens_are_two_sources_and_ifla_covers_mentoring_only() {
        assert!(!CORE.citation.contains("Ammons"));
        assert!(AMMONS_STEPHENS
            .citation
            .starts_with("Ammons-Stephens et al. (2009)"));
        for g in GUIDANCE.iter().filter(|g| g.sources.contains(&CORE)) {
            assert!(g.sources.contains(&AMMONS_STEPHENS), "{}", g.id);
        }
        assert!(IFLA_CPD.citation.ends_with("on mentoring, not sponsorship"));
    }
}

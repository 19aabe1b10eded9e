//! Workshops: a facilitator's setup (`setup`), the join link and profile
//! codes that carry it to participants and their profiles back
//! (`codec`), the participant profile (`profile`), how well a mentee and
//! a mentor fit and why (`score`), every pair of a cohort's score, fast
//! (`scoring`), and the optimal assignment under
//! capacities, locks and exclusions (`assign`), the wizard's core around
//! it (`matching`: sides, reasons, alternatives, summary), peer circles
//! (`circles`: everyone in groups, a heuristic with its bound) and made-up
//! cohorts for tests and benchmarks (`synthetic`). Pure functions, tested
//! natively; no network: codes travel in URL fragments, files and by
//! hand. The `workshops` document (`document`) keeps the facilitator's
//! workshops and the participant's own profiles; `import` brings
//! participants in; `outputs` writes pairs, introductions and match
//! links. After the match: the program's plan (`program`), its survey
//! links (`survey`), the responses they bring back (`response`) and the
//! dashboard that reads them (`dashboard`), and a no-fault re-match
//! (`rematch`), and the letters of recognition that close it (`closing`).

pub mod assign;
pub mod circles;
pub mod closing;
pub mod codec;
pub mod dashboard;
pub mod dashboard_csv;
pub mod document;
pub mod identity;
pub mod import;
pub mod matching;
pub mod outputs;
pub mod preview;
pub mod profile;
pub mod program;
pub mod qr;
pub mod rematch;
pub mod response;
pub mod score;
pub mod scoring;
pub mod setup;
pub mod survey;
pub mod synthetic;

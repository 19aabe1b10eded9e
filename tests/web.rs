//! Browser tests (wasm-bindgen-test in headless Chromium): real components
//! mounted into the page, driven through the DOM, and the localStorage
//! adapter against the browser's real quota.
#![cfg(target_arch = "wasm32")]

use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use wayfinder::storage::backend::KeyValueStore;
use wayfinder::storage::browser::BrowserStore;
use wayfinder::storage::error::StoreError;
use wayfinder::ui::app::{mount_into, Mounted};
use web_sys::{HtmlElement, HtmlInputElement};

wasm_bindgen_test_configure!(run_in_browser);

fn doc() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

fn storage() -> web_sys::Storage {
    web_sys::window().unwrap().local_storage().unwrap().unwrap()
}

async fn sleep(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

/// Sets the route, clears storage, and mounts a fresh app in its own div.
async fn mount_app(hash: &str) -> (HtmlElement, Mounted) {
    web_sys::window()
        .unwrap()
        .location()
        .set_hash(hash)
        .unwrap();
    sleep(20).await;
    let root: HtmlElement = doc().create_element("div").unwrap().unchecked_into();
    doc().body().unwrap().append_child(&root).unwrap();
    let handle = mount_into(&root);
    leptos::task::tick().await;
    (root, handle)
}

fn text(root: &HtmlElement, selector: &str) -> String {
    root.query_selector(selector)
        .unwrap()
        .map(|e| e.text_content().unwrap_or_default())
        .unwrap_or_default()
}

async fn go(hash: &str) {
    web_sys::window()
        .unwrap()
        .location()
        .set_hash(hash)
        .unwrap();
    sleep(30).await;
    leptos::task::tick().await;
}

#[wasm_bindgen_test]
async fn shell_has_navigation_titles_and_not_found() {
    storage().clear().unwrap();
    let (root, handle) = mount_app("#/").await;
    let links = root
        .query_selector_all("nav[aria-label='Primary'] a")
        .unwrap();
    assert_eq!(links.length(), 6);
    let current = root
        .query_selector("nav a[aria-current='page']")
        .unwrap()
        .unwrap();
    assert_eq!(current.text_content().unwrap(), "Home");
    assert_eq!(text(&root, "h1"), "Grow as a library leader");

    go("#/workshop").await;
    assert_eq!(doc().title(), "Workshop · Wayfinder");
    assert_eq!(text(&root, "h1"), "Workshop");
    assert_eq!(text(&root, "nav a[aria-current='page']"), "Workshop");

    go("#/nowhere").await;
    assert_eq!(text(&root, "h1"), "Page not found");
    assert!(text(&root, "main").contains("#/nowhere"));
    assert!(root
        .query_selector("nav a[aria-current='page']")
        .unwrap()
        .is_none());

    drop(handle);
    root.remove();
}

#[wasm_bindgen_test]
async fn goals_screen_validates_adds_and_saves_after_debounce() {
    storage().clear().unwrap();
    let (root, handle) = mount_app("#/goals").await;
    let input: HtmlInputElement = root
        .query_selector("#new-goal-title")
        .unwrap()
        .unwrap()
        .unchecked_into();
    let button: HtmlElement = root
        .query_selector("form button[type=submit]")
        .unwrap()
        .unwrap()
        .unchecked_into();
    assert!(text(&root, ".empty").contains("No goals yet"));

    button.click();
    leptos::task::tick().await;
    assert_eq!(text(&root, "#new-goal-error"), "Give the goal a title.");
    assert_eq!(input.get_attribute("aria-invalid").as_deref(), Some("true"));

    input.set_value("Lead the budget review");
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    input
        .dispatch_event(&web_sys::Event::new_with_event_init_dict("input", &init).unwrap())
        .unwrap();
    button.click();
    leptos::task::tick().await;
    assert_eq!(text(&root, ".goal-title"), "Lead the budget review");
    assert_eq!(text(&root, "#new-goal-error"), "");
    assert_eq!(input.value(), "", "the field clears after adding");

    // Not written yet (debounced), written after ~300 ms.
    assert!(storage().get_item("wayfinder:goals").unwrap().is_none());
    sleep(450).await;
    let stored = storage().get_item("wayfinder:goals").unwrap().unwrap();
    assert!(stored.contains("\"app\":\"wayfinder\""));
    assert!(stored.contains("Lead the budget review"));

    drop(handle);
    root.remove();
}

#[wasm_bindgen_test]
async fn unreadable_section_shows_a_banner_and_the_rest_keeps_working() {
    storage().clear().unwrap();
    storage()
        .set_item("wayfinder:goals", "{ this is not json")
        .unwrap();
    let (root, handle) = mount_app("#/goals").await;
    let banner = text(&root, ".banner-error");
    assert!(banner.contains("Goals could not be opened"), "{banner}");
    assert!(banner.contains("Nothing was deleted"));
    // The raw text stays, and a copy is in quarantine.
    assert_eq!(
        storage().get_item("wayfinder:goals").unwrap().as_deref(),
        Some("{ this is not json")
    );
    let quarantined = BrowserStore
        .keys()
        .unwrap()
        .into_iter()
        .filter(|k| k.starts_with("wayfinder:quarantine:goals:"))
        .count();
    assert_eq!(quarantined, 1);
    // Editing is off for this section only.
    let input: HtmlInputElement = root
        .query_selector("#new-goal-title")
        .unwrap()
        .unwrap()
        .unchecked_into();
    assert!(input.disabled());
    go("#/data").await;
    assert_eq!(text(&root, "h1"), "My data");

    // "Start goals fresh" on the user's click only.
    let fresh = root
        .query_selector_all(".banner-error button")
        .unwrap()
        .get(1)
        .unwrap()
        .unchecked_into::<HtmlElement>();
    assert_eq!(fresh.text_content().unwrap(), "Start goals fresh");
    fresh.click();
    leptos::task::tick().await;
    assert!(root.query_selector(".banner-error").unwrap().is_none());
    assert!(storage().get_item("wayfinder:goals").unwrap().is_none());

    drop(handle);
    root.remove();
    storage().clear().unwrap();
}

#[wasm_bindgen_test]
fn browser_store_round_trips_and_reports_the_real_quota_error() {
    storage().clear().unwrap();
    BrowserStore.set("wayfinder:test", "é").unwrap();
    assert_eq!(
        BrowserStore.get("wayfinder:test").unwrap().as_deref(),
        Some("é")
    );
    let chunk = "x".repeat(1 << 20);
    let mut error = None;
    for i in 0..40 {
        if let Err(e) = BrowserStore.set(&format!("wayfinder:fill:{i}"), &chunk) {
            error = Some(e);
            break;
        }
    }
    storage().clear().unwrap();
    assert_eq!(error, Some(StoreError::QuotaExceeded));
}

fn click(root: &HtmlElement, selector: &str) {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("no {selector}"))
        .unchecked_into::<HtmlElement>()
        .click();
}

#[wasm_bindgen_test]
async fn assessment_draft_is_saved_and_finishes_into_a_snapshot_with_a_radar() {
    storage().clear().unwrap();
    let (root, handle) = mount_app("#/assess").await;
    assert!(text(&root, ".empty").contains("No finished assessments yet"));
    click(&root, ".actions button");
    sleep(30).await;
    leptos::task::tick().await;
    assert_eq!(text(&root, "#step-heading"), "Leading yourself");

    // Rate the first competency 3 (Proficient): a draft is saved.
    click(&root, "input[name=level-self-awareness][value='3']");
    leptos::task::tick().await;
    assert!(text(&root, "#progress-text").ends_with("1 of 16 rated"));
    sleep(450).await;
    let stored = storage()
        .get_item("wayfinder:assessments")
        .unwrap()
        .unwrap();
    assert!(stored.contains("\"draft\":{"), "{stored}");
    assert!(stored.contains("\"level\":3"), "{stored}");

    // Four steps on, the summary; Finish makes a snapshot and clears the draft.
    for _ in 0..4 {
        click(&root, ".step-nav button:last-child");
        leptos::task::tick().await;
    }
    assert_eq!(text(&root, "#step-heading"), "Review and finish");
    click(&root, "form button[type=submit]");
    sleep(30).await;
    leptos::task::tick().await;
    let hash = web_sys::window().unwrap().location().hash().unwrap();
    assert!(hash.starts_with("#/assess/snapshot/"), "{hash}");
    assert_eq!(
        root.query_selector_all(".radar-label").unwrap().length(),
        16
    );
    assert_eq!(root.query_selector_all(".radar-shape").unwrap().length(), 1);
    assert!(text(&root, "table").contains("3 · Proficient"));
    sleep(450).await;
    let stored = storage()
        .get_item("wayfinder:assessments")
        .unwrap()
        .unwrap();
    assert!(stored.contains("\"draft\":null"), "{stored}");

    drop(handle);
    root.remove();
}

fn input(root: &HtmlElement, selector: &str, value: &str, event: &str) {
    let el: HtmlInputElement = root
        .query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("no {selector}"))
        .unchecked_into();
    el.set_value(value);
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    el.dispatch_event(&web_sys::Event::new_with_event_init_dict(event, &init).unwrap())
        .unwrap();
}

#[wasm_bindgen_test]
async fn goal_detail_tracks_tasks_progress_and_smart_advice() {
    storage().clear().unwrap();
    storage()
        .set_item(
            "wayfinder:goals",
            r#"{"app":"wayfinder","schema":1,"saved_at":0,"rev":1,"data":{"goals":{"items":[{"id":7,"title":"Improve","created_at":0,"updated_at":0}]}}}"#,
        )
        .unwrap();
    let (root, handle) = mount_app("#/goals/7").await;
    assert_eq!(text(&root, "h1"), "Improve");
    assert!(text(&root, ".callout").contains("Make the title concrete"));

    input(
        &root,
        "#goal-title",
        "Present the budget to the board",
        "input",
    );
    leptos::task::tick().await;
    sleep(20).await;
    assert_eq!(text(&root, "h1"), "Present the budget to the board");
    assert!(!text(&root, ".callout").contains("Make the title concrete"));

    for t in ["Draft", "Rehearse"] {
        input(&root, "#task-title", t, "input");
        click(&root, ".task-form button[type=submit]");
        leptos::task::tick().await;
        sleep(20).await;
    }
    assert_eq!(root.query_selector_all(".task-row").unwrap().length(), 2);
    click(&root, ".task-row input[type=checkbox]");
    leptos::task::tick().await;
    sleep(20).await;
    assert!(
        text(&root, ".goal-summary strong").starts_with("50% done"),
        "{}",
        text(&root, ".goal-summary")
    );
    sleep(450).await;
    let stored = storage().get_item("wayfinder:goals").unwrap().unwrap();
    assert!(
        stored.contains("\"done\":true") && stored.contains("Rehearse"),
        "{stored}"
    );

    drop(handle);
    root.remove();
}

#[wasm_bindgen_test]
async fn network_adds_a_person_and_the_sponsor_checklist_reads_and_saves() {
    storage().clear().unwrap();
    let (root, handle) = mount_app("#/guide/network").await;
    assert!(text(&root, "ul.gaps").contains("No mentor and no sponsor yet"));
    click(&root, "form.add-person button[type=submit]");
    leptos::task::tick().await;
    assert!(text(&root, "#person-name-error").contains("Enter the person's name"));
    input(&root, "#person-name", "Dee Okafor", "input");
    click(&root, "#new-sponsor");
    click(&root, "form.add-person button[type=submit]");
    leptos::task::tick().await;
    assert!(text(&root, ".record-list").contains("sponsor · no meeting logged"));
    assert!(text(&root, "ul.gaps").contains("1 sponsor, no mentor yet"));

    // Open the person and tick the three core behaviours and two more.
    let href = root
        .query_selector(".record-list a")
        .unwrap()
        .unwrap()
        .get_attribute("href")
        .unwrap();
    go(&href).await;
    assert_eq!(text(&root, "h1"), "Dee Okafor");
    assert!(text(&root, ".reading").contains("No sponsor behaviours ticked yet"));
    for i in [0, 1, 2] {
        click(&root, &format!("#hewlett-{i}"));
    }
    leptos::task::tick().await;
    assert!(text(&root, ".reading").starts_with("Close to a sponsor"));
    click(&root, "#hewlett-4");
    click(&root, "#hewlett-6");
    leptos::task::tick().await;
    assert!(
        text(&root, ".reading").contains("does not yet meet Hewlett's test"),
        "every behaviour, but not yet the precondition"
    );
    click(&root, "#hewlett-senior");
    leptos::task::tick().await;
    assert!(text(&root, ".reading").starts_with("Acts as a sponsor"));
    sleep(450).await;
    let stored = storage().get_item("wayfinder:guide").unwrap().unwrap();
    assert!(
        stored.contains(
            "\"senior\":true,\"hewlett\":[true,true,true,false,true,false,true,false,false,false]"
        ),
        "{stored}"
    );
    assert!(stored.contains("\"relations\":[\"sponsor\"]"), "{stored}");

    drop(handle);
    root.remove();
}

#[wasm_bindgen_test]
async fn a_participant_fills_in_a_profile_and_gets_a_code_that_decodes_to_it() {
    use wayfinder::domain::workshop::profile::{Pref, Profile, Role};
    use wayfinder::domain::workshop::setup::{Identity, JoinInfo, Question};
    storage().clear().unwrap();
    let info = JoinInfo {
        workshop: 42,
        name: "Spring cohort".into(),
        competencies: vec!["advocacy".into(), "conflict".into()],
        questions: vec![Question::Experience],
        identity: vec![Identity::Disability],
        ..JoinInfo::default()
    };
    let hash = format!("#/join/{}", info.code());
    let (root, handle) = mount_app(&hash).await;
    assert_eq!(text(&root, "h1"), "Join: Spring cohort");
    // No name: the preview is refused with a message by the field.
    click(&root, "form.profile-form button[type=submit]");
    leptos::task::tick().await;
    assert!(text(&root, "#p-name-error").contains("Enter your name"));
    input(&root, "#p-name", "Ria Das", "input");
    input(&root, "#p-years", "4", "input");
    click(&root, "#role-either");
    leptos::task::tick().await;
    click(&root, "#grow-conflict");
    click(&root, "#offer-advocacy");
    // Identity needs its own consent before anything is asked.
    assert!(root.query_selector("#id-disability-own").unwrap().is_none());
    click(&root, "#consent-disability");
    leptos::task::tick().await;
    click(&root, "#id-disability-yes");
    input(&root, "#id-disability-own", "deaf", "input");
    click(&root, "#pref-disability-same");
    click(&root, "form.profile-form button[type=submit]");
    leptos::task::tick().await;
    let preview = text(&root, ".preview dl");
    assert!(preview.contains("Ria Das"), "{preview}");
    assert!(
        preview.contains("Yes, I have a disability; deaf (wish: someone of the same)"),
        "{preview}"
    );
    click(&root, ".preview .actions button.primary");
    leptos::task::tick().await;
    let code: web_sys::HtmlTextAreaElement = root
        .query_selector("#profile-code")
        .unwrap()
        .unwrap()
        .unchecked_into();
    let p = Profile::from_code(&code.value()).unwrap();
    assert_eq!(
        (p.name.as_str(), p.workshop, p.years),
        ("Ria Das", 42, Some(4))
    );
    assert_eq!(p.role, Role::Either);
    assert_eq!(
        (p.grow.clone(), p.offer.clone()),
        (vec!["conflict".to_string()], vec!["advocacy".to_string()])
    );
    assert_eq!(p.identity[0].pref, Pref::Same);
    assert_eq!(
        (
            p.identity[0].choices.clone(),
            p.identity[0].described.as_str()
        ),
        (vec!["yes".to_string()], "deaf")
    );
    // Kept on this device for next time.
    sleep(450).await;
    let stored = storage().get_item("wayfinder:workshops").unwrap().unwrap();
    assert!(stored.contains("\"name\":\"Ria Das\""), "{stored}");

    drop(handle);
    root.remove();
}

#[wasm_bindgen_test]
async fn a_match_link_hands_both_names_to_the_agreement() {
    use wayfinder::domain::workshop::outputs::{MatchInfo, MatchPerson};
    storage().clear().unwrap();
    let person = |name: &str| MatchPerson {
        id: 0,
        name: name.into(),
        contact: String::new(),
        goal: String::new(),
        competencies: vec![],
    };
    let info = MatchInfo {
        workshop: "Spring cohort".into(),
        dates: String::new(),
        facilitator: String::new(),
        mentee: person("Ana Díaz / #1"),
        mentor: person("Bo"),
        score: 800,
        reasons: vec!["Both work in public libraries".into()],
        workshop_id: 0,
        program: None,
    };
    let (root, handle) = mount_app(&format!("#/match/{}", info.code())).await;
    assert_eq!(
        text(&root, "h1"),
        "Your mentoring match: Ana Díaz / #1 and Bo"
    );
    let link = root
        .query_selector("a.button.primary")
        .unwrap()
        .unwrap()
        .get_attribute("href")
        .unwrap();
    assert_eq!(
        link,
        "#/guide/agreement/with/Ana%20D%C3%ADaz%20%2F%20%231/Bo"
    );
    go(&link).await;
    sleep(30).await;
    leptos::task::tick().await;
    // The names are filled in, and the address no longer carries them.
    assert_eq!(
        web_sys::window().unwrap().location().hash().unwrap(),
        "#/guide/agreement"
    );
    let field = |id: &str| -> String {
        root.query_selector(id)
            .unwrap()
            .unwrap()
            .unchecked_into::<HtmlInputElement>()
            .value()
    };
    assert_eq!(field("#agreement-mentee"), "Ana Díaz / #1");
    assert_eq!(field("#agreement-mentor"), "Bo");
    drop(handle);
    root.remove();
}

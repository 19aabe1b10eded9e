//! A small DOM builder for screens, on Leptos's reactive system.
//!
//! Why: Leptos's `view!` compiles every distinct tree shape and every
//! reactive closure into its own generic render code. The self-assessment
//! written with `view!` added about 70 kB (brotli) to the bundle, against a
//! 160 kB budget for the whole app. Here every element is the same type
//! ([`El`], a `web_sys::Element`), and reactive parts are boxed closures run
//! in Leptos `RenderEffect`s, so a screen costs code in proportion to its
//! nodes, not to its shapes. Effects, listeners and regions belong to the
//! reactive owner that built them and are disposed with it.
//!
//! Never put user or imported data into markup: [`El::text`] and
//! [`El::dyn_text`] create text nodes, and attribute values are set as
//! values, never parsed.

use leptos::prelude::*;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{Element, Event};

const SVG_NS: &str = "http://www.w3.org/2000/svg";

/// An element being built.
#[derive(Clone)]
pub struct El(pub Element);

/// A new HTML element.
pub fn el(tag: &str) -> El {
    El(document().create_element(tag).expect("a valid tag name"))
}

/// A new SVG element.
pub fn svg(tag: &str) -> El {
    El(document()
        .create_element_ns(Some(SVG_NS), tag)
        .expect("a valid SVG tag name"))
}

/// Shorthand: an element with a class and text.
pub fn tx(tag: &str, class: &str, text: &str) -> El {
    let e = el(tag).text(text);
    if class.is_empty() {
        e
    } else {
        e.class(class)
    }
}

/// A cheap change stamp for a list of records, as a region key: keys that
/// hold the data itself would compile a comparison and a clone per type.
pub fn stamp(records: impl Iterator<Item = (u64, i64)>) -> u64 {
    records.fold(0x9e37_79b9, |h, (id, at)| {
        (h ^ id).wrapping_mul(0x0100_0000_01b3) ^ (at as u64)
    })
}

/// Keeps `value` alive until the current reactive owner is cleaned up.
fn keep<T: 'static>(value: T) {
    let _ = StoredValue::new_local(value);
}

fn input_value(ev: &Event) -> String {
    let Some(t) = ev.target() else {
        return String::new();
    };
    if let Some(i) = t.dyn_ref::<web_sys::HtmlInputElement>() {
        i.value()
    } else if let Some(t) = t.dyn_ref::<web_sys::HtmlTextAreaElement>() {
        t.value()
    } else if let Some(s) = t.dyn_ref::<web_sys::HtmlSelectElement>() {
        s.value()
    } else {
        String::new()
    }
}

fn set_property(el: &Element, name: &str, value: &wasm_bindgen::JsValue) {
    let _ = js_sys::Reflect::set(el, &name.into(), value);
}

/// Listens to `event` on `window` until the current reactive owner is
/// cleaned up (the listener is removed then).
pub fn listen_window(event: &'static str, f: impl FnMut(Event) + 'static) {
    listen_window_boxed(event, Box::new(f));
}

fn listen_window_boxed(event: &'static str, f: Box<dyn FnMut(Event)>) {
    let cb = Closure::wrap(f);
    let w = window();
    let _ = w.add_event_listener_with_callback(event, cb.as_ref().unchecked_ref());
    keep(WindowListener { event, cb });
}

/// Removes its listener when dropped.
struct WindowListener {
    event: &'static str,
    cb: Closure<dyn FnMut(Event)>,
}

impl Drop for WindowListener {
    fn drop(&mut self) {
        let _ = window()
            .remove_event_listener_with_callback(self.event, self.cb.as_ref().unchecked_ref());
    }
}

impl El {
    pub fn attr(self, name: &str, value: &str) -> El {
        let _ = self.0.set_attribute(name, value);
        self
    }
    pub fn class(self, class: &str) -> El {
        self.attr("class", class)
    }
    pub fn id(self, id: &str) -> El {
        self.attr("id", id)
    }
    /// Appends text (a text node: never parsed as markup).
    pub fn text(self, text: &str) -> El {
        let _ = self.0.append_child(&document().create_text_node(text));
        self
    }
    pub fn child(self, child: El) -> El {
        let _ = self.0.append_child(&child.0);
        self
    }
    pub fn kids(self, children: Vec<El>) -> El {
        for c in children {
            let _ = self.0.append_child(&c.0);
        }
        self
    }
    pub fn maybe(self, child: Option<El>) -> El {
        match child {
            Some(c) => self.child(c),
            None => self,
        }
    }
    /// Sets a property (`checked`, `value`, `selected`…) once.
    pub fn prop(self, name: &str, value: impl Into<wasm_bindgen::JsValue>) -> El {
        set_property(&self.0, name, &value.into());
        self
    }

    /// Text kept in step with signals.
    pub fn dyn_text(self, f: impl Fn() -> String + 'static) -> El {
        self.dyn_text_boxed(Box::new(f))
    }
    fn dyn_text_boxed(self, f: Box<dyn Fn() -> String>) -> El {
        let node = document().create_text_node("");
        let _ = self.0.append_child(&node);
        keep(RenderEffect::new(move |_| node.set_data(&f())));
        self
    }

    /// An attribute kept in step with signals; `None` removes it.
    pub fn dyn_attr(self, name: &'static str, f: impl Fn() -> Option<String> + 'static) -> El {
        self.dyn_attr_boxed(name, Box::new(f))
    }
    fn dyn_attr_boxed(self, name: &'static str, f: Box<dyn Fn() -> Option<String>>) -> El {
        let e = self.0.clone();
        keep(RenderEffect::new(move |_| {
            let _ = match f() {
                Some(v) => e.set_attribute(name, &v),
                None => e.remove_attribute(name),
            };
        }));
        self
    }

    /// A boolean property (`checked`, `disabled`, `open`) kept in step.
    pub fn dyn_flag(self, name: &'static str, f: impl Fn() -> bool + 'static) -> El {
        self.dyn_flag_boxed(name, Box::new(f))
    }
    fn dyn_flag_boxed(self, name: &'static str, f: Box<dyn Fn() -> bool>) -> El {
        let e = self.0.clone();
        keep(RenderEffect::new(move |_| {
            set_property(&e, name, &f().into());
        }));
        self
    }

    /// The `value` of an input, textarea or select kept in step; left alone
    /// while it already matches, so typing is never disturbed.
    pub fn dyn_value(self, f: impl Fn() -> String + 'static) -> El {
        self.dyn_value_boxed(Box::new(f))
    }
    fn dyn_value_boxed(self, f: Box<dyn Fn() -> String>) -> El {
        let e = self.0.clone();
        keep(RenderEffect::new(move |_| {
            let want = f();
            let have = js_sys::Reflect::get(&e, &"value".into())
                .ok()
                .and_then(|v| v.as_string());
            if have.as_deref() != Some(want.as_str()) {
                set_property(&e, "value", &want.into());
            }
        }));
        self
    }

    /// Listens to an event for as long as the owner lives.
    pub fn on(self, event: &str, f: impl FnMut(Event) + 'static) -> El {
        self.on_boxed(event, Box::new(f))
    }
    fn on_boxed(self, event: &str, f: Box<dyn FnMut(Event)>) -> El {
        let cb = Closure::wrap(f);
        let _ = self
            .0
            .add_event_listener_with_callback(event, cb.as_ref().unchecked_ref());
        keep(cb);
        self
    }
    pub fn on_click(self, mut f: impl FnMut() + 'static) -> El {
        self.on("click", move |_| f())
    }
    /// `input` events, with the control's new value.
    pub fn on_input(self, mut f: impl FnMut(String) + 'static) -> El {
        self.on("input", move |ev| f(input_value(&ev)))
    }
    /// `change` events, with the control's new value.
    pub fn on_change(self, mut f: impl FnMut(String) + 'static) -> El {
        self.on("change", move |ev| f(input_value(&ev)))
    }
    /// Form submission, without the page navigation.
    pub fn on_submit(self, mut f: impl FnMut() + 'static) -> El {
        self.on("submit", move |ev| {
            ev.prevent_default();
            f()
        })
    }

    /// Children rebuilt whenever `key` changes (compared with the last
    /// key). `build` runs untracked, under its own owner, disposed on the
    /// next rebuild, so inputs inside keep focus while unrelated signals
    /// change. The element's other children come first.
    pub fn region<K: PartialEq + Clone + 'static>(
        self,
        key: impl Fn() -> K + 'static,
        build: impl Fn(K) -> Vec<El> + 'static,
    ) -> El {
        // Only this small part is generic; the DOM and owner work is not.
        let last: Rc<RefCell<Option<K>>> = Rc::default();
        let seen = last.clone();
        let changed = Box::new(move || {
            let k = key();
            let mut l = seen.borrow_mut();
            if l.as_ref() == Some(&k) {
                false
            } else {
                *l = Some(k);
                true
            }
        });
        let build = Box::new(move || {
            let k = last.borrow().clone();
            k.map(&build).unwrap_or_default()
        });
        self.region_erased(changed, build)
    }

    fn region_erased(self, changed: Box<dyn Fn() -> bool>, build: Box<dyn Fn() -> Vec<El>>) -> El {
        let host = self.0.clone();
        let start = document().create_comment("");
        let _ = host.append_child(&start);
        let parent = Owner::current();
        let mut current: Option<Owner> = None;
        let mut nodes: Vec<Element> = Vec::new();
        keep(RenderEffect::new(move |_: Option<()>| {
            if !changed() {
                return;
            }
            if let Some(old) = current.take() {
                old.cleanup();
            }
            for node in nodes.drain(..) {
                node.remove();
            }
            let owner = parent.as_ref().map_or_else(Owner::new, Owner::child);
            let kids = untrack(|| owner.with(&build));
            let anchor = start.next_sibling();
            for c in kids {
                let _ = host.insert_before(&c.0, anchor.as_ref());
                nodes.push(c.0);
            }
            current = Some(owner);
        }));
        self
    }

    /// A keyed list: `keys` gives (id, version) pairs in display order.
    /// A row is built once per id and version, under its own owner; rows
    /// whose id and version are unchanged are kept (and only moved when
    /// the order changed), so editing one row of a long list touches one
    /// row. `build` runs untracked.
    pub fn keyed(
        self,
        keys: impl Fn() -> Vec<(u64, i64)> + 'static,
        build: impl Fn(u64) -> El + 'static,
    ) -> El {
        self.keyed_boxed(Box::new(keys), Box::new(build))
    }

    fn keyed_boxed(
        self,
        keys: Box<dyn Fn() -> Vec<(u64, i64)>>,
        build: Box<dyn Fn(u64) -> El>,
    ) -> El {
        struct Row {
            version: i64,
            node: Element,
            owner: Owner,
        }
        let host = self.0.clone();
        let parent = Owner::current();
        // Rows in display order, and (id, position) sorted by id to find
        // them: a sorted index shares its sort with `domain::records`
        // instead of adding a BTreeMap's code for rows.
        let mut rows: Vec<Option<Row>> = Vec::new();
        let mut index: Vec<(u64, i64)> = Vec::new();
        keep(RenderEffect::new(move |_: Option<()>| {
            let wanted = keys();
            let mut next: Vec<Option<Row>> = Vec::with_capacity(wanted.len());
            let mut next_index: Vec<(u64, i64)> = Vec::with_capacity(wanted.len());
            let mut order: Vec<Element> = Vec::with_capacity(wanted.len());
            for (id, version) in wanted {
                let old = index
                    .binary_search_by(|p| p.0.cmp(&id))
                    .ok()
                    .and_then(|k| rows[index[k].1 as usize].take());
                let row = match old {
                    Some(r) if r.version == version => r,
                    old => {
                        if let Some(o) = old {
                            o.owner.cleanup();
                            o.node.remove();
                        }
                        let owner = parent.as_ref().map_or_else(Owner::new, Owner::child);
                        let node = untrack(|| owner.with(|| build(id))).0;
                        Row {
                            version,
                            node,
                            owner,
                        }
                    }
                };
                order.push(row.node.clone());
                next_index.push((id, next.len() as i64));
                next.push(Some(row));
            }
            for gone in std::mem::take(&mut rows).into_iter().flatten() {
                gone.owner.cleanup();
                gone.node.remove();
            }
            next_index.sort_unstable();
            index = next_index;
            // Put rows in order, moving only those out of place.
            let mut prev: Option<web_sys::Node> = None;
            for node in &order {
                let expected = match &prev {
                    Some(p) => p.next_sibling(),
                    None => host.first_child(),
                };
                if expected.as_ref() != Some(node.as_ref()) {
                    let _ = host.insert_before(node, expected.as_ref());
                }
                prev = Some(node.clone().into());
            }
            rows = next;
        }));
        self
    }
}

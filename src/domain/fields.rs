//! The shape stored fields are written in. A field added in a later
//! release is left out while it holds its default, so data written before
//! it existed is written back in the same shape, and older releases read
//! it unchanged.

/// Whether `value` is its type's default (0, false, empty): for
/// `#[serde(default, skip_serializing_if = "is_default")]`.
pub fn is_default<T: Default + PartialEq>(value: &T) -> bool {
    *value == T::default()
}

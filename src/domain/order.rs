//! Stable sorting by an integer key through one shared routine. Each
//! `sort_by_key` call site with its own closure compiles its own copy of
//! the standard sort (about 2 kB of wasm each); here the sort itself runs
//! once, on `(key, index)` pairs, and only a small permutation is generic.
//! Names sort by [`crate::domain::names::sort_by_name`].

/// Sorts `items` by `key` (ascending), keeping the order of equal keys.
pub fn sort_by_i64<T>(items: &mut Vec<T>, key: impl Fn(&T) -> i64) {
    let keys: Vec<i64> = items.iter().map(key).collect();
    let order = stable_order(&keys);
    let mut slots: Vec<Option<T>> = std::mem::take(items).into_iter().map(Some).collect();
    items.extend(order.into_iter().filter_map(|i| slots[i].take()));
}

/// The indices of `keys` in stable ascending order of key.
fn stable_order(keys: &[i64]) -> Vec<usize> {
    // Flipping the sign bit keeps the order of i64 keys as u64, so this
    // shares its sort with `domain::records` ((u64, i64) pairs); the pairs
    // are distinct, so an unstable sort is stable here.
    let mut idx: Vec<(u64, i64)> = keys
        .iter()
        .zip(0..)
        .map(|(k, i)| ((*k as u64) ^ (1 << 63), i))
        .collect();
    idx.sort_unstable();
    idx.into_iter().map(|(_, i)| i as usize).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_stably_by_key() {
        let mut v = vec![(3, 'a'), (1, 'b'), (3, 'c'), (2, 'd'), (1, 'e')];
        sort_by_i64(&mut v, |p| p.0);
        assert_eq!(v, [(1, 'b'), (1, 'e'), (2, 'd'), (3, 'a'), (3, 'c')]);
        sort_by_i64(&mut v, |p| -p.0);
        assert_eq!(v, [(3, 'a'), (3, 'c'), (2, 'd'), (1, 'b'), (1, 'e')]);
        let mut v = vec![(i64::MIN, 'a'), (i64::MAX, 'b'), (-1, 'c'), (0, 'd')];
        sort_by_i64(&mut v, |p| p.0);
        assert_eq!(v, [(i64::MIN, 'a'), (-1, 'c'), (0, 'd'), (i64::MAX, 'b')]);
    }
}

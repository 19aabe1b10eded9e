//! Stable sorting by an integer key through one shared routine. Each
//! `sort_by_key` call site with its own closure compiles its own copy of
//! the standard sort (about 2 kB of wasm each); here the sort itself runs
//! once, on `(key, index)` pairs, and only a small permutation is generic.

/// Sorts `items` by `key` (ascending), keeping the order of equal keys.
pub fn sort_by_i64<T>(items: &mut Vec<T>, key: impl Fn(&T) -> i64) {
    let keys: Vec<i64> = items.iter().map(key).collect();
    let order = stable_order(&keys);
    let mut slots: Vec<Option<T>> = std::mem::take(items).into_iter().map(Some).collect();
    items.extend(order.into_iter().filter_map(|i| slots[i].take()));
}

/// The indices of `keys` in stable ascending order of key.
fn stable_order(keys: &[i64]) -> Vec<usize> {
    let mut idx: Vec<(i64, usize)> = keys.iter().copied().zip(0..).collect();
    // (key, index) pairs are distinct, so an unstable sort is stable here.
    idx.sort_unstable();
    idx.into_iter().map(|(_, i)| i).collect()
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
    }
}

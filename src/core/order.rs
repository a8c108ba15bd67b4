//! Putting the app's short lists in order.
//!
//! The standard library's stable sort is compiled anew for every element type and comparison, a large share of the
//! wasm, and collecting into a `BTreeMap` sorts too. No list here is longer than a few hundred items, so one small
//! stable insertion sort serves them all, and maps are filled by inserting.

use std::cmp::Ordering;
use std::collections::BTreeMap;

/// Sorts `items` stably by `cmp`, as `slice::sort_by` does. Quadratic: only for lists of at most a few hundred.
pub fn sort_by<T>(items: &mut [T], mut cmp: impl FnMut(&T, &T) -> Ordering) {
    for i in 1..items.len() {
        let mut j = i;
        while j > 0 && cmp(&items[j - 1], &items[j]) == Ordering::Greater {
            items.swap(j - 1, j);
            j -= 1;
        }
    }
}

/// Sorts `items` stably by the key `key` gives, as `slice::sort_by_key` does.
pub fn sort_by_key<T, K: Ord>(items: &mut [T], mut key: impl FnMut(&T) -> K) {
    sort_by(items, |a, b| key(a).cmp(&key(b)));
}

/// A map of `pairs`, a later pair replacing an earlier one with the same key, as `collect` does, without its sort.
pub fn map_of<K: Ord, V>(pairs: impl IntoIterator<Item = (K, V)>) -> BTreeMap<K, V> {
    let mut map = BTreeMap::new();
    map.extend(pairs);
    map
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        /// Same order as the standard library's stable sort, ties included (the index tells equal keys apart).
        #[test]
        fn sorts_like_the_standard_library(keys in proptest::collection::vec(0..20u8, 0..200)) {
            let items: Vec<(u8, usize)> = keys.iter().copied().zip(0..).collect();
            let mut ours = items.clone();
            sort_by(&mut ours, |a, b| b.0.cmp(&a.0));
            let mut std_order = items.clone();
            std_order.sort_by_key(|x| std::cmp::Reverse(x.0));
            prop_assert_eq!(&ours, &std_order);
            let mut by_key = items.clone();
            sort_by_key(&mut by_key, |x| x.0);
            std_order.sort_by_key(|x| x.0);
            prop_assert_eq!(by_key, std_order);
        }

        #[test]
        fn maps_like_collect(pairs in proptest::collection::vec((0..10u8, any::<u16>()), 0..50)) {
            let ours = map_of(pairs.iter().copied());
            let collected: BTreeMap<u8, u16> = pairs.into_iter().collect();
            prop_assert_eq!(ours, collected);
        }
    }
}

//! One stable sort for every list the engine orders.
//!
//! `slice::sort_by_key` is generated anew for each element and key type, some
//! 4 KB of WebAssembly each: the engine's nine sorts of matches, hits and
//! candidates were 37 KB of the content script's bundle. [`sort_by_key`] sorts
//! `(key, position)` pairs, one type for every caller, and then moves the items
//! into that order; only that last, small step is generated per element type.
//! Short lists, most of them, are sorted by insertion in place.

/// A sort key: up to three numbers, compared in order (unused places 0).
pub type Key = [u64; 3];

/// A key field that sorts larger values first (`std::cmp::Reverse` for [`Key`]s).
pub fn descending(value: usize) -> u64 {
    u64::MAX - value as u64
}

/// Sorts `items` by `key`, keeping items with equal keys in their order (the order of `slice::sort_by_key`).
pub fn sort_by_key<T>(items: &mut [T], key: impl Fn(&T) -> Key) {
    if items.len() <= SHORT {
        // Most lists are a post's few matches: sorted in place, nothing allocated, a few bytes of code per type.
        for i in 1..items.len() {
            let mut at = i;
            while at > 0 && key(&items[at - 1]) > key(&items[at]) {
                items.swap(at - 1, at);
                at -= 1;
            }
        }
        return;
    }
    let mut order: Vec<(Key, usize)> = items.iter().enumerate().map(|(at, item)| (key(item), at)).collect();
    sort_pairs(&mut order);
    // source[at]: where the item that belongs at `at` is now. Each cycle of that permutation is followed once:
    // the item first in a cycle is carried along it by swaps, each swap putting one item in its place.
    let mut source: Vec<usize> = order.into_iter().map(|(_, from)| from).collect();
    for start in 0..items.len() {
        let mut at = start;
        loop {
            let from = std::mem::replace(&mut source[at], DONE);
            if from == start || from == DONE {
                break;
            }
            items.swap(at, from);
            at = from;
        }
    }
}

/// Lists up to this long are sorted by insertion.
const SHORT: usize = 16;

/// Marks a place whose item is in place.
const DONE: usize = usize::MAX;

/// The one instance of the standard sort: positions make every key distinct, so an unstable sort keeps order.
#[inline(never)]
fn sort_pairs(order: &mut [(Key, usize)]) {
    order.sort_unstable();
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn orders_like_the_standard_stable_sort(items in prop::collection::vec((0u8..4, 0u8..4, any::<u16>()), 0..64)) {
            let key = |&(a, b, _): &(u8, u8, u16)| [u64::from(a), descending(usize::from(b)), 0];
            let mut ours = items.clone();
            sort_by_key(&mut ours, key);
            let mut standard = items;
            standard.sort_by_key(|&(a, b, _)| (a, std::cmp::Reverse(b)));
            prop_assert_eq!(ours, standard);
        }
    }

    #[test]
    fn short_and_sorted_lists_stay_as_they_are() {
        let mut empty: Vec<u8> = Vec::new();
        sort_by_key(&mut empty, |&x| [u64::from(x), 0, 0]);
        let mut one = vec![5u8];
        sort_by_key(&mut one, |&x| [u64::from(x), 0, 0]);
        let mut sorted = vec![1u8, 2, 3];
        sort_by_key(&mut sorted, |&x| [u64::from(x), 0, 0]);
        assert_eq!((empty, one, sorted), (vec![], vec![5], vec![1, 2, 3]));
    }
}

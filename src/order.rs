//! One small sort for the app's short lists (a quiz's items, a device's saved results). Each
//! call of the standard library's sorts instantiates its own large pattern-defeating quicksort
//! in the wasm; these lists hold tens of items, where an insertion sort is as fast and a
//! fraction of the size.

/// Sorts `items` stably, `before(a, b)` saying whether `a` goes before `b`.
pub fn sort_by<T>(items: &mut [T], before: impl Fn(&T, &T) -> bool) {
    for i in 1..items.len() {
        let mut j = i;
        while j > 0 && before(&items[j], &items[j - 1]) {
            items.swap(j, j - 1);
            j -= 1;
        }
    }
}

/// Sorts `items` stably by `key`.
pub fn sort_by_key<T, K: PartialOrd>(items: &mut [T], key: impl Fn(&T) -> K) {
    sort_by(items, |a, b| key(a) < key(b));
}

/// Sorts `items` stably in their own order.
pub fn sort<T: PartialOrd + Copy>(items: &mut [T]) {
    sort_by_key(items, |t| *t);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_and_keeps_equal_items_in_order() {
        let mut items = [(3, 'a'), (1, 'b'), (3, 'c'), (0, 'd'), (1, 'e')];
        sort_by_key(&mut items, |p| p.0);
        assert_eq!(items, [(0, 'd'), (1, 'b'), (1, 'e'), (3, 'a'), (3, 'c')]);
        let mut empty: [u8; 0] = [];
        sort(&mut empty);
        let mut numbers = [5u16, 2, 9, 2, 0];
        sort(&mut numbers);
        assert_eq!(numbers, [0, 2, 2, 5, 9]);
    }
}

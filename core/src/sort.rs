//! Sorting through a few small routines. Each call of the standard library's sorts with its own
//! element type or comparison is a copy of a large generic algorithm: about 5 KB each in the
//! WebAssembly module. There a heapsort of a few hundred bytes does the job; native builds keep
//! the standard sorts. Results are the same on both.

use std::cmp::Ordering;

/// Sort `v` by `cmp`. Elements `cmp` finds equal must be interchangeable (the order between them
/// is not kept); [`stable_by_key`] keeps it.
pub(crate) fn sort_by<T>(v: &mut [T], cmp: impl FnMut(&T, &T) -> Ordering) {
    #[cfg(not(target_arch = "wasm32"))]
    v.sort_unstable_by(cmp);
    #[cfg(target_arch = "wasm32")]
    heapsort(v, cmp);
}

/// Sort `v` (equal elements are interchangeable).
pub(crate) fn sort<T: Ord>(v: &mut [T]) {
    sort_by(v, T::cmp);
}

/// Sort `v` by `key`, keeping the order of elements with equal keys.
#[allow(clippy::ptr_arg)] // the WebAssembly version moves the elements out and back
pub(crate) fn stable_by_key<T, K: Ord>(v: &mut Vec<T>, key: impl FnMut(&T) -> K) {
    #[cfg(not(target_arch = "wasm32"))]
    v.sort_by_key(key);
    #[cfg(target_arch = "wasm32")]
    {
        let mut key = key;
        let mut order: Vec<(K, usize)> = v.iter().enumerate().map(|(i, x)| (key(x), i)).collect();
        sort(&mut order);
        let mut items: Vec<Option<T>> = v.drain(..).map(Some).collect();
        v.extend(
            order
                .into_iter()
                .map(|(_, i)| items[i].take().expect("each element once")),
        );
    }
}

/// Sort `v` by `key`, keeping the order of elements with equal keys, computing each element's
/// key once: for keys that cost more than a comparison (the linter's candidates, whose keys
/// read their rules).
#[allow(clippy::ptr_arg)] // the WebAssembly version moves the elements out and back
pub(crate) fn stable_by_cached_key<T, K: Ord>(v: &mut Vec<T>, key: impl FnMut(&T) -> K) {
    #[cfg(not(target_arch = "wasm32"))]
    v.sort_by_cached_key(key);
    #[cfg(target_arch = "wasm32")]
    stable_by_key(v, key);
}

/// In-place heapsort: small code, `n log n` comparisons, no allocation.
#[cfg(any(target_arch = "wasm32", test))]
fn heapsort<T>(v: &mut [T], mut cmp: impl FnMut(&T, &T) -> Ordering) {
    let mut sift = |v: &mut [T], mut node: usize, end: usize| loop {
        let mut child = 2 * node + 1;
        if child >= end {
            break;
        }
        if child + 1 < end && cmp(&v[child], &v[child + 1]) == Ordering::Less {
            child += 1;
        }
        if cmp(&v[node], &v[child]) != Ordering::Less {
            break;
        }
        v.swap(node, child);
        node = child;
    };
    let n = v.len();
    for i in (0..n / 2).rev() {
        sift(v, i, n);
    }
    for end in (1..n).rev() {
        v.swap(0, end);
        sift(v, 0, end);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn heapsort_sorts_like_std() {
        // A small deterministic generator: many sizes, many repeats.
        let mut x: u64 = 0x2545_F491_4F6C_DD1D;
        for n in 0..200 {
            let mut v: Vec<(u8, u16)> = (0..n)
                .map(|_| {
                    x ^= x << 13;
                    x ^= x >> 7;
                    x ^= x << 17;
                    ((x % 7) as u8, (x >> 8) as u16 % 50)
                })
                .collect();
            let mut want = v.clone();
            want.sort();
            heapsort(&mut v, |a, b| a.cmp(b));
            assert_eq!(v, want, "n = {n}");
        }
    }

    #[test]
    fn stable_by_key_keeps_ties_in_order() {
        let mut v = vec![(2, 'a'), (1, 'b'), (2, 'c'), (1, 'd'), (0, 'e')];
        stable_by_key(&mut v, |p| p.0);
        assert_eq!(v, vec![(0, 'e'), (1, 'b'), (1, 'd'), (2, 'a'), (2, 'c')]);
    }
}

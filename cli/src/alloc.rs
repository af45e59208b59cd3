//! The global allocator: the system one, asking Linux to back large blocks with huge pages.
//!
//! A first touch of a 4 KB page costs about 3 µs on the machines measured (a page fault, the page
//! zeroed). Checking one 10 MB draft touches some 80 MB of large buffers (the file, the draft's
//! text, its findings, their places and diagnostics): 20,000 faults, most of them while one
//! thread places and writes the findings. A block of [`HUGE`] bytes or more is advised
//! `MADV_HUGEPAGE`, so the kernel (when transparent huge pages are enabled, as `madvise` or
//! `always`) backs its aligned 2 MB stretches with one fault each. Smaller blocks, and systems
//! without transparent huge pages, are served exactly as by [`System`].

use std::alloc::{GlobalAlloc, Layout, System};

/// Blocks at least this large are advised (the smallest that holds an aligned 2 MB stretch
/// wherever it starts).
const HUGE: usize = 4 << 20;

/// A huge page's size and alignment on x86-64 and on aarch64 with 4 KB pages.
const HUGE_PAGE: usize = 2 << 20;

/// [`System`], advising huge pages for large blocks.
pub struct HugeBlocks;

/// Advise the aligned 2 MB stretches inside `len` bytes at `p`. Advice only: a failure (no
/// transparent huge pages) changes nothing.
fn advise(p: *mut u8, len: usize) {
    let start = (p as usize).next_multiple_of(HUGE_PAGE);
    let end = (p as usize + len) & !(HUGE_PAGE - 1);
    if end > start {
        // SAFETY: the range lies inside a block just returned by the allocator; MADV_HUGEPAGE
        // does not change its contents or who owns it.
        unsafe {
            libc::madvise(start as *mut libc::c_void, end - start, libc::MADV_HUGEPAGE);
        }
    }
}

// SAFETY: every call is passed on to `System` unchanged; `advise` only gives the kernel advice
// about memory of the block returned.
unsafe impl GlobalAlloc for HugeBlocks {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let p = System.alloc(layout);
        if !p.is_null() && layout.size() >= HUGE {
            advise(p, layout.size());
        }
        p
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        let p = System.alloc_zeroed(layout);
        if !p.is_null() && layout.size() >= HUGE {
            advise(p, layout.size());
        }
        p
    }

    unsafe fn dealloc(&self, p: *mut u8, layout: Layout) {
        System.dealloc(p, layout);
    }

    unsafe fn realloc(&self, p: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let q = System.realloc(p, layout, new_size);
        if !q.is_null() && new_size >= HUGE {
            advise(q, new_size);
        }
        q
    }
}

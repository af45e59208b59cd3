//! The global allocator: the system one, asking Linux to back large blocks with huge pages.
//!
//! A first touch of a 4 KB page costs about 3 µs on the machines measured (a page fault, the page
//! zeroed). Checking one 10 MB draft touches some 80 MB of large buffers (the file, the draft's
//! text, its findings, their places and diagnostics): 20,000 faults, most of them while one
//! thread places and writes the findings. A block of [`HUGE`] bytes or more is advised
//! `MADV_HUGEPAGE`, so the kernel (when transparent huge pages are enabled, as `madvise` or
//! `always`) backs its aligned 2 MB stretches with one fault each. Smaller blocks, and systems
//! without transparent huge pages, are served exactly as by [`System`]. With glibc, [`huge_heap`]
//! also has the main heap, where start-up's many small blocks lie, backed with huge pages.

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

/// Heap grown at start-up in one step: room for what building the linter and checking a short
/// draft allocate (about 3 MB) with a huge page's worth to spare.
const START_PAD: usize = 6 << 20;

/// Back the main heap with huge pages from the first allocation of the run on.
///
/// Building the linter allocates about 3 MB in many small blocks; on 4 KB pages that is some
/// 700 page faults, a third of a one-draft run's time. The heap is grown once by [`START_PAD`]
/// (glibc's `M_TOP_PAD`), its aligned 2 MB stretches are advised `MADV_HUGEPAGE`, and a block
/// that is never touched fills the heap up to the first of them, so the blocks allocated next
/// lie in huge pages. Blocks below 4 MB stay in the heap (not each in a fresh mapping) and freed
/// memory is kept for reuse. Advice only: without transparent huge pages the heap is as before,
/// with one 2 MB block of address space reserved and never touched.
#[cfg(target_env = "gnu")]
pub fn huge_heap() {
    // SAFETY: mallopt tunes glibc's allocator before the blocks it affects are allocated;
    // sbrk(0) only reads the heap's end; madvise is advice on memory inside the heap; the
    // filler block is allocated by the same allocator and never freed or touched.
    unsafe {
        libc::mallopt(libc::M_TOP_PAD, START_PAD as i32);
        libc::mallopt(libc::M_TRIM_THRESHOLD, 64 << 20);
        libc::mallopt(libc::M_MMAP_THRESHOLD, HUGE as i32);
        // A block larger than what is left at the top of the heap grows it by the pad; freed,
        // it joins the top again, which starts where it started.
        let probe = std::hint::black_box(libc::malloc(160 << 10));
        if probe.is_null() {
            return;
        }
        libc::free(probe);
        let top = probe as usize;
        let start = top.next_multiple_of(HUGE_PAGE);
        let end = libc::sbrk(0) as usize & !(HUGE_PAGE - 1);
        if end <= start
            || libc::madvise(start as *mut libc::c_void, end - start, libc::MADV_HUGEPAGE) != 0
        {
            return;
        }
        // Leave room for the block's header and alignment: the next block starts just before
        // `start`.
        if let Some(fill) = (start - top).checked_sub(64).filter(|&n| n > 0) {
            let filler = std::hint::black_box(libc::malloc(fill));
            let _ = filler;
        }
    }
}

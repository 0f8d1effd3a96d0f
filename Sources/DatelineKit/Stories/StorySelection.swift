/// Quickselect: reorders `items` so that its first `count` elements are the first `count` in the
/// order `precedes` gives (a strict total order), in no particular order among themselves, and the
/// element at `count - 1` is the `count`-th. Linear on average: the story index only needs to know
/// which terms or stories make a cut, and sorting them all cost more than the rest of the work.
func selectFirst<T>(_ items: inout [T], _ count: Int, by precedes: (T, T) -> Bool) {
    guard count > 0, count < items.count else { return }
    let target = count - 1
    var lo = 0, hi = items.count - 1
    while lo < hi {
        // Median of three as the pivot, so lists already in order cost no more than others; it also
        // leaves an element on each side that stops the scans below.
        let mid = lo + (hi - lo) / 2
        if precedes(items[mid], items[lo]) { items.swapAt(mid, lo) }
        if precedes(items[hi], items[lo]) { items.swapAt(hi, lo) }
        if precedes(items[hi], items[mid]) { items.swapAt(hi, mid) }
        let pivot = items[mid]
        var i = lo, j = hi
        while i <= j {
            while precedes(items[i], pivot) { i += 1 }
            while precedes(pivot, items[j]) { j -= 1 }
            if i <= j { items.swapAt(i, j); i += 1; j -= 1 }
        }
        // [lo, j] precede or equal the pivot, [i, hi] follow or equal it, anything between is it.
        if target <= j { hi = j } else if target >= i { lo = i } else { return }
    }
}

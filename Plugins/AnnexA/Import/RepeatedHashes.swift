/// Finds the 64-bit hashes that occur more than once in a list, without a hash table: the hashes
/// are placed in buckets by their top bits (a count, then one pass placing them), and each
/// bucket (a few hundred hashes on average; one repeated key fills one bucket) is sorted on its
/// own. Each step works on little memory at a time, where a set of a million hashes built while
/// the rows streamed missed the cache on nearly every insertion (a tenth of the import's
/// processor time).
enum RepeatedHashes {
    /// The positions in `hashes` of each hash found more than once, ascending within a group.
    static func groups(in hashes: [UInt64]) -> [[Int]] {
        guard hashes.count > 1 else { return [] }
        // A hundred hashes per bucket on average, up to 4,096 buckets (about 250 each for a million).
        let bits = min(12, max(1, Int.bitWidth - (hashes.count / 100).leadingZeroBitCount))
        let shift = UInt64(64 - bits)
        var starts = [Int](repeating: 0, count: (1 << bits) + 1)
        for hash in hashes { starts[Int(hash >> shift) + 1] += 1 }
        for bucket in 1..<starts.count { starts[bucket] += starts[bucket - 1] }
        var placed = [(hash: UInt64, position: Int)](repeating: (0, 0), count: hashes.count)
        var next = starts
        for (position, hash) in hashes.enumerated() {
            let bucket = Int(hash >> shift)
            placed[next[bucket]] = (hash, position)
            next[bucket] += 1
        }
        var groups: [[Int]] = []
        placed.withUnsafeMutableBufferPointer { placed in
            for bucket in 0..<(starts.count - 1) where starts[bucket + 1] - starts[bucket] > 1 {
                let end = starts[bucket + 1]
                var members = UnsafeMutableBufferPointer(rebasing: placed[starts[bucket]..<end])
                members.sort { $0.hash < $1.hash }
                var first = starts[bucket]
                while first < end {
                    var last = first + 1
                    while last < end && placed[last].hash == placed[first].hash { last += 1 }
                    if last - first > 1 { groups.append(placed[first..<last].map(\.position).sorted()) }
                    first = last
                }
            }
        }
        return groups
    }
}

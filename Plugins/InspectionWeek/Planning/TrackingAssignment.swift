/// Who tracks each sampled child: the inspector who holds every conversation about them.
///
/// Existing choices stay. A child without one joins their practitioner's other children's
/// inspector when one of them is tracked; otherwise the practitioner's children all go to the
/// inspector tracking the fewest children (ties: the first in `inspectors`' order).
enum TrackingAssignment {
    /// The new choices, by case key, for the children of `groups` (each practitioner's children;
    /// a child met on their own is a group of one), given `existing` choices (case key to
    /// inspector id) and the inspectors' ids in the order ties are settled.
    static func assign(groups: [[String]], existing: [String: String], inspectors: [String]) -> [String: String] {
        var load = Dictionary(uniqueKeysWithValues: inspectors.map { ($0, 0) })
        for inspector in existing.values where load[inspector] != nil { load[inspector, default: 0] += 1 }
        var chosen: [String: String] = [:]
        for group in groups {
            let missing = group.filter { existing[$0] == nil && chosen[$0] == nil }
            guard !missing.isEmpty else { continue }
            let tracker =
                group.sorted().lazy.compactMap { existing[$0] ?? chosen[$0] }.first
                ?? inspectors.min { (load[$0] ?? 0, inspectors.firstIndex(of: $0) ?? 0) < (load[$1] ?? 0, inspectors.firstIndex(of: $1) ?? 0) }
            guard let tracker else { return chosen }
            for key in missing {
                chosen[key] = tracker
                load[tracker, default: 0] += 1
            }
        }
        return chosen
    }
}

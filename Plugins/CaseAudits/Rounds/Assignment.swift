/// Gives each child an auditor and, for the children drawn for moderation, a moderator.
///
/// The rules, in order:
/// 1. Nobody audits or moderates a child of their own team, and nobody moderates their own audit.
/// 2. The load is spread: children are taken most constrained first (fewest eligible auditors,
///    then by draw ticket), and each goes to the eligible auditor with the fewest cases so far
///    (ties by id). Without team constraints every auditor gets within one case of every other.
/// 3. Moderation goes the same way among moderators, by moderation load.
///
/// Everything is a pure function of its inputs, so a round can be recomputed and checked.
public struct Assignment: Sendable, Equatable {
    /// One child's auditor and moderator (nil when not moderated).
    public struct Pair: Sendable, Equatable {
        public var auditorID: String
        public var moderatorID: String?
    }

    /// Every child's pair, by Child Unique ID.
    public var pairs: [String: Pair]

    /// Assigns `children` among `auditors`, moderating the children in `moderated`.
    /// - Throws: `CaseAuditError` naming the child's row in `file` when no auditor (or moderator)
    ///   outside the child's team is left.
    public static func make(
        children: [ChildToAudit], rows: [String: Int], file: String, auditors: [Auditor], moderated: Set<String>, seed: String
    ) throws -> Assignment {
        let doers = auditors.filter(\.role.audits)
        let moderators = auditors.filter(\.role.moderates)
        func eligible(_ child: ChildToAudit, among people: [Auditor]) -> [Auditor] { people.filter { $0.team != child.team } }
        let order = children.sorted { left, right in
            let (l, r) = (eligible(left, among: doers).count, eligible(right, among: doers).count)
            return l != r ? l < r : ModerationDraw.ticket(left.childID, seed: seed) < ModerationDraw.ticket(right.childID, seed: seed)
        }
        var load: [String: Int] = [:]
        var moderationLoad: [String: Int] = [:]
        var pairs: [String: Pair] = [:]
        for child in order {
            let row = rows[child.childID] ?? 0
            guard let auditor = leastLoaded(eligible(child, among: doers), load) else {
                throw CaseAuditError.cell(
                    file: file, row: row, column: "Child Unique ID",
                    "every auditor is on the child's own team; add an auditor from another team")
            }
            load[auditor.id, default: 0] += 1
            var pair = Pair(auditorID: auditor.id, moderatorID: nil)
            if moderated.contains(child.childID) {
                guard let moderator = leastLoaded(eligible(child, among: moderators).filter { $0.id != auditor.id }, moderationLoad) else {
                    throw CaseAuditError.cell(
                        file: file, row: row, column: "Child Unique ID",
                        "no moderator is outside the child's team and other than its auditor; add a moderator from another team")
                }
                moderationLoad[moderator.id, default: 0] += 1
                pair.moderatorID = moderator.id
            }
            pairs[child.childID] = pair
        }
        return Assignment(pairs: pairs)
    }

    private static func leastLoaded(_ people: [Auditor], _ load: [String: Int]) -> Auditor? {
        people.min { left, right in
            let (l, r) = (load[left.id, default: 0], load[right.id, default: 0])
            return l != r ? l < r : left.id < right.id
        }
    }
}

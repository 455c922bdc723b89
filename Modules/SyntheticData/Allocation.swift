/// A child's allocation: the team and worker named in "Allocated Team" and "Allocated Worker".
struct Allocation: Sendable, Hashable {
    var team: String
    var worker: String
}

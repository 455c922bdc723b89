/// How a supervision was held.
public enum SupervisionKind: String, Sendable, CaseIterable, Codable {
    /// One to one with the supervisor.
    case individual
    /// A group reflective session (several practitioners, one facilitator).
    case groupReflective = "group_reflective"

    /// The kind a register file names (`individual`, `group reflective`, any case), or nil.
    public init?(text: String) {
        let key = text.lowercased().split { $0 == " " || $0 == "_" || $0 == "-" }.joined(separator: "_")
        self.init(rawValue: key)
    }
}

/// Why a week could not be planned at all: the problem itself is malformed. One line, naming the
/// option or item at fault by its id or position, never a person's name.
public struct WeekSchedulingError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What kind of fault it is. New codes can be added without breaking callers.
    public struct Code: Sendable, Hashable, CustomStringConvertible {
        private enum Base: String {
            case dayShape = "day shape"
            case days, rooms, inspectors, conversations
        }
        private let base: Base

        private init(_ base: Base) { self.base = base }

        /// The day ends before it starts, a break lies outside it, no slot fits.
        public static let dayShape = Code(.dayShape)
        /// No days on site, or a day listed twice.
        public static let days = Code(.days)
        /// No rooms while some conversation is in person, or a room listed twice.
        public static let rooms = Code(.rooms)
        /// An inspector listed twice or with a negative capacity.
        public static let inspectors = Code(.inspectors)
        /// A conversation listed twice, or requiring an inspector who is not on the team.
        public static let conversations = Code(.conversations)

        public var description: String { base.rawValue }
    }

    /// What kind of fault it is.
    public let code: Code
    /// The one-line message for the user.
    public let description: String

    init(_ code: Code, _ description: String) {
        self.code = code
        self.description = description
    }
}

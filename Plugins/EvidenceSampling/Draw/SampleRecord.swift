import Foundation

/// A drawn sample as stored: its seed, who drew it when, its extensions and its picks.
public struct SampleRecord: Sendable, Codable, Equatable {
    /// A request for more cases, continuing the ticket order.
    public struct Extension: Sendable, Codable, Equatable {
        /// 1 for the first extension, and so on.
        public let number: Int
        /// How many more cases it asked for.
        public let more: Int
        /// The stratum it was limited to, if any.
        public let stratum: String?
        /// When, and by whom.
        public let at: Date
        public let by: String
    }

    /// A picked case, in the order it was accepted.
    public struct Pick: Sendable, Codable, Equatable {
        /// 1-based position in the sample.
        public let position: Int
        /// The case key.
        public let key: String
        /// The case's stratum.
        public let stratum: String
        /// 1-based rank in ticket order within the stratum.
        public let rank: Int
        /// The full-precision ticket, `0.` and its digits.
        public let ticket: String
        /// The rule that accepted it.
        public let rule: String
        /// 0 for the draw, else the extension that added it.
        public let extensionNumber: Int

        /// The ticket to show: its first 18 significant digits.
        public var ticketDisplay: String {
            String(ticket.prefix(20))
        }
    }

    /// The sample's id.
    public let id: Int
    /// The manifest it was drawn from.
    public let manifestID: Int
    /// The seed, exactly as given.
    public let seed: String
    /// When it was drawn, and by whom.
    public let drawnAt: Date
    public let drawnBy: String
    /// Its extensions, in order.
    public let extensions: [Extension]
    /// Its picks, in order.
    public let picks: [Pick]
}

/// `workforce match` cannot run: no such snapshot, or nothing to match against. The message says
/// what to do.
struct MatchRefusal: Error, Sendable, CustomStringConvertible {
    let description: String

    init(_ description: String) {
        self.description = description
    }
}

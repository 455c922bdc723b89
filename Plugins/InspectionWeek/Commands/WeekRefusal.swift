/// A `week` command cannot run: no such inspection, or no sample to plan from. The message says
/// what to do and names no one.
struct WeekRefusal: Error, Sendable, CustomStringConvertible {
    let description: String

    init(_ description: String) {
        self.description = description
    }
}

/// A Reporting command cannot go on: one line saying what is wrong and what to do, with no
/// personal data in it.
struct ReportingError: Error, CustomStringConvertible {
    let description: String

    init(_ description: String) {
        self.description = description
    }

    /// No Annex A snapshot exists yet.
    static let noSnapshot = ReportingError(
        "no Annex A snapshot has been imported yet; import the lists first: ilacs-admin import annex-a PATH")

    /// Snapshot `id` does not exist.
    static func unknownSnapshot(_ id: Int) -> ReportingError {
        ReportingError("there is no snapshot \(id); list them with: ilacs-admin snapshots")
    }

    /// No notification call is recorded.
    static let noCall = ReportingError(
        "no notification call is recorded; record one with: ilacs-admin inspection notify --call-at \"2026-11-25 10:30\"")

    /// No rehearsal is running.
    static let noRehearsal = ReportingError(
        "no rehearsal is running; start one with: ilacs-admin rehearsal start --call-at \"2026-12-07 10:30\"")
}

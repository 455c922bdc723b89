import PluginKit
import Postgres

/// What an inspection's conversations are built from, read through the extension points: its
/// sampled children and the carers' group sessions (a rehearsal reads its own).
struct ConversationSource: Sendable {
    var cases: [SampledCase]
    var sessions: [GroupSession]

    /// Reads inspection `inspectionID`'s sample and sessions; refuses an unknown inspection or
    /// one with no sample.
    static func read(
        inspection inspectionID: Int, caseReaders: [any InspectionReader<SampledCase>], sessionReaders: [any InspectionReader<GroupSession>],
        on connection: PostgresConnection
    ) async throws -> ConversationSource {
        try await WeekRefusal.requireInspection(inspectionID, on: connection)
        let rehearsal = try await Rehearsals.isRehearsal(inspectionID, on: connection)
        let cases = try await InspectionReads.records(caseReaders, for: inspectionID, rehearsal: rehearsal, on: connection)
        guard !cases.isEmpty else { throw WeekRefusal("--inspection: inspection \(inspectionID) has no sample; draw one for it first") }
        return ConversationSource(
            cases: cases, sessions: try await InspectionReads.records(sessionReaders, for: inspectionID, rehearsal: rehearsal, on: connection))
    }
}

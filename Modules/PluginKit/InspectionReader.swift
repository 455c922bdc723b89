import Postgres

/// One plugin's records about an inspection, read for another plugin that must not read the
/// contributor's tables: the week on site reads the sampled children (``SampledCase/point``)
/// and the foster carers' group sessions (``GroupSession/point``) through it.
///
/// A reader answers from its own tables on the connection it is given, for the inspection its
/// records were attached to. Rehearsal work hangs off the rehearsal's own inspection, so a read
/// for a live inspection never sees it; ``InspectionReads/records(_:for:rehearsal:on:)`` also
/// refuses a rehearsal's id to a caller that did not say it is the rehearsal.
///
/// To contribute: conform a type to `InspectionReader` with the point's `Record`, then offer it
/// with `ExtensionImplementation(SampledCase.point, name: "my-plugin", summary: "...") { _ in MyReader() }`.
/// Never return more personal data than the record type names.
public protocol InspectionReader<Record>: Sendable {
    /// What the reader returns.
    associatedtype Record: Sendable
    /// The records attached to inspection `inspectionID`, read on `connection`, in a stable order.
    func records(for inspectionID: Int, on connection: PostgresConnection) async throws -> [Record]
}

/// Reading one inspection's records through every enabled reader of a point.
public enum InspectionReads {
    /// Every reader's records for `inspectionID`, readers in the order given.
    ///
    /// When `inspectionID` is a rehearsal, its records come back only if `rehearsal` is true
    /// (the rehearsal asking for its own work); a live read gets none of them.
    public static func records<Record>(
        _ readers: [any InspectionReader<Record>], for inspectionID: Int, rehearsal: Bool = false, on connection: PostgresConnection
    ) async throws -> [Record] {
        if !rehearsal, try await Rehearsals.isRehearsal(inspectionID, on: connection) { return [] }
        var records: [Record] = []
        for reader in readers {
            records += try await reader.records(for: inspectionID, on: connection)
        }
        return records
    }
}

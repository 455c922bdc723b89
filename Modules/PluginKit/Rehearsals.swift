import Postgres

/// A rehearsal (a dry run of the inspection, as an external auditor offers one) and the records
/// that belong to it.
///
/// A rehearsal is an inspection row flagged `rehearsal`: a plugin that attaches work to an
/// inspection (a manifest, a campaign) attaches rehearsal work to it in the same way, and so
/// needs no notion of rehearsals except two: mail it queues for that inspection goes through
/// `Outbox.queue(_:owner:inspection:on:)`, which routes it to the rehearsal maildir, and it
/// implements ``RehearsalRecords`` so that ending the rehearsal removes its records.
public enum Rehearsals {
    /// Every subject of a rehearsal's message starts with this.
    public static let subjectPrefix = "REHEARSAL: "

    /// Where plugins say how to remove their records of a rehearsal: every enabled
    /// implementation is used when a rehearsal ends.
    public static let point = ExtensionPoint<any RehearsalRecords>(name: "rehearsal.records")

    /// The running rehearsal's inspection id, or nil.
    public static func running(on connection: PostgresConnection) async throws -> Int? {
        try await connection.query("SELECT id FROM inspections WHERE rehearsal").single?.decode(Int.self, at: 0)
    }

    /// A SQL condition for a list's rows by the inspection they belong to (`column`, a trusted
    /// column name such as `m.inspection_id`, possibly NULL): a live list (`rehearsal` false)
    /// keeps every row that is not a rehearsal's; with `rehearsal`, only the rows of a rehearsal.
    public static func scope(_ column: String, rehearsal: Bool) -> String {
        "\(rehearsal ? "" : "NOT ")EXISTS (SELECT 1 FROM inspections i WHERE i.id = \(column) AND i.rehearsal)"
    }

    /// Whether `inspectionID` is a rehearsal.
    public static func isRehearsal(_ inspectionID: Int, on connection: PostgresConnection) async throws -> Bool {
        try await connection.query("SELECT EXISTS (SELECT 1 FROM inspections WHERE id = $1 AND rehearsal)", [inspectionID])[0].decode(Bool.self, at: 0)
    }

    /// Removes the rehearsal `inspectionID` and everything of it, in the caller's transaction:
    /// each plugin's records (`plugins`), the people given access for it with their links and
    /// sessions, then the inspection (its messages and Reporting's rows go with it, by cascade).
    /// The audit log is append-only, so what happened stays in it.
    /// - Returns: rows removed, by each implementation's ``RehearsalRecords/label`` (the kernel's as "kernel").
    public static func discard(_ inspectionID: Int, plugins: [any RehearsalRecords], on connection: PostgresConnection) async throws -> [String: Int] {
        var removed: [String: Int] = [:]
        for records in plugins {
            removed[records.label, default: 0] += try await records.discard(inspectionID: inspectionID, on: connection)
        }
        let people = "SELECT id FROM people WHERE inspection_id = $1"
        var kernel = try await connection.execute("DELETE FROM web_sessions WHERE person_id IN (\(people))", [inspectionID])
        kernel += try await connection.execute("DELETE FROM sign_in_links WHERE person_id IN (\(people))", [inspectionID])
        kernel += try await connection.execute("DELETE FROM people WHERE inspection_id = $1", [inspectionID])
        kernel += try await connection.execute("DELETE FROM inspections WHERE id = $1 AND rehearsal", [inspectionID])
        removed["kernel"] = kernel
        return removed
    }
}

/// A plugin's records of a rehearsal, removed when the rehearsal ends. Offer it with
/// `ExtensionImplementation(Rehearsals.point, name: "my-plugin", summary: "...") { _ in MyRecords() }`.
public protocol RehearsalRecords: Sendable {
    /// What the rows are counted under when a rehearsal ends (`sampling`, `carers`).
    var label: String { get }

    /// Deletes every row of the plugin that belongs to the rehearsal `inspectionID`, in the
    /// caller's transaction, children before parents.
    /// - Returns: how many rows were deleted.
    func discard(inspectionID: Int, on connection: PostgresConnection) async throws -> Int
}

/// A plugin's rehearsal records removed by `DELETE` statements on its own tables, run in order
/// (children first), each with the rehearsal's inspection id as `$1`.
public struct DeletingRehearsalRecords: RehearsalRecords {
    public let label: String
    let statements: [String]

    /// Records removed by `statements`, counted under `label`.
    public init(label: String, _ statements: [String]) {
        self.label = label
        self.statements = statements
    }

    public func discard(inspectionID: Int, on connection: PostgresConnection) async throws -> Int {
        var removed = 0
        for statement in statements {
            removed += try await connection.execute(statement, [inspectionID])
        }
        return removed
    }
}

import AnnexAStore
import Foundation
import Postgres

/// Imports a local list file into the kernel's local-list tables with its audit event, in one
/// transaction: the one path that `ilacs-admin local-list import` and the deprecated
/// `ilacs-admin report local-list` both take.
///
/// The tables, parser and read API are `AnnexAStore`'s (``LocalListStore``); this step lives in
/// PluginKit only because the audit log does, and AnnexAStore sits below PluginKit.
public enum LocalListImporter {
    /// Reads `path` (``LocalListParser``), starts the admin runtime for `plugin`, stores the list
    /// as a new import of `name` (tied to `snapshotID` when given) and prints one line saying
    /// what was imported. The file is read before the database is touched.
    /// - Throws: `TabularError` naming the row and column of a bad file, `LocalListError`,
    ///   `StartupError`.
    public static func run(file: String, name: String, snapshotID: Int?, plugin: String) async throws {
        let ids = try LocalListParser.read(path: file)
        let runtime = try await AdminRuntime.start(for: plugin)
        defer { runtime.shutdown() }
        let stored = try await store(ids, name: name, snapshotID: snapshotID, source: file, actor: runtime.actor, pool: runtime.pool)
        print("Imported \(stored.citation).")
    }

    /// Stores `ids` read from the file at `source` as a new import of list `name`, and records
    /// the `local_list.import` audit event in the same transaction.
    /// - Throws: `LocalListError` for a bad name or an unknown snapshot; nothing is stored then.
    @discardableResult
    public static func store(
        _ ids: [String], name: String, snapshotID: Int?, source: String, actor: String, pool: PostgresPool
    ) async throws -> LocalListImport {
        let sourceName = URL(fileURLWithPath: source).lastPathComponent
        return try await pool.transaction { connection in
            let stored = try await LocalListStore.save(
                name: name, ids: ids, snapshotID: snapshotID, source: sourceName, actor: actor, on: connection)
            var details = ["name": name, "children": String(stored.children), "source": sourceName]
            details["snapshot"] = snapshotID.map(String.init)
            try await AuditLog.record(
                AuditEvent(
                    actor: actor, action: "local_list.import", recordType: "local_list_import", recordID: String(stored.id),
                    details: details), on: connection)
            return stored
        }
    }
}

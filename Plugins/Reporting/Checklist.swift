import Domain
import Postgres

/// What must be done after the notification call, each item with its due time and its status
/// read from the database.
///
/// Due times are working assumptions (the next working day after the call for what inspectors
/// review off site, the first morning on site for the sample), not Ofsted rules.
struct Checklist: Codable, Equatable {
    /// One thing to do.
    struct Item: Codable, Equatable {
        var title: String
        var due: String
        var status: Status
        /// What was found, without personal data.
        var detail: String
    }

    /// An item's state.
    enum Status: String, Codable {
        case done
        case toDo = "to do"
        case warning
        case notAvailable = "not available"
    }

    var items: [Item]

    /// Builds the checklist for `call`.
    static func build(for call: InspectionStore.Call, on connection: PostgresConnection) async throws -> Checklist {
        let timeline = call.timeline
        let nextMorning = LocalDateTime(date: timeline.call.date.nextWorkingDay, hour: 12, minute: 0)!
        let nextEvening = LocalDateTime(date: timeline.call.date.nextWorkingDay, hour: 17, minute: 0)!
        let onSite = LocalDateTime(date: timeline.onSiteStart, hour: 9, minute: 0)!
        let latest = try await connection.query("SELECT id, as_of FROM annex_a_snapshots ORDER BY as_of DESC, id DESC LIMIT 1").single
        let snapshot = try latest.map { (id: try $0.decode(Int.self, "id"), asOf: try $0.decode(CalendarDate.self, "as_of")) }

        var items: [Item] = []
        switch snapshot {
        case nil:
            items.append(Item(title: "Annex A imported and fresh", due: nextMorning.description, status: .toDo,
                              detail: "no snapshot imported; lists must be as of \(timeline.freshnessLimit.iso) or later"))
        case let snapshot? where snapshot.asOf < timeline.freshnessLimit:
            items.append(Item(title: "Annex A imported and fresh", due: nextMorning.description, status: .warning,
                              detail: "snapshot \(snapshot.id) is as of \(snapshot.asOf.iso), older than the freshness limit \(timeline.freshnessLimit.iso) (the Wednesday of the week before the inspection); import lists drawn up on or after it"))
        case let snapshot?:
            items.append(Item(title: "Annex A imported and fresh", due: nextMorning.description, status: .done,
                              detail: "snapshot \(snapshot.id) as of \(snapshot.asOf.iso), within the freshness limit \(timeline.freshnessLimit.iso)"))
        }

        let exported = try await snapshot.asyncMap { snapshot in
            try await connection.query(
                "SELECT count(*) FROM audit_events WHERE action = 'annex_a.export' AND record_id = $1", [String(snapshot.id)])[0].decode(Int.self, at: 0)
        } ?? 0
        items.append(Item(title: "Data pack exported", due: nextMorning.description, status: exported > 0 ? .done : .toDo,
                          detail: exported > 0 ? "snapshot \(snapshot!.id) exported \(exported) time(s)"
                              : "export the latest snapshot: ilacs-admin export annex-a --snapshot ID --out data-pack.xlsx"))

        items.append(try await linked(
            "Sample manifest frozen", table: "sampling_manifests", due: onSite.description, inspectionID: call.inspectionID,
            found: "a sample manifest is frozen for this inspection", missing: "no sample manifest for this inspection yet", on: connection))
        items.append(try await linked(
            "Foster-carer invitation sent", table: "carer_campaigns", due: nextEvening.description, inspectionID: call.inspectionID,
            found: "an invitation campaign exists for this inspection", missing: "no invitation campaign for this inspection yet", on: connection))

        let kinds = Set(try await connection.query(
            "SELECT DISTINCT kind FROM reporting_attachments WHERE inspection_id = $1", [call.inspectionID]).map { try $0.decode(String.self, at: 0) })
        let missing = AttachmentKind.allCases.filter { !kinds.contains($0.rawValue) }.map(\.rawValue)
        items.append(Item(
            title: "Audits and performance information attached", due: nextEvening.description, status: missing.isEmpty ? .done : .toDo,
            detail: missing.isEmpty ? "audits and performance information attached"
                : "not attached yet: \(missing.joined(separator: ", ")) (ilacs-admin inspection attach FILE --kind KIND)"))
        return Checklist(items: items)
    }

    /// An item that another plugin's table answers, when that plugin is enabled.
    private static func linked(
        _ title: String, table: String, due: String, inspectionID: Int, found: String, missing: String,
        on connection: PostgresConnection
    ) async throws -> Item {
        let available = try await connection.query("""
            SELECT to_regclass('public.' || $1) IS NOT NULL
               AND EXISTS (SELECT 1 FROM information_schema.columns
                           WHERE table_schema = 'public' AND table_name = $1 AND column_name = 'inspection_id')
            """, [table])[0].decode(Bool.self, at: 0)
        guard available else {
            return Item(title: title, due: due, status: .notAvailable, detail: "not available (plugin not enabled)")
        }
        // The table name is one of two constants above, never input.
        let count = try await connection.query("SELECT count(*) FROM \(table) WHERE inspection_id = $1", [inspectionID])[0].decode(Int.self, at: 0)
        return Item(title: title, due: due, status: count > 0 ? .done : .toDo, detail: count > 0 ? found : missing)
    }
}

extension Optional {
    /// `transform` applied to the wrapped value, awaited; nil stays nil.
    func asyncMap<T>(_ transform: (Wrapped) async throws -> T) async rethrows -> T? {
        guard let value = self else { return nil }
        return try await transform(value)
    }
}

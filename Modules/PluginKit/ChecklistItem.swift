import Domain
import Postgres

/// One thing to get done after the notification call, contributed by the plugin that can judge
/// it through ``ChecklistItems/point`` (Annex A fresh, data pack exported, sample manifest
/// frozen, invitation sent, audits attached).
///
/// An item reads its status from its own plugin's tables on the connection it is given; the
/// Reporting plugin lists every enabled plugin's items in `order` and never reads their tables.
/// A plugin that is not enabled contributes no item.
///
/// To add an item: conform a type to `ChecklistItem`, then offer it from the plugin with
/// `ExtensionImplementation(ChecklistItems.point, name: "my-item", summary: "...") { _ in MyItem() }`.
/// Never put personal data in the title or the detail.
public protocol ChecklistItem: Sendable {
    /// Where the item goes: lower comes first, in steps of 10 (Annex A's items 10 and 20,
    /// sampling 30, invitations 40, Reporting's attachments 50).
    var order: Int { get }
    /// The item's status for the inspection a call announced, read on `connection`.
    func check(_ call: ChecklistCall, on connection: PostgresConnection) async throws -> ChecklistEntry
}

/// Where checklist items plug in: every enabled implementation is used.
public enum ChecklistItems {
    /// The extension point, named `checklist.item`.
    public static let point = ExtensionPoint<any ChecklistItem>(name: "checklist.item")

    /// Every item's entry for `call`, in `order`.
    public static func entries(_ items: [any ChecklistItem], for call: ChecklistCall, on connection: PostgresConnection) async throws -> [ChecklistEntry] {
        var entries: [ChecklistEntry] = []
        for item in items.sorted(by: { $0.order < $1.order }) {
            entries.append(try await item.check(call, on: connection))
        }
        return entries
    }
}

/// The call a checklist is about: the inspection it announced and its timeline, with the due
/// times items use.
///
/// Due times are working assumptions (the next working day after the call for what inspectors
/// review off site, the first morning on site for the sample), not Ofsted rules.
public struct ChecklistCall: Sendable, Equatable {
    /// The inspection the call announced.
    public var inspectionID: Int
    /// What follows from the call.
    public var timeline: NotificationTimeline

    /// Creates a call.
    public init(inspectionID: Int, timeline: NotificationTimeline) {
        self.inspectionID = inspectionID
        self.timeline = timeline
    }

    /// Noon on the next working day after the call: what inspectors read before they arrive.
    public var dueNextNoon: String { Self.at(timeline.call.date.nextWorkingDay, hour: 12) }
    /// Five o'clock on the next working day after the call.
    public var dueNextEvening: String { Self.at(timeline.call.date.nextWorkingDay, hour: 17) }
    /// Nine o'clock on the first day on site.
    public var dueOnSite: String { Self.at(timeline.onSiteStart, hour: 9) }

    private static func at(_ date: CalendarDate, hour: Int) -> String {
        LocalDateTime(date: date, hour: hour, minute: 0)!.description
    }
}

/// An item that is done once its plugin holds a record for the inspection (a frozen manifest,
/// a campaign): the plugin gives the query on its own table for when the first such record was
/// made (one `timestamptz`, NULL while there is none), with the inspection's id as `$1`, and the
/// words for either answer.
public struct RecordChecklistItem: ChecklistItem {
    /// When an item is due.
    public enum Due: Sendable {
        /// Noon on the next working day after the call.
        case nextNoon
        /// Five o'clock on the next working day after the call.
        case nextEvening
        /// Nine o'clock on the first day on site.
        case onSite
    }

    public let order: Int
    let title: String
    let due: Due
    let doneAt: String
    let found: String
    let missing: String

    /// An item titled `title`, due `due`, done when `doneAt` (a query returning one `timestamptz`,
    /// e.g. `SELECT min(created_at) FROM my_table WHERE inspection_id = $1`) is not NULL, at that
    /// time; `found` and `missing` are its two details.
    public init(order: Int, title: String, due: Due, doneAt: String, found: String, missing: String) {
        self.order = order
        self.title = title
        self.due = due
        self.doneAt = doneAt
        self.found = found
        self.missing = missing
    }

    public func check(_ call: ChecklistCall, on connection: PostgresConnection) async throws -> ChecklistEntry {
        let done = try await ChecklistEntry.time(doneAt, [call.inspectionID], on: connection)
        let time =
            switch due {
            case .nextNoon: call.dueNextNoon
            case .nextEvening: call.dueNextEvening
            case .onSite: call.dueOnSite
            }
        return ChecklistEntry(title: title, due: time, status: done != nil ? .done : .toDo, detail: done != nil ? found : missing, doneAt: done)
    }
}

/// One item's line in the checklist.
public struct ChecklistEntry: Sendable, Codable, Equatable {
    /// What must be done.
    public var title: String
    /// When, as `YYYY-MM-DD HH:MM` local time.
    public var due: String
    /// Whether it is done.
    public var status: Status
    /// What was found, without personal data, or what to run.
    public var detail: String
    /// When it was done, as `YYYY-MM-DD HH:MM` local time; nil while it is not (or the time is not known).
    public var doneAt: String?

    /// Creates an entry.
    public init(title: String, due: String, status: Status, detail: String, doneAt: String? = nil) {
        self.title = title
        self.due = due
        self.status = status
        self.detail = detail
        self.doneAt = doneAt
    }

    /// The time `query` returns (one `timestamptz`, or NULL, with `parameters`), as ``doneAt``
    /// writes it (`YYYY-MM-DD HH:MM` in the session's time zone); nil for NULL or no row.
    public static func time(_ query: String, _ parameters: [any PostgresEncodable], on connection: PostgresConnection) async throws -> String? {
        try await connection.query("SELECT to_char((\(query)), 'YYYY-MM-DD HH24:MI')", parameters).single?.decode(String?.self, at: 0)
    }

    /// An entry's state.
    public enum Status: String, Sendable, Codable {
        case done
        case toDo = "to do"
        case warning
    }
}

import ArgumentParser
import Foundation
import Messaging
import PluginKit
import PrivateFiles
import WorkforceRegister

/// `ilacs-admin week export --inspection N --format ics|csv|html`: the week's bookings as a
/// calendar, a spreadsheet or a page.
struct WeekExportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export the week's bookings as a calendar (ics), a spreadsheet (csv) or a page (html).",
        discussion: """
            Every booking of a planned conversation, by day and time: ics is one calendar \
            (METHOD:PUBLISH) with an event per booking, under the same UID as its invitation; csv \
            has the columns day, starts, ends, inspector, location, kind, with, case_keys, \
            conversation, sequence; html is a table per day. Children appear by case key only, \
            never by name; practitioners and inspectors appear by id unless --show-names is given. \
            Written to standard output, or to --out (created readable by its owner only).

            Examples:
              ilacs-admin week export --inspection 3 --format ics --out week.ics
              ilacs-admin week export --inspection 3 --format csv --inspector 4
              ilacs-admin week export --inspection 3 --format html --show-names --out week.html
            """)

    @Option(help: "The inspection's id (`ilacs-admin inspection list`).")
    var inspection: Int

    @Option(help: "ics, csv or html.")
    var format: WeekExport.Format

    @Option(help: "Only this inspector's bookings (their id, as `ilacs-admin inspectors list` shows it).")
    var inspector: String?

    @Option(help: "The file to write; standard output when not given.")
    var out: String?

    @Flag(help: "Show practitioners' and inspectors' names instead of their ids (children never appear by name).")
    var showNames = false

    func run() async throws {
        try await AdminRuntime.run(for: InspectionWeekPlugin.pluginName) { runtime in
            let mail = WeekMail(settings: try MailSettings(runtime.host.configuration))
            let (conversations, inspectors) = try await runtime.pool.withConnection { connection in
                try await WeekRefusal.requireInspection(inspection, on: connection)
                let inspectors = try await InspectorDirectory.read(inspection: inspection, on: connection)
                if let inspector, inspectors[inspector] == nil {
                    throw WeekRefusal("--inspector: no inspector \(inspector) on inspection \(inspection); `ilacs-admin inspectors list` lists them")
                }
                return (try await ScheduledConversation.read(inspection: inspection, pending: false, inspector: inspector, on: connection), inspectors)
            }
            var names: WeekExport.Names?
            if showNames {
                let staff = try await WorkforceRegister(pool: runtime.pool).allStaff()
                names = .init(
                    staff: Dictionary(staff.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first }),
                    inspectors: inspectors.compactMapValues(\.name))
            }
            let text = WeekExport(conversations: conversations, inspectionID: inspection, names: names).rendered(format, mail: mail, stamp: Date())
            guard let out else { return print(text, terminator: "") }
            do {
                try PrivateFile.write(Data(text.utf8), toPath: out)
            } catch let error as PrivateFileError {
                throw WeekRefusal("--out: cannot write \(out) (\(error.reason)); check the folder exists and is writable")
            }
            print("Wrote \(conversations.count) bookings to \(out).")
        }
    }
}

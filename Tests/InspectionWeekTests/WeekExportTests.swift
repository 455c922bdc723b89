import Foundation
import TestSupport
import Testing

@testable import InspectionWeek

@Suite("The week's export as a calendar, CSV and HTML, read back with Python icalendar and csv")
struct WeekExportTests {
    /// Reads the export with Python's `icalendar` and `csv`.
    static let oracle = """
        import csv, io, json, sys
        import icalendar
        request = json.load(sys.stdin)
        calendar = icalendar.Calendar.from_ical(request["ics"].encode("utf-8"))
        events = [{
            "uid": str(e.get("UID")), "sequence": int(e.decoded("SEQUENCE")), "tzid": e.get("DTSTART").params.get("TZID"),
            "start": e.decoded("DTSTART").strftime("%Y-%m-%dT%H:%M"), "end": e.decoded("DTEND").strftime("%Y-%m-%dT%H:%M"),
            "location": str(e.get("LOCATION")), "attendees": len(e.get("ATTENDEE", [])) if isinstance(e.get("ATTENDEE", []), list) else 1,
        } for e in calendar.walk("VEVENT")]
        rows = list(csv.reader(io.StringIO(request["csv"], newline="")))
        json.dump({"method": str(calendar.get("METHOD")), "events": events, "rows": rows}, sys.stdout)
        """

    struct Read: Decodable {
        struct Event: Decodable, Equatable {
            var uid: String
            var sequence: Int
            var tzid: String?
            var start: String
            var end: String
            var location: String
            var attendees: Int
        }
        var method: String
        var events: [Event]
        var rows: [[String]]
    }

    @Test("ics is one PUBLISH calendar with an event per booking; csv has a header and a row per booking; no names without --show-names")
    func export() async throws {
        try await WeekFixture.with { fixture in
            _ = try await fixture.conversations(fixture.inspectionID)
            let inspector = try await fixture.inspector("Ines Pector", "ines@ofsted.example")
            let other = try await fixture.inspector("Otto Ther", "otto@ofsted.example")
            let ids = try await fixture.conversationIDs()
            try #require(ids.count >= 3)
            try await fixture.book(ids[0], day: 8, "10:00", "11:00", inspector: inspector, room: "Room, 2")
            try await fixture.book(ids[1], day: 9, "09:00", "09:30", inspector: other, room: nil)
            try await fixture.book(ids[2], day: 8, "09:00", "09:45", inspector: inspector, room: "Room 3")
            _ = try await fixture.pool.query("UPDATE week_conversations SET sequence = 2 WHERE id = $1", [ids[2]])
            let conversations = try await fixture.pool.withConnection { connection in
                try await ScheduledConversation.read(inspection: fixture.inspectionID, pending: false, on: connection)
            }
            let export = WeekExport(conversations: conversations, inspectionID: fixture.inspectionID, names: nil)
            let input = try JSONSerialization.data(withJSONObject: [
                "ics": export.rendered(.ics, mail: WeekFixture.mail, stamp: Date()), "csv": export.rendered(.csv, mail: WeekFixture.mail, stamp: Date())
            ])
            let read = try JSONDecoder().decode(
                Read.self, from: try PythonOracle.run(Self.oracle, input: input, advice: "scripts/python-env.sh ensure installs icalendar"))
            #expect(read.method == "PUBLISH")
            #expect(
                read.events == [
                    .init(
                        uid: "week-conversation-\(ids[2])@week.ilacs-ready", sequence: 2, tzid: "Europe/London", start: "2026-12-08T09:00",
                        end: "2026-12-08T09:45",
                        location: "Room 3", attendees: 0),
                    .init(
                        uid: "week-conversation-\(ids[0])@week.ilacs-ready", sequence: 0, tzid: "Europe/London", start: "2026-12-08T10:00",
                        end: "2026-12-08T11:00",
                        location: "Room, 2", attendees: 0),
                    .init(
                        uid: "week-conversation-\(ids[1])@week.ilacs-ready", sequence: 0, tzid: "Europe/London", start: "2026-12-09T09:00",
                        end: "2026-12-09T09:30",
                        location: "Online", attendees: 0)
                ])
            #expect(read.rows.first == WeekExport.columns)
            #expect(
                read.rows.dropFirst().map { [$0[0], $0[1], $0[3], $0[4], $0[8]] } == [
                    ["2026-12-08", "09:00", inspector, "Room 3", String(ids[2])], ["2026-12-08", "10:00", inspector, "Room, 2", String(ids[0])],
                    ["2026-12-09", "09:00", other, "Online", String(ids[1])]
                ])
            let staffNames = try await fixture.pool.query("SELECT name FROM workforce_staff").map { try $0.decode(String.self, at: 0) }
            for format in WeekExport.Format.allCases {
                let text = export.rendered(format, mail: WeekFixture.mail, stamp: Date())
                #expect(!text.contains("Ines Pector") && !staffNames.contains { text.contains($0) })
            }
            let mine = try await fixture.pool.withConnection { connection in
                try await ScheduledConversation.read(inspection: fixture.inspectionID, pending: false, inspector: other, on: connection)
            }
            #expect(mine.map(\.id) == [ids[1]])
        }
    }

    @Test("html has a captioned table per day with column headers; --show-names shows staff and inspector names, never a child's")
    func html() async throws {
        try await WeekFixture.with { fixture in
            _ = try await fixture.conversations(fixture.inspectionID)
            let inspector = try await fixture.inspector("Ines <Pector>", "ines@ofsted.example")
            let ids = try await fixture.conversationIDs()
            try await fixture.book(ids[0], day: 8, "10:00", "11:00", inspector: inspector, room: "Room 2")
            try await fixture.book(ids[1], day: 10, "10:00", "11:00", inspector: inspector, room: "Room 2")
            let conversations = try await fixture.pool.withConnection { connection in
                try await ScheduledConversation.read(inspection: fixture.inspectionID, pending: false, on: connection)
            }
            let subject = try #require(conversations.first { $0.id == ids[0] }?.subject)
            let name = try await fixture.staff(subject).name
            let names = WeekExport.Names(staff: [subject: name], inspectors: [inspector: "Ines <Pector>"])
            let page = WeekExport(conversations: conversations, inspectionID: fixture.inspectionID, names: names).rendered(
                .html, mail: WeekFixture.mail, stamp: Date())
            #expect(page.components(separatedBy: "<caption>").count == 3)
            #expect(page.contains("<caption>Tue 2026-12-08</caption>") && page.contains("<caption>Thu 2026-12-10</caption>"))
            #expect(page.contains("<th scope=\"col\">Case keys</th>"))
            #expect(page.contains("Ines &lt;Pector&gt;") && !page.contains("Ines <Pector>"))
            if !name.contains(where: { "<>&'\"".contains($0) }) { #expect(page.contains(name)) }
            let childIDs = try await fixture.source(fixture.inspectionID).cases.map(\.childID)
            #expect(!childIDs.contains { page.contains(">\($0)<") })
        }
    }
}

import Foundation
import PluginKit
import TestSupport
import Testing

@testable import InspectionWeek

@Suite("The inspectors' week on the sampler's page, as ilacs_sampler")
struct WeekWebTests {
    /// The repository's root, found from this file's path.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path

    @Test("an inspector sees their own bookings by day, each linking to its briefing; cancelled ones and declined children never appear")
    func ownWeek() async throws {
        try await WeekWebFixture.with { web in
            #expect(try await web.context.pool.query("SELECT current_user AS u")[0].decode(String.self, "u") == "ilacs_sampler")
            let session = try await web.session("A")
            let page = try await web.get("/week", session: session)
            #expect(page.status == 200)
            #expect(page.body.contains("<html lang=\"en\">") && page.body.contains("<h1>Your week on site</h1>"))
            #expect(page.body.contains("<h2 id=\"day-2026-12-08\">Tuesday 8 December 2026</h2>"))
            #expect(page.body.contains("<th scope=\"col\">Conversation</th>"))
            let linked = Self.conversationLinks(page.body)
            #expect(Set(linked) == Set(web.own["A"]!) && linked.count == web.own["A"]!.count)
            #expect(!linked.contains(web.cancelled) && !linked.contains(web.declinedChild))
            #expect(Set(linked).isDisjoint(with: web.own["B"]!))
            let briefing = try await web.get("/week/conversations/:id", id: String(web.own["A"]![0]), session: session)
            #expect(briefing.status == 200)
            #expect(briefing.body.contains("<h2>The practitioner</h2>") && briefing.body.contains("<th scope=\"row\">Caseload now</th>"))
            #expect(briefing.body.contains("<caption>When and where</caption>"))
            let child = try await web.get("/week/conversations/:id", id: String(web.agreedChild), session: session)
            #expect(child.status == 200 && child.body.contains("in person") && child.body.contains("Step-free access; prefers a quiet room"))
            #expect(!child.body.contains("<h2>The practitioner</h2>"))
        }
    }

    @Test("another inspector's conversation, a cancelled one, a declined child and an unknown id are the same 404, logged by id only")
    func refusals() async throws {
        try await WeekWebFixture.with { web in
            let session = try await web.session("A")
            let refused = [String(web.own["B"]![0]), String(web.cancelled), String(web.declinedChild), "999999", "Jane Doe"]
            var bodies: Set<String> = []
            for id in refused {
                let page = try await web.get("/week/conversations/:id", id: id, session: session)
                #expect(page.status == 404, "\(id)")
                bodies.insert(page.body)
            }
            #expect(bodies.count == 1)
            let logged = try await web.week.pool.query(
                "SELECT record_id FROM audit_events WHERE action = 'week.access_refused' ORDER BY id"
            ).map { try $0.decode(String.self, "record_id") }
            #expect(logged == Array(refused.dropLast()) + ["not a number"])
            #expect(try await web.get("/week", session: nil).status == 401)
            #expect(try await web.get("/week.ics", session: nil).status == 401)
        }
    }

    @Test("/week.ics holds the inspector's own bookings, published in Europe/London, as Python's icalendar reads it")
    func calendar() async throws {
        try await WeekWebFixture.with { web in
            let download = try await web.get("/week.ics", session: try await web.session("B"))
            #expect(download.status == 200 && download.headers["Content-Type"] == "text/calendar; charset=utf-8; method=PUBLISH")
            let run = try PythonRun.run(["\(Self.root)/scripts/oracles/icalendar_feed.py"], input: Data(download.body.utf8))
            guard run.status == 0 else {
                throw TestSetupError("the icalendar oracle failed (`scripts/python-env.sh ensure`): \(String(decoding: run.errors, as: UTF8.self))")
            }
            let parsed = try #require(try JSONSerialization.jsonObject(with: run.output) as? [String: Any])
            #expect(parsed["method"] as? String == "PUBLISH" && parsed["timezones"] as? [String] == ["Europe/London"])
            #expect(parsed["crlf_only"] as? Bool == true)
            let events = try #require(parsed["events"] as? [[String: Any]])
            let booked = try await web.week.pool.query(
                """
                SELECT b.conversation_id, b.day, to_char(b.starts, 'HH24:MI') AS starts, to_char(b.ends, 'HH24:MI') AS ends, coalesce(b.room, 'Online') AS place
                FROM week_bookings b WHERE b.inspector = $1 ORDER BY b.day, b.starts, b.conversation_id
                """, [String(web.inspectors["B"]!.id)])
            #expect(events.count == booked.count && events.count == web.own["B"]!.count)
            for (event, row) in zip(events, booked) {
                let id = try row.decode(Int.self, "conversation_id")
                let day = try row.decode(String.self, "day")
                #expect(event["uid"] as? String == "week-conversation-\(id)@\(WeekCalendar.domain)")
                #expect(event["start"] as? [String: String] == ["tzid": "Europe/London", "wall": "\(day)T\(try row.decode(String.self, "starts"))"])
                #expect(event["end"] as? [String: String] == ["tzid": "Europe/London", "wall": "\(day)T\(try row.decode(String.self, "ends"))"])
                #expect(event["location"] as? String == (try row.decode(String.self, "place")))
                let children = try await web.week.pool.query("SELECT count(*) FROM week_conversation_cases WHERE conversation_id = $1", [id])[0]
                    .decode(Int.self, at: 0)
                #expect(event["description"] as? String == "Children covered: \(children). Briefing: http://127.0.0.1:8080/week/conversations/\(id)")
                #expect(event["status"] as? String == "CONFIRMED" && event["attendees"] as? Int == 0 && event["sequence"] as? Int == 0)
                #expect(event["organizer"] as? String == "inspector.b@ofsted.example")
            }
        }
    }

    /// The conversation ids the page links to, in page order.
    static func conversationLinks(_ body: String) -> [Int] {
        body.components(separatedBy: "href=\"/week/conversations/").dropFirst().compactMap { Int($0.prefix { $0.isNumber }) }
    }
}

import Foundation
import Messaging
import PluginKit
import Postgres
import Testing

@testable import CarerEngagement

@Suite("A rehearsal's invitations")
struct RehearsalMailTests {
    @Test(
        "reach no one: every subject starts with REHEARSAL and they go to the rehearsal maildir, never the transport; ending removes them and their files, the audit log keeps them"
    )
    func rehearsalInvitations() async throws {
        let rehearsalMaildir = FileManager.default.temporaryDirectory.appendingPathComponent("rehearsal-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: rehearsalMaildir) }
        try await CarerFixture.with(environment: ["MAIL_REHEARSAL_MAILDIR": rehearsalMaildir]) { fixture in
            let settings = try fixture.settings
            let store = CampaignStore(pool: fixture.pool)
            // The live inspection's invitation, and a rehearsal's (an inspection flagged as one).
            let live = try await fixture.campaign()
            let liveQueued = try await store.queue(live, kind: .invitation, settings: settings, actor: "c").queued
            let rehearsal = try await fixture.pool.query(
                "INSERT INTO inspections (type, started_on, created_by, rehearsal) VALUES ('short', '2026-12-14', 'tester', true) RETURNING id"
            )[0].decode(Int.self, at: 0)
            let rehearsed = try await store.create(
                inspectionID: rehearsal, templates: try CampaignTemplates(sources: CarerFixture.templates),
                sessions: [try CampaignSession.parse("2026-12-15 18:00 | County Hall, Room 2 | 20", number: 1)], source: "test", settings: settings,
                actor: "coordinator")
            let rehearsalQueued = try await store.queue(rehearsed, kind: .invitation, settings: settings, actor: "c").queued
            #expect(rehearsalQueued > 20)

            let tally = try await Mailer(
                pool: fixture.pool, transport: try MaildirTransport(directory: settings.mail.maildir), settings: settings.mail, logger: .init(label: "test")
            ).drain()
            #expect(tally.sent == liveQueued + rehearsalQueued)
            let liveFiles = try FileManager.default.contentsOfDirectory(atPath: "\(settings.mail.maildir)/new")
            let rehearsalFiles = try FileManager.default.contentsOfDirectory(atPath: "\(rehearsalMaildir)/new")
            #expect(liveFiles.count == liveQueued)
            #expect(rehearsalFiles.count == rehearsalQueued)
            for file in rehearsalFiles {
                let text = try String(contentsOfFile: "\(rehearsalMaildir)/new/\(file)", encoding: .utf8)
                #expect(Self.subject(of: text).hasPrefix("REHEARSAL: Meet the Ofsted inspectors"))
            }
            for file in liveFiles {
                #expect(Self.subject(of: try String(contentsOfFile: "\(settings.mail.maildir)/new/\(file)", encoding: .utf8)).hasPrefix("Meet the"))
            }

            // A reader has opened one (moved to cur/ with flags); a file the mailer did not write stays.
            let opened = try #require(rehearsalFiles.first)
            try FileManager.default.moveItem(atPath: "\(rehearsalMaildir)/new/\(opened)", toPath: "\(rehearsalMaildir)/cur/\(opened):2,S")
            try "debrief notes".write(toFile: "\(rehearsalMaildir)/new/notes.txt", atomically: true, encoding: .utf8)

            let before = try await fixture.pool.query("SELECT count(*) FROM audit_events")[0].decode(Int.self, at: 0)
            let plugins = try fixture.context.host.implementations(of: Rehearsals.point, context: try fixture.context)
            try await fixture.pool.transaction { connection in
                _ = try await Rehearsals.discard(rehearsal, plugins: plugins, on: connection)
            }
            let left = try await fixture.pool.query(
                """
                SELECT (SELECT count(*) FROM carer_campaigns WHERE inspection_id = $1) + (SELECT count(*) FROM messaging_outbox WHERE rehearsal_inspection_id = $1)
                     + (SELECT count(*) FROM inspections WHERE id = $1)
                """, [rehearsal])[0].decode(Int.self, at: 0)
            #expect(left == 0)
            #expect(try FileManager.default.contentsOfDirectory(atPath: "\(rehearsalMaildir)/new") == ["notes.txt"])
            #expect(try FileManager.default.contentsOfDirectory(atPath: "\(rehearsalMaildir)/cur").isEmpty)
            #expect(try FileManager.default.contentsOfDirectory(atPath: "\(settings.mail.maildir)/new").count == liveQueued)
            #expect(try await fixture.pool.query("SELECT count(*) FROM messaging_outbox WHERE state = 'sent'")[0].decode(Int.self, at: 0) == liveQueued)
            #expect(try await fixture.pool.query("SELECT count(*) FROM audit_events")[0].decode(Int.self, at: 0) == before)
        }
    }

    /// The decoded Subject of a message file (header lines unfolded, RFC 2047 base64 words decoded).
    static func subject(of message: String) -> String {
        let header = message.replacingOccurrences(of: "\r\n", with: "\n").components(separatedBy: "\n\n")[0].replacingOccurrences(of: "\n ", with: " ")
        guard let line = header.split(separator: "\n").first(where: { $0.hasPrefix("Subject: ") }) else { return "" }
        return line.dropFirst("Subject: ".count).split(separator: " ").map { word in
            guard word.hasPrefix("=?UTF-8?B?"), word.hasSuffix("?="), let data = Data(base64Encoded: String(word.dropFirst(10).dropLast(2))) else {
                return String(word) + " "
            }
            return String(decoding: data, as: UTF8.self)
        }.joined()
    }
}

import Foundation
import PluginKit
import Postgres

/// A rehearsal's messages as files: when the rehearsal ends, the files the mailer wrote for it
/// into the rehearsal maildir (`MAIL_REHEARSAL_MAILDIR`) go with its rows. Messaging's part of
/// ``Rehearsals/point``.
///
/// A message's file is named after its Message-ID, which starts `outbox-ID.` (``Mailer``), so the
/// rehearsal's outbox rows say which files are its; a reader may have moved one to `cur/` with
/// flags after the name. Other files in the folder are left alone.
struct RehearsalMailFiles: RehearsalRecords {
    let label = "mail files"
    /// The rehearsal maildir.
    let directory: String

    /// Deletes the files of the rehearsal's messages (its outbox rows stay for the kernel's
    /// cascade); returns how many files were removed.
    func discard(inspectionID: Int, on connection: PostgresConnection) async throws -> Int {
        let prefixes = Set(
            try await connection.query("SELECT id FROM messaging_outbox WHERE rehearsal_inspection_id = $1", [inspectionID]).map {
                "outbox-\(try $0.decode(Int.self, at: 0))."
            })
        guard !prefixes.isEmpty else { return 0 }
        var removed = 0
        for folder in ["new", "cur", "tmp"] {
            let path = "\(directory)/\(folder)"
            let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
            for name in names where name.hasPrefix("outbox-") {
                guard let dot = name.firstIndex(of: "."), prefixes.contains(String(name[...dot])) else { continue }
                do {
                    try FileManager.default.removeItem(atPath: "\(path)/\(name)")
                    removed += 1
                } catch {
                    throw MessagingError("cannot remove a rehearsal message from \(path) (MAIL_REHEARSAL_MAILDIR): \(error.localizedDescription)")
                }
            }
        }
        return removed
    }
}

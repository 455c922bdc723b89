import Foundation
import Mail
import PrivateFiles

/// Writes each message as an RFC 5322 file into a maildir folder (`tmp/`, then renamed into
/// `new/`). The file is named after the Message-ID, so a message delivered twice is one file.
public struct MaildirTransport: MailTransport, MailSession {
    /// The maildir folder.
    public let directory: String

    /// A transport into `directory`, creating `tmp`, `new` and `cur` when missing (mode 0700,
    /// and `directory` too when missing); messages are written with mode 0600.
    public init(directory: String) throws {
        self.directory = directory
        for sub in ["tmp", "new", "cur"] {
            do {
                try PrivateFile.createDirectory(atPath: "\(directory)/\(sub)")
            } catch {
                throw MessagingError("cannot create the maildir folder \(directory)/\(sub) (MAIL_MAILDIR): \(error.localizedDescription)")
            }
        }
    }

    public func openSession() async throws -> any MailSession { self }

    public func deliver(_ message: MailMessage, beforeCommit: @Sendable () async throws -> Void) async throws -> String {
        let name = message.messageID.map { $0.isLetter || $0.isNumber || $0 == "." || $0 == "-" ? $0 : "_" }
        let temporary = "\(directory)/tmp/\(String(name))"
        let final = "\(directory)/new/\(String(name))"
        // A message names a carer and their address: owner only (PrivateFile's mode).
        guard FileManager.default.createFile(atPath: temporary, contents: Data(message.rendered()), attributes: [.posixPermissions: Int(PrivateFile.fileMode)])
        else {
            throw DeliveryError(.retry, "cannot write into the maildir folder's tmp/")
        }
        try await beforeCommit()
        if rename(temporary, final) != 0 {
            throw DeliveryError(.retry, "cannot move the message into the maildir folder's new/ (errno \(errno))")
        }
        return "written to the maildir folder"
    }

    public func close() async {}
}

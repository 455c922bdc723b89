import Crypto
import Foundation

/// A signed link token for one household: a reply for one session (0 declines), or an
/// unsubscribe. HMAC-SHA-256 under `MAIL_REPLY_KEY`, with an expiry; nothing is stored.
public struct ReplyToken: Sendable, Equatable {
    /// What the link does.
    public enum Purpose: String, Sendable {
        case reply = "r"
        case unsubscribe = "u"
    }

    /// What the link does.
    public let purpose: Purpose
    /// The campaign.
    public let campaignID: Int
    /// The session chosen; 0 declines.
    public let session: Int
    /// When the link stops working, in seconds since 1970.
    public let expires: Int
    /// The household.
    public let householdID: String

    /// Creates a token.
    public init(purpose: Purpose, campaignID: Int, session: Int, expires: Int, householdID: String) {
        self.purpose = purpose
        self.campaignID = campaignID
        self.session = session
        self.expires = expires
        self.householdID = householdID
    }

    /// The token as URL-safe text: payload and signature, base64url, joined by a dot.
    public func signed(key: String) -> String {
        let payload = Array("\(purpose.rawValue)|\(campaignID)|\(session)|\(expires)|\(householdID)".utf8)
        return Self.base64URL(payload) + "." + Self.base64URL(Self.signature(payload, key: key))
    }

    /// The token `text` stands for, when its signature is right and it has not expired;
    /// otherwise nil (forged, altered, expired or malformed: the caller does not say which).
    /// Only the canonical form `signed(key:)` writes is accepted: padding, the `+/` alphabet or
    /// other bits in the last character are refused, so a used link cannot be replayed by
    /// re-encoding it (replies are recorded once per token hash).
    public static func verify(_ text: String, key: String, now: Date = Date()) -> ReplyToken? {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 2, let payload = bytes(base64URL: parts[0]), let signature = bytes(base64URL: parts[1]),
            HMAC<SHA256>.isValidAuthenticationCode(signature, authenticating: payload, using: SymmetricKey(data: Array(key.utf8)))
        else { return nil }
        let fields = String(decoding: payload, as: UTF8.self).split(separator: "|", maxSplits: 4, omittingEmptySubsequences: false)
        guard fields.count == 5, let purpose = Purpose(rawValue: String(fields[0])), let campaign = Int(fields[1]),
            let session = Int(fields[2]), let expires = Int(fields[3]), Double(expires) > now.timeIntervalSince1970
        else { return nil }
        return ReplyToken(purpose: purpose, campaignID: campaign, session: session, expires: expires, householdID: String(fields[4]))
    }

    private static func signature(_ payload: [UInt8], key: String) -> [UInt8] {
        Array(HMAC<SHA256>.authenticationCode(for: payload, using: SymmetricKey(data: Array(key.utf8))))
    }

    private static func base64URL(_ bytes: [UInt8]) -> String {
        Data(bytes).base64EncodedString().replacingOccurrences(of: "+", with: "-")
            .replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "=", with: "")
    }

    private static func bytes(base64URL text: Substring) -> [UInt8]? {
        let alphabet = Set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_".utf8)
        guard text.utf8.allSatisfy(alphabet.contains) else { return nil }
        var base64 = text.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        while base64.count % 4 != 0 { base64 += "=" }
        guard let bytes = Data(base64Encoded: base64).map(Array.init), base64URL(bytes) == text else { return nil }
        return bytes
    }
}

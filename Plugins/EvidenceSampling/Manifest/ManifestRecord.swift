import Foundation

/// A frozen manifest as stored: its id, hash, counts and who froze it when.
public struct ManifestRecord: Sendable, Codable, Equatable {
    /// The manifest's id.
    public let id: Int
    /// The snapshot it was frozen from.
    public let snapshotID: Int
    /// The inspection it serves, if given.
    public let inspectionID: Int?
    /// The plan's name.
    public let planName: String
    /// The manifest's SHA-256.
    public let sha256: String
    /// Eligible cases.
    public let cases: Int
    /// Excluded cases.
    public let excluded: Int
    /// When it was frozen.
    public let frozenAt: Date
    /// Who froze it.
    public let frozenBy: String
}

/// An inspector on site.
public struct Inspector: Sendable, Hashable, Codable, Identifiable {
    /// Stable id (the plugin's inspector key).
    public var id: String
    /// The name shown on their week; never used in errors.
    public var displayName: String
    /// The most conversations they hold in one day.
    public var capacityPerDay: Int

    /// An inspector who holds at most `capacityPerDay` conversations a day.
    public init(id: String, displayName: String, capacityPerDay: Int) {
        self.id = id
        self.displayName = displayName
        self.capacityPerDay = capacityPerDay
    }
}

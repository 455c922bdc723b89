/// One published figure: a measure of one area in one year and breakdown, or why it is missing.
struct PublishedValue: Sendable, Equatable {
    /// The geographic levels the files have, as stored.
    enum Level: String, Sendable, Codable, CaseIterable {
        case national, regional
        case localAuthority = "local authority"

        /// The level written as the files write it (`Local authority`).
        init?(published: String) {
            self.init(rawValue: published.lowercased())
        }
    }

    /// The file's year (`time_period`): the year to 31 March for most files.
    var year: Int
    /// National, regional or local authority.
    var level: Level
    /// `E92000001` for England, the region's code, or the authority's old LA code.
    var areaCode: String
    /// The area's name as the file writes it.
    var areaName: String
    /// The breakdown's values joined with ` | ` (`17 to 18 years | Total`); empty for none.
    var breakdown: String
    /// The column (`rereferral_percent`).
    var measure: String
    /// The number exactly as published (decimal text), or nil when suppressed.
    var value: String?
    /// Why it is missing, when it is.
    var suppression: SuppressionCode?
}

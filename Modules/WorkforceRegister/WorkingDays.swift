import Domain

/// The weekdays, Monday to Friday, a member of staff works: a part-time worker's pattern.
///
/// Stored as ISO weekday numbers (1 is Monday) in a `smallint[]`; written in register files as
/// day names separated by spaces or semicolons (`Mon Tue Thu`, `Monday;Wednesday`).
public struct WorkingDays: OptionSet, Sendable, Hashable, Codable {
    public let rawValue: Int

    public init(rawValue: Int) {
        self.rawValue = rawValue & 0b11111
    }

    public static let monday = WorkingDays(weekday: 1)
    public static let tuesday = WorkingDays(weekday: 2)
    public static let wednesday = WorkingDays(weekday: 3)
    public static let thursday = WorkingDays(weekday: 4)
    public static let friday = WorkingDays(weekday: 5)
    /// Monday to Friday: a full-time pattern.
    public static let fullWeek: WorkingDays = [.monday, .tuesday, .wednesday, .thursday, .friday]

    /// The day with ISO weekday `weekday` (1 Monday … 5 Friday); empty for a weekend day.
    public init(weekday: Int) {
        self.init(rawValue: (1...5).contains(weekday) ? 1 << (weekday - 1) : 0)
    }

    /// The days with these ISO weekday numbers; weekend numbers are ignored.
    public init(weekdays: [Int]) {
        self = weekdays.reduce(into: WorkingDays()) { $0.insert(WorkingDays(weekday: $1)) }
    }

    /// The ISO weekday numbers in the pattern, Monday first.
    public var weekdays: [Int] {
        (1...5).filter { contains(WorkingDays(weekday: $0)) }
    }

    /// Whether `date` falls on one of the pattern's days (never a weekend).
    public func includes(_ date: CalendarDate) -> Bool {
        // A weekend day is the empty set, which every set contains.
        let day = WorkingDays(weekday: date.weekday)
        return !day.isEmpty && contains(day)
    }

    /// The short day names, space-separated (`Mon Tue Thu`), as register files write them.
    public var text: String {
        weekdays.map { Self.names[$0 - 1] }.joined(separator: " ")
    }

    /// The pattern a register file writes: day names or their first three letters, any case,
    /// separated by spaces, commas or semicolons; nil when a word is not a weekday or nothing is given.
    public init?(text: String) {
        let words = text.split { $0 == " " || $0 == ";" || $0 == "," }.map { $0.lowercased() }
        guard !words.isEmpty else { return nil }
        var days = WorkingDays()
        for word in words {
            guard word.count >= 3, let index = Self.names.firstIndex(where: { $0.lowercased() == word.prefix(3) }),
                Self.fullNames[index].hasPrefix(word)
            else { return nil }
            days.insert(WorkingDays(weekday: index + 1))
        }
        self = days
    }

    private static let names = ["Mon", "Tue", "Wed", "Thu", "Fri"]
    private static let fullNames = ["monday", "tuesday", "wednesday", "thursday", "friday"]
}

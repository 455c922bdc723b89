import Domain
import Foundation

/// One meeting the carers are invited to: when, where (a venue or an online link), how many.
public struct CampaignSession: Sendable, Equatable, Codable {
    /// Its number within the campaign, from 1.
    public let number: Int
    /// The day.
    public let date: CalendarDate
    /// The start time, `HH:MM`.
    public let time: String
    /// The venue, for a meeting in person.
    public let venue: String?
    /// The link, for an online meeting.
    public let onlineLink: String?
    /// The most households that can come; later replies join the waiting list.
    public let capacity: Int

    /// Creates a session.
    public init(number: Int, date: CalendarDate, time: String, venue: String?, onlineLink: String?, capacity: Int) {
        self.number = number
        self.date = date
        self.time = time
        self.venue = venue
        self.onlineLink = onlineLink
        self.capacity = capacity
    }

    /// Reads `DATE TIME | VENUE or https://LINK | CAPACITY`, e.g.
    /// `2026-12-08 18:00 | County Hall, Room 2 | 20`.
    /// - Throws: `CarerError` saying which part is wrong.
    public static func parse(_ text: String, number: Int) throws -> CampaignSession {
        let parts = text.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
        guard parts.count == 3 else {
            throw CarerError("--session \(number): use \"DATE TIME | VENUE or https://LINK | CAPACITY\", e.g. \"2026-12-08 18:00 | County Hall | 20\"")
        }
        let when = parts[0].split(separator: " ")
        guard when.count == 2, let date = CalendarDate.parse(String(when[0])) else {
            throw CarerError("--session \(number): the date and time must look like 2026-12-08 18:00")
        }
        let clock = when[1].split(separator: ":").compactMap { Int($0) }
        guard clock.count == 2, (0...23).contains(clock[0]), (0...59).contains(clock[1]) else {
            throw CarerError("--session \(number): the time must be HH:MM, e.g. 18:00")
        }
        guard !parts[1].isEmpty else { throw CarerError("--session \(number): give a venue or an online link") }
        let online = parts[1].hasPrefix("https://")
        guard let capacity = Int(parts[2]), capacity > 0 else {
            throw CarerError("--session \(number): the capacity must be a whole number above 0")
        }
        let time = String(format: "%02d:%02d", clock[0], clock[1])
        return CampaignSession(
            number: number, date: date, time: time, venue: online ? nil : parts[1],
            onlineLink: online ? parts[1] : nil, capacity: capacity)
    }

    /// The day as carers read it: `Tuesday 8 December 2026`.
    public var longDate: String {
        let weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
        let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
        return "\(weekdays[date.weekday - 1]) \(date.day) \(months[date.month - 1]) \(date.year)"
    }

    /// Where, in a few words: the venue or `online`.
    public var place: String { venue ?? "online" }
}

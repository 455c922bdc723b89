import Foundation

/// What `scripts/oracles/icalendar_invitations.py` read from calendars and mail with Python's
/// `icalendar` and `email` packages.
public struct CalendarOracle: Decodable {
    /// One calendar as a calendar client reads it.
    public struct Parsed: Decodable {
        /// A DTSTART or DTEND: its TZID, its wall time (`2027-03-29T09:30:00`) and its offset from UTC in seconds.
        public struct Moment: Decodable, Equatable {
            public var tzid: String?
            public var wall: String
            public var offset: Int?

            /// A time as expected.
            public init(tzid: String?, wall: String, offset: Int?) {
                self.tzid = tzid
                self.wall = wall
                self.offset = offset
            }
        }
        /// The ORGANIZER or an ATTENDEE: address without `mailto:`, and the parameters.
        public struct Person: Decodable, Equatable {
            public var address: String
            public var cn: String?
            public var role: String?
            public var partstat: String?
            public var rsvp: String?

            /// A person as expected; the organiser has no role, reply or RSVP.
            public init(address: String, cn: String?, role: String? = nil, partstat: String? = nil, rsvp: String? = nil) {
                self.address = address
                self.cn = cn
                self.role = role
                self.partstat = partstat
                self.rsvp = rsvp
            }
        }
        public var crlfOnly: Bool
        public var longestLine: Int
        public var method, prodid, version, calscale: String
        public var timezones: [String]
        public var events: Int
        public var uid: String
        public var sequence: Int
        public var dtstamp: String
        public var dtstart, dtend: Moment
        public var summary: String
        public var location, description: String?
        public var status: String
        public var organizer: Person
        public var attendees: [Person]

        enum CodingKeys: String, CodingKey {
            case method, prodid, version, calscale, timezones, events, uid, sequence, dtstamp, dtstart, dtend, summary, location, description
            case status, organizer, attendees
            case crlfOnly = "crlf_only"
            case longestLine = "longest_line"
        }
    }

    /// One mail message: its MIME parts in tree order, and the calendars among them.
    public struct Message: Decodable {
        /// One MIME part: its type, the method and charset parameters, and its disposition.
        public struct Part: Decodable, Equatable {
            public var type: String
            public var method: String?
            public var charset: String?
            public var disposition: String?
            public var filename: String?

            /// A part as expected.
            public init(type: String, method: String? = nil, charset: String? = nil, disposition: String? = nil, filename: String? = nil) {
                self.type = type
                self.method = method
                self.charset = charset
                self.disposition = disposition
                self.filename = filename
            }
        }
        public var parts: [Part]
        public var calendars: [Parsed]
    }

    public var calendars: [Parsed]
    public var messages: [Message]

    /// Parses `calendars` and `messages` (RFC 5322 text) in one run of the oracle.
    public static func parse(calendars: [String] = [], messages: [String] = []) throws -> CalendarOracle {
        let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("scripts/oracles/icalendar_invitations.py").path
        let input = try JSONSerialization.data(withJSONObject: ["calendars": calendars, "messages": messages])
        let run = try PythonRun.run([script], input: input)
        guard run.status == 0 else {
            throw PythonOracle.Unavailable(
                description: "the icalendar oracle failed (scripts/python-env.sh ensure installs icalendar): \(String(decoding: run.errors, as: UTF8.self))")
        }
        return try JSONDecoder().decode(CalendarOracle.self, from: run.output)
    }
}

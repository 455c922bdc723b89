extension CalendarDate: Codable {
    /// Decodes an ISO string (`2024-03-05`); any form ``parse(_:)`` accepts is read too.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let date = CalendarDate.parse(text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "expected a date such as 2024-03-05")
        }
        self = date
    }

    /// Encodes as an ISO string (`2024-03-05`), which sorts and reads well in JSON.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(iso)
    }
}

extension CalendarDate: CustomStringConvertible {
    /// The date as Ofsted's lists write it: `05/03/2024`.
    public var ddmmyyyy: String {
        Self.render((day, 2), (month, 2), (year, 4), separator: UInt8(ascii: "/"))
    }

    /// The ISO 8601 form: `2024-03-05`.
    public var iso: String {
        Self.render((year, 4), (month, 2), (day, 2), separator: UInt8(ascii: "-"))
    }

    /// Appends the ISO 8601 form's ten bytes (`2024-03-05`) to `bytes`, for writers that fill a
    /// byte buffer with millions of dates (COPY streams, content hashes).
    public func appendISO(to bytes: inout [UInt8]) {
        let zero = UInt8(ascii: "0")
        let year = UInt16(self.year)
        let month = UInt8(self.month)
        let day = UInt8(self.day)
        bytes.append(zero + UInt8(year / 1000))
        bytes.append(zero + UInt8(year / 100 % 10))
        bytes.append(zero + UInt8(year / 10 % 10))
        bytes.append(zero + UInt8(year % 10))
        bytes.append(UInt8(ascii: "-"))
        bytes.append(zero + month / 10)
        bytes.append(zero + month % 10)
        bytes.append(UInt8(ascii: "-"))
        bytes.append(zero + day / 10)
        bytes.append(zero + day % 10)
    }

    /// The ISO form, so dates read naturally in logs and test failures.
    public var description: String { iso }

    /// Writes three zero-padded fields straight into the string's storage, because exports
    /// render millions of dates.
    private static func render(
        _ first: (value: Int, width: Int), _ second: (value: Int, width: Int), _ third: (value: Int, width: Int),
        separator: UInt8
    ) -> String {
        String(unsafeUninitializedCapacity: 10) { buffer in
            var index = 0
            func put(_ field: (value: Int, width: Int)) {
                var divisor = field.width == 4 ? 1000 : 10
                while divisor > 0 {
                    buffer[index] = UInt8(ascii: "0") + UInt8(field.value / divisor % 10)
                    index += 1
                    divisor /= 10
                }
            }
            put(first)
            buffer[index] = separator
            index += 1
            put(second)
            buffer[index] = separator
            index += 1
            put(third)
            return index
        }
    }
}

extension CalendarDate {
    /// Excel's serial for 1970-01-01 in the 1900 date system, counting its fictitious 1900-02-29.
    private static let excelSerialOfEpoch = 25_569
    /// The largest serial Excel shows as a date: 9999-12-31.
    static let maxExcelSerial = 2_958_465

    /// The date of an Excel serial day number in the 1900 date system (1 is 1900-01-01,
    /// 45292 is 2024-01-01); a fractional part is a time of day and is ignored.
    ///
    /// Excel counts a 29 February 1900 that never existed (serial 60); it maps to 1900-02-28, so
    /// serials 59 and 60 give the same date. Precondition: `serial` lies in 1..<2958466.
    public init(excelSerial serial: Double) {
        precondition(
            serial >= 1 && serial < Double(Self.maxExcelSerial + 1),
            "Excel serial \(serial) is not a date")
        self.init(wholeExcelSerial: Int(serial))
    }

    init(wholeExcelSerial serial: Int) {
        // Serials before Excel's fictitious 29 February 1900 are offset by one day less.
        let shift = serial >= 61 ? Self.excelSerialOfEpoch : Self.excelSerialOfEpoch - 1
        let realSerial = serial == 60 ? 59 : serial
        self.init(daysSinceEpoch: realSerial - shift)
    }

    /// This date's Excel serial in the 1900 date system (2024-01-01 is 45292).
    ///
    /// Dates before 1900-01-01 give zero or negative numbers, which Excel does not show as dates.
    public var excelSerial: Int {
        let days = daysSinceEpoch
        // 1900-03-01 is day -25508: from there on Excel's count includes its fictitious leap day.
        return days >= -25_508 ? days + Self.excelSerialOfEpoch : days + Self.excelSerialOfEpoch - 1
    }
}

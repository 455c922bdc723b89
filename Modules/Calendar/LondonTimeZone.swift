/// The VTIMEZONE block for `Europe/London` that every invitation carries, so a calendar need
/// not know the zone: GMT in winter, BST (UTC+1) from 01:00 UTC on the last Sunday of March to
/// 01:00 UTC on the last Sunday of October, the rules in force since 1996.
enum LondonTimeZone {
    /// The zone's identifier, used as TZID.
    static let identifier = "Europe/London"

    /// The component's content lines, unfolded.
    static let lines = [
        "BEGIN:VTIMEZONE",
        "TZID:\(identifier)",
        "BEGIN:DAYLIGHT",
        "TZOFFSETFROM:+0000",
        "TZOFFSETTO:+0100",
        "TZNAME:BST",
        "DTSTART:19810329T010000",
        "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
        "END:DAYLIGHT",
        "BEGIN:STANDARD",
        "TZOFFSETFROM:+0100",
        "TZOFFSETTO:+0000",
        "TZNAME:GMT",
        "DTSTART:19961027T020000",
        "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
        "END:STANDARD",
        "END:VTIMEZONE"
    ]
}

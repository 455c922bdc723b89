import Domain

/// One row of the national record of ILACS reports, kept as published: every cell's text, and
/// beside it the value read from it when it can be read without guessing.
struct NationalRecordRow: Equatable {
    /// One judgement cell: the text as given, and the grade when the text is one.
    struct Grade: Equatable {
        var area: JudgementArea
        /// As given, e.g. `good`, `data_unreadable`, or blank.
        var text: String
        /// The grade; nil for a placeholder, a blank or anything else not a grade.
        var grade: Judgement?
    }

    /// The row's number in the file, counting the header as 1.
    var rowNumber: Int
    var urn: String
    var localAuthority: String
    var inspectionLink: String
    var pdfFilename: String
    /// `publication_date` as given (DD/MM/YY) and read.
    var publicationText: String
    var publishedOn: CalendarDate?
    /// `inspection_framework` as given, and the type when it is `standard` or `short`.
    var frameworkText: String
    var type: InspectionType?
    var inspectorName: String
    var startedOn: CalendarDate?
    var endedOn: CalendarDate?
    var grades: [Grade]
    var parserVersion: String

    /// The grade given for `area`, if known.
    func grade(_ area: JudgementArea) -> Judgement? {
        grades.first { $0.area == area }?.grade
    }
}

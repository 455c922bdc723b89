import Domain

/// A child known to one authority, with what every row about them shares.
///
/// Every list row about the same child repeats these values, so a child looks the same in
/// List 1 as in List 8.
struct CaseChild: Sendable {
    /// Identifier and characteristics, the opening columns of Lists 1 to 10.
    var characteristics: ChildCharacteristics
    /// "Does the Child have a Disability".
    var disability: YesNoUnknown
    /// Which of the authority's areas the child lives in; decides assessment and safeguarding teams.
    var area: Int

    var id: String { characteristics.childID }
    var dateOfBirth: CalendarDate? { characteristics.dateOfBirth }
}

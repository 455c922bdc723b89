/// Who a row in Lists 1 to 10 is about: the child's identifier and characteristics.
public struct ChildCharacteristics: Sendable, Hashable {
    /// "Child Unique ID": the authority's identifier for the child.
    public var childID: String
    /// "Gender".
    public var gender: Gender
    /// "Ethnicity".
    public var ethnicity: Ethnicity
    /// "Date of Birth"; may be blank (e.g. unborn children).
    public var dateOfBirth: CalendarDate?
    /// "Age of Child (Years)"; may be blank.
    public var age: Int?

    /// Creates the characteristics from their typed values.
    public init(childID: String, gender: Gender, ethnicity: Ethnicity, dateOfBirth: CalendarDate?, age: Int?) {
        self.childID = childID
        self.gender = gender
        self.ethnicity = ethnicity
        self.dateOfBirth = dateOfBirth
        self.age = age
    }

    /// The five cells that open Lists 1 to 9, in Ofsted's order.
    var ofstedCells: [String] {
        [cell(childID), cell(gender), cell(ethnicity), cell(dateOfBirth), cell(age)]
    }
}

import Testing

@testable import Domain

/// Every code set in Domain; the tests below run over all of them.
let allCodeSets: [any CodeSet.Type] = [
    Gender.self, AdopterGender.self, Ethnicity.self, ReferralSource.self,
    YesNo.self, PlainYesNo.self, YesNoUnknown.self,
    PrimaryNeed.self, ReasonForClosure.self, CaseStatus.self, CategoryOfAbuse.self,
    LegalStatus.self, PermanencePlan.self, ReasonCeasedLookedAfter.self,
    PlacementType.self, PlacementProvider.self, PlacementLocation.self,
    EligibilityCategory.self, InTouch.self, AccommodationType.self, AccommodationSuitability.self,
    ActivityStatus.self, ReasonNoLongerPlacedForAdoption.self, ReasonLeftAdoptionProcess.self
]

let allDescriptors = allCodeSets.map { CodeSetDescriptor($0) }

/// One case of one code set, erased so parameterised tests can run over every case of every set.
struct CaseProbe: Sendable, CustomTestStringConvertible {
    let descriptor: CodeSetDescriptor
    let code: String
    let letter: String?
    let label: String
    let aliases: [String]
    let style: OfstedStyle
    let ofstedForm: String
    /// Normalised spellings (code, label) of the set's other cases.
    let otherCasesSpellings: Set<[UInt8]>

    var testDescription: String { "\(descriptor.name) \(code)" }

    func parse(_ text: String) -> String? { descriptor.parse(text) }

    /// Whether `text` alone can name this case, i.e. no other case has it as code or label.
    func isOwnSpelling(_ text: String) -> Bool {
        !otherCasesSpellings.contains(SpellingKey.make(text))
    }

    static func probes<Code: CodeSet>(of type: Code.Type) -> [CaseProbe] {
        Code.allCases.map { value in
            let others = Code.allCases.filter { $0 != value }
            return CaseProbe(
                descriptor: CodeSetDescriptor(type), code: value.rawValue, letter: value.letter,
                label: value.label, aliases: value.aliases, style: Code.style, ofstedForm: value.ofstedForm,
                otherCasesSpellings: Set(others.flatMap { [SpellingKey.make($0.rawValue), SpellingKey.make($0.label)] }))
        }
    }

    static let all: [CaseProbe] = allCodeSets.flatMap { probes(of: $0) }
}

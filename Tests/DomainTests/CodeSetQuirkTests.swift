import Domain
import Testing

@Suite("Code set quirks from annex-a.md")
struct CodeSetQuirkTests {
    @Test("Ethnicity prints s) for both REFU and NOBT")
    func ethnicityDoubleS() {
        #expect(Ethnicity.refu.ofstedForm == "s) REFU")
        #expect(Ethnicity.nobt.ofstedForm == "s) NOBT")
        #expect(Ethnicity.parse("s) NOBT") == .nobt)
        #expect(Ethnicity.parse("White British") == .wbri)
        #expect(Ethnicity.allowedForms.count == 20)
    }

    @Test("Placement Type runs to zz) and accepts the Aug-2019 A6 typo")
    func placementType() {
        #expect(PlacementType.allCases.count == 27)
        #expect(PlacementType.t4.ofstedForm == "zz) T4: Temporary placement - seven days or less")
        #expect(PlacementType.parse("j) A6: Placed for adoption - order - foster") == .a6)
        #expect(PlacementType.parse("A6: Placed for adoption - order – not foster") == .a6)
        #expect(PlacementType.parse("Placed for adoption - order - foster") == .a5)
        #expect(PlacementType.parse("x) U4: Foster placement - long term") == .u4)
        #expect(PlacementType.parse("U4 - Foster placement - long term") == .u4)
        #expect(PlacementType.parse("foster placement - long term") == .u4)
        #expect(PlacementType.parse("K1: Secure Children's Homes") == .k1)
        #expect(PlacementType.parse("U4: Residential school") == nil)
    }

    @Test("X1:CodeError parses without a space")
    func codeError() {
        #expect(ReasonCeasedLookedAfter.parse("u) X1:CodeError") == .x1)
        #expect(ReasonCeasedLookedAfter.parse("X1:CodeError") == .x1)
    }

    @Test("Gender accepts both not-stated wordings and the CIN census numbers")
    func gender() {
        #expect(Gender.parse("c) Not stated/recorded (or unborn)") == .notStated)
        #expect(Gender.parse("c) Not stated/recorded") == .notStated)
        #expect(Gender.parse("1") == .male)
        #expect(Gender.parse("9") == .neither)
        #expect(AdopterGender.parse("c) Neither") == .neither)
        #expect(AdopterGender.neither.ofstedForm == "c) Neither")
        #expect(Gender.neither.ofstedForm == "d) Neither")
    }

    @Test(
        "yes/no answers in every spelling",
        arguments: [
            ("a) Yes", YesNo.yes), ("Yes", .yes), ("Y", .yes), ("yes", .yes), ("TRUE", .yes), ("true", .yes), ("1", .yes),
            ("b) No", .no), ("No", .no), ("N", .no), ("no", .no), ("FALSE", .no), ("False", .no), ("0", .no)
        ])
    func yesNo(_ text: String, _ expected: YesNo) {
        #expect(YesNo.parse(text) == expected)
        #expect(PlainYesNo.parse(text)?.rawValue == expected.rawValue)
        #expect(YesNoUnknown.parse(text)?.rawValue == expected.rawValue)
    }

    @Test("plain yes/no renders without a letter")
    func plainYesNo() {
        #expect(PlainYesNo.allowedForms == ["Yes", "No"])
        #expect(YesNo.allowedForms == ["a) Yes", "b) No"])
        #expect(YesNoUnknown.allowedForms == ["a) Yes", "b) No", "c) Unknown"])
    }

    @Test("codes added after Aug-2019 parse")
    func laterCodes() {
        #expect(ReferralSource.parse("5D") == .laEarlyHelp)
        #expect(ReferralSource.laEarlyHelp.ofstedForm == "5D: LA services")
        #expect(ReferralSource.parse("LA services") == nil)
        #expect(ReasonForClosure.parse("RC9") == .rc9)
        #expect(EligibilityCategory.parse("d) Eligible child") == .eligible)
        #expect(ActivityStatus.parse("F4") == .f4)
        #expect(ActivityStatus.parse("P5: Young person engaged part time in training or employment (not apprenticeship)") == .p5)
    }

    @Test("List 8's category of need wording parses to the shared need codes")
    func categoryOfNeed() {
        #expect(PrimaryNeed.parse("N3 - Parental illness or disability") == .n3)
        #expect(PrimaryNeed.parse("N3 - Parental disability or illness") == .n3)
        #expect(PrimaryNeed.parse("N2 - Child's disability") == .n2)
    }

    @Test("SSDA903 accommodation codes with a suitability digit parse to the type")
    func accommodation() {
        #expect(AccommodationType.parse("B1") == .parentsOrRelatives)
        #expect(AccommodationType.parse("z2") == .formerFosterCarers)
        #expect(AccommodationType.parse("S: No fixed abode / homeless") == .noFixedAbode)
    }

    @Test("List 5's Guidance wording of the ICPC answers parses")
    func icpcWording() {
        #expect(YesNo.parse("a) Yes if the section 47 enquiry was commenced, but an initial child protection conference was not deemed necessary;") == .yes)
        #expect(YesNo.parse("b) No if the section 47 enquiry was commenced, and an initial child protection conference was deemed necessary.") == .no)
    }
}

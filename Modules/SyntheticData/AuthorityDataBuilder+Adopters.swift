import Domain

extension AuthorityDataBuilder {
    /// Generates List 11: prospective adopters in contact with the agency in the twelve months,
    /// couples as two rows sharing a family identifier and every date.
    mutating func buildAdopters() {
        var left = sizes.adopters
        var family = 0
        while left > 0 {
            family += 1
            let journey = adopterJourney()
            let genders: [AdopterGender] =
                left >= 2 && random.chance(0.65)
                ? Self.couples.draw(using: &random) : [random.chance(0.8) ? .female : .male]
            let fosteringForAdoption: PlainYesNo = random.chance(0.08) ? .yes : .no
            for gender in genders {
                data.adopters.append(
                    AdopterRecord(
                        adopterID: "\(authority.code)-A\((data.adopters.count + 1).zeroPadded(to: 5))",
                        familyID: "\(authority.code)-AF\(family.zeroPadded(to: 4))",
                        gender: gender,
                        ethnicity: Demographics.adopterEthnicity.draw(using: &random),
                        disability: random.chance(0.03) ? .yes : .no,
                        fosteringForAdoption: fosteringForAdoption,
                        dateEnquiryReceived: journey[0]!,
                        dateStage1Started: journey[1], dateStage1Ended: journey[2],
                        dateStage2Started: journey[3], dateStage2Ended: journey[4],
                        dateApplicationSubmitted: journey[5], dateApplicationApproved: journey[6],
                        dateOfMatching: journey[7], datePlacedForAdoption: journey[8],
                        childrenPlaced: journey[8] == nil ? nil : Self.childrenPlaced.draw(using: &random),
                        dateOfAdoptionOrder: journey[9],
                        dateOfLeavingProcess: journey[10],
                        reasonForLeavingProcess: journey[10] == nil ? nil : Self.reasonsForLeaving.draw(using: &random)
                    ))
            }
            left -= genders.count
        }
    }

    /// One household's dates in List 11's column order: enquiry, stage 1 start and end, stage 2
    /// start and end, application, approval, match, placement, order, and leaving the process.
    ///
    /// Each step follows the last after a typical gap; a household stops at a step not yet reached
    /// by the as-of date, or (one in ten at each step) leaves the process. A journey whose last
    /// date falls before the twelve months is not in List 11's scope, so another is drawn.
    private mutating func adopterJourney() -> [CalendarDate?] {
        while true {
            var dates: [CalendarDate?] = [random.date(from: window.asOf.adding(days: -700), through: window.asOf)]
            var last = dates[0]!
            var left: CalendarDate?
            for gap in Self.stepGaps {
                let next = last.adding(days: random.int(in: gap))
                guard next <= window.asOf else { break }
                if random.chance(0.1) {
                    left = random.dateIfAny(from: last.adding(days: 1), through: min(next, window.asOf))
                    break
                }
                dates.append(next)
                last = next
            }
            dates += Array(repeating: nil, count: 10 - dates.count)
            dates.append(left)
            if (left ?? last) >= window.twelveMonthsAgo {
                return dates
            }
        }
    }

    /// Days from each step to the next, from stage 1 starting to the adoption order.
    private static let stepGaps: [ClosedRange<Int>] = [
        7...60, 40...70, 0...30, 90...130, 0...14, 10...40, 30...300, 7...40, 70...300
    ]
    private static let couples = WeightedTable<[AdopterGender]>([
        ([.female, .male], 85), ([.female, .female], 8), ([.male, .male], 7)
    ])
    private static let childrenPlaced = WeightedTable<Int>([(1, 80), (2, 18), (3, 2)])
    private static let reasonsForLeaving = WeightedTable<ReasonLeftAdoptionProcess>([
        (.withdrew, 60), (.onHold, 25), (.refused, 15)
    ])
}

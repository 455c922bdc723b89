/// The cases in ticket order (ascending; equal tickets by case key), found one band of tickets
/// at a time as the selection walk asks for them. The walk rarely goes past the lowest few
/// thousand tickets of a million, so sorting them all would be wasted: each band is one pass
/// over the tickets picking those in its range, and a sort of only those.
struct TicketOrder: Sendable {
    /// Indices of the cases found so far, in ticket order.
    private(set) var items: [Int] = []
    /// The rank of each of `items` within its stratum (1 = lowest ticket), in the same order.
    private(set) var ranks: [Int] = []
    private let tickets: [Ticket], key: @Sendable (Int) -> String, stratum: [Int32]
    /// Cases found so far per stratum, by stratum number.
    private var counters: [Int]
    /// Every case whose ticket's leading digits are below this is in `items`.
    private var found: UInt64 = 0
    /// The width of the next band of leading digits; each band is four times the last.
    private var width: UInt64

    /// The order of the cases with `tickets` and keys `key`, in strata numbered `stratum`; the
    /// first band should hold about `expected` cases. `firstBand`, when given, is the cases of
    /// the first band already found (in any order): those whose leading digits are below
    /// ``firstBandEnd(expected:count:)``.
    init(
        tickets: [Ticket], key: @escaping @Sendable (Int) -> String, stratum: [Int32], strata: Int, expected: Int,
        firstBand: [(leading: UInt64, item: Int)]? = nil
    ) {
        (self.tickets, self.key, self.stratum) = (tickets, key, stratum)
        counters = [Int](repeating: 0, count: strata)
        width = Self.firstBandEnd(expected: expected, count: tickets.count)
        if let firstBand { add(firstBand, upTo: width) }
    }

    /// Where the first band of leading digits ends when it should hold about `expected` of `count` cases.
    static func firstBandEnd(expected: Int, count: Int) -> UInt64 {
        let share = min(1, Double(max(expected, 1)) / Double(max(count, 1)))
        return max(1, UInt64(Double(Ticket.leadingBound) * share))
    }

    /// The case at `position` in ticket order, finding further bands as needed; nil past the last case.
    mutating func item(at position: Int) -> Int? {
        while position >= items.count {
            guard found < Ticket.leadingBound else { return nil }
            addBand()
        }
        return items[position]
    }

    private mutating func addBand() {
        let low = found
        let high = Ticket.leadingBound - low <= width ? Ticket.leadingBound : low + width
        var band: [(leading: UInt64, item: Int)] = []
        tickets.withUnsafeBufferPointer { tickets in
            for item in tickets.indices where tickets[item].leading >= low && tickets[item].leading < high {
                band.append((tickets[item].leading, item))
            }
        }
        add(band, upTo: high)
    }

    /// Appends `band`, the cases whose leading digits are from `found` to `high`, in ticket order.
    private mutating func add(_ band: [(leading: UInt64, item: Int)], upTo high: UInt64) {
        let band = band.sorted { left, right in
            if left.leading != right.leading { return left.leading < right.leading }
            return (tickets[left.item], key(left.item)) < (tickets[right.item], key(right.item))
        }
        for (_, item) in band {
            counters[Int(stratum[item])] += 1
            items.append(item)
            ranks.append(counters[Int(stratum[item])])
        }
        found = min(high, Ticket.leadingBound)
        width = width > UInt64.max / 4 ? UInt64.max : width * 4
    }
}

/// Data for a dot plot on one axis: every area as a dot (the many faint, a few highlighted, one
/// marked), with reference lines such as England's value. For comparing one authority with all
/// the others; the figures must also be in a table beside it.
public struct ReportDotPlot: Sendable, Codable, Equatable {
    /// How a dot is drawn.
    public enum Emphasis: String, Sendable, Codable {
        /// One of many (every authority): a faint dot.
        case background
        /// A comparator (a statistical neighbour): a highlighted dot.
        case highlighted
        /// The subject (the authority itself): marked and labelled.
        case marked
    }

    /// One dot.
    public struct Point: Sendable, Codable, Equatable {
        public var label: String
        public var value: Double
        public var emphasis: Emphasis

        /// Creates a dot.
        public init(label: String, value: Double, emphasis: Emphasis) {
            self.label = label
            self.value = value
            self.emphasis = emphasis
        }
    }

    /// A labelled vertical line across the plot (England).
    public struct Line: Sendable, Codable, Equatable {
        public var label: String
        public var value: Double

        /// Creates a line.
        public init(label: String, value: Double) {
            self.label = label
            self.value = value
        }
    }

    /// The plot's title.
    public var title: String
    /// The text alternative: what the plot shows and where the marked dot sits.
    public var summary: String
    /// The unit of the values (`%`, `per 10,000`).
    public var unit: String
    public var points: [Point]
    public var lines: [Line]

    /// Creates a dot plot.
    public init(title: String, summary: String, unit: String, points: [Point], lines: [Line]) {
        self.title = title
        self.summary = summary
        self.unit = unit
        self.points = points
        self.lines = lines
    }
}

/// One authority's workforce register as the four files `ilacs-admin workforce import` reads:
/// rows of cells, in the files' column order, sorted by staff id.
struct StaffRegister: Sendable {
    var staff: [[String]] = []
    var leave: [[String]] = []
    var supervision: [[String]] = []
    var training: [[String]] = []
}

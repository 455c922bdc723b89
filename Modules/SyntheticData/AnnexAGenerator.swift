import Authorities
import Domain

#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// Writes synthetic Annex A lists (Lists 1 to 11) and their companion files for one authority or
/// all of England: realistic, internally consistent, and the same bytes for the same inputs.
///
/// Files written into the output directory: `List_1.csv` … `List_11.csv` with Ofsted's exact
/// headings and values in Ofsted's form; `workforce.csv` (teams and workers named in the lists);
/// `fostering_households.csv`; `children_not_in_school.csv`; and the workforce register's
/// `staff.csv`, `leave.csv`, `supervision.csv`, `training.csv` (``StaffRegisterBuilder``). Authorities are generated and
/// written one at a time, so memory stays flat even for England (about three million rows).
/// Every date is on or before the as-of date. All names, emails and phone numbers are invented;
/// emails use the reserved domain example.org and phones Ofcom's drama range (07700 900xxx).
public struct AnnexAGenerator: Sendable {
    /// How much to generate.
    public let size: GeneratorSize
    /// The seed: the same seed, size and as-of date give byte-identical files.
    public let seed: UInt64
    /// The day the lists are drawn up, as if on notification of an inspection.
    public let asOf: CalendarDate
    /// The one authority a small or county run is for; nil for the default (Rutland for small,
    /// Nottinghamshire for county). Its old LA code prefixes every id, team and worker.
    public let authority: Authority?

    /// The as-of dates the generator accepts: enough room before for care leavers' births.
    public static let supportedAsOf = CalendarDate(year: 1950, month: 1, day: 1)!...CalendarDate(year: 9000, month: 12, day: 31)!

    /// A generator; `asOf` must lie in ``supportedAsOf``, and `authority` is for small and county
    /// runs only (England's run makes every authority).
    public init(size: GeneratorSize, seed: UInt64, asOf: CalendarDate, authority: Authority? = nil) {
        precondition(Self.supportedAsOf.contains(asOf), "as-of date \(asOf) is outside \(Self.supportedAsOf)")
        precondition(authority == nil || size != .england, "an England run makes every authority")
        self.size = size
        self.seed = seed
        self.asOf = asOf
        self.authority = authority
    }

    /// Writes every file into `directory` (created if missing, files in it replaced), reporting
    /// progress after each authority and each finished file.
    ///
    /// Throws ``GeneratorError`` when the directory cannot be created or a file cannot be
    /// written; files already written are left as they are.
    public func write(to directory: String, progress: (GeneratorProgress) -> Void = { _ in }) throws -> GeneratorSummary {
        try Self.createDirectory(directory)
        let output = try OutputWriters(directory: directory)
        let profiles = AuthorityProfile.profiles(for: size, seed: seed, authority: authority?.oldCode)
        for (index, profile) in profiles.enumerated() {
            var builder = AuthorityDataBuilder(profile: profile, asOf: asOf, seed: seed)
            var data = builder.build()
            var register = StaffRegisterBuilder(code: profile.authority.code, asOf: asOf, seed: seed, workers: data.workers)
            data.register = register.build(
                teams: data.teams, workers: data.workers, allocatedNames: data.childrenInNeed.map(\.allocatedWorker),
                childrenInCare: data.childrenInCare.count)
            try output.append(data)
            progress(
                .authorityWritten(
                    number: index + 1, of: profiles.count, code: profile.authority.code,
                    name: profile.authority.name, rowsSoFar: output.rowsWritten))
        }
        let files = try output.close(progress: progress)
        return GeneratorSummary(directory: directory, authorities: profiles.count, files: files)
    }

    private static func createDirectory(_ path: String) throws {
        do {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        } catch {
            throw GeneratorError(.cannotCreateDirectory, path: path)
        }
        var isDirectory = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory else {
            throw GeneratorError(.cannotCreateDirectory, path: path, reason: "a file is in the way")
        }
    }
}

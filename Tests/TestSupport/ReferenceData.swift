import Foundation

/// The real public files in `../shared/reference/` beside the repository, which tests use as
/// they are. A missing folder fails the test with a message naming it, never skips it.
public enum ReferenceData {
    /// The folder of the DfE's published statistics and the statistical-neighbour model.
    public static func dfeFolder() throws -> String {
        let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let folder = repository.deletingLastPathComponent().appendingPathComponent("shared/reference/dfe").standardizedFileURL.path
        guard FileManager.default.fileExists(atPath: folder + "/sn_model_2025_wide.csv") else {
            throw TestSetupError("the DfE reference files are missing: expected them in \(folder) (../shared/reference/dfe beside the repository)")
        }
        return folder
    }
}

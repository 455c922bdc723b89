/// An English local authority with children's services, as the generator needs it.
///
/// ``code`` is the DfE's three-digit LA code (Nottinghamshire is 891); it prefixes every identifier
/// the generator makes for the authority, so identifiers stay unique across all 153 authorities.
struct LocalAuthority: Sendable, Hashable {
    /// The DfE LA code, e.g. "891".
    let code: String
    /// The authority's name as it appears in "LA of Placement".
    let name: String
    /// The postcode area most of the authority lies in, e.g. "NG", for plausible placement postcodes.
    let postcodeArea: String
    /// Roughly how many children the authority looks after in a typical recent year. Only the
    /// proportions matter: national figures are shared out in these proportions.
    let relativeSize: Int
}

extension LocalAuthority {
    /// Every English authority with children's services (153 since the 2023 reorganisations),
    /// in LA-code order.
    ///
    /// Relative sizes are rounded approximations of recent children-in-care counts: enough to make
    /// a city differ from a rural unitary, not a statistic to quote.
    static let england = rows.map {
        LocalAuthority(code: $0.code, name: $0.name, postcodeArea: $0.postcodeArea, relativeSize: $0.relativeSize)
    }

    /// The table behind ``england``, typed up front so the compiler need not infer 153 tuples.
    private static let rows: [(code: String, name: String, postcodeArea: String, relativeSize: Int)] = [
        ("201", "City of London", "EC", 10), ("202", "Camden", "NW", 200), ("203", "Greenwich", "SE", 400),
        ("204", "Hackney", "E", 400), ("205", "Hammersmith and Fulham", "W", 200),
        ("206", "Islington", "N", 350), ("207", "Kensington and Chelsea", "W", 100),
        ("208", "Lambeth", "SE", 400), ("209", "Lewisham", "SE", 400), ("210", "Southwark", "SE", 450),
        ("211", "Tower Hamlets", "E", 300), ("212", "Wandsworth", "SW", 250), ("213", "Westminster", "W", 200),
        ("301", "Barking and Dagenham", "IG", 400), ("302", "Barnet", "N", 350), ("303", "Bexley", "DA", 300),
        ("304", "Brent", "NW", 300), ("305", "Bromley", "BR", 330), ("306", "Croydon", "CR", 550),
        ("307", "Ealing", "W", 350), ("308", "Enfield", "EN", 400), ("309", "Haringey", "N", 400),
        ("310", "Harrow", "HA", 200), ("311", "Havering", "RM", 250), ("312", "Hillingdon", "UB", 350),
        ("313", "Hounslow", "TW", 300), ("314", "Kingston upon Thames", "KT", 120), ("315", "Merton", "SW", 150),
        ("316", "Newham", "E", 400), ("317", "Redbridge", "IG", 250), ("318", "Richmond upon Thames", "TW", 110),
        ("319", "Sutton", "SM", 250), ("320", "Waltham Forest", "E", 300),
        ("330", "Birmingham", "B", 2000), ("331", "Coventry", "CV", 700), ("332", "Dudley", "DY", 650),
        ("333", "Sandwell", "B", 800), ("334", "Solihull", "B", 500), ("335", "Walsall", "WS", 650),
        ("336", "Wolverhampton", "WV", 550), ("340", "Knowsley", "L", 450), ("341", "Liverpool", "L", 1500),
        ("342", "St. Helens", "WA", 550), ("343", "Sefton", "L", 650), ("344", "Wirral", "CH", 800),
        ("350", "Bolton", "BL", 650), ("351", "Bury", "BL", 400), ("352", "Manchester", "M", 1300),
        ("353", "Oldham", "OL", 550), ("354", "Rochdale", "OL", 550), ("355", "Salford", "M", 600),
        ("356", "Stockport", "SK", 400), ("357", "Tameside", "OL", 650), ("358", "Trafford", "M", 400),
        ("359", "Wigan", "WN", 650), ("370", "Barnsley", "S", 350), ("371", "Doncaster", "DN", 600),
        ("372", "Rotherham", "S", 550), ("373", "Sheffield", "S", 650), ("380", "Bradford", "BD", 1300),
        ("381", "Calderdale", "HX", 350), ("382", "Kirklees", "HD", 700), ("383", "Leeds", "LS", 1400),
        ("384", "Wakefield", "WF", 600), ("390", "Gateshead", "NE", 450), ("391", "Newcastle upon Tyne", "NE", 550),
        ("392", "North Tyneside", "NE", 350), ("393", "South Tyneside", "NE", 400), ("394", "Sunderland", "SR", 600),
        ("420", "Isles of Scilly", "TR", 3),
        ("800", "Bath and North East Somerset", "BA", 200), ("801", "Bristol", "BS", 700),
        ("802", "North Somerset", "BS", 250), ("803", "South Gloucestershire", "BS", 250),
        ("805", "Hartlepool", "TS", 300), ("806", "Middlesbrough", "TS", 600),
        ("807", "Redcar and Cleveland", "TS", 350), ("808", "Stockton-on-Tees", "TS", 500),
        ("810", "Kingston upon Hull", "HU", 700), ("811", "East Riding of Yorkshire", "HU", 400),
        ("812", "North East Lincolnshire", "DN", 500), ("813", "North Lincolnshire", "DN", 300),
        ("815", "North Yorkshire", "YO", 500), ("816", "York", "YO", 250), ("821", "Luton", "LU", 400),
        ("822", "Bedford", "MK", 250), ("823", "Central Bedfordshire", "SG", 300),
        ("825", "Buckinghamshire", "HP", 500), ("826", "Milton Keynes", "MK", 400),
        ("830", "Derbyshire", "DE", 1000), ("831", "Derby", "DE", 600), ("838", "Dorset", "DT", 450),
        ("839", "Bournemouth, Christchurch and Poole", "BH", 500), ("840", "County Durham", "DH", 1000),
        ("841", "Darlington", "DL", 250), ("845", "East Sussex", "BN", 650), ("846", "Brighton and Hove", "BN", 350),
        ("850", "Hampshire", "SO", 1700), ("851", "Portsmouth", "PO", 350), ("852", "Southampton", "SO", 500),
        ("855", "Leicestershire", "LE", 700), ("856", "Leicester", "LE", 650), ("857", "Rutland", "LE", 40),
        ("860", "Staffordshire", "ST", 1300), ("861", "Stoke-on-Trent", "ST", 900), ("865", "Wiltshire", "SN", 450),
        ("866", "Swindon", "SN", 250), ("867", "Bracknell Forest", "RG", 120),
        ("868", "Windsor and Maidenhead", "SL", 120), ("869", "West Berkshire", "RG", 170),
        ("870", "Reading", "RG", 250), ("871", "Slough", "SL", 250), ("872", "Wokingham", "RG", 120),
        ("873", "Cambridgeshire", "CB", 650), ("874", "Peterborough", "PE", 350), ("876", "Halton", "WA", 300),
        ("877", "Warrington", "WA", 300), ("878", "Devon", "EX", 900), ("879", "Plymouth", "PL", 500),
        ("880", "Torbay", "TQ", 300), ("881", "Essex", "CM", 1100), ("882", "Southend-on-Sea", "SS", 300),
        ("883", "Thurrock", "RM", 300), ("884", "Herefordshire", "HR", 350), ("885", "Worcestershire", "WR", 900),
        ("886", "Kent", "CT", 2000), ("887", "Medway", "ME", 450), ("888", "Lancashire", "PR", 2000),
        ("889", "Blackburn with Darwen", "BB", 350), ("890", "Blackpool", "FY", 550),
        ("891", "Nottinghamshire", "NG", 950), ("892", "Nottingham", "NG", 650), ("893", "Shropshire", "SY", 600),
        ("894", "Telford and Wrekin", "TF", 450), ("895", "Cheshire East", "CW", 550),
        ("896", "Cheshire West and Chester", "CH", 500), ("908", "Cornwall", "TR", 550),
        ("916", "Gloucestershire", "GL", 850), ("919", "Hertfordshire", "AL", 1000),
        ("921", "Isle of Wight", "PO", 250), ("925", "Lincolnshire", "LN", 750), ("926", "Norfolk", "NR", 1150),
        ("929", "Northumberland", "NE", 400), ("931", "Oxfordshire", "OX", 800), ("933", "Somerset", "TA", 550),
        ("935", "Suffolk", "IP", 950), ("936", "Surrey", "GU", 1100), ("937", "Warwickshire", "CV", 750),
        ("938", "West Sussex", "RH", 900), ("940", "North Northamptonshire", "NN", 600),
        ("941", "West Northamptonshire", "NN", 600), ("942", "Cumberland", "CA", 450),
        ("943", "Westmorland and Furness", "LA", 300)
    ]

    /// The authority with `code`; the code must be one of ``england``.
    static func named(_ code: String) -> LocalAuthority {
        guard let authority = england.first(where: { $0.code == code }) else {
            preconditionFailure("no English authority has LA code \(code)")
        }
        return authority
    }
}

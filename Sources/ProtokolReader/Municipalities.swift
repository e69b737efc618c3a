/// The 98 Danish municipalities as they stand before "Kommune" in their names.
enum Municipalities {
    static let names: Set<String> = [
        "Albertslund", "Allerød", "Assens", "Ballerup", "Billund", "Brøndby", "Brønderslev", "Dragør", "Egedal",
        "Esbjerg", "Fanø", "Favrskov", "Faxe", "Fredensborg", "Fredericia", "Frederiksberg", "Frederikshavn",
        "Frederikssund", "Furesø", "Faaborg-Midtfyn", "Gentofte", "Gladsaxe", "Glostrup", "Greve", "Gribskov",
        "Guldborgsund", "Haderslev", "Halsnæs", "Hedensted", "Helsingør", "Herlev", "Herning", "Hillerød", "Hjørring",
        "Holbæk", "Holstebro", "Horsens", "Hvidovre", "Høje-Taastrup", "Hørsholm", "Ikast-Brande", "Ishøj",
        "Jammerbugt", "Kalundborg", "Kerteminde", "Kolding", "Københavns", "Køge", "Langeland", "Lejre", "Lemvig",
        "Lolland", "Lyngby-Taarbæk", "Læsø", "Mariagerfjord", "Middelfart", "Morsø", "Norddjurs", "Nordfyns",
        "Nyborg", "Næstved", "Odder", "Odense", "Odsherred", "Randers", "Rebild", "Ringkøbing-Skjern", "Ringsted",
        "Roskilde", "Rudersdal", "Rødovre", "Samsø", "Silkeborg", "Skanderborg", "Skive", "Slagelse", "Solrød",
        "Sorø", "Stevns", "Struer", "Svendborg", "Syddjurs", "Sønderborg", "Thisted", "Tønder", "Tårnby",
        "Vallensbæk", "Varde", "Vejen", "Vejle", "Vesthimmerlands", "Viborg", "Vordingborg", "Ærø", "Aabenraa",
        "Aalborg", "Aarhus",
    ]

    /// The region each municipality lies in, by its name as in `names` (Bornholm's as "Bornholms").
    static let regions: [String: String] = {
        var map = [String: String]()
        let byRegion: [(String, [String])] = [
            ("Region Hovedstaden", [
                "Albertslund", "Allerød", "Ballerup", "Bornholms", "Brøndby", "Dragør", "Egedal", "Fredensborg", "Frederiksberg", "Frederikssund",
                "Furesø", "Gentofte", "Gladsaxe", "Glostrup", "Gribskov", "Halsnæs", "Helsingør", "Herlev", "Hillerød", "Hvidovre", "Høje-Taastrup",
                "Hørsholm", "Ishøj", "Københavns", "Lyngby-Taarbæk", "Rødovre", "Rudersdal", "Tårnby", "Vallensbæk",
            ]),
            ("Region Sjælland", [
                "Faxe", "Greve", "Guldborgsund", "Holbæk", "Kalundborg", "Køge", "Lejre", "Lolland", "Næstved", "Odsherred", "Ringsted", "Roskilde",
                "Slagelse", "Solrød", "Sorø", "Stevns", "Vordingborg",
            ]),
            ("Region Syddanmark", [
                "Assens", "Billund", "Esbjerg", "Fanø", "Fredericia", "Faaborg-Midtfyn", "Haderslev", "Kerteminde", "Kolding", "Langeland",
                "Middelfart", "Nordfyns", "Nyborg", "Odense", "Svendborg", "Sønderborg", "Tønder", "Varde", "Vejen", "Vejle", "Ærø", "Aabenraa",
            ]),
            ("Region Midtjylland", [
                "Favrskov", "Hedensted", "Herning", "Holstebro", "Horsens", "Ikast-Brande", "Lemvig", "Norddjurs", "Odder", "Randers",
                "Ringkøbing-Skjern", "Samsø", "Silkeborg", "Skanderborg", "Skive", "Struer", "Syddjurs", "Viborg", "Aarhus",
            ]),
            ("Region Nordjylland", [
                "Brønderslev", "Frederikshavn", "Hjørring", "Jammerbugt", "Læsø", "Mariagerfjord", "Morsø", "Rebild", "Thisted", "Vesthimmerlands",
                "Aalborg",
            ]),
        ]
        for (region, municipalities) in byRegion { for name in municipalities { map[name] = region } }
        return map
    }()

    /// "Herning Kommune" -> "Region Midtjylland".
    static func region(of body: String) -> String? {
        if body == "Bornholms Regionskommune" { return "Region Hovedstaden" }
        guard body.hasSuffix(" Kommune") else { return nil }
        return regions[String(body.dropLast(" Kommune".count))]
    }

    /// Spellings seen in older documents, mapped to the official name.
    static let aliases: [String: String] = ["Århus": "Aarhus", "København": "Københavns", "Bornholms": "Bornholms"]

    /// The official body name for the word before "Kommune", e.g. "Lemvig" -> "Lemvig Kommune".
    static func body(forWordBeforeKommune word: String) -> String? {
        let name = aliases[word] ?? word
        if name == "Bornholms" { return "Bornholms Regionskommune" }
        return names.contains(name) ? "\(name) Kommune" : nil
    }
}

extension MinutesReader {
    /// The official names of the 98 municipalities, e.g. "Lemvig Kommune", "Bornholms Regionskommune", sorted.
    public static let municipalities: [String] = (Municipalities.names.map { "\($0) Kommune" } + ["Bornholms Regionskommune"]).sorted()
}

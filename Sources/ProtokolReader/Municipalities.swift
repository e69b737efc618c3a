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

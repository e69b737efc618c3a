/// The small built-in lists the synthetic corpus takes names from: committees, people, parties,
/// rooms, proposers, laws. Everything else comes from the seeds (``SynthVocabulary``).
enum SynthNames {
    static let committees = [
        "Økonomiudvalget", "Børne- og Ungeudvalget", "Teknik- og Miljøudvalget", "Social- og Sundhedsudvalget",
        "Kultur- og Fritidsudvalget", "Arbejdsmarkedsudvalget", "Udvalget for Job, Arbejdsmarked og Integration",
        "Plan- og Boligudvalget", "Klima- og Miljøudvalget", "Ældreudvalget", "Erhvervs- og Turismeudvalget", "Skoleudvalget",
    ]

    static let firstNames = [
        "Anne", "Mette", "Hanne", "Lone", "Susanne", "Camilla", "Trine", "Pernille", "Louise", "Maria", "Ida", "Karen",
        "Birgitte", "Helle", "Dorthe", "Lars", "Peter", "Jens", "Søren", "Henrik", "Morten", "Anders", "Niels", "Michael",
        "Thomas", "Rasmus", "Jesper", "Martin", "Kasper", "Ole", "Bjørn", "Knud", "Claus", "Torben", "Jørgen", "Åse",
    ]

    static let lastNames = [
        "Jensen", "Nielsen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen", "Rasmussen",
        "Jørgensen", "Petersen", "Madsen", "Kristensen", "Olsen", "Thomsen", "Christiansen", "Poulsen", "Johansen",
        "Møller", "Mortensen", "Østergaard", "Lauridsen", "Bach", "Holm", "Dahl", "Frandsen", "Kjær", "Lund", "Skov",
        "Vestergaard", "Bækgaard", "Toft",
    ]

    static let middleNames = ["Marie", "Lykke", "Bach", "Due", "Holm", "Krogh", "Juul"]

    static let parties = ["A", "V", "C", "F", "Ø", "O", "B", "I", "D", "Å", "M", "K"]

    static let rooms = ["Mødelokale 1", "Mødelokale 2", "Udvalgsværelse 2", "Byrådssalen", "Mødelokale A", "Det lille mødelokale"]

    static let proposers = [
        "Forvaltningen", "Direktionen", "Administrationen", "Direktøren for Børn og Unge", "Direktøren for Teknik og Miljø",
        "Direktøren for Social, Sundhed og Arbejdsmarked", "Kommunaldirektøren",
    ]

    static let laws = [
        "Lov om aktiv beskæftigelsesindsats.", "Lov om social service.", "Planloven.", "Folkeskoleloven.", "Dagtilbudsloven.",
        "Lov om kommunernes styrelse.", "Sundhedsloven.", "Miljøbeskyttelsesloven.", "Lov om almene boliger.", "Byggeloven.",
    ]

    static let closedTitles = [
        "Eventuelt", "Personalesag", "Køb af ejendom", "Salg af byggegrund", "Klagesag", "Orientering om retssag",
        "Meddelelser - Lukket møde",
    ]

    static let weekdays = ["Mandag", "Tirsdag", "Onsdag", "Torsdag", "Fredag", "Lørdag", "Søndag"]

    static let months = [
        "januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober", "november", "december",
    ]

    static let kleGroups = ["00.01.00", "00.30.10", "15.20.00", "27.12.00", "01.02.05", "82.06.00", "17.01.00", "29.09.00", "00.22.00"]
    static let kleFacets = ["A00", "P20", "G01", "K01", "A26", "P22", "P35", "S00"]

    static let decisions: [(outcome: String, texts: [String])] = [
        ("approved", ["Godkendt.", "Godkendt som indstillet.", "Indstillingen godkendt.", "Tiltrådt."]),
        ("recommended", ["Anbefales.", "Anbefales til godkendelse.", "Indstillingen anbefales."]),
        ("noted", ["Taget til efterretning.", "Til efterretning.", "Orienteringen taget til efterretning."]),
        ("discussed", ["Drøftet.", "Sagen blev drøftet."]),
        ("postponed", ["Udsat.", "Sagen udsættes til næste møde."]),
        ("rejected", ["Ikke godkendt.", "Afvist."]),
        ("amended", ["Godkendt med den ændring, at sagen genoptages efter sommerferien."]),
    ]
    static let decisionWeights = [30, 15, 25, 10, 5, 5, 5]

    static let titlePatterns = [
        "Status på %@", "Orientering om %@", "Godkendelse af %@ %y", "Budgetopfølgning for %@", "Evaluering af %@",
        "%U - %@ %y", "Forslag til %@ og %@", "Opfølgning på %@", "Temadrøftelse om %@", "Ansøgning om %@",
    ]

    static let attachmentPatterns = ["Notat om %@", "Oversigt over %@ %y", "%U - redegørelse", "Præsentation af %@.pdf", "Tidsplan for %@"]
}

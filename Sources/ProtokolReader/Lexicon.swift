import ProtokolModel

/// The Danish vocabulary of minutes: section headings, outcome phrases, header labels.
enum Lexicon {
    /// Folds a short line for lookup: lower case, single spaces, no trailing colon or full stop.
    static func fold<S: StringProtocol>(_ s: S) -> String {
        String(decoding: foldedBytes(s), as: UTF8.self)
    }

    /// `fold` as UTF-8 bytes.
    static func foldedBytes<S: StringProtocol>(_ s: S) -> [UInt8] {
        if let string = s as? String {
            var copy = string
            return copy.withUTF8 { foldedBytes($0) }
        }
        var copy = String(s)
        return copy.withUTF8 { foldedBytes($0) }
    }

    /// `fold` on UTF-8 bytes, in one pass: case folded as `Bytes.folded`, blank runs made one space.
    static func foldedBytes(_ bytes: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        [UInt8](unsafeUninitializedCapacity: bytes.count) { out, written in
            var write = 0
            var lastSpace = true
            var afterC3 = false
            for b in bytes {
                if b == 0x20 || b == 0x09 {
                    if !lastSpace {
                        out[write] = 0x20
                        write += 1
                    }
                    lastSpace = true
                    afterC3 = false
                    continue
                }
                lastSpace = false
                if afterC3 {
                    out[write] = b >= 0x80 && b <= 0x9E && b != 0x97 ? b + 0x20 : b
                    afterC3 = false
                } else if b >= 0x41 && b <= 0x5A {
                    out[write] = b + 0x20
                } else {
                    out[write] = b
                    afterC3 = b == 0xC3
                }
                write += 1
            }
            while write > 0, out[write - 1] == 0x20 || out[write - 1] == 0x3A || out[write - 1] == 0x2E { write -= 1 }
            written = write
        }
    }

    /// Section headings by folded text. Unknown headings become `.other` elsewhere.
    static let headings = LexiconTable<SectionKind>({
        var map = [String: SectionKind]()
        func add(_ kind: SectionKind, _ words: [String]) { for w in words { map[w] = kind } }
        add(.summary, [
            "resume", "resumé", "résumé", "resume og indstilling", "kort resume", "sammenfatning", "sagsresume",
            "sagsresumé", "sammendrag", "kort om sagen", "sagens kerne", "formål", "opsummering", "baggrund og formål", "beslutningstema", "præsentation", "sagstema", "sagens formål", "resume og sagens baggrund", "baggrund for sagens fremlæggelse", "indledning",
        ])
        add(.presentation, [
            "sagsfremstilling", "sagsbeskrivelse", "sagens indhold", "beskrivelse af sagen", "sagen", "redegørelse",
            "sagsfremstilling og vurdering", "sagsfremstilling og økonomi", "baggrund for sagen", "sagens baggrund", "beskrivelse", "indhold",
            "fakta", "sagens fakta", "sagsfremstilling og administrationens vurdering", "problemstilling", "løsning",
            "baggrund og vurdering", "sagsbeskrivelse og vurdering", "baggrund", "fremstilling", "beskrivelse og vurdering", "sagsfremstilling og vurdering af sagen",
            "supplerende sagsfremstilling", "supplerende oplysninger", "uddybende sagsfremstilling",
        ])
        add(.proposal, [
            "indstilling", "indstillinger", "administrativ indstilling", "administrationens indstilling",
            "forvaltningens indstilling", "direktionens indstilling", "direktørens indstilling", "forslag til beslutning",
            "beslutningsforslag", "indstillingen", "indstilling fra administrationen", "indstilling fra forvaltningen",
            "det indstilles", "forslag", "administrationen indstiller", "forvaltningen indstiller", "direktionen indstiller",
            "indstilling til beslutning", "beslutningspunkter", "indstilling og beslutning", "hovedindstilling", "nyt forslag",
        ])
        add(.decision, [
            "beslutning", "beslutninger", "udvalgets beslutning", "beslutning i udvalget", "afgørelse", "referat",
            "protokol", "protokollat", "beslutningsprotokol", "beslutning/referat", "referat/beslutning",
            "byrådets beslutning", "kommunalbestyrelsens beslutning", "økonomiudvalgets beslutning", "udvalgsbeslutning",
        ])
        add(.attachments, [
            "bilag", "bilagsliste", "vedhæftede bilag", "bilagsfortegnelse", "bilag til punktet", "bilag til sagen",
            "vedlagte bilag", "bilagsoversigt", "vedhæftninger", "bilag:", "bilag funktioner", "bilagsnr",
        ])
        add(.history, ["sagens forløb", "sagsforløb", "behandlingsforløb", "historik", "sagens behandling", "forløb"])
        add(.economy, [
            "økonomi", "økonomiske konsekvenser", "økonomi og finansiering", "økonomiske forhold", "økonomi og bevilling",
            "bevillingsmæssige konsekvenser", "finansiering", "bevilling", "økonomisk vurdering", "økonomiske bemærkninger",
            "økonomi og personale", "økonomi og konsekvenser", "økonomiske og personalemæssige konsekvenser", "økonomiske og erhvervsmæssige konsekvenser",
            "økonomiske og administrative konsekvenser", "bevillingsoversigt", "anlægsbevilling", "budget",
            "økonomiske konsekvenser og finansiering", "økonomiske forhold og konsekvenser", "økonomiske forhold og finansiering", "økonomi og afledt drift", "økonomi og afledte driftsudgifter", "økonomi/personaleforhold", "økonomi og organisatoriske konsekvenser", "økonomiske og organisatoriske konsekvenser",
        ])
        add(.legal, [
            "lovgrundlag", "retsregler og andre forskrifter", "lovgivning", "juridiske forhold", "hjemmel", "retsgrundlag", "lov- og plangrundlag",
            "lovhjemmel", "regelgrundlag", "juridisk vurdering", "lovgrundlag og regler", "retlige forhold",
            "lovgivningsmæssigt grundlag", "juridisk grundlag", "lov og regler", "retligt grundlag", "love/regler", "love og regler", "regler",
            "lovgrundlag – link", "lovgrundlag - link", "lovgrundlag og juridisk vurdering", "retsregler", "juridiske konsekvenser", "lovgrundlag og juridiske forhold", "juridiske og planmæssige forhold", "juridiske forhold og lovgrundlag",
        ])
        add(.authority, [
            "sagen afgøres endelig af", "beslutningskompetence", "kompetence", "afgørelseskompetence",
            "kompetenceplacering", "beslutningsniveau", "sagen afgøres af", "endelig beslutning træffes af",
            "kompetencefordeling", "beslutningsmyndighed", "sagen afgøres i", "hvem beslutter", "sagsprocedure",
        ])
        add(.policy, [
            "vision, politikker og strategier", "politikker og strategier", "sammenhæng til politikker",
            "politisk sammenhæng", "politikker", "strategi", "vision og strategi", "sammenhæng med politikker og strategier",
            "forhold til kommunens politikker", "sammenhæng med kommunens politikker", "politik", "mål og strategi", "relation til politikker",
        ])
        add(.assessment, [
            "administrationens vurdering", "forvaltningens vurdering", "vurdering", "administrationens bemærkninger",
            "direktionens vurdering", "forvaltningens bemærkninger", "faglig vurdering", "administrationens anbefaling",
            "forvaltningens anbefaling", "administrationens overvejelser", "vurdering og anbefaling",
        ])
        add(.staff, [
            "personalemæssige konsekvenser", "personale", "personaleforhold", "personalemæssige forhold",
            "personalemæssige forhold og arbejdsmiljø",
        ])
        add(.consultation, ["høring", "høringssvar", "høringer", "høring og inddragelse", "inddragelse og høring", "høringsperiode", "høring og sagsgang", "inddragelse", "kommunikation/høring"])
        add(.previous, [
            "tidligere behandling", "tidligere beslutninger", "tidligere politisk behandling", "politisk behandling",
            "tidligere behandlet", "tidligere politiske beslutninger", "tidligere behandlinger", "tidligere beslutning",
            "sagens tidligere behandling", "tidligere behandling af sagen", "politisk behandling af sagen", "sagshistorik",
            "sagshistorik, henvisninger",
        ])
        add(.other, [
            "kommunikation", "tidsplan", "videre proces", "proces", "klima og miljø", "miljø", "risikovurdering",
            "sundhedsmæssige konsekvenser", "erhvervsmæssige konsekvenser", "planforhold", "borgerinddragelse",
            "konsekvenser", "bemærkninger", "klimakonsekvenser", "miljømæssige konsekvenser", "handicappolitiske konsekvenser",
            "kommunikation og inddragelse", "implementering", "opfølgning", "supplerende sagsfremstilling",
            "ændringsforslag", "tillægsdagsorden", "organisering", "klima", "klimavurdering", "bæredygtighed",
            "verdensmål", "fn's verdensmål", "it-konsekvenser", "digitalisering", "effekt", "målgruppe", "handlemuligheder",
            "konsekvenser for andre udvalg", "øvrige konsekvenser", "alternativ indstilling", "beskrivelse af alternativ indstilling",
            // Who came and who was disqualified, under the decision ("Fremmøde og inhabilitet:"), and Copenhagen's "OM MØDET".
            "fremmøde og inhabilitet", "fravær og inhabilitet", "inhabilitet", "habilitet", "om mødet",
            "andre konsekvenser", "co2-konsekvensvurdering", "co2-konsekvenser", "klimakonsekvensvurdering",
            "beslutningsproces", "anledning", "alternativer", "tidsperspektiv", "forventet konsekvens", "organisering og kommunikation",
            "punktoplysninger", "afledte konsekvenser", "forventet sagsgang", "sagsgang", "sagsgang og sagstype", "sagen behandles i",
            "sagstype", "behandling", "text", "effektvurdering", "tidsplan og videre proces", "diareference", "organisatoriske konsekvenser", "konsekvensvurdering",
        ])
        return map
    }())

    /// Labels of the meeting header, by folded text.
    enum HeaderLabel: Sendable {
        case date, time, location, participants, absent, committee, end
        /// A field the model has no place for ("Referent:", "Næste møde:"): read so that it ends the one before.
        case other
        /// "Tid og sted: kl. 16.00, Byrådssalen": the time, then the place.
        case timeAndPlace
        /// "Stedfortræder: Hanne Hjørnholm (O) for Erik Kjærsgaard (O)": who sat in, for whom.
        case substitute
        /// "Bemærkninger: Der var afbud fra Mette Hørlück. Sag nr. 80 udgik.": remarks, whose absences count.
        case remarks
    }

    static let headerLabels = LexiconTable<HeaderLabel>([
        "mødedato": .date, "dato": .date, "mødedag": .date, "dato og tid": .date, "dato og tidspunkt": .date,
        "mødetidspunkt": .time, "tidspunkt": .time, "starttidspunkt": .time, "mødestart": .time, "start": .time,
        "tid": .time, "kl": .time, "mødetid": .time, "start kl": .time, "mødestart kl": .time, "starttid": .time, "starttidspunkt for møde": .time, "starttidspunkt for mødet": .time, "tid og sted": .timeAndPlace, "tid og mødested": .timeAndPlace,
        "mødetid og sted": .timeAndPlace, "mødetidspunkt og sted": .timeAndPlace, "dato, tid og sted": .timeAndPlace, "mødet påbegyndt": .time, "mødet begyndt": .time, "mødet afsluttet": .end, "mødet hævet": .end, "mødesluttidspunkt": .end, "sluttidspunkt": .end, "mødeslut": .end, "slut": .end,
        "mødested": .location, "mødeafholdelse": .location, "møde lokation": .location, "mødelokation": .location, "sted": .location, "lokale": .location, "mødelokale": .location, "adresse": .location,
        "mødedeltagere": .participants, "deltagere": .participants, "medlemmer": .participants,
        "til stede": .participants, "tilstede": .participants, "deltagende": .participants,
        "deltagere i mødet": .participants, "fremmødte": .participants, "fremmødt": .participants, "mødt": .participants, "til stede var": .participants, "udvalgsmedlemmer": .participants, "indkaldelse": .participants,
        "indkaldte": .participants, "medlemmer af udvalget": .participants, "udvalgets medlemmer": .participants, "medlemmer af rådet": .participants,
        "afbud": .absent, "fraværende": .absent, "fravær": .absent, "afbud fra": .absent, "fraværende medlemmer": .absent,
        "fraværende med afbud": .absent, "meldt afbud": .absent, "afbud under hele mødet": .absent, "fraværende under hele mødet": .absent, "ikke til stede": .absent, "ikke tilstede": .absent, "forfald": .absent,
        "stedfortræder": .substitute, "stedfortrædere": .substitute, "suppleant": .substitute, "suppleanter": .substitute,
        "mødende stedfortræder": .substitute, "indkaldt stedfortræder": .substitute,
        "udvalg": .committee, "kategori": .committee, "organ": .committee, "forum": .committee, "mødeforum": .committee, "udvalgsnavn": .committee,
        "udvalg/råd": .committee, "udvalg / råd": .committee, "råd/udvalg": .committee, "udvalg/nævn": .committee,
        "referent": .other, "sekretær": .other, "udvalgssekretær": .other, "mødeleder": .other, "ordstyrer": .other,
        "bemærkninger": .remarks, "bemærkning": .remarks,
        "næste møde": .other, "øvrige deltagere": .other, "fra administrationen": .other, "fra forvaltningen": .other,
    ])

    /// Words that name the kind of document in its title line.
    static let minutesWords = ["referat", "beslutningsprotokol", "protokol", "beslutninger"]
    static let agendaWords = ["dagsorden"]
}

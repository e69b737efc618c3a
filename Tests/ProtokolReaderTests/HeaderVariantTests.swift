import ProtokolModel
import Testing
@testable import ProtokolReader

/// Header fields as more publishing systems print them: American dates, a table flattened one cell a line,
/// "Indkaldelse" over the members, wrapped and mistyped names, short terms and kinds of meeting after the place.
@Suite("Header fields in more layouts")
struct HeaderVariantTests {
    @Test("'Mødedato: 8/29/2019 4:00:00 PM' is 29 August at 16:00; an ambiguous day is month first only with AM/PM")
    func americanDates() throws {
        let clear = try readMeeting("Referat\nUdvalg: Byrådet\nMødedato: 8/29/2019 4:00:00 PM\n\n121. Godkendelse af dagsorden\n\nBeslutning\n\nGodkendt.\n")
        #expect(clear.date?.description == "2019-08-29")
        #expect(clear.startTime?.description == "16:00")
        let ambiguous = try readMeeting("Referat\nUdvalg: Byrådet\nMødedato: 9/11/2019 3:00:00 PM\n\n1. Godkendelse af dagsorden\n\nBeslutning\n\nGodkendt.\n")
        #expect(ambiguous.date?.description == "2019-09-11")
        #expect(ambiguous.startTime?.description == "15:00")
        let danish = try readMeeting("Referat\nUdvalg: Byrådet\nMødedato: 9/11/2019 kl. 15.00\n\n1. Godkendelse af dagsorden\n\nBeslutning\n\nGodkendt.\n")
        #expect(danish.date?.description == "2019-11-09")
    }

    @Test("a table flattened one cell a line ('Udvalg: |' over 'Kommunalbestyrelsen |') gives its fields")
    func cellBars() throws {
        let meeting = try readMeeting("""
            Referat
            Liste med Dato, udvalg, sted samt pdf udgave af dagsordenen til download.
            Dato: |
            10-10-2022 17:00:00 |
            ---|---|
            Udvalg: |
            Kommunalbestyrelsen |
            Sted: |
            Rådhussalen |
            Deltagere: |
            Peder Hansen, Tonni Hansen, Ulrik Kølle Hansen, René Larsen, Winni Kielstrup Hansen, Jørgen Nielsen, Ulrik Pihl, Jesper Skovhus, Erik Hye Jørgensen, Karina Jørgensen, Nynne Printz, Brian Dalsgaard, Søren Ramsing, Flemming Neperus, Joan Kate Pedersen |
            PDF: |
            |
            1. Godkendelse af dagsorden
            Sagsnr.: 22/131
            Beslutning i Kommunalbestyrelsen den 10-10-2022
            Godkendt.
            """)
        #expect(meeting.committee == "Kommunalbestyrelsen")
        #expect(meeting.location == "Rådhussalen")
        #expect(meeting.participants.count == 15)
        #expect(meeting.participants.last?.name == "Joan Kate Pedersen")
        #expect(meeting.items.first?.caseNumber == "22/131")
    }

    @Test("'Indkaldelse' over one member a line; the list ends at 'Pkt. Tekst'; a two-digit term and a kind after the place")
    func summonedMembers() throws {
        let meeting = try readMeeting("""
            Referat
            til
            mødet i Kommunalbestyrelsen 2018-21
            den 5. november 2019 kl. 17:00
            i Mødesalen, Ringe - Ekstraordinært

            Indkaldelse

            Hans Stavnsager
            Søren Kristensen
            Anne-Merete Mikkelsen
            Pkt. Tekst
            342 Godkendelse af dagsorden

            342. Godkendelse af dagsorden

            Beslutning

            Afbud fra Anne-Merete Mikkelsen (A). John Larsen deltager i stedet.

            Godkendt.
            """)
        // (John Larsen came in her place: a participant too.)
        #expect(meeting.participants.map(\.name) == ["Hans Stavnsager", "Søren Kristensen", "Anne-Merete Mikkelsen", "John Larsen"])
        #expect(meeting.committee == "Kommunalbestyrelsen")
        #expect(meeting.term == "2018-2021")
        #expect(meeting.location == "Mødesalen, Ringe")
        let item = try #require(meeting.items.first)
        #expect(item.absent == ["Anne-Merete Mikkelsen"])
        #expect(item.decision?.text == "Godkendt.")
        #expect(item.decision?.outcome == .approved)
    }

    @Test("a mistyped '((V)' does not end the members; an empty 'Fraværende:' over a running header names nobody")
    func mistypedMembers() throws {
        let meeting = try readMeeting("""
            Kommunalbestyrelsen
            BESLUTNINGSPROTOKOL
            Dato:
            Tirsdag den 16. juni 2015
            Medlemmer:
            Jan Petersen (A)
            Niels Ole Birk ((V)
            Pia Bjerregaard (A)
            Fraværende:
            Norddjurs Kommune
            Kommunalbestyrelsen
            16-06-2015

            1. Etablering af skaterfaciliteter i Grenaa

            Beslutning

            Godkendt.
            """)
        #expect(meeting.participants.map(\.name) == ["Jan Petersen", "Niels Ole Birk", "Pia Bjerregaard"])
        #expect(meeting.participants.map(\.party) == ["A", "V", "A"])
        #expect(!meeting.participants.contains { $0.absent })
    }

    @Test("a first name at the end of a line joins the surname on the next")
    func wrappedNames() throws {
        let meeting = try readMeeting("""
            Økonomiudvalget
            Referat
            Mødedato:
            Mandag den 08-04-2013
            Deltagere:
            Bjarne Nielsen, Knud Gether, Lisa Pihl Jensen, Ebbe
            Christensen, Helle Hansen, Elisa Hansen, H.C.
            Rasmussen
            Bemærkninger:

            79. Meddelelser

            Beslutning

            Taget til efterretning.
            """)
        #expect(meeting.participants.map(\.name) == [
            "Bjarne Nielsen", "Knud Gether", "Lisa Pihl Jensen", "Ebbe Christensen", "Helle Hansen", "Elisa Hansen", "H.C. Rasmussen",
        ])
    }
}

/// Absences as more minutes word them.
@Suite("Absences in more wordings")
struct AbsenceWordingTests {
    @Test("'Afbud under hele mødet:' with the names on its line or the next")
    func wholeMeeting() throws {
        for body in ["Afbud under hele mødet: Brian Dalsgaard og Tonni Hansen", "Afbud under hele mødet:\nBrian Dalsgaard og Tonni Hansen"] {
            let meeting = try readMeeting("Referat\nByrådet\nMødedato: 10-10-2022\n\n1. Godkendelse af dagsorden\n\nBeslutning\n\nGodkendt.\n\(body)\n")
            let item = try #require(meeting.items.first)
            #expect(item.absent == ["Brian Dalsgaard", "Tonni Hansen"])
            #expect(item.decision?.text == "Godkendt.")
        }
    }

    @Test("initials in absent names are no ends of sentences")
    func initials() throws {
        let meeting = try readMeeting("""
            Referat
            Beredskabskommissionen
            Møde den 21. marts 2018

            6. Præsentation af Center for Beredskab

            Beslutning

            Fraværende:  Anders Koefoed (V), Lars J. Petersen, Marianne Kristiansen
            Sagen udskudt.
            """)
        let item = try #require(meeting.items.first)
        #expect(item.absent == ["Anders Koefoed", "Lars J. Petersen", "Marianne Kristiansen"])
        #expect(item.decision?.text == "Sagen udskudt.")
        #expect(ItemFacts.sentences("Afbud fra Lars J. Petersen (A). Jens Bo deltog i stedet, jf. pkt. 5. Godkendt.") == [
            "Afbud fra Lars J. Petersen (A)", "Jens Bo deltog i stedet, jf. pkt. 5", "Godkendt.",
        ])
    }

    @Test("'LUKKET SAG' before a title closes the item")
    func closedCase() throws {
        let meeting = try readMeeting("Referat\nØkonomiudvalget\nMødedato: 08-04-2013\n\n102. LUKKET SAG Ny Strynøfærge - kontraktforhold\n\nBeslutning\n\nGodkendt.\n")
        let item = try #require(meeting.items.first)
        #expect(item.title == "Ny Strynøfærge - kontraktforhold")
        #expect(!item.isPublic)
    }
}

/// Headings of more templates: words that are headings only where they stand alone, and more of the lexicon.
@Suite("Section headings of more templates")
struct TemplateHeadingTests {
    @Test("a word that is sometimes a heading is one where it stands alone between paragraphs, in dense text too")
    func standingAlone() throws {
        let meeting = try readMeeting("""
            Referat
            Beredskabskommissionen
            Møde den 21. marts 2018

            6. Præsentation af Center for Beredskab

            Baggrund
            Kommissionen har fået nye medlemmer.
            Retligt grundlag
            Ingen bemærkninger.
            Handlemuligheder
            Ingen bemærkninger.
            Vurdering
            Ingen bemærkninger, men vurdering
            af sagen følger.
            Beslutning
            Godkendt.
            """)
        let item = try #require(meeting.items.first)
        #expect(item.sections.map(\.heading) == ["Baggrund", "Retligt grundlag", "Handlemuligheder", "Vurdering", "Beslutning"])
        #expect(item.sections.map(\.kind) == [.presentation, .legal, .other, .assessment, .decision])
        #expect(item.sections[3].text == "Ingen bemærkninger, men vurdering af sagen følger.")
    }

    @Test("an empty 'Alternativ indstilling' under the proposal is a heading, not a point")
    func emptyTemplateHeading() throws {
        let meeting = try readMeeting("""
            Referat
            Handicaprådet
            Mødedato: 3. november 2015

            1. Orientering om Elmelunden

            Indstilling

            Chefen indstiller, at orienteringen tages til efterretning.

            Alternativ indstilling

            Beslutning

            Taget til efterretning.
            """)
        let item = try #require(meeting.items.first)
        #expect(item.proposal?.points == ["at orienteringen tages til efterretning."])
        #expect(item.sections.map(\.heading) == ["Indstilling", "Alternativ indstilling", "Beslutning"])
    }
}

/// Item headings and decision headings as more web pages print them.
@Suite("Items and decisions on more web pages")
struct WebItemFormTests {
    @Test("a title that opens with an ordinal ('272. 2. behandling af budget 2017') is an item")
    func ordinalTitle() throws {
        let meeting = try readMeeting("""
            Referat
            mødet i Kommunalbestyrelsen
            den 10. oktober 2016 kl. 19:00

            272. 2. behandling af budget 2017

            Sagsnr.: 00.30.10-Ø00-4-16

            Beslutning

            Taksterne blev tiltrådt.

            273. Forslag til lokalplan 201

            Beslutning

            Godkendt.
            """)
        #expect(meeting.items.map(\.number) == [272, 273])
        #expect(meeting.items.first?.title == "2. behandling af budget 2017")
        #expect(meeting.items.first?.decision?.outcome == .approved)
    }

    @Test("an empty 'Sagsid.:' keeps the heading below it; 'BESLUTNING: Økonomiudvalget den …' is a stage of the case")
    func emptyFieldAndStageAfterColon() throws {
        let meeting = try readMeeting("""
            Referat
            Torsdag den 16. december 2021 kl. 19:00
            Udvalg: Kommunalbestyrelsen
              • 2
                Meddelelser
                Sagsid.:

                BESLUTNING: Kommunalbestyrelsen den 16-12-2021

                Der var ingen meddelelser.

              • 3
                Månedsopfølgning for oktober 2021
                Sagsid.: 21/8174

                BESLUTNING: Økonomiudvalget den 09-12-2021

                Til efterretning.

                BESLUTNING: Kommunalbestyrelsen den 16-12-2021

                Godkendt.
            """)
        #expect(meeting.items.map(\.number) == [2, 3])
        #expect(meeting.items.first?.decision?.text == "Der var ingen meddelelser.")
        #expect(meeting.items.first?.decision?.outcome == Outcome.none)
        let item = try #require(meeting.items.last)
        #expect(item.caseNumber == "21/8174")
        #expect(item.decision?.text == "Godkendt.")
        #expect(item.history.map(\.body) == ["Økonomiudvalget"])
        #expect(item.history.first?.date.description == "2021-12-09")
    }

    @Test("an item's heading glued to the block before it ('3. Eventuelt1. Orientering …', 'Sagsfremstilling2. …')")
    func gluedItemHeadings() throws {
        let meeting = try readMeeting("""
            Referat
            Handicaprådet
            Mødedato: 03-11-2015 16:30

            PUNKTER

            1. Orientering og rundvisning Elmelunden
            2. Godkendelse af dagsorden og referat
            3. Eventuelt1. Orientering og rundvisning Elmelunden

            Beslutning i Handicaprådet den 03-11-2015
            Taget til efterretning.

            Sagsfremstilling2. Godkendelse af dagsorden og referat

            Beslutning i Handicaprådet den 03-11-2015
            Godkendt.

            Sagsfremstilling3. Eventuelt

            Beslutning i Handicaprådet den 03-11-2015
            Intet.
            """)
        #expect(meeting.items.map(\.number) == [1, 2, 3])
        #expect(meeting.items.map { $0.decision?.outcome } == [.noted, .approved, Outcome.none])
        #expect(MinutesReader.gluedItemHeading("Indholdsfortegnelse1. Fraværende")?.heading == "1. Fraværende")
        #expect(MinutesReader.gluedItemHeading("Budget 2024 og overslagsår 2025-27") == nil)
    }
}

/// Members, bodies, votes and outcomes as councils and boards outside the standing committees print them.
@Suite("Councils, boards and their votes")
struct CouncilAndVoteTests {
    @Test("members from organisations with 'og' in their names; the body from the town hall before one an item names")
    func organisationsAndTownHall() throws {
        let meeting = try readMeeting("""
            Folkeoplysningsudvalget - Referat
            Dato: 27-02-2018
            Lokale: Mødelokale 120, Brønderslev Rådhus

            Medlemmer

            Bo Hilsted (A)

            Hanne Larsen (Børne- og Ungdomsorganisationernes Samråd)

            Ebba Anker Nielsen (Kulturelt Samråd)

            1. Støttegruppe for kvinder

            Sagsfremstilling

            I Aalborg Kommune har der været afviklet et projekt for kvinder.

            Beslutning

            Godkendt.
            """)
        #expect(meeting.participants.map(\.name) == ["Bo Hilsted", "Hanne Larsen", "Ebba Anker Nielsen"])
        #expect(meeting.participants.map(\.party) == ["A", nil, nil])
        #expect(meeting.body == "Brønderslev Kommune")
    }

    @Test("a region's committee is the region's, though it meets in a municipality")
    func regionalCommittee() throws {
        let meeting = try readMeeting("""
            Dagsorden
            til
            mødet i Udvalg for regional udvikling
            den 1. februar 2023 kl. 09:00
            i Herning Kommune, Torvet 5, 7400 Herning

            1. Miljøstyrelsens afgørelse

            Resume

            Region Midtjylland indgav i oktober 2021 en klage.
            """)
        #expect(meeting.body == "Region Midtjylland")
    }

    @Test("a page's toggle after the title goes; 'Beslutning fra X, date, pkt. N:' names X")
    func toggleAndStagePrefix() throws {
        let meeting = try readMeeting("""
            Referat
            Udvalg: Økonomi-, teknik- og miljøudvalget
            Mødedato: 13-12-2021
            192. Godkendelse af udbudsmaterialet vedr. tøjvaskÅbn/luk punkt
            Sagsnummer: 88.12.03-Ø54-1-20
            Godkendelse af udbudsmaterialet vedr. tøjvask
            Beslutning
            Administrationens indstilling anbefales.
            Beslutning fra Social-, sundheds- og fritidsudvalget, 6. december 2021, pkt. 119:
            Anbefales.
            """)
        let item = try #require(meeting.items.first)
        #expect(item.title == "Godkendelse af udbudsmaterialet vedr. tøjvask")
        #expect(item.history.map(\.body) == ["Social-, sundheds- og fritidsudvalget"])
        #expect(item.decision?.outcome == .recommended)
    }

    @Test("an amendment that fell ('Faldet.' under its votes) leaves the approval; vote lines of one ballot are one vote")
    func fallenAmendmentAndBallots() throws {
        let meeting = try readMeeting("""
            Referat
            Økonomiudvalget
            Torsdag den 22. oktober 2020 kl. 17:00

            1. Café Havslapning - ansøgning om udeservering

            Beslutning

            For stemte:    5 (A+T+V)

            Imod stemte:  2 (C+O)

            Undlod at stemme:

            Godkendt.

            Ændringsforslag fra C:
            C foreslår, at der gives tilladelse til udeservering langs kajkanten.

            For stemte:    2 (C+O)

            Imod stemte:  4 (A+T)

            Undlod at stemme:  1 (V)

            Faldet.
            """)
        let item = try #require(meeting.items.first)
        #expect(item.decision?.outcome == .approved)
        #expect(item.votes.count == 2)
        #expect(item.votes.first?.inFavour == 5)
        #expect(item.votes.first?.against == 2)
        #expect(item.votes.last?.abstaining == 1)
        #expect(item.votes.last?.partiesAbstaining == ["V"])
    }

    @Test("parties named in full vote as their letters")
    func partyNames() throws {
        let meeting = try readMeeting("""
            Referat
            Kommunalbestyrelsen
            Mødedato: 28-03-2022

            1. Forslag om ændring

            Beslutning

            Socialistisk Folkeparti og Socialdemokratiet (A) stemte for denne ændring.
            Venstre, Det Konservative Folkeparti og Radikale Venstre stemte imod.
            """)
        let vote = try #require(meeting.items.first?.votes.first)
        #expect(vote.partiesInFavour == ["F", "A"])
        #expect(vote.partiesAgainst == ["V", "C", "B"])
        #expect(ItemFacts.withPartyLetters("SFO'en og Venstre") == "SFO'en og V")
    }
}

/// Who came, who did not, and where, told in sentences and notes.
@Suite("Attendance told in sentences")
struct AttendanceSentenceTests {
    @Test("'X og Y havde meldt forfald. I stedet mødte Z og W.' under the header")
    func sentWordInstead() throws {
        let meeting = try readMeeting("""
            Referat
            til
            mødet i Kommunalbestyrelsen
            den 28. september 2015 kl. 19:00

            Karsten Skawbo-Jensen og Daniel Panduro havde meldt forfald. I stedet mødte Vibeke Qvist og Reza Katebi.

            227. Spørgsmål om Amager Bakke

            Beslutning

            Besvaret.
            """)
        #expect(meeting.participants.map(\.name) == ["Karsten Skawbo-Jensen", "Daniel Panduro", "Vibeke Qvist", "Reza Katebi"])
        #expect(meeting.participants.map(\.absent) == [true, true, false, false])
    }

    @Test("'X (T) var indkaldt som stedfortræder for Y (T).'; a note before the room; the closed part's absence")
    func standInNoteAndClosedPart() throws {
        let meeting = try readMeeting("""
            Referat
            Dato: Onsdag den 10. oktober 2018 Tid: Kl. 17:30
            Udvalg: Kommunalbestyrelsen
            Sted: OBS! Lukket møde kl. 16:30 - Mødelokale Havet
            Medlemmer: Ebbe Kyrø (T), Peter Læssøe (T)

            Annette Nyvang (T) var indkaldt som stedfortræder for Peter Læssøe (T).

              • Punkt 1 Godkendelse af dagsorden

                Beslutning

                Ricky van Overeem var ikke til stede under den lukkede del af mødet.

                Godkendt.

              • Punkt 2 Beretning fra borgmesteren (Lukket)
            """)
        #expect(meeting.location == "Mødelokale Havet")
        #expect(meeting.participants.map(\.name) == ["Ebbe Kyrø", "Peter Læssøe", "Annette Nyvang"])
        #expect(meeting.participants.map(\.absent) == [false, true, false])
        #expect(meeting.items.map(\.absent) == [[], ["Ricky van Overeem"]])
        #expect(meeting.items.first?.decision?.text == "Godkendt.")
    }

    @Test("'X indstiller,' after a first paragraph still names who proposes; a link's text printed twice is one title")
    func laterProposerAndDoubledLink() throws {
        let meeting = try readMeeting("""
            Referat
            Kommunalbestyrelsen
            Dato: 29-05-2019

            4. Fastsættelse af diæter

            Indstilling

            Sagen bliver behandlet i Økonomiudvalget og Kommunalbestyrelsen.

            Direktionscentret indstiller,

            - at diæterne hæves

            Beslutning

            Godkendt.

            Bilag

            1 Notat om diæter ved valg Notat om diæter ved valg
            """)
        let item = try #require(meeting.items.first)
        #expect(item.proposal?.by == "Direktionscentret")
        #expect(item.proposal?.points == ["at diæterne hæves"])
        #expect(item.attachments == ["Notat om diæter ved valg"])
    }
}

/// Word exports and web pages with one item: padded bullets, fields without colons, a lone number past 200.
@Suite("Word bullets, bare fields and single items")
struct WordExportTests {
    @Test("'·' padded to its tab stop is a list item; 'Initialer' over 'NIB' and 'Åbent' are fields")
    func paddedBulletsAndFields() throws {
        let meeting = try readMeeting("""
            Referat
            Byrådet
            Mødedato: 9. oktober 2018 kl. 17:00

            1.      Indkaldelse af stedfortrædere

            Sagsnr.

            450-2018-4075

            Initialer

            NIB

            Åbent

            Sagsfremstilling

            Betingelserne er;

            ·         at stedfortræderen er rette stedfortræder

            ·         at stedfortræderen er valgbar

            Beslutning i Byrådet 9. oktober 2018:

            Godkendt.
            """)
        let item = try #require(meeting.items.first)
        #expect(item.caseNumber == "450-2018-4075")
        #expect(item.sections.map(\.heading) == ["Sagsfremstilling", "Beslutning i Byrådet 9. oktober 2018"])
        #expect(item.sections.first?.text == "Betingelserne er;\n\n- at stedfortræderen er rette stedfortræder\n\n- at stedfortræderen er valgbar")
    }

    @Test("a meeting's one item numbered past 200, its number alone above the title")
    func loneItemPast200() throws {
        let meeting = try readMeeting("""
            Dagsordener og Referater
            Udvalg: Økonomiudvalget
            Mødedato: 11-09-2019 15:00:00
            Sagspunkter der blev behandlet på mødet: Fold alle ud
              • 307.
                Godkendelse af dagsorden

                Sagsnr.: 00.22.02-G01-42-18

                • Resume

                  Godkendelse af dagsorden er et fast punkt.

                • Beslutning

                  Godkendt.
            """)
        #expect(meeting.items.map(\.number) == [307])
        #expect(meeting.items.first?.title == "Godkendelse af dagsorden")
        #expect(meeting.items.first?.decision?.outcome == .approved)
    }
}

/// Bornholm's export and a contents page printed in columns.
@Suite("Item layouts of older exports")
struct OlderExportTests {
    @Test("'Åbent punkt' over ' 1  Title' and a KLE number with one serial ('85.02.02G00-0011'); 'Fraværende' over its names")
    func accessLineOverItem() throws {
        let meeting = try readMeeting("""
            Referat
            Kommunalbestyrelsen
            26-03-2015 kl. 18:00

             Åbent  punkt

             1  Fraværende og bemærkninger til dagsordenen

            85.02.02G00-0011

            Fraværende

            Thomas Bay Jensen, Bjarne Hartung Kirkegaard

            Bemærkninger til dagsordenen

            Ingen.

             Åbent  punkt

             2  Valg af borgmester

            00.22.02A30-0026

            Hvem beslutter

            Kommunalbestyrelsen beslutter.
            """)
        #expect(meeting.items.map(\.number) == [1, 2])
        #expect(meeting.items.map(\.caseNumber) == ["85.02.02G00-0011", "00.22.02A30-0026"])
        #expect(meeting.items.first?.absent == ["Thomas Bay Jensen", "Bjarne Hartung Kirkegaard"])
        #expect(meeting.items.last?.sections.first?.kind == .authority)
    }

    @Test("a contents page with its numbers in one column and the titles in the next makes no items")
    func contentsColumns() throws {
        let meeting = try readMeeting("""
            Økonomiudvalget
            Referat
            Mødedato:
            Mandag den 08-04-2013
            Indholdsfortegnelse
            Sag nr. Side
            79.
            80.
            Meddelelser
            Drøftelse af besparelse på badebroer
            79
            80
            79. Meddelelser
            12/15486
            00.22.04G01
            Åben sag
            Beslutning i Økonomiudvalget den 08-04-2013
            Taget til efterretning.
            """)
        #expect(meeting.items.map(\.number) == [79])
        let item = try #require(meeting.items.first)
        #expect(item.caseNumber == "12/15486")
        #expect(item.sections.map(\.kind) == [.decision])
        #expect(item.decision?.outcome == .noted)
    }
}

/// Committees as councils' and boards' headers name them.
@Suite("Committee names in more headers")
struct CommitteeNameTests {
    func committee(_ header: String) throws -> (String, String?) {
        let meeting = try readMeeting("\(header)\n\n1. Godkendelse af dagsorden\n\nBeslutning i Beredskabskommissionen den 21. marts 2018:\nGodkendt.\n")
        return (meeting.committee, meeting.term)
    }

    @Test("terms before the name or in short years, kinds of meeting, compounds with 'møde', 'Indkaldelse til møde i'")
    func names() throws {
        #expect(try committee("År 2014-2017 Integrationsrådet - Referat\nDato: 7. september 2016") == ("Integrationsrådet", "2014-2017"))
        #expect(try committee("Referat Folkeoplysningsudvalget (18-21) d. 27-02-2018") == ("Folkeoplysningsudvalget", "2018-2021"))
        #expect(try committee("REFERAT Byrådet (ekstraordinært møde) d. 21-03-2018") == ("Byrådet", nil))
        #expect(try committee("Ekstraordinært Ældrerådsmøde – Referat\nDato: 14. december 2018") == ("Ældrerådet", nil))
        #expect(try committee("Indkaldelse til møde i Handicaprådet\nDato: 21. marts 2018 kl. 16:00") == ("Handicaprådet", nil))
        #expect(try committee("Møde i Beredskabskommissionen d. 21. marts 2018") == ("Beredskabskommissionen", nil))
        #expect(try committee("Møde i udvalget d. 21. marts 2018") == ("Beredskabskommissionen", nil))
    }

    @Test("labels glued to their values; a page's sentence about its list names no committee; initials are no party")
    func gluedLabelsAndInitials() throws {
        let meeting = try readMeeting("""
            Find dagsorden eller referat ved at sortere på udvalg

            Referat

            Mandag d. 7 februar 2022, kl. 10:15
            MødestedRådssalen
            UdvalgÆldreråd
            Mødedeltagere:
            Leif Ingersholm (LI), Nadia Langhoff (NL) og Jens Berg (A)

            1. Godkendelse af dagsorden

            Sagsforløb: ÆR

            Beslutning

            Dagsordenen blev godkendt.
            """)
        #expect(meeting.committee == "Ældreråd")
        #expect(meeting.location == "Rådssalen")
        #expect(meeting.participants.map(\.party) == [nil, nil, "A"])
        let item = try #require(meeting.items.first)
        #expect(!item.sections.contains { $0.kind == .history })
        #expect(item.decision?.outcome == .approved)
    }
}

/// Standing committees' pages from more municipalities.
@Suite("Standing committees' pages")
struct StandingCommitteePageTests {
    @Test("items right under the text before them, an empty 'Sagsbehandler:' over the case number; 'Tid' over '15.00'")
    func noBlankBeforeItems() throws {
        let meeting = try readMeeting("""
            Referat
            Kultur- og Demokratiudvalget 3. september 2018

            Tid

            15.00

            103. Godkendelse af dagsorden

            Sagsbehandler:
            Sagsnr.: 00.22.00-P35-32-17

            Beslutning

            Godkendt.
            104. Orientering om Børnekulturhuset

            Sagsbehandler:
            Sagsnr.: 00.01.00-A00-57-17

            Beslutning

            Til efterretning.
            """)
        #expect(meeting.startTime?.description == "15:00")
        #expect(meeting.items.map(\.number) == [103, 104])
        #expect(meeting.items.map(\.caseNumber) == ["00.22.00-P35-32-17", "00.01.00-A00-57-17"])
        #expect(meeting.items.map { $0.decision?.outcome } == [.approved, .noted])
    }

    @Test("a bulleted 'Beslutning i X den …' is the decision; 'Punkt 1) at …' in a decision is no item")
    func bulletedStageAndPoints() throws {
        let meeting = try readMeeting("""
            Social- og Sundhedsudvalget - Referat fra mødet den 17-01-2019

              • 1 Præsentation af veterankoordinator-funktionen
                • Indstilling

                  1. at orienteringen tages til efterretning.

                • Beslutning i Social- og Sundhedsudvalget den 17-01-2019

                  Udvalget tog orienteringen til efterretning med henvisning til:

                  Punkt 1) at forvaltningen følger anbefalingerne.
            """)
        #expect(meeting.items.map(\.number) == [1])
        let item = try #require(meeting.items.first)
        #expect(item.proposal?.points == ["at orienteringen tages til efterretning."])
        #expect(item.decision?.outcome == .noted)
    }

    @Test("a page without item numbers or kind word: the committee and the kind from its decision heading")
    func decisionHeadingOnly() throws {
        let meeting = try readMeeting("""
            Mødedato: 30.11.2020, kl. 15:00
            Mødested: Rådhuset, 2. sal, Festsalen

            Godkendelse af dagsorden

            Beslutning

            Teknik- og Miljøudvalgets beslutning den 30. november 2020

            Dagsordenen blev godkendt.
            """)
        #expect(meeting.committee == "Teknik- og Miljøudvalget")
        #expect(meeting.kind == .minutes)
    }

    @Test("page chrome, a genitive name, a banner under an empty 'Fraværende:', a term in short years first, the room under the committee")
    func headerOddities() throws {
        let genitive = try readMeeting("""
            Klima, natur og energis møde den 05. december 2023

            Referat
            Fold alle punkter

            90Godkendelse af dagsorden

            Beslutning

            Godkendt.
            """)
        #expect(genitive.committee == "Klima, natur og energi")
        let banner = try readMeeting("""
            Referat for Børn- Kultur og Fritidsudvalget møde den 8. december 2020
            Tilstede:
            Lars Vigsø
            Peter Storm
            Fraværende:

            ÅBNE SAGER

            173. Udmøntning af budget 2021
            Sagsnr.: 2020-016062

            Beslutning

            Godkendt.
            """)
        #expect(banner.participants.map(\.name) == ["Lars Vigsø", "Peter Storm"])
        let term = try readMeeting("UDVALG\n\n09-13 Udvalget for Børn\n\nMØDE\n\nReferat\n\nSTARTTIDSPUNKT\n\n29-01-2013 10:00:00\n\n8. Godkendelse af dagsorden\n\nBeslutning\n\nGodkendt\n")
        #expect(term.committee == "Udvalget for Børn")
        #expect(term.term == "2009-2013")
        let room = try readMeeting("Dagsorden\n\nTirsdag 26. okt 2021 kl. 19:00\n\nByrådet\n\nByrådssalen\n\nReferat\n\nPunkt 1: Klapning\n\nBeslutning\n\nGodkendt.\n")
        #expect(room.location == "Byrådssalen")
    }
}

/// Minutes as pdftotext gives the PDFs of more publishing systems.
@Suite("PDF layouts of more systems")
struct PDFLayoutTests {
    @Test("'Beslutninger X den …' and 'X den 6. november 2018:' head decisions")
    func decisionStageForms() throws {
        let plural = try readMeeting("""
            Referat
            Handicaprådet
            Mødedato: Mandag den 23. november 2015

            01. Godkendelse af dagsorden

            Indstilling
            Formandsskabet indstiller:
            At dagsordenen godkendes

            Beslutninger Handicaprådet den 23-11-2015
            Ikke til stede: Philip Læborg
            Dagsordenen godkendt.
            """)
        let item = try #require(plural.items.first)
        #expect(item.proposal?.points == ["At dagsordenen godkendes"])
        #expect(item.absent == ["Philip Læborg"])
        #expect(item.decision?.text == "Dagsordenen godkendt.")
        let colon = try readMeeting("""
            Referat
            Børne- og Skoleudvalget
            06-11-2018 kl. 13:00

            Punkt 2: Dialogmøde vedr. budget 2019

            Indstilling og beslutning

            Servicedirektøren indstiller,

            ·         at dialogen tages til efterretning.

            Børne- og Skoleudvalget den 6. november 2018:

            Taget til efterretning.
            """)
        #expect(colon.items.first?.decision?.outcome == .noted)
        #expect(colon.items.first?.proposal?.points == ["at dialogen tages til efterretning."])
    }

    @Test("'N Title' over a labelled case number, a number past a gap right under text, 'Lukket sag' beside the case number")
    func itemForms() throws {
        let meeting = try readMeeting("""
            Referat fra mødet i Kultur- og Idrætsudvalget
            Mødedato: Onsdag den 29. april 2015

            35 Godkendelse af dagsorden
            Sagsnr.: 15/1234                                     Lukket sag
            Beslutning
            Godkendt.
            36 Besøg i Den historiske Miniby
            Sagsnr.: 15/1235
            Beslutning
            Taget til efterretning.
            52. Tandpleje for børn
            Beslutning
            Godkendt.
            """)
        #expect(meeting.items.map(\.number) == [35, 36, 52])
        #expect(meeting.items.map(\.isPublic) == [false, true, true])
        #expect(meeting.items.map { $0.decision?.outcome } == [.approved, .noted, .approved])
    }
}

/// Letterheads and item openings of older PDFs.
@Suite("Letterheads and item openings")
struct LetterheadTests {
    @Test("the municipality before a dash, a parenthesis about the agenda, 'Ordinært møde' above the committee, a former municipality")
    func letterheads() throws {
        let dashed = try readMeeting("Svendborg Kommune - Kommunalbestyrelsen - Referat\nDato: Onsdag den 15. maj 2002\n\nPunkt 1: Godkendelse af dagsorden\n\nBeslutning\nGodkendt.\n")
        #expect(dashed.committee == "Kommunalbestyrelsen")
        #expect(dashed.body == "Svendborg Kommune")
        let noted = try readMeeting("Referat fra mødet i Kultur- og Idrætsudvalget (Indeholder åbne dagsordenspunkter)\nMødedato: Onsdag den 29. april 2015\n\nPunkt 35: Godkendelse af dagsorden\n\nBeslutning\nGodkendt.\n")
        #expect(noted.committee == "Kultur- og Idrætsudvalget")
        let ordinary = try readMeeting("Referat\nTorsdag den 8. juni 2006 kl. 8.15\nOrdinært møde\nØkonomiudvalget\n\nPunkt 1: Godkendelse af dagsorden\n\nBeslutning\nGodkendt.\n")
        #expect(ordinary.committee == "Økonomiudvalget")
        let former = try readMeeting("Egebjerg Kommune\n\nREFERAT Kommunalbestyrelsen d. 15-05-2002\n\nPunkt 1: Godkendelse af dagsorden\n\nBeslutning\nGodkendt.\n")
        #expect(former.body == "Egebjerg Kommune")
        let labelled = try readMeeting("Referat\n\nonsdag den 1. september 2021 kl. 17:00\n\nMødested Multisalen/rådhuset\nUdvalg Byrådet\n\nPunkt 1: Godkendelse af dagsorden\n\nBeslutning\nGodkendt.\n")
        #expect(labelled.committee == "Byrådet")
    }

    @Test("initials before the case number, headings that open an item, 'Lukket punkt' over the heading it closes")
    func itemOpenings() throws {
        let meeting = try readMeeting("""
            Referat
            Børne- og Skoleudvalget
            06-11-2018 kl. 13:00

             Åbent  punkt

             1  Fraværende og bemærkninger til dagsordenen

            DIKEOL / 08/3208

            Forventet sagsgang

            BSU

            Anledning

            Ingen bemærkninger.

            Beslutning

            Ingen.

             Lukket  punkt

             2  Personalesag

            00.01.00P35-0105

            Forventet sagsgang

            BSU

            Anledning

            En medarbejder har søgt orlov.

            Beslutning

            Godkendt.
            """)
        #expect(meeting.items.map(\.isPublic) == [true, false])
        let first = try #require(meeting.items.first)
        #expect(first.caseNumber == "08/3208")
        #expect(first.sections.map(\.heading) == ["Forventet sagsgang", "Anledning", "Beslutning"])
        #expect(first.decision?.text == "Ingen.")
    }
}

/// Members and attachments as older minutes print them.
@Suite("Roles, exceptions and attachment fields")
struct RoleAndFieldTests {
    @Test("'Formand:' before a member; 'Medlemmerne var mødt, bortset fra A, B og C, der havde meldt afbud'")
    func rolesAndExceptions() throws {
        let roles = try readMeeting("""
            Referat fra mødet i Kultur- og Idrætsudvalget
            Mødedato: Onsdag den 29. april 2015
            Medlemmer:
            Formand: Lars Ejby Pedersen (A)
            Næstformand: Kurt Halling (O)
            Bente Ankersen (A)

            Punkt 1: Godkendelse af dagsorden

            Beslutning
            Godkendt.
            """)
        #expect(roles.participants.map(\.name) == ["Lars Ejby Pedersen", "Kurt Halling", "Bente Ankersen"])
        let except = try readMeeting("""
            Referat af mødet i Regionsrådet
            14. november 2007 kl. 14:00

            Medlemmerne var mødt, bortset fra Anne Kristensen, Alice Espeholt og Tove Videbæk, der havde meldt afbud.

            Punkt 1: Ledelses- og Styringsgrundlag

            Beslutning
            Godkendt.
            """)
        #expect(except.participants.map(\.name) == ["Anne Kristensen", "Alice Espeholt", "Tove Videbæk"])
        #expect(except.participants.allSatisfy { $0.absent })
    }

    @Test("'Bilag: X.pdf' among the case's fields holds that file only")
    func attachmentField() throws {
        let meeting = try readMeeting("""
            Referat
            Handicaprådet
            Mødedato: Mandag den 23. november 2015

            Punkt 2: Oplæg til dialog om digital kommunikation
            Sagsnr.: 15/24042
            Bilag: Digital kommunikation.pdf

            Indledning/Baggrund
            Pernille Madsen har rettet henvendelse til Handicaprådet.

            Beslutning
            Taget til efterretning.
            """)
        let item = try #require(meeting.items.first)
        #expect(item.attachments == ["Digital kommunikation.pdf"])
        #expect(item.decision?.outcome == .noted)
    }
}

/// Decisions labelled by their item, and agendas that are only a list.
@Suite("Decision labels and agenda lists")
struct DecisionLabelTests {
    @Test("'Kommunalbestyrelsens møde 25. september 2006' over 'Punkt 1:' heads item 1's decision, no item")
    func punktLabelOverDecision() throws {
        let meeting = try readMeeting("""
            Møde i Kommunalbestyrelsen mandag den 25. september 2006, kl. 17.00

            REFERAT

            1. Meddelelser
            Der afholdes ekstraordinært møde.

            Kommunalbestyrelsens møde 25. september 2006
            Punkt 1:
            Taget til efterretning.

            2. Budgetopfølgning
            Budgetopfølgningen viser et mindreforbrug.

            Kommunalbestyrelsens møde 25. september 2006
            Punkt 2:
            Godkendt.
            """)
        #expect(meeting.items.map(\.title) == ["Meddelelser", "Budgetopfølgning"])
        #expect(meeting.items.map { $0.decision?.text } == ["Taget til efterretning.", "Godkendt."])
    }

    @Test("an agenda that is only its numbered list gives those items")
    func agendaList() throws {
        let meeting = try readMeeting("""
            Dagsorden
            Handicaprådet
            Tid: 14. marts 2018, kl. 16.00

            1. Godkendelse af referat og dagsorden

            2. Valg af formand og næstformand

            3. Eventuelt
            """)
        #expect(meeting.kind == .agenda)
        #expect(meeting.items.map(\.title) == ["Godkendelse af referat og dagsorden", "Valg af formand og næstformand", "Eventuelt"])
    }
}

/// Footers, stage lines and rejected proposals' votes.
@Suite("Footers, stage lines and rejections")
struct FooterAndRejectionTests {
    @Test("a footer joined with single spaces and 'Side ii' are page noise")
    func footers() throws {
        let meeting = try readMeeting("""
            Referat
            Økonomiudvalget
            Dato: Torsdag den 8. juni 2006

            Punkt 1: Sag nummer 1

            Sagsfremstilling
            Tekst om sag 1.

            Økonomiudvalget 8. juni 2006 Side 2

            Beslutning
            Godkendt.

            Side ii

            Punkt 2: Sag nummer 2

            Beslutning
            Godkendt.
            """)
        #expect(meeting.items.first?.sections.first?.text == "Tekst om sag 1.")
        #expect(meeting.items.first?.decision?.text == "Godkendt.")
        #expect(PageNoise.isFooterWithPage("Se bilag 2") == false)
    }

    @Test("'Kultur- og Idrætsudvalget, 03-04-2019, pkt. 43' over each decision names the committee; 'forkastet med 22 stemmer mod 2'")
    func stageLinesAndRejection() throws {
        let meeting = try readMeeting("""
            Referat

            Dato: Onsdag, April 3, 2019 - 18:00
            Sted: Mødelokale 2A

            Pkt. 43 Meddelelser fra formanden

            Kultur- og Idrætsudvalget, 03-04-2019, pkt. 43

            Taget til efterretning.

            Pkt. 44 Forslag om kunstgræsbane

            Kultur- og Idrætsudvalget, 03-04-2019, pkt. 44

            Forslaget blev forkastet med 22 stemmer mod 2. For forslaget stemte Benny Dall og Hanne Dam.
            """)
        #expect(meeting.committee == "Kultur- og Idrætsudvalget")
        let vote = try #require(meeting.items.last?.votes.first)
        #expect(vote.inFavour == 2)
        #expect(vote.against == 22)
        #expect(meeting.items.last?.decision?.outcome == .rejected)
    }
}

extension DecisionLabelTests {
    @Test("points under 'Forvaltningen indstiller, at' are no items")
    func proposalPoints() throws {
        let meeting = try readMeeting("""
            Referat
            Mandag d. 7 februar 2022, kl. 10:15
            Udvalg: Ældreråd

            Indstilling

            Forvaltningen indstiller, at

             1. Ældrerådet godkender dagsordenen.

            Beslutning

            Dagsordenen blev godkendt.
            """)
        // (One item without number or title, opening at its heading; its point is no item.)
        #expect(meeting.items.count == 1)
        #expect(meeting.items.first?.proposal?.points == ["Ældrerådet godkender dagsordenen."])
        #expect(meeting.items.first?.decision?.text == "Dagsordenen blev godkendt.")
    }
}

/// What the review of this round's changes found, kept.
@Suite("Review of the new rules")
struct ReviewFindingTests {
    @Test("'A og B var fraværende.'; 'Godkendt A og B var fraværende.' keeps the decision; the roll-call item marks the meeting's absent")
    func absenceSentences() throws {
        let meeting = try readMeeting("""
            Referat
            Kommunalbestyrelsen
            26-03-2015 kl. 18:00

            Punkt 1: Fraværende og bemærkninger til dagsordenen

            Beslutning

            Bjarne Jensen og Kristoffer Storm var fraværende.

            Punkt 2: Eventuelt

            Beslutning

            Godkendt Emilly L. K. Pedersen og Daniel Nouri var fraværende.
            """)
        #expect(meeting.items.first?.absent == ["Bjarne Jensen", "Kristoffer Storm"])
        #expect(meeting.items.last?.absent == ["Emilly L. K. Pedersen", "Daniel Nouri"])
        #expect(meeting.items.last?.decision?.outcome == .approved)
        #expect(meeting.participants.filter(\.absent).map(\.name) == ["Bjarne Jensen", "Kristoffer Storm"])
    }

    @Test("'Lukket dagsorden' over 'Fra Børneudvalget' over the item closes it; a letterhead before the title")
    func groupsAndLetterheads() throws {
        let agenda = try readMeeting("""
            Åben dagsorden
            Kommunalbestyrelsen
            Den 16. marts 2015, kl. 19.00-21.00

            55.  Forslag til beslutning om stofindtagelsesrum
            Fra Børneudvalget
            58.  Fondsmidler fra TrygFonden
            Lukket dagsorden
            Fra Børneudvalget
            75.  Afslutning af byggeri
            """)
        #expect(agenda.items.map(\.isPublic) == [true, true, false])
        let letterhead = try readMeeting("""
            TÅRNBY KOMMUNE Åben dagsorden til Teknik- og Miljøudvalget

            Mødedato: Torsdag den 3. april 2014

            1. Godkendelse af dagsorden

            Sagsfremstilling

            Ingen.
            """)
        #expect(letterhead.committee == "Teknik- og Miljøudvalget")
        #expect(letterhead.body == "Tårnby Kommune")
    }
}

extension ReviewFindingTests {
    @Test("absences from named items, told in the header or beside a member, go to those items")
    func headerItemAbsences() throws {
        let meeting = try readMeeting("""
            Referat
            til
            mødet i By- og Kulturudvalget
            den 18. april 2017 kl. 08:30

            Udvalgsmedlem Lars Havelund forlod møde kl. 11.35 og deltog ikke i behandlingen af punkterne 2 og 3.

            Deltagere:

            Freddy Blak (A)- deltog ikke i behandlingen af punkt: 3

            1. Børnehus Syd
            Åbent - 27.00.00-A00-1188-16

            BESLUTNING

            Godkendt.

            2. Nedrivning af Munke Mose Allé 9
            Åbent - 27.00.00-A00-1189-16

            BESLUTNING

            Godkendt.

            3. Odense fejrer ODEON
            Åbent - 27.00.00-A00-1190-16

            BESLUTNING

            Godkendt.
            """)
        #expect(meeting.items.map(\.absent) == [[], ["Lars Havelund"], ["Lars Havelund", "Freddy Blak"]])
    }
}

/// The big cities' and regions' pages.
@Suite("Big cities and regions")
struct CityAndRegionTests {
    @Test("'Afbud fra X. Istedet mødte Y.' lines; an initial inside an inhabil member's name")
    func odense() throws {
        let meeting = try readMeeting("""
            Referat
            til
            mødet i Odense Byråd
            den 28. november 2018 kl. 17:00

            Afbud fra Tim Vermund. Istedet mødte Michael Olsen.

            Afbud fra Pernille Bendixen. Stedfortræder ikke indkaldt pga. sent afbud.

            Udvalgsmedlem Anders W. Berthelsen forlod mødet kl. 12.20 og deltog ikke i behandlingen af punkt 1 på grund af inhabilitet.

            1. Overflytning af Hjerneskadecenteret
            Åbent - 00.01.00-G01-523-18

            BESLUTNING

            Godkendt.
            """)
        #expect(meeting.participants.map(\.name) == ["Tim Vermund", "Michael Olsen", "Pernille Bendixen"])
        #expect(meeting.participants.map(\.absent) == [true, false, true])
        #expect(meeting.items.first?.disqualified == ["Anders W. Berthelsen"])
    }

    @Test("'Sagsnr. X' over each heading under a list of the items; a page's icon and room are no committee; 'TitleReferat' after a year")
    func regions() throws {
        let syd = try readMeeting("""
            Forretningsudvalget - Referat - 10. april 2012

              1. Generalplan Sydvestjysk Sygehus
              2. Sundhedshuse på Ærø

              Sagsnr. 09/3307
              1. Generalplan Sydvestjysk Sygehus
              fold dette punkt ind Resume

              Kort resume.

              Beslutning

              Anbefales.

              Sagsnr. 12/1234
              2. Sundhedshuse på Ærø
              fold dette punkt ind Resume

              Kort resume.

              Beslutning

              Godkendt.
            """)
        #expect(syd.items.map(\.caseNumber) == ["09/3307", "12/1234"])
        #expect(syd.items.map { $0.decision?.outcome } == [.recommended, .approved])
        let hovedstaden = try readMeeting("""
            Møde i regionsrådet den 22. marts 2022

            Udvalg Ikon
            Dato: 22-03-2022
            Sted

            Regionsrådssalen

            Referat

            Punkter på dagsordenen

            1. Godkendelse af dagsorden

            Regionsrådets beslutning den 22. marts 2022:

            Dagsordenen blev godkendt.
            """)
        #expect(hovedstaden.committee == "Regionsrådet")
        let nord = try readMeeting("Dagsorden\nRegionsrådet 24-11-2020 13:00\n\n2. Godkendelse - Nordjysk Socialaftale 2021-2022Referat\n\nGodkendt.\n\n3. Eventuelt\n\nIngen.\n")
        #expect(nord.items.first?.title == "Godkendelse - Nordjysk Socialaftale 2021-2022")
    }
}

extension CityAndRegionTests {
    @Test("'Name: Deltog' / 'Name: Afbud (…)' members, parties named in full, a committee named in lower case, Odense's case groups")
    func membersAndGroups() throws {
        let meeting = try readMeeting("""
            Møde i regionsrådet den 22. marts 2022

            Udvalg
            Regionsrådet
            Dato: 22-03-2022

            Referat

            Medlemmer

             • Lars Gaardhøj: Deltog
             • Sofie de Bretteville Olsen: Afbud (Stedfortræder Jarl Feyling, fraværende ved sag 1-4. )
             • Leila Lindén (Socialdemokratiet): Deltog
            Bemærkninger: Afbud: Tormod Olsen

            1. Godkendelse af dagsorden
            A. Sager til afgørelse i regionsrådet
            Åbent - 00.01.00-G01-1-22

            Regionsrådets beslutning den 22. marts 2022:

            Dagsordenen blev godkendt.
            """)
        #expect(meeting.committee == "Regionsrådet")
        // ("Bemærkninger: Afbud: Tormod Olsen": one more who sent word; Jarl Feyling came instead of Sofie de Bretteville Olsen.)
        #expect(meeting.participants.map(\.name) == ["Lars Gaardhøj", "Sofie de Bretteville Olsen", "Jarl Feyling", "Leila Lindén", "Tormod Olsen"])
        #expect(meeting.participants.map(\.absent) == [false, true, false, false, true])
        #expect(meeting.participants.first { $0.name == "Leila Lindén" }?.party == "A")
        let item = try #require(meeting.items.first)
        #expect(item.sections.map(\.kind) == [.decision])
        let lower = try readMeeting("Referat\n\nMøde i byrådet den 22. marts 2022\n\nPunkt 1: Godkendelse af dagsorden\n\nBeslutning\n\nGodkendt.\n")
        #expect(lower.committee == "Byrådet")
    }
}

extension CityAndRegionTests {
    @Test("Borgerrepræsentationen: its decision's subheading, and 'Fraværende med afbud' over members with their reasons")
    func borgerrepraesentationen() throws {
        let meeting = try readMeeting("""
            Referat - Borgerrepræsentationen

            Mødedato: 07.04.2022, kl. 17:30

            Punkt 1: Godkendelse af dagsordenen

            Beslutning

            Borgerrepræsentationens beslutning i mødet den 7. april 2022

            Fraværende med afbud

            Laura Rosenvinge (Socialdemokratiet), ferie.

            Mikkel Skovgaard (Enhedslisten), sygdom.

            Dagsordenen blev herefter godkendt uden afstemning.
            """)
        let item = try #require(meeting.items.first)
        #expect(item.absent == ["Laura Rosenvinge", "Mikkel Skovgaard"])
        #expect(item.decision?.text == "Dagsordenen blev herefter godkendt uden afstemning.")
        #expect(item.decision?.outcome == .approved)
    }
}

extension DecisionLabelTests {
    @Test("minutes that list the agenda, then answer it 'Ad. 1) …'; items that carry no numbers are numbered in order")
    func pointAnswersAndUnnumberedItems() throws {
        let answered = try readMeeting("""
            Referat fra møde i Det Grønne Råd tirsdag den 12. november 2013

            Dagsorden:
            1. Godkendelse af referat
            2. Godkendelse af dagsorden

            Ad. 1) Referatet blev godkendt.
            Ad. 2) Taget til efterretning.
            """)
        #expect(answered.items.map { $0.decision?.outcome } == [.approved, .noted])
        let unnumbered = try readMeeting("""
            Dagsordener og referater

            Udvalg: Kultur- og Fritidsudvalget
            Mødedato: 12. august 2019

            Sagsnr.: 00.22.04-I00-1-19 Sagsbehandler: Charlotte Sørensen

            Besøg på Autogalleriet

            Sagsfremstilling

            Mødet starter med en rundvisning.

            Beslutning

            Taget til efterretning.

            Sagsnr.: 21.09.00-P19-1-19 Sagsbehandler: Jonna Vestergaard

            Navn til det nye lokalbibliotek

            Beslutning

            Udvalget vedtager, at biblioteket navngives Hammerum Bibliotek.
            """)
        #expect(unnumbered.items.map(\.number) == [1, 2])
        #expect(unnumbered.items.map(\.title) == ["Besøg på Autogalleriet", "Navn til det nye lokalbibliotek"])
        #expect(unnumbered.items.map(\.caseNumber) == ["00.22.04-I00-1-19", "21.09.00-P19-1-19"])
        #expect(unnumbered.items.map { $0.decision?.outcome } == [.noted, .approved])
    }
}

extension DecisionLabelTests {
    @Test("titles without numbers or case numbers, each right over its decision, are items when two or more read so")
    func titlesOverDecisions() throws {
        let meeting = try readMeeting("""
            Referat Magistraten 25-03-2019

              Dialogmøde mellem Magistraten og Aarhus Vand A/S

              Beslutning
              Drøftet.

              Byrådets mødeplan 2020

              Beslutning
              Anbefales.
            """)
        #expect(meeting.items.map(\.title) == ["Dialogmøde mellem Magistraten og Aarhus Vand A/S", "Byrådets mødeplan 2020"])
        #expect(meeting.items.map { $0.decision?.outcome } == [.discussed, .recommended])
    }
}

extension CityAndRegionTests {
    @Test("'Medlemmer af udvalget:' over one name, role or party a paragraph")
    func verticalMembers() throws {
        let meeting = try readMeeting("""
            Referat

            Referat - Forretningsudvalget 2018-2021

            01-03-2021 09:30

            Medlemmer af udvalget:

            Heino Knudsen

            Formand

            (A)

            Anne Møller Ronex

            (B)

            Fraværende:

            Anne Møller Ronex

            (B)

            TIL FORRETNINGSUDVALGETS AFGØRELSE

            1. Godkendelse af dagsorden

            Beslutning

            Godkendt.
            """)
        #expect(meeting.committee == "Forretningsudvalget")
        #expect(meeting.term == "2018-2021")
        #expect(meeting.participants.map(\.name) == ["Heino Knudsen", "Anne Møller Ronex"])
        #expect(meeting.participants.map(\.party) == ["A", "B"])
        #expect(meeting.participants.map(\.absent) == [false, true])
    }
}

/// Item-level decisions as more minutes word them.
@Suite("Item decisions in more wordings")
struct ItemDecisionWordingTests {
    @Test("'Punkt 358 X udsættes.' in a decision is about another item: no heading form, and not this item's outcome")
    func otherItemPostponed() throws {
        let meeting = try readMeeting("""
            UDVALG

            Byrådet

            Referat

            03-04-2019 18:00:00

            356. Godkendelse af dagsorden

            Beslutning Byrådet den 03-04-2019

            Punkt 358 Rengøringsløsning udsættes.

            Godkendt.

            357. Midlertidig udpegning til udvalg

            Beslutning Byrådet den 03-04-2019

            Godkendt.
            """)
        #expect(meeting.items.map(\.number) == [356, 357])
        #expect(meeting.items.map { $0.decision?.outcome } == [.approved, .approved])
    }

    @Test("absent members one a line under 'Fraværende:', and 'Fraværende i Thisted Kommunalbestyrelse, 25. januar 2022:'")
    func absenceLists() throws {
        for body in ["Fraværende:\n- Hans Østergaard (V)\n- Jens Jensen (A)", "Fraværende:\n\nHans Østergaard (V)\nJens Jensen (A)",
            "Fraværende i Thisted Kommunalbestyrelse, 25. januar 2022:\n\nHans Østergaard, Jens Jensen"]
        {
            let meeting = try readMeeting("REFERAT Byrådet d. 01-02-2023\n\nPunkt 1: Lokalplan for boliger\n\nBeslutning\n\nGodkendt.\n\n\(body)\n")
            let item = try #require(meeting.items.first)
            #expect(item.absent == ["Hans Østergaard", "Jens Jensen"])
            #expect(item.decision?.text == "Godkendt.")
        }
    }
}

extension ItemDecisionWordingTests {
    @Test("'deltog ikke under punkterne 2-3' said under item 1; 'Der er afbud fra …'; 'medvirkede ikke …, idet han var inhabil'")
    func moreAbsenceWordings() throws {
        let meeting = try readMeeting("""
            REFERAT Byrådet d. 01-02-2023

            Punkt 1: Godkendelse af dagsorden

            Beslutning

            Godkendt.

            Der er afbud fra Martin Bech og Bettina Kjeldsen.

            Torben Haack (F) deltog ikke under punkterne 2-3.

            Punkt 2: Lokalplan for boliger

            Beslutning

            Godkendt.

            Peter Bak medvirkede ikke ved behandlingen af sagen, idet han var inhabil.

            Punkt 3: Salg af grund

            Beslutning

            Godkendt.
            """)
        #expect(meeting.items.map(\.absent) == [["Martin Bech", "Bettina Kjeldsen"], ["Torben Haack"], ["Torben Haack"]])
        #expect(meeting.items[1].disqualified == ["Peter Bak"])
        #expect(meeting.items.first?.decision?.text == "Godkendt.")
    }
}

extension ItemDecisionWordingTests {
    @Test("votes as 'For: 3 (members)' / 'Imod: 2 (…)', 'For forslaget stemte 11 (A, V), imod stemte 8 (C, O)', 'Undlod at stemme 5 (F)'")
    func voteForms() throws {
        let lists = try #require(ItemFacts.countsAfterSides("For: 3 (Anna Hansen (A), Bo Berg (A), Carl Dahl (V))"))
        #expect(lists[0]?.0 == 3)
        #expect(lists[0]?.1 == ["A", "V"])
        let sentence = try #require(ItemFacts.countsAfterSides("For forslaget stemte 11 (A, V), imod stemte 8 (C, O)."))
        #expect(sentence[0]?.0 == 11)
        #expect(sentence[1]?.0 == 8)
        #expect(sentence[1]?.1 == ["C", "O"])
        let meeting = try readMeeting("""
            REFERAT Byrådet d. 01-02-2023

            Punkt 1: Lokalplan for boliger

            Beslutning

            For: 3 (Anna Hansen (A), Bo Berg (A), Carl Dahl (V))
            Imod: 2 (Dorte Eg (B), Erik Fog (Ø))
            Undlod at stemme 1 (F)

            Godkendt.
            """)
        let vote = try #require(meeting.items.first?.votes.first)
        #expect(meeting.items.first?.votes.count == 1)
        #expect([vote.inFavour, vote.against, vote.abstaining] == [3, 2, 1])
        #expect(ItemFacts.countsAfterSides("Formanden orienterede.") == nil)
    }
}

extension ItemDecisionWordingTests {
    @Test("'N : Title' over an empty 'Sagsnr:' under a page's menu line; questions asked decide nothing")
    func menusAndQuestions() throws {
        let meeting = try readMeeting("""
            Referat: 27. oktober 2025 kl. 08:00
            Kopier link til punktet - Print
            1 : Godkendelse af dagsorden
            Sagsnr:
            Beslutning
            Godkendt.
            Kopier link til punktet - Print
            2 : Spørgetid
            Sagsnr:
            Beslutning
            - Hvem har besluttet placeringen, og hvordan?
            """)
        #expect(meeting.items.map(\.number) == [1, 2])
        #expect(meeting.items.first?.decision?.text == "Godkendt.")
        #expect(meeting.items.last?.decision?.outcome == .other)
        #expect(meeting.committee != "Kopier link til punktet")
    }

    @Test("Stand-ins told without the member's name in their sentence: 'Y deltager i stedet', 'X – som stedfortræder deltog Y'")
    func standInsAfterTheAbsence() throws {
        let meeting = try readMeeting("""
            Referat

            Kommunalbestyrelsen

            Mødedato: 5. november 2019 kl. 17:00

            Deltagere: Hans Stavnsager, Søren Kristensen, Anne-Merete Mikkelsen, René Christensen

            1. Godkendelse af dagsorden

            Beslutning

            Afbud fra Anne-Merete Mikkelsen (A). John Larsen deltager i stedet.

            Godkendt.

            2. Budget 2020

            Beslutning

            FRAVÆRENDE: René Christensen – som stedfortræder deltog Birgit Holse.

            Godkendt.
            """)
        #expect(meeting.items.map(\.absent) == [["Anne-Merete Mikkelsen"], ["René Christensen"]])
        let present = meeting.participants.filter { !$0.absent }.map(\.name)
        #expect(present.contains("John Larsen"))
        #expect(present.contains("Birgit Holse"))
        #expect(!meeting.participants.contains { $0.name.contains("stedfortræder") })
        #expect(ItemFacts.standIn("Niels Kirkegaard er indkaldt som suppleant.")?.present.map(\.name) == ["Niels Kirkegaard"])
        #expect(ItemFacts.standIn("Udvalget deltager i stedet") == nil)
    }
}

import Foundation
import ProtokolModel
import Testing
@testable import ProtokolReader

/// Minutes of municipalities and regions no earlier round had read (the thirteenth round of scouting), cut to what each
/// test is about.
@Suite("Minutes of municipalities not read before: councils' same-day committee decisions, front-page absences")
struct UnseenMunicipalityTests {
    @Test("A council's item printing its committee's decision of the same day: history, not the council's decision")
    func sameDayCommitteeDecision() throws {
        let meeting = try readMeeting("""
            Referat
            til
            mødet i regionsrådet
            den 23. november 2021 kl. 13:30
            i Regionsrådssalen, Regionshuset Viborg, Skottenborg 26, 8800 Viborg

            Sagnr.: 0-3-1-20

            1. Godkendelse af revideret styrelsesvedtægt for Region Midtjylland

            Resume

            Region Midtjyllands styrelsesvedtægt ændres med det vedlagte udkast, således at der nedsættes fem stående udvalg.

            Forretningsudvalget indstiller,

            at forslag til revideret styrelsesvedtægt for Region Midtjylland oversendes til anden behandling.

            Beslutning fra forretningsudvalget, 23. november 2021, pkt. 17:

            Indstillingen blev tiltrådt.

            Steen Thomsen og Nicolaj Bang var fraværende.

            Sagsfremstilling

            Region Midtjylland har aktuelt et almindeligt udvalgsstyre.

            Beslutning

            Indstillingen blev tiltrådt.
            """)
        let item = try #require(meeting.items.first)
        let day = try #require(CalendarDate(year: 2021, month: 11, day: 23))
        #expect(meeting.committee == "Regionsrådet")
        #expect(item.history == [HistoryEntry(date: day, body: "forretningsudvalget", text: "Indstillingen blev tiltrådt.")])
        #expect(item.decision == Decision(text: "Indstillingen blev tiltrådt.", outcome: .approved))
        // Who was away from the committee's meeting was not away from the council's.
        #expect(item.absent.isEmpty)
        // A committee's minutes keep their own decision of the day, whatever body its heading names.
        let committee = try readMeeting("""
            Referat
            til
            mødet i forretningsudvalget
            den 23. november 2021 kl. 10:00

            1. Styrelsesvedtægt

            Beslutning fra forretningsudvalget, 23. november 2021, pkt. 17:

            Indstillingen blev tiltrådt.
            """)
        #expect(committee.items.first?.decision?.outcome == .approved)
    }
}

extension UnseenMunicipalityTests {
    @Test("Apologies under the first item (Godkendelse af dagsorden) are the meeting's absences")
    func apologiesUnderTheFirstItem() throws {
        let meeting = try readMeeting("""
            Referat
            til
            mødet i Teknik- og Miljøudvalget 2018-21
            den 24. januar 2019 kl. 13:00
            i Mødelokale 11, Ringe

            Indkaldelse

            Søren Kristensen
            Tanja Kromann Clausen
            René Dyrberg Jørgensen
            Lars Tribler
            Torben Smith

            1. Godkendelse af dagsorden

            Beslutning

            Afbud fra René Dyrberg Jørgensen og Torben Smith.

            Godkendt.

            2. Afgrænsning og anvendelse i lokalplanforslag for Ringe bymidte

            Beslutning

            Lars Tribler deltog ikke i behandlingen af punktet.

            Godkendt.
            """)
        #expect(meeting.participants.filter(\.absent).map(\.name) == ["René Dyrberg Jørgensen", "Torben Smith"])
        #expect(meeting.items.first?.absent == ["René Dyrberg Jørgensen", "Torben Smith"])
        #expect(meeting.items.first?.decision?.text == "Godkendt.")
        // Who took no part in one later item was at the meeting.
        #expect(meeting.items.last?.absent == ["Lars Tribler"])
    }

    @Test("Members away from every item of minutes that list no members are the meeting's absent participants")
    func awayFromEveryItemWithoutAList() throws {
        var text = """
            Byrådet
            Referat
            9. oktober 2018 kl. 18:00

            """
        for (number, title) in [(1, "Indkaldelse af stedfortrædere"), (2, "Spørgetid"), (3, "Budget 2019")] {
            text += """

                \(number). \(title)

                Beslutning i Byrådet 9. oktober 2018:

                Fraværende: Martin Stenmann (A), Peter Wagner Mollerup (V)

                Godkendt.

                """
        }
        let meeting = try readMeeting(text)
        #expect(meeting.items.count == 3)
        #expect(meeting.participants == [
            Participant(name: "Martin Stenmann", party: "A", absent: true), Participant(name: "Peter Wagner Mollerup", party: "V", absent: true),
        ])
        // Two items could each tell who took no part in it: nobody is made a participant from them.
        let two = try readMeeting(text.components(separatedBy: "\n3. Budget").first ?? "")
        #expect(two.items.count == 2)
        #expect(two.participants.isEmpty)
    }
}

extension UnseenMunicipalityTests {
    @Test("'Alle medlemmer var mødt undtagen fra A, B og C.' and stand-ins as pairs after 'I stedet deltog stedfortræderne'")
    func everyoneCameExcept() throws {
        let meeting = try readMeeting("""
            Referat
            til
            mødet i regionsrådet
            den 23. november 2021 kl. 13:30
            i Regionsrådssalen, Regionshuset Viborg

            Alle medlemmer var mødt undtagen fra Signe Lund Jensen, Mette Valbjørn, Rasmus Foged og Ulrich Fredberg.

            I stedet deltog stedfortræderne Henrik Qvist i stedet for Signe Lund Jensen, Louisa Bisgaard i stedet for Rasmus Foged. Der deltog ikke stedfortrædere for Mette Valbjørn og Ulrich Fredberg.

            1. Godkendelse af revideret styrelsesvedtægt

            Beslutning

            Indstillingen blev tiltrådt.
            """)
        #expect(meeting.participants.filter(\.absent).map(\.name) == ["Signe Lund Jensen", "Mette Valbjørn", "Rasmus Foged", "Ulrich Fredberg"])
        #expect(meeting.participants.filter { !$0.absent }.map(\.name) == ["Henrik Qvist", "Louisa Bisgaard"])
        let bortset = try #require(ItemFacts.absentNames("Medlemmerne var mødt, bortset fra Bo Hansen og Eva Holm."))
        #expect(bortset.map(\.name) == ["Bo Hansen", "Eva Holm"])
    }

    @Test("Members who took no part in the closed agenda ('den lukkede dagsorden') are absent from the closed items only")
    func awayFromTheClosedAgenda() throws {
        let meeting = try readMeeting("""
            Regionsrådet - referat 26-01-2009

            Mødedato
            26-01-2009 kl. 15:00 - 17.30

            Mødested
            Regionsrådssalen

            Medlemmer
            Carl Holst, Poul-Erik Svendsen, Bent Bechmann, Poul Sækmose, Jørgen Bundsgaard

            Bent Bechmann og Poul Sækmose deltog ikke i behandlingen af den lukkede dagsorden.

            1.      Fusion af Fynbus og Sydtrafik

            Beslutning

            Godkendt.

            2.      Lukket: Salg af grund

            Beslutning

            Godkendt.
            """)
        #expect(meeting.participants.count == 5)
        #expect(meeting.participants.allSatisfy { !$0.absent })
        #expect(meeting.items.map(\.isPublic) == [true, false])
        #expect(meeting.items.first?.absent == [])
        #expect(meeting.items.last?.absent == ["Bent Bechmann", "Poul Sækmose"])
    }
}

extension UnseenMunicipalityTests {
    @Test("'… deltog ikke ved sagens behandling' in the decision is the item's absence; in 'Tidligere beslutning' another meeting's")
    func tookNoPartAtTheTreatment() throws {
        let meeting = try readMeeting("""
            Referat

            fra møde i

            Byrådet

            Mødedato 15. januar 2013

            1.         Revisionens delberetning 2012

            053707-2012

            Sagsfremstilling

            BDO Kommunernes Revision har fremsendt delberetning for regnskabsåret 2012.

            Tidligere beslutning

            Økonomiudvalget den 9. januar 2013 kl. 08.30

            Sagen sendes til Byrådet med anbefaling af indstillingen.

            Eli Vium (O) deltog ikke ved sagens behandling.

            Beslutning

            Godkendt som indstillet.

            Ole Andersen (A) og Holger Hedegaard (V) deltog ikke ved sagens behandling.
            """)
        let item = try #require(meeting.items.first)
        #expect(item.absent == ["Ole Andersen", "Holger Hedegaard"])
        #expect(item.decision?.text == "Godkendt som indstillet.")
    }

    @Test("'Fraværende: A, B. C deltog ikke i behandlingen af pkt. 01 – pkt. 03.': the list, then some items' absence; the place's stop")
    func absenceListThenItemSentences() throws {
        let meeting = try readMeeting("""
            REBILD KOMMUNE

            REFERAT

            Byrådet

            Mødedato: Torsdag den 01-03-2007.

            Sted: Kig Ind, Nørager.

            Fraværende: Gitte Rubæk, Bertil Mortensen. Leon Sebbelin deltog ikke i behandlingen af pkt. 01 – pkt. 03.

            1. Godkendelse af dagsorden

            Beslutning

            Godkendt.
            """)
        #expect(meeting.participants.map(\.name) == ["Gitte Rubæk", "Bertil Mortensen"])
        #expect(meeting.participants.allSatisfy { $0.absent })
        #expect(meeting.items.first?.absent == ["Leon Sebbelin"])
        #expect(meeting.location == "Kig Ind, Nørager")
    }

    @Test("'Afbud:' over lines 'Member - Stand-in deltager som stedfortræder.'; a place after 'i' with a note in parentheses")
    func apologiesWithStandInsALineEach() throws {
        let meeting = try readMeeting("""
            Regionsrådet - referat 26-01-2009

            Mødedato
            26-01-2009 kl. 15:00 - 17.30

            Mødested
            Regionsrådssalen

            Medlemmer
            Carl Holst, Poul Weber, Bo Libergren, Karen Baungaard, Bent Krogh Petersen

            Afbud:
            Bent Krogh Petersen - Bo Morthorst Rasmussen deltager som stedfortræder.
            Poul Weber - Jørgen Bastholm deltager som stedfortræder.

            1.      Fusion af Fynbus og Sydtrafik

            Beslutning

            Godkendt.
            """)
        #expect(meeting.participants.filter(\.absent).map(\.name) == ["Poul Weber", "Bent Krogh Petersen"])
        #expect(meeting.participants.filter { !$0.absent }.map(\.name) == ["Carl Holst", "Bo Libergren", "Karen Baungaard", "Bo Morthorst Rasmussen", "Jørgen Bastholm"])
        let place = try readMeeting("""
            Referat
            til
            mødet i regionsrådet
            den 23. november 2021 kl. 13:30
            i Regionsrådssalen, Regionshuset Viborg, 8800 Viborg (mødetidspunkt afklares)

            1. Godkendelse af revideret styrelsesvedtægt

            Beslutning

            Godkendt.
            """)
        #expect(place.location == "Regionsrådssalen, Regionshuset Viborg, 8800 Viborg")
    }
}

extension UnseenMunicipalityTests {
    @Test("Labels in a column of their own without colons ('Sted            …', 'Medlemmer       …' over indented names)")
    func columnedLabelsWithoutColons() throws {
        let meeting = try readMeeting("""
            Referat
            Frederikshavn Byråd
            Ordinært møde
            Dato            23. september 2009
            Tid             19:00
            Sted            Det Musiske Hus, Frederikshavn (Lille Sal)
            NB.
            Fraværende      Hans Jørgen Kaptain, Bjarne Kvist
            Stedfortræder
            Medlemmer       Hans Jørgen Kaptain (V)
                            Hans Rex Christensen (V)
                            Bjarne Kvist (A)
                            Erik Sørensen (A) - Formand

            1. Godkendelse af dagsorden

            Beslutning

            Godkendt.
            """)
        #expect(meeting.location == "Det Musiske Hus, Frederikshavn (Lille Sal)")
        #expect(meeting.startTime == ClockTime(hour: 19, minute: 0))
        #expect(meeting.participants == [
            Participant(name: "Hans Jørgen Kaptain", party: "V", absent: true), Participant(name: "Bjarne Kvist", party: "A", absent: true),
            Participant(name: "Hans Rex Christensen", party: "V", absent: false), Participant(name: "Erik Sørensen", party: "A", absent: false),
        ])
    }
}

extension UnseenMunicipalityTests {
    @Test("An agenda that is only its numbered list keeps a title that ends in a full stop, in the run of numbers")
    func listedTitleWithAStop() throws {
        let meeting = try readMeeting("""
            Dagsorden til kommunalbestyrelsesmøde torsdag 28. maj 2020 kl. 18

            Åbne dagsordenspunkter

             16. Decisionsskrivelse for regnskabsåret 2018
             17. Tilsynsrapporter
             18. Forslag til ny kvalitetsstandard vedrørende Servicelovens § 82 a og b.
             19. Orientering om status på budget

            Lukkede dagsordenspunkter

             20. Lukket punkt: Salg af Springvandstorvet 4, Blokhus
            """)
        #expect(meeting.items.map(\.number) == [16, 17, 18, 19, 20])
        #expect(meeting.items[2].title == "Forslag til ny kvalitetsstandard vedrørende Servicelovens § 82 a og b.")
        #expect(meeting.items.map(\.isPublic) == [true, true, true, true, false])
    }
}

extension UnseenMunicipalityTests {
    @Test("A front page in prose: the place after 'afholdt … møde i', the absent after 'til stede, undtagen:' with their party")
    func frontPageInProse() throws {
        let meeting = try readMeeting("""
            LYNGBY-TAARBÆK KOMMUNE
            Kommunalbestyrelsen
            Protokol
            Mandag den 21. maj 2012 kl. 17:00 afholdt Kommunalbestyrelsen møde i Mødesalen/Rådhus.
            Medlemmerne var til stede, undtagen: Gitte Kjær-Westermann (V).
            I stedet for Gitte Kjær-Westermann deltog Jakob Dahl Christiansen

            1. Godkendelse af dagsorden

            Beslutning

            Godkendt.
            """)
        #expect(meeting.location == "Mødesalen/Rådhus")
        #expect(meeting.participants == [
            Participant(name: "Gitte Kjær-Westermann", party: "V", absent: true), Participant(name: "Jakob Dahl Christiansen", party: nil, absent: false),
        ])
        #expect(ItemFacts.absentNames("Alle var mødt undtagen Bo Hansen.")?.map(\.name) == ["Bo Hansen"])
        // "undtagen" far from a word of presence is no absence.
        #expect(ItemFacts.absentNames("Planen godkendes, undtagen afsnittet om Bo Hansens Vej.") == nil)
    }
}

extension UnseenMunicipalityTests {
    @Test("'Fraværende: A, B deltog ikke i pkt. 2 og 3': A away from the meeting, B from those items only")
    func absenceListEndingInSomeItems() throws {
        let meeting = try readMeeting("""
            REFERAT Byrådet d. 12-05-2021

            Mødedato Onsdag d. 12. maj 2021 kl. 17:00

            Mødested Byrådssalen

            Fraværende: Knud Bjerre, Per Jeppesen deltog ikke i pkt. 2 og 3

            Punkt 1: Godkendelse af dagsorden

            Beslutning Byrådet den 12-05-2021

            Godkendt.

            Punkt 2: Budget

            Beslutning Byrådet den 12-05-2021

            Godkendt.

            Punkt 3: Plan

            Beslutning Byrådet den 12-05-2021

            Godkendt.
            """)
        #expect(meeting.participants == [Participant(name: "Knud Bjerre", party: nil, absent: true)])
        #expect(meeting.items.map(\.absent) == [[], ["Per Jeppesen"], ["Per Jeppesen"]])
        #expect(ItemFacts.absentNames("Per Jeppesen deltog ikke i punkt 4.")?.map(\.name) == ["Per Jeppesen"])
    }
}

extension UnseenMunicipalityTests {
    @Test("Web pages' words: 'Beslutning fra X, den …, punkt N', 'Konstituerende møde i …', 'Lov- og plangrundlag', 'Mødeafholdelse' without colon")
    func webPageWords() throws {
        let council = try readMeeting("""
            <html><body>
            <h1>Konstituerende møde i Kommunalbestyrelsen</h1>
            <p>01-12-2025</p>
            <h3>1. Meddelelse om eventuelle valggrupper</h3>
            <h4>Beslutning fra Økonomiudvalget, den 3. november 2025, punkt 276:</h4>
            <p>Indstilles godkendt.</p>
            <h4>Beslutning</h4>
            <p>Taget til efterretning.</p>
            <h4>Lov- og plangrundlag</h4>
            <p>Styrelsesloven § 24, stk. 3</p>
            </body></html>
            """)
        #expect(council.committee == "Kommunalbestyrelsen")
        let item = try #require(council.items.first)
        #expect(item.history.map(\.body) == ["Økonomiudvalget"])
        #expect(item.sections.last?.kind == .legal)
        let gentofte = try readMeeting("""
            GENTOFTE KOMMUNE
            Referat af møde i Kommunalbestyrelsen
            Mødetidspunkt 31-08-2015 18:00
            Mødeafholdelse Rådssalen
            Tilstede: Hans Toft, Søren B. Heisel og Pia Nyring

            1 (Åben) Meddelelser fra formanden

            Beslutning
            Taget til efterretning.
            """)
        #expect(gentofte.location == "Rådssalen")
    }
}

extension UnseenMunicipalityTests {
    @Test("Absence sentences give the member their party: 'X (B) var fraværende.', 'Afbud: Claus Grimm (Løsgænger)'")
    func partyFromAbsenceSentences() throws {
        let meeting = try readMeeting("""
            Kommunalbestyrelsen

            Referat

            5. oktober 2017 kl. 17:00

            Kommunalbestyrelsens mødesal

            Indkaldelse

            Hanne Agersnap
            Henrik Brade Johansen
            Mette Schmidt Olsen

            Henrik Brade Johansen (B) var fraværende. I stedet deltog Kasper Langberg (B)
            Mette Schmidt Olsen (C) var fraværende.

            1. Godkendelse af dagsorden

            Beslutning

            Godkendt.
            """)
        #expect(meeting.participants.filter(\.absent).map { $0.party } == ["B", "C"])
        let vejen = try readMeeting("""
            Udvalg: Udvalget for teknik og miljø

            Mødedato: 18-02-2019

            1.Temamøde - Diger (B)

            Sagsnummer: 19/2484

            Beslutning Udvalget for teknik og miljø den 18-02-2019

            Drøftet og taget til efterretning.

            Afbud: Claus Grimm (Løsgænger)
            """)
        #expect(vejen.items.first?.absent == ["Claus Grimm"])
        #expect(ItemFacts.absentNames("Afbud: Claus Grimm (Løsgænger)")?.first?.party == "Løsgænger")
        // First Agenda's "Afbud:" under the first item alone: one who came late, not away from the meeting.
        #expect(vejen.participants.isEmpty)
    }
}

extension UnseenMunicipalityTests {
    @Test("A committee named without a committee's word right above the date ('Forebyggelse og Idræt'); a page's link names none")
    func committeeAboveTheDate() throws {
        let document = try MinutesReader().read(Array("""
            Dagsordener og referater

            Se hvilke fagudvalg der er aktive

            Forebyggelse og Idræt

            Mandag den 30-04-2018 kl. 16:30

            Tilbage

            4. Godkendelse af dagsorden

            Sagsnummer: 00.22.00-P35-3-18

            Beslutning

            Godkendt
            """.utf8))
        #expect(document.meeting.committee == "Forebyggelse og Idræt")
        #expect(document.warnings.contains { $0.message.contains("the line above the meeting's date") })
        #expect(!HeaderReader.namesCommittee("Se hvilke fagudvalg der er aktive"))
        #expect(!HeaderReader.isBareName("Udvalg Dato Type Hent"))
        #expect(!HeaderReader.isBareName("Her kan du se dagsordenen"))
    }

    @Test("'Fraværende og stedfortræder:' over sentences: who was away, not the stand-in")
    func absenceAndStandInLabel() throws {
        let meeting = try readMeeting("""
            Byråd

            Tirsdag den 03-04-2018 kl. 07:00

            63. Godkendelse af dagsorden

            Sagsnummer: 00.22.04-G01-2-18

            Beslutning

            Godkendt

            Fraværende og stedfortræder: Betina Sølver er fraværende. Mette Tolstrup (A) deltog som stedfortræder for Betina Sølver.
            """)
        let item = try #require(meeting.items.first)
        #expect(item.absent == ["Betina Sølver"])
        #expect(item.decision?.text == "Godkendt")
    }
}

extension UnseenMunicipalityTests {
    @Test("'Medlemmer:     Fraværende:' side by side in one row, the members under the first: nobody is absent")
    func labelsSideBySide() throws {
        let meeting = try readMeeting("""
            Kommunalbestyrelsen
            DAGSORDEN
            Sted: Mødelokale 4, rådhuset
            Dato: Tirsdag den 22. januar 2019
            Start kl.: 17:00
            Medlemmer:                         Fraværende:
            Jan Petersen (A)
            Tom Bytoft (A)
            Ulf Harbo (Ø)

            1. Budget 2020 - tidsplan og procedure

            Sagsnr.: 18/19571

            Indstilling
            Kommunaldirektøren indstiller, at tidsplanen godkendes.
            """)
        #expect(meeting.participants.map(\.name) == ["Jan Petersen", "Tom Bytoft", "Ulf Harbo"])
        #expect(meeting.participants.allSatisfy { !$0.absent })
        #expect(meeting.location == "Mødelokale 4, rådhuset")
    }
}

extension UnseenMunicipalityTests {
    @Test("A web page's item number in a paragraph of its own ('<p>307.</p>') over the title's paragraph; a lone '.' is dropped")
    func numberInAParagraphOfItsOwn() throws {
        let meeting = try readMeeting("""
            <html><body>
            <p>Udvalg: Økonomiudvalget</p>
            <p>Mødedato: 11-09-2019 kl. 15:00</p>
            <p>307.</p>
            <p>Godkendelse af dagsorden</p>
            <p>Sagsnr.: 00.22.02-G01-42-18</p>
            <p>Sagsbeh.: Eva Bach</p>
            <h4>Beslutning</h4>
            <p>Godkendt.</p>
            <p>308.</p>
            <p>Budgetopfølgning</p>
            <p>Sagsnr.: 00.30.00-S00-1-19</p>
            <div>. </div>
            <h4>Beslutning</h4>
            <p>Taget til efterretning.</p>
            </body></html>
            """)
        #expect(meeting.items.map(\.number) == [307, 308])
        #expect(meeting.items.map(\.title) == ["Godkendelse af dagsorden", "Budgetopfølgning"])
        #expect(meeting.items.map(\.caseNumber) == ["00.22.02-G01-42-18", "00.30.00-S00-1-19"])
        #expect(meeting.items.last?.sections.map(\.heading) == ["Beslutning"])
    }
}

extension UnseenMunicipalityTests {
    @Test("A proposal led inside a paragraph: '… i 2010. Teknisk Forvaltning indstiller,' over its points; 'X indstiller, at …' alone")
    func proposalLedInsideAParagraph() throws {
        let meeting = try readMeeting("""
            <html><body>
            <h1>Kommunalbestyrelsen</h1>
            <p>23-02-2010</p>
            <h3>Bygningsvedligeholdelse 2010 - ansøgning om anlægsbevilling</h3>
            <p>Sag nr. 19</p>
            <h4>Sagens kerne</h4>
            <p>Der ansøges om anlægsbevilling på 22.843.000 kr. til vedligeholdelse af kommunens bygninger i 2010. Teknisk Forvaltning indstiller,</p>
            <ol>
            <li>at der gives en anlægsbevilling på 22.843.000 kr. til bygningsvedligeholdelse, samt</li>
            <li>at der frigives rådighedsbeløb på 22.843.000 kr.</li>
            </ol>
            <h4>Beslutning</h4>
            <p>Godkendt.</p>
            <h3>Agerkær 5 og Ruskær 37 - principiel ansøgning om udstykning</h3>
            <p>Sag nr. 20</p>
            <h4>Sagens kerne</h4>
            <p>Principiel ansøgning om udstykning af grunde ved Agerkær 5 og Ruskær 37.</p>
            <p>Teknisk Forvaltning indstiller, at der gives principiel tilladelse til at udstykke grunde, som ansøgt.</p>
            <h4>Beslutning</h4>
            <p>Godkendt.</p>
            </body></html>
            """)
        #expect(meeting.items.count == 2)
        let first = meeting.items[0], second = meeting.items[1]
        #expect(first.sections.first?.text == "Der ansøges om anlægsbevilling på 22.843.000 kr. til vedligeholdelse af kommunens bygninger i 2010.")
        #expect(first.proposal?.by == "Teknisk Forvaltning")
        #expect(first.proposal?.points.count == 2)
        #expect(second.sections.first?.text == "Principiel ansøgning om udstykning af grunde ved Agerkær 5 og Ruskær 37.")
        #expect(second.proposal == Proposal(by: "Teknisk Forvaltning", points: ["at der gives principiel tilladelse til at udstykke grunde, som ansøgt."]))
        #expect(second.decision?.text == "Godkendt.")
    }
}

extension UnseenMunicipalityTests {
    @Test("'Administrationen indstiller til udvalget for X' over its points: the addressee is the heading's, not the section's text")
    func proposalAddresseeOnTheHeading() throws {
        let meeting = try readMeeting("""
            Forebyggelse og Idræt

            Mandag den 30-04-2018 kl. 16:30

            4. Godkendelse af dagsorden

            Sagsnummer: 00.22.00-P35-3-18


            Administrationen indstiller til udvalget for Forebyggelse og Idræt
              1. at godkende dagsorden

            Beslutning

            1. Godkendt
            """)
        let item = try #require(meeting.items.first)
        #expect(item.sections.first?.kind == .proposal)
        #expect(item.sections.first?.text == "1. at godkende dagsorden")
        #expect(item.proposal == Proposal(by: "Administrationen", points: ["at godkende dagsorden"]))
    }
}

extension UnseenMunicipalityTests {
    @Test("A web page of one item (its title the only top heading, its case number under it), decided in two rounds")
    func pageOfOneItem() throws {
        let meeting = try readMeeting("""
            <html><body>
            <h1>Ændring af styrelsesvedtægten for Bornholms Regionskommune</h1>
            <p>25/19069</p>
            <p><strong>Indstilling</strong></p>
            <p>Kommunaldirektøren indstiller, at</p>
            <ul><li>forslaget videresendes til andenbehandling</li></ul>
            <p><strong>Beslutning Kommunalbestyrelsen den 27-11-2025</strong></p>
            <p>Godkendt.</p>
            <p><strong>Indstilling</strong></p>
            <p>Direktionen indstiller, at</p>
            <ul><li>forslaget godkendes.</li></ul>
            <p><strong>Beslutning Kommunalbestyrelsen den 11-12-2025</strong></p>
            <p>Godkendt.</p>
            <p><strong>Sagsfremstilling</strong></p>
            <p>Den nye kommunalbestyrelse skal konstituere sig.</p>
            </body></html>
            """)
        #expect(meeting.items.count == 1)
        let item = try #require(meeting.items.first)
        #expect(item.title == "Ændring af styrelsesvedtægten for Bornholms Regionskommune")
        #expect(item.caseNumber == "25/19069")
        #expect(item.decision?.outcome == .approved)
        #expect(item.history.map(\.date.description) == ["2025-11-27"])
        // The proposal of the round this decision answers.
        #expect(item.proposal == Proposal(by: "Direktionen", points: ["forslaget godkendes."]))
    }
}

extension UnseenMunicipalityTests {
    @Test("'-layout' item numbers in a column of their own: a title wrapped onto '(B)' over its case number; the number printed again")
    func numbersInTheirOwnColumn() throws {
        let vejen = try readMeeting("""
            Referat

            Udvalg:                      Udvalget for teknik og miljø
            Mødedato:                    18-02-2019

            1          Temamøde - Diger (B)

            Sagsnummer: 19/2484

            Beslutning Udvalget for teknik og miljø den 18-02-2019

            Drøftet og taget til efterretning.

            2          Orientering om udbud af indsamling af og beholderindkøb til madaffald
                       (B)

            Sagsnummer: 18/1039

            Beslutning Udvalget for teknik og miljø den 18-02-2019

            Orientering taget til efterretning.
            """)
        #expect(vejen.items.map(\.number) == [1, 2])
        #expect(vejen.items.last?.title == "Orientering om udbud af indsamling af og beholderindkøb til madaffald (B)")
        #expect(vejen.items.last?.caseNumber == "18/1039")
        #expect(vejen.items.first?.decision?.text == "Drøftet og taget til efterretning.")
        let glostrup = try readMeeting("""
            Kulturudvalget 13.06.2017

            Referat
            1        1. Godkendelse af dagsordenen

            Økonomi

            -

            Beslutning i Kulturudvalget den 13-06-2017

            Dagsorden godkendt.

            2        2. Orientering fra formanden

            Økonomi

            -

            Beslutning i Kulturudvalget den 13-06-2017

            Intet.
            """)
        #expect(glostrup.items.map(\.title) == ["Godkendelse af dagsordenen", "Orientering fra formanden"])
        #expect(MinutesParser.spacedHeading("1 3. anslået regnskab 2016")?.1 == "3. anslået regnskab 2016")
    }
}

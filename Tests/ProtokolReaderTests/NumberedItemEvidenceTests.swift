import ProtokolModel
import Testing
@testable import ProtokolReader

/// "N. Title" items told by what follows them, and facts printed around them: a block of fields before the first
/// section, closed items left out of the open minutes, a single item, an absence label a paragraph above its name.
@Suite("Numbered items and what follows them")
struct NumberedItemEvidenceTests {
    @Test("a block of three field lines between heading and section; a gap where closed items were left out")
    func blockAndGap() throws {
        let meeting = try readMeeting("""
            Referat Økonomiudvalget 08-08-2018

            147. Godkendelse af dagsorden

            Sagsgang og sagstype
            Økonomiudvalget
            Beslutningssag

            Beslutning
            Godkendt.

            152. Spildevandsplanen

            Sagsgang og sagstype
            Økonomiudvalget
            Beslutningssag

            Beslutning
            Godkendt.
            """)
        #expect(meeting.items.map(\.number) == [147, 152])
        #expect(meeting.items.map { $0.decision?.outcome } == [.approved, .approved])
        let single = try readMeeting("Referat Byrådet 03-09-2019\n\n446. Godkendelse af dagsorden\n\nBeslutning Byrådet den 03-09-2019\n\nGodkendt.\n")
        #expect(single.items.map(\.number) == [446])
    }

    @Test("'Fraværende:' a paragraph above the name; inhabilitet declared for a later item; '(afbud fra X)'")
    func absencesAroundDecisions() throws {
        let meeting = try readMeeting("""
            Referat Byrådet 03-09-2019

            446. Godkendelse af dagsorden

            Beslutning Byrådet den 03-09-2019

            Anders Linde gjorde opmærksom på inhabilitet i punkt 447.

            Dagsorden godkendt.

            Fraværende:

            Stig Leerbeck

            447. Ansøgning om låneoptagelse

            Beslutning Byrådet den 03-09-2019

            Godkendt (afbud fra Søren Larsen).
            """)
        let first = try #require(meeting.items.first)
        #expect(first.absent == ["Stig Leerbeck"])
        #expect(first.disqualified.isEmpty)
        #expect(first.decision?.text == "Anders Linde gjorde opmærksom på inhabilitet i punkt 447.\n\nDagsorden godkendt.")
        let second = try #require(meeting.items.last)
        #expect(second.disqualified == ["Anders Linde"])
        #expect(second.absent == ["Søren Larsen"])
        #expect(second.decision?.outcome == .approved)
    }

    @Test("'Historik' with 'Body, date.' entries; 'Sagsnummer' above its number; 'Beslutning om …' is a sentence")
    func historyAndLabels() throws {
        let meeting = try readMeeting("""
            Byrådet - Referat

            Dato: 29. marts 2016

            1. Låneoptagelse for 2015 og 2016

            Sagsnummer
            00.34.00-S00-2-14

            Sagsfremstilling

            Beslutning om låneoptagelse træffes af Byrådet.

            Historik

            Økonomi- og Erhvervsudvalget, 15. marts 2016.

            Økonomi- og Erhvervsudvalget tiltrådte indstillingen.

            Beslutning

            Byrådet vedtog indstillingen.
            """)
        let item = try #require(meeting.items.first)
        #expect(item.caseNumber == "00.34.00-S00-2-14")
        #expect(item.sections.map(\.kind) == [.presentation, .history, .decision])
        #expect(item.history.map(\.body) == ["Økonomi- og Erhvervsudvalget"])
        #expect(item.history.first?.text == "Økonomi- og Erhvervsudvalget tiltrådte indstillingen.")
        #expect(item.decision?.text == "Byrådet vedtog indstillingen.")
    }
}

/// Items and members as pages print them when their table's cells are flattened.
@Suite("Flattened page tables")
struct FlattenedPageTableTests {
    @Test("' 1.  1. Title', 'Punkt Titel' over '236 Title', 'Name deltog', glued members, 'Mødeafholdelse:'")
    func flattened() throws {
        let glostrup = try readMeeting("Referat Kommunalbestyrelsen 17-01-2018\n\n 1.  1. Godkendelse af dagsordenen\n\n  Beslutning i Kommunalbestyrelsen den 17-01-2018\n\n  Godkendt.\n")
        #expect(glostrup.items.map(\.title) == ["Godkendelse af dagsordenen"])
        let randers = try readMeeting("Referat Byrådet 12-06-2014\n\nMøde lokation\n\nDet gamle Rådhus\n\nPunkt Titel\n236 Indkaldelse af stedfortræder\nResume\n\nTekst.\n\nBeslutning\n\nGodkendt.\n")
        #expect(randers.items.map(\.number) == [236])
        #expect(randers.location == "Det gamle Rådhus")
        let lyngby = try readMeeting("Kommunalbestyrelsen\n\nProtokol\n\n21-01-2016 kl. 17:00\n\nMedlemmer\nSofia Osmani deltog\nJan Kaspersen var fraværende\n\n1. Lokalplan 264\n\nBeslutning\n\nGodkendt.\n")
        #expect(lyngby.participants.map(\.name) == ["Sofia Osmani", "Jan Kaspersen"])
        #expect(lyngby.participants.map(\.absent) == [false, true])
        let frederikshavn = try readMeeting("""
            Referat Økonomiudvalget

            Mødetidspunkt: 18-08-2021 15:30

            Mødeafholdelse: Lokale 0.23

            Medlemmer: Birgit S. Hansen (A), FormandBjarne Kvist (A)Peter Sørensen (V)

            1 (Åben) Ansøgning om ny planlægning

            Beslutning

            Godkendt.
            """)
        #expect(frederikshavn.location == "Lokale 0.23")
        #expect(frederikshavn.participants.map(\.name) == ["Birgit S. Hansen", "Bjarne Kvist", "Peter Sørensen"])
        #expect(frederikshavn.participants.map(\.party) == ["A", "A", "V"])
    }
}

/// Headers and items of regions' and web pages' minutes: members with roles and notes, a column of labels over a column
/// of values with an unknown label, the absent in a sentence, a heading glued to its text.
@Suite("Headers with roles, notes and sentences")
struct HeaderSentenceTests {
    @Test("members with roles and '- afbud' notes, one a paragraph")
    func membersWithNotes() throws {
        let meeting = try readMeeting("""
            Referat

            Møde i Regionsrådet 2018-2021

            mandag den 6. januar 2020 kl. 16:00

            Deltagere:

            Heino Knudsen (A), Formand

            Peter Jacobsen (O), 1. næstformand- afbud

            Freddy Blak (A)- deltog ikke i behandlingen af punkt: 1

            Jorun Bech (A)- afbud

            Susanne Lundvald (A)

            1. Godkendelse af dagsorden

            Beslutning

            Godkendt.
            """)
        #expect(meeting.participants.map(\.name) == ["Heino Knudsen", "Peter Jacobsen", "Freddy Blak", "Jorun Bech", "Susanne Lundvald"])
        #expect(meeting.participants.map(\.absent) == [false, true, false, true, false])
    }

    @Test("labels over values with 'Bemærkninger:' left empty; 'Der var afbud fra …'; 'i Byrådssalen'; 'BeslutningGodkendt.'")
    func columnsSentencesAndGluedHeadings() throws {
        let helsingoer = try readMeeting("""
            Referat
            Økonomiudvalget
            Mødedato:
            Mødetidspunkt:
            Sluttidspunkt:
            Mødested:
            Bemærkninger:
            Mandag den 16. marts 2015
            Kl. 17:00
            Kl. 20:45
            Det Hvide Værelse, Rådhuset
            Medlemmer:
            Benedikte Kiær (C)

            01. Godkendelse af dagsorden
            Beslutning
            Godkendt.
            """)
        #expect(helsingoer.startTime == ClockTime(hour: 17, minute: 0))
        #expect(helsingoer.location == "Det Hvide Værelse, Rådhuset")
        #expect(helsingoer.participants.map(\.name) == ["Benedikte Kiær"])
        let holstebro = try readMeeting("""
            Referat
            til
            mødet i Byrådet
            den 15. maj 2018 kl. 17:00
            i Byrådssalen

            Der var afbud fra Søren Olesen (O) og Pernille Bloch (C).

            1. Godkendelse af regnskab

            BeslutningGodkendt.
            Fraværende- Hans Østergaard ()
            """)
        #expect(holstebro.location == "Byrådssalen")
        #expect(holstebro.participants.map(\.name) == ["Søren Olesen", "Pernille Bloch"])
        #expect(holstebro.participants.map(\.absent) == [true, true])
        let item = try #require(holstebro.items.first)
        #expect(item.decision?.text == "Godkendt.")
        #expect(item.absent == ["Hans Østergaard"])
    }

    @Test("a region's committee is the region's, though an item names a municipality")
    func regionBody() throws {
        let meeting = try readMeeting("""
            Region Sjælland
            Referat
            Forretningsudvalget
            Mødedato: 14. august 2020

            14. Tilladelse til indvinding af råstoffer i Hedehusene Grusgrav, Roskilde Kommune

            Beslutning

            Godkendt.
            """)
        #expect(meeting.body == "Region Sjælland")
    }

    @Test("committees told from chrome, members and table headers; absences in an Indstilling are the committees'; dates from the agenda's approval")
    func committeesAndDates() throws {
        let faxe = try readMeeting("Du er her: Forside\n\n« Tilbage til dagsordener og referater\n\nKategori: Byrådet\nType: Referat\nMødedato: Torsdag 16. november 2017\n\n208. Godkendelse af dagsorden\n\nBeslutning\n\nGodkendt.\n")
        #expect(faxe.committee == "Byrådet")
        let glostrup = try readMeeting("Referat\n\nDeltagere:\n\n\nJohn Engelhardt, V\nLisa Ward, A\n\n1. Godkendelse af dagsordenen\n\nBeslutning i Kommunalbestyrelsen den 17-01-2018\n\nDagsordenen blev herefter godkendt.\n\nAfbud:\n1. Robert Sørensen, Ø\n")
        #expect(glostrup.committee != "John Engelhardt, V")
        #expect(glostrup.items.first?.absent == ["Robert Sørensen"])
        #expect(glostrup.items.first?.decision?.text == "Dagsordenen blev herefter godkendt.")
        let odense = try readMeeting("""
            REFERAT Byrådet d. 10-12-2008

            Punkt 1: Kvalitetsrapport 2008

            INDSTILLING

            Børn- og Ungeforvaltningen indstiller, at byrådet godkender kvalitetsrapporten.

            Økonomiudvalget anbefaler indstillingen.

            Rådmand Anker Boye deltog ikke i mødet.

            BESLUTNING

            Godkendt.

            Fraværende: Michael Christensen (C) og Henrik Rützou Aakast (V) deltog ikke i behandlingen af punktet.
            """)
        #expect(odense.items.first?.absent == ["Michael Christensen", "Henrik Rützou Aakast"])
        let stevns = try readMeeting("Referat\n\n  • 301. Åben dagsorden - godkendelse\n\n    Resume\n\n    Godkendelse af åben dagsorden for KB den 22. januar 2020.\n\n    Beslutning\n\n    Godkendt.\n")
        #expect(stevns.date == CalendarDate(year: 2020, month: 1, day: 22))
    }
}


import ProtokolModel
import Testing
@testable import ProtokolReader

/// Lists of members as pdftotext breaks them: mid-name, at a hyphen, with a blank line after every line.
@Suite("Member lists broken over lines")
struct MemberListTests {
    @Test("'Medlemmer:' over lines cut mid-name and at hyphens, a blank line after each: every member, once")
    func wrappedListWithBlankLines() throws {
        let meeting = try readMeeting("""
            Byrådet

            Referat

            Dato:

            Tirsdag den 18. juni 2013

            Medlemmer:  Michael Ziegler (borgmester) (C), Annette Johansen (A),\u{20}

            Bjarne Kogsbøll (C), Daniel Do-

            noso (F), Hu-

            go Hammel (A), Jesper Kirkegaard (C), John A. Bilenberg\u{20}

            (C), Marjan Ganjjou (C), Merete\u{20}

            Scheelsbeck (C), Svend-Erik\u{20}

            Hermansen (A), Hans-\u{20}

            Christian Nielsen (V), Thomas Bak (A)\u{20}

            Fraværende:  Jesper Kirkegaard (C)\u{20}

            1. Godkendelse af dagsorden

            Beslutning

            Godkendt.
            """)
        #expect(meeting.participants.map(\.name) == [
            "Michael Ziegler", "Annette Johansen", "Bjarne Kogsbøll", "Daniel Donoso", "Hugo Hammel", "Jesper Kirkegaard", "John A. Bilenberg",
            "Marjan Ganjjou", "Merete Scheelsbeck", "Svend-Erik Hermansen", "Hans-Christian Nielsen", "Thomas Bak",
        ])
        #expect(meeting.participants.first { $0.name == "Merete Scheelsbeck" }?.party == "C")
        #expect(meeting.participants.filter(\.absent).map(\.name) == ["Jesper Kirkegaard"])
    }

    @Test("'Ellen Knudsen (C), stedfortræder for Brigitte Klintskov Jerkel' is a note; the member below stands alone")
    func noteAfterAMember() throws {
        let meeting = try readMeeting("""
            Referat
            Regionsrådet
            Mandag den 6. januar 2020

            Deltagere:

            Ellen Knudsen (C), stedfortræder for Brigitte Klintskov Jerkel

            Bruno Jerup (Ø)

            1. Godkendelse af dagsorden

            Beslutning

            Godkendt.
            """)
        #expect(meeting.participants.map(\.name).contains("Bruno Jerup"))
    }

    @Test("'Udvalg: | Byrådet |' in a table's row; 'Bemærkninger: Afbud fra …' marks members absent, a short name the member's")
    func tableRowsAndRemarks() throws {
        let meeting = try readMeeting("""
            Beslutningsprotokol
            onsdag den 20. marts 2013 kl. 17:00
            Mødested: | Byrådssalen, Skelbækvej |
            Udvalg: | Byrådet |
            Medlemmer: | Tove Larsen, Povl Kylling Petersen, Dorte Ballhorn Soll, Jørgen Witte, Jan Riber Jakobsen |
            Bemærkninger: | Afbud fra Jørgen Witte og Dorte Soll. Susanne Beier forlod mødet efter sag nr. 104. |

            1. Genoptagelse af sag
            Sagsid.: 13/11537
            Beslutning Byrådet den 20-03-2013
            Godkendt.
            """)
        #expect(meeting.committee == "Byrådet")
        #expect(meeting.location == "Byrådssalen, Skelbækvej")
        #expect(meeting.participants.map(\.name) == ["Tove Larsen", "Povl Kylling Petersen", "Dorte Ballhorn Soll", "Jørgen Witte", "Jan Riber Jakobsen"])
        #expect(meeting.participants.filter(\.absent).map(\.name) == ["Dorte Ballhorn Soll", "Jørgen Witte"])
    }

    @Test("'Deltagerne var:' over a numbered list in the first item: those present, and no items made of their names")
    func numberedListOfThosePresent() throws {
        let meeting = try readMeeting("""
            Mødedato: 31.03.2020
            Økonomiudvalget

            1. Godkendelse af dagsorden

            Beslutning

            Økonomiudvalgets beslutning i mødet den 31. marts 2020

            Fraværende med afbud:

            Ingen.

            Deltagerne var:

            1. Overborgmester Frank Jensen (A)

            2. Lars Weiss (A)

            3. Jonas Bjørn Jensen (A)

            Dagsordenen blev herefter godkendt.
            """)
        #expect(meeting.items.map(\.number) == [1])
        #expect(meeting.items.first?.decision?.outcome == .approved)
        #expect(meeting.participants.map(\.name) == ["Frank Jensen", "Lars Weiss", "Jonas Bjørn Jensen"])
        #expect(meeting.participants.allSatisfy { $0.party == "A" && !$0.absent })
    }

    @Test("'Mødedeltagere: A (A) B (V) C (A)' without commas, and 'X (A) Stedfortræder for Y (A)': each member once")
    func membersClosedByParties() throws {
        let inline = try readMeeting("""
            Referat fra møde i Økonomiudvalget
            Tirsdag den 18. maj 2010 Kl. 15.00 i Borgmesterens kontor
            Mødedeltagere: Ole Find Jensen (A) John Schmidt Andersen (V) Kim Rockhill (A)

            Sag nr. 74 Orientering om likviditet 2010

            Beslutning
            Taget til efterretning.
            """)
        #expect(inline.participants.map(\.name) == ["Ole Find Jensen", "John Schmidt Andersen", "Kim Rockhill"])
        #expect(inline.participants.map(\.party) == ["A", "V", "A"])
        let standIn = try readMeeting("""
            Referat
            Byrådet
            01-10-2018 kl. 18:00

            Medlemmer

            Thomas Lykke Pedersen (A)

            Frederik Ingemann (A) Stedfortræder for Ergin Øzer (A)

            Afbud

            Ergin Øzer (A)

            Nr.143 - Godkendelse af dagsorden

            Beslutning i Byrådet den 01-10-2018

            Dagsordenen blev godkendt.
            """)
        #expect(standIn.participants.map(\.name) == ["Thomas Lykke Pedersen", "Frederik Ingemann", "Ergin Øzer"])
        #expect(standIn.participants.map(\.absent) == [false, false, true])
    }

    @Test("'Fraværende: Philip Læborg' then the contents' header 'Sagsoversigt Side': no member named 'Sagsoversigt Side'")
    func contentsHeaderEndsTheList() throws {
        let meeting = try readMeeting("""
            Referat
            Handicaprådet
            Mødedato: Mandag den 23. november 2015
            Medlemmer: Michael Mathiesen (C)
            Philip Læborg (C)
            Fraværende: Philip Læborg

            Sagsoversigt Side
            01. Godkendelse af dagsorden 3

            01. Godkendelse af dagsorden
            Beslutninger
            Dagsordenen godkendt.
            """)
        #expect(meeting.participants.map(\.name) == ["Michael Mathiesen", "Philip Læborg"])
        #expect(meeting.participants.map(\.absent) == [false, true])
    }

    @Test("'Medlemmer Knud Larsen, Bo Manderup, …' without a colon or parties: the members")
    func membersWithoutColonOrParties() throws {
        let meeting = try readMeeting("""
            Kommunalbestyrelsen
            Referat
            Dato 09. oktober 2014
            Mødetidspunkt 17:00
            Sted Byrådssalen, Vordingborg Rådhus
            Medlemmer Knud Larsen, Bo Manderup, Eva Sommer-Madsen, Kim Petersen
            Fraværende Kim Petersen

            1. Godkendelse af dagsorden
            Sagsnr.: 14/28012

            Beslutning i Kommunalbestyrelsen den 09-10-2014
            Godkendt.
            """)
        #expect(meeting.participants.map(\.name) == ["Knud Larsen", "Bo Manderup", "Eva Sommer-Madsen", "Kim Petersen"])
        #expect(meeting.participants.map(\.absent) == [false, false, false, true])
    }

    @Test("'X (A) var fraværende. I stedet deltog Y (A) Z (A) var fraværende. I stedet deltog W (F).': each absence runs on after a stand-in")
    func runOnStandInSentences() throws {
        let meeting = try readMeeting("""
            Kommunalbestyrelsen

            Referat

            22. december 2016 kl. 17:00

            Indkaldelse

            Hanne Agersnap

            Bodil Kornbek

            Mette Hoff

            Mette Hoff (A) var fraværende. I stedet deltog Rie Frank (A) Bodil Kornbek (A) var fraværende. I stedet deltog Dorthe Daubjerg (F).

            1 Gældsafvikling (Beslutning)
            Sagsnr.: 2016/0031234

            Beslutning
            Godkendt.
            """)
        #expect(meeting.participants.filter(\.absent).map(\.name).sorted() == ["Bodil Kornbek", "Mette Hoff"])
        #expect(meeting.participants.filter { !$0.absent }.map(\.name).sorted() == ["Dorthe Daubjerg", "Hanne Agersnap", "Rie Frank"])
    }

    @Test("Members printed in two columns, a wide gap between them: one member a cell")
    func twoColumnMemberList() throws {
        let meeting = try readMeeting("""
            Handicaprådet

            Onsdag den 25-10-2017 kl. 16:15

            Medlemmer:

            Bente Ullits Eckmann                              Annelise Hansen
            Jonna Hildur Præst                                Pia Foght
            Agnete O. Sørensen                                Inger Hansen

            Fraværende:
            Jonna Hildur Præst

            36. Høring: Forslag til lokalplan 512.18
            01.02G00 - 2017/27088

            Beslutning
            Godkendt.
            """)
        #expect(meeting.participants.map(\.name) == ["Bente Ullits Eckmann", "Annelise Hansen", "Jonna Hildur Præst", "Pia Foght", "Agnete O. Sørensen", "Inger Hansen"])
        #expect(meeting.participants.filter(\.absent).map(\.name) == ["Jonna Hildur Præst"])
    }

    @Test("Two columns a space apart: an organisation's code ends a cell ('… Eckmann DH Annelise …'), an absent member's name splits a line")
    func twoColumnsASpaceApart() throws {
        let meeting = try readMeeting("""
            Handicaprådet

            Onsdag den 25-10-2017 kl. 16:15

            Medlemmer:

            Bente Ullits Eckmann DH Annelise Hansen DH
            Jonna Hildur Præst Pia Foght
            Peter Lund SF

            Fraværende:
            Jonna Hildur Præst

            36. Høring: Forslag til lokalplan 512.18
            01.02G00 - 2017/27088

            Beslutning
            Godkendt.
            """)
        #expect(meeting.participants.map(\.name) == ["Bente Ullits Eckmann", "Annelise Hansen", "Jonna Hildur Præst", "Pia Foght", "Peter Lund"])
        #expect(meeting.participants.map(\.party) == ["DH", "DH", nil, nil, "SF"])
        #expect(meeting.participants.filter(\.absent).map(\.name) == ["Jonna Hildur Præst"])
    }

    @Test("A code is the member's only after a name's word: 'Kim EB Jensen' and a list of codes are left alone")
    func codesOnlyAfterNames() {
        #expect(HeaderReader.bracketingCodes("Bente Ullits Eckmann DH Annelise Hansen DH") == "Bente Ullits Eckmann (DH), Annelise Hansen (DH)")
        #expect(HeaderReader.bracketingCodes("Inger Hansen DH, Pia Foght") == "Inger Hansen (DH), Pia Foght")
        #expect(HeaderReader.bracketingCodes("KB ØU BY") == nil)
        #expect(HeaderReader.bracketingCodes("Kim EB Jensen, Pia Foght") == nil)
        #expect(HeaderReader.bracketingCodes("Anne Hansen, Peter Olsen") == nil)
    }

    @Test("Labels stacked over their values ('Deltagere:', 'Fraværende:') and one list of members wrapped over three lines: every member, present")
    func stackedLabelsOverAWrappedList() throws {
        let meeting = try readMeeting("""
            ÅBEN DAGSORDEN
            ØKONOMIUDVALG
            Mødedato:
            20. januar 2015
            Mødested:
            Gl. rådhus, byrådssalen
            Mødetidspunkt:
            12:30
            Mødet hævet:
            Deltagere:
            Fraværende:
            Peder Chr. Kirkegaard, Anna-Lise Vestergaard, Bolette Dahl
            Pedersen, Preben Andersen, Erik Mortensen, Niels Ole D.
            Nielsen, Anders Bøge, Ole Priess, Ditte Staun

            1. Godkendelse af dagsorden

            Sagsfremstilling

            Dagsordenen forelægges.
            """)
        #expect(meeting.location == "Gl. rådhus, byrådssalen")
        #expect(meeting.participants.map(\.name) == [
            "Peder Chr. Kirkegaard", "Anna-Lise Vestergaard", "Bolette Dahl Pedersen", "Preben Andersen", "Erik Mortensen",
            "Niels Ole D. Nielsen", "Anders Bøge", "Ole Priess", "Ditte Staun",
        ])
        #expect(meeting.participants.allSatisfy { !$0.absent })
    }

    @Test("A member's name misspelt under 'Afbud' ('Mette Jenssen' for 'Mette Jensen'): the member is absent, and no one is added")
    func misspeltAbsentMember() throws {
        let meeting = try readMeeting("""
            Referat
            Byrådet
            Mødedato: 18. december 2018 kl. 17:00

            Deltagere: Anna Hansen (A), Mette Jensen (V), Kurt Munck (O), Bo Jensen (C)
            Afbud: Mette Jenssen, Kurt Munk

            1. Budget 2019

            Beslutning
            Godkendt.
            """)
        #expect(meeting.participants.map(\.name) == ["Anna Hansen", "Mette Jensen", "Kurt Munck", "Bo Jensen"])
        #expect(meeting.participants.filter(\.absent).map(\.name) == ["Mette Jensen", "Kurt Munck"])
    }

    @Test("One slip apart: a changed, added, dropped or swapped letter, and no more")
    func oneEdit() {
        func near(_ a: String, _ b: String) -> Bool { HeaderReader.withinOneEdit(Array(a.unicodeScalars), Array(b.unicodeScalars)) }
        #expect(near("mette jensen", "mette jenssen"))
        #expect(near("mette jensen", "mette jansen"))
        #expect(near("mette jensen", "mtete jensen"))
        #expect(near("kurt munck", "kurt munk"))
        #expect(!near("mette jensen", "mette hansen"))
        #expect(!near("bo jensen", "bo jensenes"))
    }
}

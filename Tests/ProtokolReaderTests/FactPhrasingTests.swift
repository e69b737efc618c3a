import ProtokolModel
import Testing
@testable import ProtokolReader

/// Facts as other municipalities phrase them: absences in Sagens forløb, addressees of proposals, fallen amendments,
/// table rows that start with a section word, closed-item labels and wrapped inhabilitet.
@Suite("Facts in other phrasings")
struct FactPhrasingTests {
    func item(_ body: String) throws -> AgendaItem {
        let meeting = try readMeeting("Referat\nByrådet\nMødedato: 3. maj 2023\n\nPunkt 1: Lokalplan for Havnen\n\n\(body)\n\nPunkt 2: Eventuelt\n\nBeslutning\n\nIntet.\n")
        return try #require(meeting.items.first)
    }

    @Test("who was absent at an earlier stage in Sagens forløb is not absent from this item")
    func absenceInHistory() throws {
        let item = try item("""
            Sagens forløb

            12-04-2023 Teknik- og Miljøudvalget

            Anbefales.

            Fraværende: Ole Berg (V)

            Beslutning

            Godkendt.

            Fraværende: Lise Holm (A)
            """)
        #expect(item.absent == ["Lise Holm"])
        #expect(item.history.count == 1)
        #expect(item.decision?.outcome == .approved)
    }

    @Test("'X indstiller til Byrådet, at …': the point starts at 'at'")
    func proposalAddressee() throws {
        let inline = try item("""
            Indstilling

            Direktionen indstiller til Økonomiudvalget og Byrådet, at lokalplanen vedtages endeligt.

            Beslutning

            Godkendt.
            """)
        #expect(inline.proposal?.by == "Direktionen")
        #expect(inline.proposal?.points == ["at lokalplanen vedtages endeligt."])
        let lead = try item("""
            Indstilling

            Direktionen indstiller til Økonomiudvalget og Byrådet, at

            1. lokalplanen vedtages endeligt,
            2. miljørapporten godkendes.

            Beslutning

            Godkendt.
            """)
        #expect(lead.proposal?.by == "Direktionen")
        #expect(lead.proposal?.points == ["lokalplanen vedtages endeligt,", "miljørapporten godkendes."])
    }

    @Test("an amendment voted down, its sentence holding 'kr.' and 'pr.', leaves the approval")
    func fallenAmendment() throws {
        #expect(OutcomeReading.outcome(of: "Ændringsforslag fra Enhedslisten om at hæve taksten med 2 kr. pr. time blev forkastet med 2 stemmer for (Ø) og 23 imod. Indstillingen blev herefter godkendt.") == .approved)
        #expect(OutcomeReading.outcome(of: "Ændringsforslag fra Enhedslisten blev forkastet.") == .rejected)
        #expect(OutcomeReading.outcome(of: "Godkendt med 2 kr. pr. time ekstra.") == .approved)
    }

    @Test("a table row whose first cell is a section word is a row, not a heading")
    func tableRowsAreNoHeadings() throws {
        let item = try item("""
            Sagsfremstilling

            Tidsplanen ser således ud:

            Høring\tmarts-maj
            Vedtagelse\tjuni

            Beslutning

            Godkendt.
            """)
        #expect(item.sections.map(\.kind) == [.presentation, .decision])
        #expect(item.sections.first?.text.contains("Høring\tmarts-maj") == true)
        // Beside a main heading, a short cell is still the layout's left column.
        let column = try self.item("Sagsfremstilling\n\nPlanen er klar.\n\nBeslutning\tGodkendt")
        #expect(column.decision?.text == "Godkendt")
    }

    @Test("'(Lukket punkt)' and 'Punktet er lukket.' under the title close the item")
    func closedLabels() throws {
        for label in ["(Lukket punkt)", "Punktet er lukket.", "Lukket punkt."] {
            let item = try item("\(label)\n\nBeslutning\n\nGodkendt.")
            #expect(item.isPublic == false, "\(label)")
            #expect(item.sections.first?.kind == .decision, "\(label)")
        }
    }

    @Test("an absence sentence wrapped onto 'på grund af inhabilitet' is a disqualification")
    func wrappedInhabil() throws {
        let item = try item("""
            Beslutning

            Godkendt.

            Jens Hansen (V) deltog ikke i behandlingen af punktet
            på grund af inhabilitet.
            """)
        #expect(item.absent.isEmpty)
        #expect(item.disqualified == ["Jens Hansen"])
    }
}

/// Several bodies' stages printed under one "Beslutning" heading (Næstved).
@Suite("Stages under one decision heading")
struct StagesUnderOneHeadingTests {
    @Test("'Body, date' lines split the decision: this meeting's stage decides, the others are history with their absences")
    func stages() throws {
        let meeting = try MinutesReader().read(Array("""
            REFERAT Byrådet 2014-2017 d. 22-11-2016

            Punkt 172: Endelig vedtagelse af lokalplan 067

            01.02.05-P16-8-16

            Beslutning

            Plan- og Ejendomsudvalget, 24.10.2016

            Anbefales

            Økonomiudvalget, 31.10.2016

            Jette Leth Buhl var fraværende. Anbefales.

            Byrådet, 22.11.2016

            Githa Nelander var fraværende. Godkendt.
            """.utf8)).meeting
        let item = try #require(meeting.items.first)
        #expect(item.decision?.text == "Godkendt.")
        #expect(item.decision?.outcome == .approved)
        #expect(item.absent == ["Githa Nelander"])
        #expect(item.history.map(\.body) == ["Plan- og Ejendomsudvalget", "Økonomiudvalget"])
        #expect(item.history.map(\.text) == ["Anbefales", "Anbefales."])
    }
}

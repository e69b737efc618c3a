import ProtokolModel
import Testing
@testable import ProtokolReader

/// Sentences in decisions that look like facts and are not, or are facts in a wording not seen before.
@Suite("Facts in decision sentences")
struct FactSentenceTests {
    /// A regional council's minutes of two items (and `more`), with `header` as the paragraph under the title.
    private func regionalCouncil(header: String, more: String = "") throws -> Meeting {
        try readMeeting("""
            Referat af mødet i Regionsrådet 14. november 2007 kl. 14:00 i Regionsrådssalen

            \(header)

            1. Ligestillingsredegørelse 2007

            Beslutning

            Tiltrådt.

            2. Offentliggørelse af budget

            Beslutning

            Tiltrådt.\(more)
            """)
    }

    private func item(_ decision: String) throws -> AgendaItem {
        let meeting = try readMeeting("""
            Referat
            Byrådet
            Mødedato: 18. december 2018 kl. 17:00

            1. Lokalplan for Østervang

            Beslutning

            \(decision)
            """)
        return try #require(meeting.items.first)
    }

    @Test("'… ikke var inhabil' and a question whether two members 'er inhabile' disqualify nobody")
    func negatedAndAskedInhabilitet() throws {
        let negated = try item("Udvalget besluttede, at Jakob Næsager (C) ikke var inhabil i forhold til behandlingen af punktet.\n\nGodkendt.")
        #expect(negated.disqualified.isEmpty)
        let asked = try item("""
            Der blev rejst spørgsmål om byrådsmedlemmerne Helle Jessen (A) og Daniel Lillerøi (A) er inhabile i behandling af sagen.

            Byrådet vurderede at Daniel Lillerøi (A) ikke ses at være inhabil.

            Godkendt.
            """)
        #expect(asked.disqualified.isEmpty)
        let declared = try item("Martin Clausen (A) blev erklæret inhabil.\n\nGodkendt.")
        #expect(declared.disqualified == ["Martin Clausen"])
    }

    @Test("'godkendt med 26 stemmer imod 24' counts 26 for; 'For flertalsindstillingen fra ØK stemte 11 (…)' counts 11 for")
    func voteWordings() throws {
        let imod = try item("Indstillingen blev godkendt med 26 stemmer imod 24.")
        #expect(imod.votes.first?.inFavour == 26)
        #expect(imod.votes.first?.against == 24)
        let fell = try item("Ændringsforslaget blev forkastet med 26 stemmer imod 20. 4 undlod.\n\nGodkendt.")
        #expect(fell.votes.first?.inFavour == 20)
        #expect(fell.votes.first?.against == 26)
        let object = try item("For flertalsindstillingen fra ØK stemte 11 (Radikale Venstre, Konservative)\nImod stemte 8 (Venstre, Enhedslisten)\nGodkendt.")
        #expect(object.votes.first?.inFavour == 11)
        #expect(object.votes.first?.partiesInFavour == ["B", "C"])
        #expect(object.votes.first?.against == 8)
    }

    @Test("'Dagsordenen blev godkendt.' beside another item's postponement, a motion that fell or a stand-in: approved")
    func agendaApprovalDecides() {
        #expect(OutcomeReading.outcome(of: "Dagsordenen blev godkendt. Sag 243 blev taget af dagsordenen, da sagen blev udsat.") == .approved)
        #expect(OutcomeReading.outcome(of: "Dagsordenen blev godkendt.\n\nFor stemte: V og I\n\nImod stemte: A, B, C.\n\nForslaget faldt dermed.") == .approved)
        #expect(OutcomeReading.outcome(of: "Der er afbud fra Kirstine Bjarnt (U), og Imad Daher (U) er indkaldt i stedet.\n\nDagsordenen blev herefter godkendt.") == .approved)
        #expect(OutcomeReading.outcome(of: "Dagsordenen blev godkendt med den ændring, at punkt 7 udsættes.") == .amended)
        #expect(OutcomeReading.outcome(of: "Dialogen med vandværket blev taget til efterretning.\n\nDagsorden blev godkendt.") == .approved)
    }

    @Test("'deltog ikke på mødet', 'udeblev uden afbud' and 'Ann er fraværende - …' report absences")
    func moreAbsenceWordings() throws {
        let paa = try item("Godkendt.\n\nPeter Andersen og Linda Peitersen deltog ikke på mødet.")
        #expect(paa.absent == ["Peter Andersen", "Linda Peitersen"])
        #expect(paa.decision?.text == "Godkendt.")
        let udeblev = try item("Godkendt.\n\nSheikh Mohammed udeblev uden afbud.")
        #expect(udeblev.absent == ["Sheikh Mohammed"])
        let er = try item("Ann er fraværende - Merete er indkaldt som hendes suppleant.\n\nKirsten er fraværende.\n\nGodkendt.")
        #expect(er.absent == ["Ann", "Kirsten"])
    }

    @Test("'Beslutning fra Teknik- og Miljøudvalget, 10. september 2024, pkt. 56:' under the Indstilling is history, not a point")
    func earlierStageUnderTheProposal() throws {
        let meeting = try readMeeting("""
            Økonomiudvalget
            18-09-2024
            Lokalplan 154 Nord for Else Sørensens Vej - Endelig vedtagelse
            Sag nr. 163
            Sagens kerne
            Lokalplanen indstilles nu til endelig vedtagelse.
            Indstilling
            at Lokalplan 154 vedtages endeligt.
            Beslutning fra Teknik- og Miljøudvalget, 10. september 2024, pkt. 56:
            Anbefales.
            Beslutning
            Indstilles godkendt.
            """)
        let item = try #require(meeting.items.first)
        #expect(item.proposal?.points == ["at Lokalplan 154 vedtages endeligt."])
        #expect(item.history.map(\.body) == ["Teknik- og Miljøudvalget"])
        #expect(item.history.first?.date.description == "2024-09-10")
        #expect(item.history.first?.text == "Anbefales.")
        #expect(item.decision?.outcome == .recommended)
    }

    @Test("'…transparensBilag 2: …' glued on one line, and a long 'Bilag 1:' line over 'Bilag 3:': one attachment each")
    func gluedNumberedAttachments() throws {
        let meeting = try readMeeting("""
            Referat
            Økonomiudvalget
            18-09-2024

            1. Meddelelser

            Beslutning

            Taget til efterretning.

            Bilag

            Bilag 1: Notat Status på Sammen om Rødovre Øget politisk samspil, dialog og transparensBilag 2: Bilag Sammen om Rødovre - øget politisk samspil, dialog og transparens
            Bilag 3: Medd. Orientering om allonge til forhåndsaftale
            """)
        #expect(meeting.items.first?.attachments == [
            "Bilag 1: Notat Status på Sammen om Rødovre Øget politisk samspil, dialog og transparens",
            "Bilag 2: Bilag Sammen om Rødovre - øget politisk samspil, dialog og transparens",
            "Bilag 3: Medd. Orientering om allonge til forhåndsaftale",
        ])
    }

    @Test("'…, hvilket drøftes på næste udvalgsmøde.' is a discussion to come, not one held")
    func laterDiscussion() {
        #expect(OutcomeReading.outcome(of: "Der udarbejdes et udkast til et kommissorium, hvilket drøftes på næste udvalgsmøde.") == .other)
        #expect(OutcomeReading.outcome(of: "Sagen drøftes.") == .discussed)
    }

    @Test("'Følgende udeblev uden afbud: A, B og C.': the names after the colon, not 'Følgende'")
    func namesAfterFoelgende() throws {
        let item = try item("Godkendt.\n\nFølgende udeblev uden afbud: Cecilie Ryhl Olsson, Julie Svensson Knudsen og Ole Vilstrup.")
        #expect(item.absent == ["Cecilie Ryhl Olsson", "Julie Svensson Knudsen", "Ole Vilstrup"])
    }

    @Test("'Det rådgivende Integrationsudvalgs beslutning i mødet den 12. december 2011' heads the decision; '… det byrådets beslutning' in a sentence does not")
    func articleBeforeCommitteeName() throws {
        let meeting = try readMeeting("""
            Referat
            Det rådgivende Integrationsudvalg
            Mødedato: 12. december 2011 kl. 16:00

            1. Integrationspolitik 2012

            Sagsfremstilling
            Forvaltningen har udarbejdet et udkast til politikken.
            Det rådgivende Integrationsudvalgs beslutning i mødet den 12. december 2011
            Godkendt.
            """)
        let item = try #require(meeting.items.first)
        #expect(item.sections.map(\.kind) == [.presentation, .decision])
        #expect(item.decision?.text == "Godkendt.")
        #expect(item.decision?.outcome == .approved)
        #expect(MinutesParser.lexiconKind(Lexicon.fold("Sagen blev sendt videre, og det var byrådets beslutning den 3. maj 2011")) == nil)
    }

    @Test("'Godkendt. Uden afbud Karl Olsen. Fraværende: Peter H.S. Kristensen.': labels opening later sentences; initials run together")
    func absenceLabelsInLaterSentences() throws {
        let joined = try item("Godkendt. Uden afbud Karl Olsen. Fraværende: Peter H.S. Kristensen.")
        #expect(joined.absent == ["Karl Olsen", "Peter H.S. Kristensen"])
        #expect(joined.decision?.text == "Godkendt.")
        let own = try item("Godkendt.\n\nFraværende: Jens P.K. Nielsen (O).")
        #expect(own.absent == ["Jens P.K. Nielsen"])
        #expect(ItemFacts.sentences("Vedtaget af Peter H.S. Kristensen. Sagen sendes videre.") == ["Vedtaget af Peter H.S. Kristensen", "Sagen sendes videre."])
    }

    @Test("'Godkendt, idet Ø stemte imod.', 'A, V og O stemte for, Ø stemte imod.': the letters of each clause; 'Kim E. Jensen (O)' gives no party E")
    func partyLettersInClauses() throws {
        let idet = try item("Godkendt, idet Ø stemte imod.")
        #expect(idet.votes.first?.partiesAgainst == ["Ø"])
        #expect(idet.votes.first?.partiesInFavour == [])
        let clauses = try item("Anbefales. A, V og O stemte for, Ø stemte imod.")
        #expect(clauses.votes.first?.partiesInFavour == ["A", "V", "O"])
        #expect(clauses.votes.first?.partiesAgainst == ["Ø"])
        let named = try item("Godkendt.\n\nFor: 3 (Bo Hilsted (A), Kim E. Jensen (O), Carsten Wulff (V))\nImod: 1 (Hanne Berg (F))")
        #expect(named.votes.first?.partiesInFavour == ["A", "O", "V"])
        #expect(named.votes.first?.inFavour == 3)
        let flertal = try item("Anbefales, idet et flertal stemte for.")
        #expect(flertal.votes.allSatisfy { $0.partiesInFavour.isEmpty })
    }

    @Test("'Fraværende med afbud:' over 'Name (Party), reason.' paragraphs: the members are absent, and out of the decision's text")
    func absentMembersWithReasons() throws {
        let item = try item("""
            Fraværende med afbud:

            Ninna Hedeager Olsen (Enhedslisten), tjenesterejse.

            Simon Simonsen (Socialdemokratiet), sygdom.

            Dagsordenen blev godkendt.
            """)
        #expect(item.absent == ["Ninna Hedeager Olsen", "Simon Simonsen"])
        #expect(item.decision?.text == "Dagsordenen blev godkendt.")
    }

    @Test("'Afbud: Kurt Munck, suppleant Martin Hillerup deltog': the stand-in came")
    func standInAfterComma() throws {
        let meeting = try readMeeting("""
            Referat
            Byrådet
            Mødedato: 18. december 2018 kl. 17:00

            Deltagere: Anna Hansen (A), Bo Jensen (V), Kurt Munck (O)
            Afbud: Kurt Munck, suppleant Martin Hillerup deltog

            1. Budget 2019

            Beslutning
            Godkendt.
            """)
        #expect(meeting.participants.filter(\.absent).map(\.name) == ["Kurt Munck"])
        #expect(meeting.participants.contains { $0.name == "Martin Hillerup" && !$0.absent })
    }

    @Test("'Fraværende med afbud:' over lines of names joined by 'og': every name")
    func absenceLinesJoinedByOg() throws {
        let meeting = try readMeeting("""
            Referat
            Byrådet
            Mødedato: 18. december 2018 kl. 17:00

            1. Godkendelse af dagsorden

            Fraværende med afbud:
            Anna Hansen
            Bo Jensen og Carl Nielsen
            Dorte Madsen og Erik Olsen
            Finn Poulsen

            Beslutning
            Godkendt.

            2. Budget 2019

            Beslutning
            Udsat.
            """)
        #expect(meeting.items.first?.absent == ["Anna Hansen", "Bo Jensen", "Carl Nielsen", "Dorte Madsen", "Erik Olsen", "Finn Poulsen"])
        #expect(meeting.items.map(\.decision?.outcome) == [.approved, .postponed])
    }

    @Test("'Nr. 20   BR 366/07. Title', its decision told as 'Medlemsforslaget blev tiltrådt med 34 stemmer imod 15.' and its parties a paragraph below: one vote")
    func decisionRecordOfBorgerrepraesentationen() throws {
        let meeting = try readMeeting("""
            Borgerrepræsentationen

            BESLUTNINGSPROTOKOL

            fra Ordinært møde torsdag den 13. september 2007

            Nr. 20           BR 366/07. Medlemsforslag om indmeldelse i 'Mayors for Peace'

            Det foreslås,

            1.            at Københavns Kommune indmelder sig i organisationen 'Mayors for Peace'.

            (Stillet af Socialdemokraterne og Socialistisk Folkeparti)


            Medlemsforslaget blev tiltrådt med 34 stemmer imod 15.


            For stemte: A, B, F og Ø.

            Imod stemte: C, A. Ben Haddou (løsgænger), O og V.

            Nr. 21           BR 367/07. Valg af medlem til Kultur- og Fritidsudvalget

            Indstillingen blev godkendt uden afstemning.
            """)
        #expect(meeting.items.map(\.number) == [20, 21])
        #expect(meeting.items.map(\.title) == ["Medlemsforslag om indmeldelse i 'Mayors for Peace'", "Valg af medlem til Kultur- og Fritidsudvalget"])
        let vote = try #require(meeting.items.first?.votes.first)
        #expect(meeting.items.first?.votes.count == 1)
        #expect(vote.inFavour == 34 && vote.against == 15)
        #expect(vote.partiesInFavour == ["A", "B", "F", "Ø"])
        #expect(vote.partiesAgainst == ["C", "O", "V"])
        #expect(meeting.items.map(\.decision?.outcome) == [.approved, .approved])
    }

    @Test("'For: 2 (…)' and 'Imod: 1 (…)' two blank lines apart: one vote")
    func sidesParagraphsApart() throws {
        let item = try item("Godkendt.\n\n\nFor: 2 (Bo Hilsted (A), Carsten Wulff (V))\n\n\nImod: 1 (Hanne Berg (F))")
        #expect(item.votes.count == 1)
        #expect(item.votes.first?.inFavour == 2 && item.votes.first?.against == 1)
        #expect(item.votes.first?.partiesAgainst == ["F"])
    }

    @Test("'… 4 imod og 3 der undlod at stemme' counts 3 abstaining; 'Godkendt med 25 stemmer.' counts 25 for")
    func abstainingAfterDer() throws {
        let counted = try item("Godkendt med 20 stemmer for, 4 imod og 3 der undlod at stemme.")
        #expect(counted.votes.first.map { [$0.inFavour, $0.against, $0.abstaining] } == [20, 4, 3])
        let plain = try item("Godkendt med 25 stemmer.")
        #expect(plain.votes.first?.inFavour == 25)
    }

    @Test("'X forlod mødet efter dette punkt.' and '… efter behandlingen af punkt 2': absent from the items after")
    func leftTheMeetingAfter() throws {
        let meeting = try readMeeting("""
            Referat
            Byrådet
            Mødedato: 18. december 2018 kl. 17:00

            1. Budget 2019

            Beslutning
            Godkendt.
            Lars Berg (V) forlod mødet efter dette punkt.
            Anne Hansen (A) forlod mødet efter behandlingen af punkt 2.

            2. Regnskab 2018

            Beslutning
            Godkendt.

            3. Eventuelt

            Beslutning
            Intet.
            """)
        #expect(meeting.items.map(\.absent) == [[], ["Lars Berg"], ["Lars Berg", "Anne Hansen"]])
    }

    @Test("The header's '… bortset fra A og B, der havde meldt afbud. C forlod mødet kl. 16.30 efter behandlingen af punkt 1.': A and B away from the meeting, C from items 2 on")
    func headerSentencesOfAbsence() throws {
        let meeting = try regionalCouncil(
            header: "Medlemmerne var mødt, bortset fra Anne V. Kristensen og Tove Videbæk, der havde meldt afbud. Jonas Dahl forlod mødet kl. 16.30 efter behandlingen af punkt 1."
        )
        #expect(meeting.participants.filter(\.absent).map(\.name) == ["Anne V. Kristensen", "Tove Videbæk"])
        #expect(meeting.items.map(\.absent) == [[], ["Jonas Dahl"]])
    }

    @Test("The header's 'A erklærede sig inhabil … under punkt 2. B erklærede sig inhabil … under punkt 3.': each in their item")
    func headerSentencesOfInhabilitet() throws {
        let meeting = try regionalCouncil(
            header: "Bent Hansen erklærede sig inhabil og forlod mødet under punkt 2. Bo Ek erklærede sig inhabil og forlod mødet under punkt 3.",
            more: "\n\n3. Eventuelt\n\nBeslutning\n\nIntet."
        )
        #expect(meeting.items.map(\.disqualified) == [[], ["Bent Hansen"], ["Bo Ek"]])
    }

    @Test("'Fremmøde og inhabilitet:' and 'OM MØDET' under the decision head sections of their own, out of the decision's text")
    func attendanceHeadingsAfterTheDecision() throws {
        let attendance = try item("Dagsordenen blev godkendt.\n\nFremmøde og inhabilitet:\n\nMikkel Houmann havde meldt afbud, og Peter Steffensen deltog i stedet.")
        #expect(attendance.decision?.text == "Dagsordenen blev godkendt.")
        #expect(attendance.absent == ["Mikkel Houmann"])
        let about = try item("Dagsordenen blev godkendt.\nOM MØDET\nMødet begyndte kl. 16.00 og sluttede kl. 18.25.\nDer var ingen afbud til dagens møde.")
        #expect(about.decision?.text == "Dagsordenen blev godkendt.")
        #expect(about.sections.map(\.heading) == ["Beslutning", "OM MØDET"])
    }

    @Test("'Fraværende: X (C) deltog i mødet i stedet for Y (C).': Y was away, X came")
    func standInNamedUnderTheAbsenceLabel() throws {
        let item = try item("Godkendt.\n\nFraværende: Allan Tirsgaard (C) deltog i mødet i stedet for Michael Christensen (C).")
        #expect(item.absent == ["Michael Christensen"])
        #expect(item.decision?.text == "Godkendt.")
    }

    @Test("'Økonomiudvalget den 13. december 2016' and 'Kommunalbestyrelsen den 22. december 2016' without colons: a stage for history, this meeting's decision")
    func stagesWithoutColons() throws {
        let meeting = try readMeeting("""
            Kommunalbestyrelsen

            Referat

            22. december 2016 kl. 17:00

            1 Gældsafvikling (Beslutning)
            Sagsnr.: 2016/0031234

            Sagsfremstilling
            Forvaltningen foreslår ekstraordinær gældsafvikling.

            Økonomiudvalget den 13. december 2016
            Anbefalet.

            Kommunalbestyrelsen den 22. december 2016
            Godkendt.
            """)
        let item = try #require(meeting.items.first)
        #expect(item.decision?.text == "Godkendt.")
        #expect(item.history.map(\.body) == ["Økonomiudvalget"])
        #expect(item.history.map(\.text) == ["Anbefalet."])
    }

    @Test("Aalborg's Indstilling: the 'at …' paragraphs are the points; the committees' notes after them are not")
    func pointsEndAfterTheAtParagraphs() throws {
        let meeting = try readMeeting("""
            Referat
            Byrådet
            Mødedato: 13. november 2023 kl. 16:00

            2. Omgørelsesprocenter i Ankestyrelsens afgørelser 2022

            Indstilling

            Job- og Velfærdsudvalget indstiller til byrådet,

            at oversigt over omgørelsesprocenter i 2022 tages til orientering, og

            at der ikke udarbejdes en særskilt juridisk handleplan.

            Job- og Velfærdsudvalget: Anna Aaen var fraværende.

            Økonomiudvalget anbefaler indstillingen.

            Beslutning

            Godkendt.
            """)
        let item = try #require(meeting.items.first)
        #expect(item.proposal?.points == ["at oversigt over omgørelsesprocenter i 2022 tages til orientering, og", "at der ikke udarbejdes en særskilt juridisk handleplan."])
        #expect(item.absent.isEmpty)
    }

    @Test("'Direktøren for Børn og Unge foreslår, at Børne- og Ungdomsudvalget indstiller til Byrådet': the director proposes")
    func proposerBeforeForeslaarAt() throws {
        let meeting = try readMeeting("""
            Referat
            Byrådet
            Mødedato: 18. december 2018 kl. 17:00

            1. Ørum Børnehus og Skole

            Indstilling

            Direktøren for Børn og Unge foreslår, at Børne- og Ungdomsudvalget indstiller til Byrådet

            1. at de 2 anlægsbyggerier lægges sammen
            2. at der gives en anlægsudgiftsbevilling på 500.000 kr.

            Beslutning

            Godkendt.
            """)
        #expect(meeting.items.first?.proposal?.by == "Direktøren for Børn og Unge")
        #expect(meeting.items.first?.proposal?.points.count == 2)
    }

    @Test("'at der udpeges følgende:' over the members it announces: they go with the points")
    func pointAnnouncingAList() throws {
        let meeting = try readMeeting("""
            Referat
            Byrådet
            Mødedato: 21. november 2018 kl. 17:00

            1. Udpegning af medlemmer til bestyrelsen

            Indstilling

            Borgmesteren indstiller til byrådet, at der udpeges følgende:

            Medlemmer:

            (A) Niels Dueholm

            Beslutning

            Godkendt.
            """)
        #expect(meeting.items.first?.proposal?.points == ["at der udpeges følgende:", "Medlemmer:", "(A) Niels Dueholm"])
    }

    @Test("A roll call ('For forslaget stemmer:' over the names, 'Imod stemmer:', 'X undlader at stemme.') is counted by its names")
    func rollCall() throws {
        let rollCall = try item("""
            Morten Bo Bertelsen stiller forslag om, at punkt 14 flyttes til den åbne dagsorden.

            For forslaget stemmer:

            Casper Søe Larsen, Jens Kr. Yde og Torben Overgaard.

            Imod stemmer:

            Esben Oddershede og Henrik Gregersen.

            Henning Holm undlader at stemme.

            Forslaget falder.

            Dagsorden er godkendt.
            """)
        #expect(rollCall.votes.count == 1)
        #expect(rollCall.votes.first.map { [$0.inFavour, $0.against, $0.abstaining] } == [3, 2, 1])
        let parties = try item("Godkendt med 20 stemmer for, 4 imod og 3 der undlod at stemme.")
        #expect(parties.votes.first?.abstaining == 3)
    }
}

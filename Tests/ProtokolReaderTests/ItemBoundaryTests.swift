import ProtokolModel
import Testing
@testable import ProtokolReader

/// Where one item ends and the next begins when a web page prints more than the heading between them.
@Suite("Item boundaries on web pages")
struct ItemBoundaryTests {
    @Test("'• Pkt. 44 Title', the item's file names, then 'Pkt. 44': one heading; the files are item 44's, not item 43's decision")
    func fileNamesBetweenRepeatedHeadings() throws {
        let meeting = try readMeeting("""
            Referat

            Dato: Onsdag, April 3, 2019 - 18:00
            Sted: Mødelokale 2A
             • Pkt. 43 Meddelelser fra formanden

              Pkt. 43

              Meddelelser fra formanden

              Sagsnr. 299835 Kultur- og Idrætsudvalget Åbent punkt

              Kultur- og Idrætsudvalget, 03-04-2019, pkt. 43

              Orienteringen taget til efterretning.

             • Pkt. 44 Ny strategiplan

              Arbejdsplan_2019.pdf Vision_2019-21.pdf

              Pkt. 44

              Ny strategiplan

              Sagsnr. 315923 Kultur- og Idrætsudvalget Åbent punkt

              Kultur- og Idrætsudvalget, 03-04-2019, pkt. 44

              Drøftet.
            """)
        #expect(meeting.items.map(\.number) == [43, 44])
        #expect(meeting.items.first?.decision?.text == "Orienteringen taget til efterretning.")
        #expect(meeting.items.last?.caseNumber == "315923")
        #expect(meeting.items.last?.attachments == ["Arbejdsplan_2019.pdf", "Vision_2019-21.pdf"])
        #expect(meeting.items.last?.decision?.outcome == .discussed)
    }

    @Test("'2. Godkendelse … 2021-2022Referat': the glued 'Referat' ends the title and heads the item's decision")
    func referatGluedToTitle() throws {
        let meeting = try readMeeting("""
            Dagsorden
            Regionsrådet 24-11-2020 13:00

            1. Meddelelse fra formanden

            Intet.

            2. Godkendelse - Nordjysk Socialaftale 2021-2022Referat

            Godkendt.
            """)
        #expect(meeting.items.last?.title == "Godkendelse - Nordjysk Socialaftale 2021-2022")
        #expect(meeting.items.last?.decision?.outcome == .approved)
        #expect(meeting.items.last?.decision?.text == "Godkendt.")
        #expect(meeting.kind == .minutes)
    }
}

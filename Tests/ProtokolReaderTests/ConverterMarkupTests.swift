import ProtokolModel
import Testing
@testable import ProtokolReader

/// What Markdown converters other than the seeds' leave in the text (pandoc from Word, pymupdf4llm from PDF).
@Suite("Markup of pandoc and pymupdf4llm conversions")
struct ConverterMarkupTests {
    @Test("pandoc's anchors, spans, footnote marks, quotes, grid-table borders and padded list numbers leave only words")
    func pandoc() throws {
        let meeting = try readMeeting("""
            # Referat

            **Økonomiudvalget**

            Mødedato: 12. marts 2024

            # []{#_Toc161234567 .anchor}Punkt 1: Godkendelse af dagsorden

            **Beslutning**

            > Godkendt[^1].

            # []{#_Toc161234568 .anchor}Punkt 2: [Budgetopfølgning]{.underline} pr. 29. februar

            **Sagsfremstilling**

            +------------------+-------------+
            | Område           | Afvigelse   |
            +==================+=============+
            | Skoler           | 1,2 mio. kr.|
            +------------------+-------------+

            1.  Budgettet overholdes.

            **Beslutning**

            Taget til efterretning.

            [^1]: Med den rettelse, at punkt 3 udgår.
            """)
        #expect(meeting.items.map(\.number) == [1, 2])
        #expect(meeting.items.map(\.title) == ["Godkendelse af dagsorden", "Budgetopfølgning pr. 29. februar"])
        #expect(meeting.items.first?.decision?.text == "Godkendt.")
        let text = try #require(meeting.items.last?.sections.first?.text)
        #expect(!text.contains("+--") && !text.contains("+==") && !text.contains("{") && !text.contains("1.  "))
        #expect(text.contains("Skoler\t1,2 mio. kr."))
        #expect(text.contains("1. Budgettet overholdes."))
        #expect(meeting.items.last?.decision?.outcome == .noted)
    }

    @Test("pymupdf4llm's '- • ' keeps one list mark")
    func pdfBullets() throws {
        let meeting = try readMeeting("""
            # Referat

            **Økonomiudvalget**

            Mødedato: 12. marts 2024

            ## Punkt 1: Orientering

            **Sagsfremstilling**

            - • Status på byggeriet
            - • Tidsplan

            **Beslutning**

            Taget til efterretning.
            """)
        #expect(meeting.items.first?.sections.first?.text == "- Status på byggeriet\n- Tidsplan")
    }
}

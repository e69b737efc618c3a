import ProtokolModel
import Testing
@testable import ProtokolReader

/// A meeting's title line that carries more than the committee: a date without its year, the time and the room,
/// a page number before it, a date in parentheses; and decision headings that name what the header does not.
@Suite("Title lines that carry more than the committee")
struct TitleLineTests {
    @Test("'Referat Økonomiudvalget onsdag den 14. marts Kl. 15:30 i Mødelokale 1 og 2': the name ends at the weekday; the place follows the time")
    func yearlessDateEndsTheName() throws {
        let meeting = try readMeeting("""
            Referat Økonomiudvalget onsdag den 14. marts Kl. 15:30 i Mødelokale 1 og 2

            Referat onsdag den 14. marts 2018 Kl. 15:30 i Mødelokale 1 og 2

            1. ØU - Godkendelse af dagsorden

            Beslutning

            Godkendt.
            """)
        #expect(meeting.committee == "Økonomiudvalget")
        #expect(meeting.date?.description == "2018-03-14")
        #expect(meeting.startTime?.description == "15:30")
        #expect(meeting.location == "Mødelokale 1 og 2")
    }

    @Test("'1 Referat fra møde i Kommunalbestyrelsen mandag den 25. januar 2010': the page number is no part of the name")
    func pageNumberBeforeTheTitle() throws {
        let meeting = try readMeeting("""
            1 Referat fra møde i Kommunalbestyrelsen mandag den 25. januar 2010 Mødet startede kl. 18:00 i Rådssalen, Lejre

            1. KB - Spørgetid

            Sagsnr.: 10/11

            Beslutning

            Ingen spørgsmål.
            """)
        #expect(meeting.committee == "Kommunalbestyrelsen")
        #expect(meeting.location == "Rådssalen, Lejre")
    }

    @Test("'Kl. 16:00 i Mødelokale 2, Allerslev' under the title: the start time and the place apart")
    func timeAndPlaceOnTheirOwnLine() throws {
        let meeting = try readMeeting("""
            Referat Udvalget for Teknik & Miljø tirsdag den 3. november 2015

            Kl. 16:00 i Mødelokale 2, Allerslev

            1. TM - Godkendelse af dagsorden

            Beslutning

            Godkendt.
            """)
        #expect(meeting.committee == "Udvalget for Teknik & Miljø")
        #expect(meeting.startTime?.description == "16:00")
        #expect(meeting.location == "Mødelokale 2, Allerslev")
    }

    @Test("'Referat (29. august 2017)' then 'Agenda': no committee there; the decision headings name it")
    func dateInParentheses() throws {
        let meeting = try readMeeting("""
            Referat (29. august 2017)

            Agenda

            Deltagere:

            Anne Mette Bak (A)
            Bjarne Kogsbøll (C)

            1. Godkendelse af dagsorden

            Beslutning Byrådet den 29-08-2017

            Godkendt.
            """)
        #expect(meeting.committee == "Byrådet")
        #expect(meeting.date?.description == "2017-08-29")
    }

    @Test("no header; 'Integrationsudvalgets møde den 12. december 2011:' over each decision gives the committee and the date")
    func genitiveMeetingHeadings() throws {
        let meeting = try readMeeting("""
            1.         Bemærkninger til dagsordenen

            Åbent

            Sagsnr.: 326-2010-57347       J.nr.: 00.01.00            Dokumentnr.: 326-2011-15264

            Integrationsudvalgets møde den 12. december 2011:

            Godkendt.

            2.         Gensidig orientering

            Åbent

            Sagsnr.: 326-2010-39103       J.nr.: 00.01.00            Dokumentnr.: 326-2011-15343

            Integrationsudvalgets møde den 12. december 2011:

            Drøftet.
            """)
        #expect(meeting.committee == "Integrationsudvalget")
        #expect(meeting.date?.description == "2011-12-12")
        #expect(meeting.items.map(\.decision?.outcome) == [.approved, .discussed])
    }

    @Test("a page opening with 'Teknik- og Miljøudvalgets beslutning den 29. marts 2021': the committee; 'Mødet begyndte kl. 16.00' the start")
    func genitiveDecisionAndStartedSentence() throws {
        let meeting = try readMeeting("""
            Godkendelse af dagsorden
            Beslutning
            Teknik- og Miljøudvalgets beslutning den 29. marts 2021
            Dagsordenen blev godkendt.
            OM MØDET
            Mødet begyndte kl. 16.00 og sluttede kl. 18.25.
            Der var ingen afbud til dagens møde.
            """)
        #expect(meeting.committee == "Teknik- og Miljøudvalget")
        #expect(meeting.date?.description == "2021-03-29")
        #expect(meeting.startTime?.description == "16:00")
    }

    @Test("a region named only in an item's sentence is no body; a Forretningsudvalg's region is")
    func regionInASentence() throws {
        let council = try readMeeting("""
            Referat
            Det fælles Landdistriktsråd
            Mødedato: 31. august 2023

            1. Lokal Fællesvarme

            Økonomi

            Region Midtjylland har ligeledes finansieret 100.000 kr. til projektet.

            Beslutning

            Godkendt.
            """)
        #expect(council.body == nil)
        let region = try readMeeting("""
            Referat
            Forretningsudvalget
            Mødedato: 8. november 2022

            1. Jordforurening

            Sagsfremstilling

            Udkast til den prioriterede liste for Region Hovedstadens indsats på jordforureningsområdet i 2023 forelægges.

            Beslutning

            Godkendt.
            """)
        #expect(region.body == "Region Hovedstaden")
        let titled = try readMeeting("""
            Referat
            Socialudvalget
            Mødedato: 12. december 2011 kl. 16:00

            Indholdsfortegnelse
            1. Aftale med Region Sjælland om psykiatri ........ 2
            2. Eventuelt ........ 3

            1. Aftale med Region Sjælland om psykiatri

            Sagsnr.: 11/2002

            Beslutning
            Godkendt.

            2. Eventuelt

            Beslutning
            Intet.
            """)
        #expect(titled.body == nil)
        let letterhead = try readMeeting("""
            Referat
            Psykiatriudvalget
            Mødedato: 12. december 2011 kl. 16:00

            1. Psykiatriplan

            Beslutning
            Godkendt.

            Region Sjælland
            """)
        #expect(letterhead.body == "Region Sjælland")
    }

    @Test("Tønder's labels over their values: 'Starttidspunkt for møde:' over '19:00'")
    func startTimeLabelOverValue() throws {
        let meeting = try readMeeting("""
            Tønder Kommune – Kommunalbestyrelsen
            Dagsorden
            Mødedato:
            26. maj 2015
            Starttidspunkt for møde:
            19:00

            1. Kvartalsregnskab pr. 31. marts 2015
            00.30.10-S00-1-15
            Sagsfremstilling
            Kvartalsregnskabet forelægges.
            """)
        #expect(meeting.date?.description == "2015-05-26")
        #expect(meeting.startTime?.description == "19:00")
        #expect(meeting.body == "Tønder Kommune")
    }

    @Test("Bornholm's unlabelled place under the date: 'kommunalbestyrelsessalen, Landemærket 26, Rønne'")
    func unlabelledHallUnderTheDate() throws {
        let meeting = try readMeeting("""
            Referat
            Kommunalbestyrelsen
            28-01-2015 kl. 18:00
            kommunalbestyrelsessalen, Landemærket 26, Rønne

             Åbent  punkt

             1  Godkendelse af dagsorden

            85.02.02G00-0011

            Kommunalbestyrelsen den 28. januar 2015:

            Godkendt.
            """)
        #expect(meeting.location == "kommunalbestyrelsessalen, Landemærket 26, Rønne")
        #expect(meeting.startTime?.description == "18:00")
    }
}

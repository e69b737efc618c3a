import ProtokolModel
import Testing
@testable import ProtokolReader

/// A FirstAgenda web page (Aarhus and others): the items as rows of a table, the number in one cell and the title in a
/// heading inside an accordion button in the next; the case's path as labelled fields.
@Suite("A FirstAgenda web page")
struct FirstAgendaPageTests {
    static let page = """
        <html><head><title>Teknisk Udvalg - Udvalgsværelse 398</title></head><body>
        <a class="btn"><span>Tilbage til forsiden</span></a>
        <h1 class="green dato">Referat 1. oktober 2025 kl. 15.45</h1>
        <table class="dagsordeninfo"><tbody>
        <tr><td>Udvalg:</td><td><span class="udvalg">Teknisk Udvalg</span></td></tr>
        <tr><td>Mødedato:</td><td><span class="dato">onsdag den 1. oktober 2025 kl. 15.45</span></td></tr>
        <tr><td>Mødested:</td><td><span class="sted">Udvalgsværelse 398</span></td></tr>
        <tr><td valign="top">Mødedeltagere:</td><td class="deltagere"></td></tr>
        </tbody></table>
        <table class="table dagsorden"><thead><tr><th>Punkt</th><th>Titel</th><th></th></tr></thead>
        <tbody><tr class="punktrow"><td><span class="label label-default">1</span></td><td><button class="overskrift-btn"><h2 class="overskrift">Udviklingsplan Aarhus Ø - endelig vedtagelse</h2></button>
        <div class="details"><span class="sagsnummer">EMN-2025-009242</span>
        <div class="punkt"><div><h3>Beslutninger</h3>
        <span class="resume"><div>Et flertal i udvalget kunne tiltræde indstillingen.</div><div>Liv Gro Jensen var forhindret i at deltage i udvalgets behandling af sagen.</div></span>
        <h3></h3>
        <span class="resume"><div>Nærværende sag vedtager udviklingsplanen endeligt.</div></span>
        <h3>Beslutningspunkter</h3>
        <span class="resume"><div>Det indstilles:</div><div>At 1) Byrådet godkender bemærkningerne.</div><div>At 2) Byrådet godkender udviklingsplanen.</div></span>
        <h3>Sagsforløb</h3>
        <span class="resume"><div>Udvalg: Magistraten</div><div>Dato: 02-09-2025</div><div> Punktnummer: 12</div><div>Fremsendes til Aarhus Byråd.</div></span>
        </div></div></div>
        <h3>Bilag</h3><ul><li><span class="label pdf-label">PDF</span><a class="bilag-link" href="/b/1">Indstilling</a></li>
        <li><span class="label pdf-label">PDF</span><a class="bilag-link" href="/b/2">Bilag 2: Høringssvar</a></li></ul>
        </td><td><span class="badge">2</span><ul class="dropdown-menu"><li><a href="#">Hent som PDF</a></li><li><a href="#">Kopier link</a></li></ul></td></tr>
        <tr class="punktrow"><td><span class="label label-default">2</span></td><td><button class="overskrift-btn"><h2 class="overskrift">Eventuelt</h2></button>
        <div class="details"><div class="punkt"><div><h3>Beslutninger</h3><span class="resume"><div>Udvalget drøftede sommergaden.</div></span></div></div></div></td><td></td></tr>
        </tbody></table></body></html>
        """

    @Test("items, decisions, proposal points, history, attachments and the meeting's own date")
    func page() throws {
        let meeting = try MinutesReader().read(Array(Self.page.utf8)).meeting
        #expect(meeting.committee == "Teknisk Udvalg")
        #expect(meeting.date == CalendarDate(year: 2025, month: 10, day: 1))
        #expect(meeting.location == "Udvalgsværelse 398")
        #expect(meeting.participants.isEmpty)
        #expect(meeting.items.map(\.number) == [1, 2])
        let item = try #require(meeting.items.first)
        #expect(item.title == "Udviklingsplan Aarhus Ø - endelig vedtagelse")
        #expect(item.caseNumber == "EMN-2025-009242")
        #expect(item.decision?.text == "Et flertal i udvalget kunne tiltræde indstillingen.")
        #expect(item.decision?.outcome == .approved)
        #expect(item.absent == ["Liv Gro Jensen"])
        #expect(item.proposal?.points == ["At 1) Byrådet godkender bemærkningerne.", "At 2) Byrådet godkender udviklingsplanen."])
        #expect(item.history.map(\.body) == ["Magistraten"])
        #expect(item.history.first?.date == CalendarDate(year: 2025, month: 9, day: 2))
        #expect(item.history.first?.text == "Fremsendes til Aarhus Byråd.")
        #expect(item.attachments == ["Indstilling", "Bilag 2: Høringssvar"])
        #expect(meeting.items.last?.decision?.outcome == .discussed)
    }
}
